/**
 * Panel, sub-group and health group minutes of the untrodden set: the Quillbrook rapid review
 * panel (typed numbers, action log tables), the Yarrowby exploitation sub-group (Word numbering
 * `%1)` / `%2)`, Present and Apologies side by side) and the Valeham health group (numbered
 * Heading 2 items `%1.0` / `%1.%2`, tracker with Date raised).
 */
import type { Document } from 'docx';
import { LevelFormat } from 'docx';
import { b, blank, bullet, centred, label, lead, list, p, table } from '../../pristine/docx-src/word.ts';
import { headerBlock, headingList, listNumbering, markedWord } from './shapes.ts';

export function quillbrookPanel(): Document {
  const item = (text: string) => b(text);
  return markedWord(
    [
      centred('QUILLBROOK SAFEGUARDING CHILDREN PARTNERSHIP', 24),
      blank(),
      headerBlock([
        ['Meeting', 'Rapid Review and Case Review Panel'],
        ['Date', 'Tuesday 3 March 2026'],
        ['Time', '14:00 – 15:30'],
        ['Venue', 'Microsoft Teams'],
        ['Chair', 'Det Chief Insp Lorraine Yeats, Quillbrook Police'],
        ['Minutes', 'Jo Whitmarsh'],
      ]),
      blank(),
      b('Attendance'),
      table([
        ['Name', 'Initials', 'Role', 'Organisation'],
        ['Det Chief Insp Lorraine Yeats', 'LY', 'Panel Chair', 'Quillbrook Police'],
        ['Helen Ashdown-Price', 'HAP', 'Designated Nurse for Safeguarding Children', 'NHS Quillbrook ICB'],
        ['Dr Marcus Oduya', 'MO', 'Designated Doctor for Safeguarding Children', 'NHS Quillbrook ICB'],
        ['Sarah Penhaligon', 'SP', 'Head of Quality Assurance', 'Quillbrook Children’s Services'],
        ['Simon Pryor', 'SPr', 'Head of Youth Justice', 'Quillbrook Youth Justice Service'],
        ['Nadine Cole', 'NC', 'Named Nurse for Safeguarding Children', 'Quillbrook Hospitals NHS Trust'],
        ['Tom Gallacher', 'TG', 'Education Safeguarding Manager', 'Quillbrook Council'],
        ['Farah Siddiqui', 'FS', 'Learning and Review Manager', 'Quillbrook Safeguarding Children Partnership'],
        ['Jo Whitmarsh', 'JW', 'Business Support Officer (minutes)', 'Quillbrook Safeguarding Children Partnership'],
      ]),
      blank(),
      lead(
        'Apologies: ',
        'Rachel Underhill (Head of Service, Children’s Social Care), Ian McTaggart (Probation Service), DS Colin Fairbairn (Quillbrook Police)',
      ),
      blank(),
      item('1.\tIntroductions, apologies and declarations of interest'),
      p(
        'LY welcomed members and reminded them that the meeting and its papers are confidential. Apologies were noted. No conflicts of interest were declared in relation to the notifications on the agenda.',
      ),
      item('2.\tNotes and action log of the meeting on 3 February 2026'),
      p('The notes were agreed. The action log was reviewed and updated as below.'),
      table([
        ['Ref', 'Action', 'Lead', 'Update', 'Status'],
        [
          'RR-25-31',
          'Share the agreed escalation flowchart with all GP practices',
          'MO',
          'Sent to practice safeguarding leads 10 February 2026',
          'Complete',
        ],
        [
          'RR-25-33',
          'Confirm interim Named GP cover while the post is vacant',
          'HAP',
          'Interim cover agreed to April; recruitment under way',
          'Open',
        ],
        [
          'RR-26-02',
          'Obtain the Youth Justice Service chronology for notification RR-26-01',
          'SPr',
          'Received and added to the panel pack',
          'Complete',
        ],
        [
          'RR-26-03',
          'Draft terms of reference for the LCSPR agreed at the February panel',
          'FS',
          'Draft circulated 27 February; police comments awaited',
          'Open',
        ],
        [
          'RR-26-04',
          'Review health attendance at strategy discussions in the sample period',
          'NC/SP',
          'Deferred to April panel',
          'Open',
        ],
      ]),
      blank(),
      item('3.\tRapid reviews'),
      p(
        'FS reported that two serious incident notifications had been made to the National Panel since the last meeting (RR-26-06 and RR-26-07). Both concerned serious harm to children under one year old. Agency information requests had been sent within two working days in both cases.',
      ),
      p(
        'The panel considered the draft rapid review for RR-26-06. Members agreed the learning identified and that the criteria for a local child safeguarding practice review were not met, as the learning was already being addressed through the partnership’s safe sleep and infant mental health work. The panel’s recommendation will be sent to the National Panel.',
      ),
      p('For RR-26-07, chronologies from health and education had been received; the police chronology was awaited.'),
      item('4.\tLocal child safeguarding practice reviews – progress'),
      p(
        'FS updated the panel on LCSPR 2025/02. The independent reviewer had completed interviews with 14 practitioners and managers. The family had met the reviewer once and had asked for a further meeting once a draft was available.',
      ),
      p('LCSPR 2025/03 is at the terms of reference stage (see RR-26-03 above).'),
      item('5.\tLearning themes – Quarter 3 report'),
      p(
        'SP presented the quarterly themes report, drawing together learning from the five rapid reviews and two LCSPRs completed in the last 18 months. The recurring themes were the invisibility of fathers and male carers, over-reliance on parental self-report, and gaps in information sharing when families move across local authority boundaries.',
      ),
      p('Members agreed that the report should go to the Partnership Board on 22 April 2026.'),
      item('6.\tDissemination of learning'),
      p(
        'TG reported that the 7-minute briefing on professional curiosity had been downloaded 640 times and used in 22 school staff meetings. A briefing on safe sleep is planned.',
      ),
      item('7.\tAny other business'),
      p(
        'LY noted that the Youth Justice Service is not currently a core member of the panel and proposed that the terms of reference be amended. This was agreed.',
      ),
      item('8.\tDate of next meeting'),
      p(
        'Tuesday 7 April 2026, 14:00 – 15:30, Microsoft Teams. Further dates: Tuesday 5 May 2026 and Tuesday 2 June 2026, same time.',
      ),
      blank(),
      b('Actions arising from this meeting'),
      table([
        ['No.', 'Item', 'Action', 'Lead', 'Target date'],
        [
          'RR-26-05',
          '3',
          'Send the panel’s rapid review and recommendation for RR-26-06 to the National Panel',
          'FS',
          '13/03/2026',
        ],
        ['RR-26-06', '3', 'Provide the police chronology for RR-26-07', 'LY', '10.03.26'],
        [
          'RR-26-07',
          '3',
          'Share the results of the safe sleep audit in maternity and health visiting services',
          'HAP & NC',
          '20 March',
        ],
        [
          'RR-26-08',
          '4',
          'Arrange a further meeting between the family and the independent reviewer once the draft LCSPR is available',
          'SP',
          'Next meeting',
        ],
        [
          'RR-26-09',
          '5',
          'Add the learning themes report to the Partnership Board agenda for 22 April 2026',
          'Partnership Business Unit',
          '08/04/2026',
        ],
        [
          'RR-26-10',
          '6',
          'Produce a 7-minute briefing on safe sleep and share it with all partner agencies',
          'TG / NC',
          'End of April',
        ],
        [
          'RR-26-11',
          '7',
          'Amend the panel terms of reference to include the Youth Justice Service as a core member',
          'Chair',
          '31/03/2026',
        ],
      ]),
    ],
    {
      marking: 'OFFICIAL-SENSITIVE',
      banner: 'Quillbrook Safeguarding Children Partnership',
      creator: 'Jo Whitmarsh',
    },
  );
}

export function yarrowbyExploitation(): Document {
  const ref = 'cem';
  const { item, para: sub } = list(ref);
  return markedWord(
    [
      centred('Child Exploitation and Missing Sub-group', 28),
      blank(),
      label('Date:', 'Wednesday 26th November 2025'),
      label('Time:', '09:30 – 11:30'),
      label('Location:', 'Conference Room B, Yarrowby Police Station'),
      label('Chair:', 'DI Stuart Renwick, Yarrowby Police'),
      blank(),
      table([
        ['Present', 'Apologies'],
        ['DI Stuart Renwick – Yarrowby Police (Chair)', 'Jenna Morley – CAMHS'],
        [
          'Michelle Adebayo – Exploitation Team Manager, Children’s Social Care',
          'Insp Ravi Lal – Neighbourhood Policing',
        ],
        ['Liam Costello – Youth Justice Service', 'Sarah-Jane Tolley – Children in Care Service'],
        ['Paula Harrington – Return Interview Coordinator, Safe Steps Yarrowby', 'Owen Maddox – Housing Options'],
        ['Sgt Kevin Brannigan – Missing Persons Coordinator, Yarrowby Police', ''],
        ['Priya Desai – Intelligence Analyst, Yarrowby Police (item 3)', ''],
        ['Dr Alice Mwangi – Named Doctor, Yarrowby Hospitals NHS Trust', ''],
        ['Rosie Caldwell – Inclusion Lead, Yarrowby Education Service', ''],
        ['Gemma Stott – Community Safety Partnership', ''],
        ['Mark Pendry – Safe Steps Yarrowby', ''],
        ['Hayley Quinn – Partnership Officer (notes)', ''],
      ]),
      blank(),
      item('Welcome, introductions and apologies'),
      p('SR welcomed members and thanked Sgt Brannigan for hosting. Apologies were noted as above.'),
      item('Minutes and actions from 24 September 2025'),
      p('The minutes were agreed. Of the 11 actions from September, 8 are complete and 1 was closed as no longer required. Outstanding:'),
      sub(
        'Screening tool for schools – the revised tool is awaiting Head of Service sign-off. MA will circulate the revised screening tool to all schools once it has been signed off (Action: MA – c/f).',
      ),
      sub(
        'Return home interview data – the Safe Steps database is being updated to record the placing authority. PH to provide return home interview data broken down by placing authority for the January meeting (Action: PH – c/f).',
      ),
      item('Exploitation profile – Quarter 2 2025/26'),
      p('Priya Desai presented the Quarter 2 profile:'),
      bullet('63 children were open to the exploitation pathway at the end of September (Q1: 57); 41 were boys and 22 girls;'),
      bullet(
        'criminal exploitation remained the most common concern (38 children), followed by sexual exploitation (19) and both (6);',
      ),
      bullet('12 National Referral Mechanism referrals were made in the quarter, all by children’s social care;'),
      bullet(
        'there were 284 missing episodes involving 97 children, 31% of them involving children placed in Yarrowby by other authorities.',
      ),
      p(
        'Members noted that referrals to the pathway from education and health remain low given the numbers of children known to schools and the emergency department. The next profile will show the source of each referral to the pathway (Action: PD).',
      ),
      p(
        'Dr Mwangi said she would raise the low number of referrals from the emergency department at the Trust’s safeguarding committee.',
      ),
      item('Missing children and return home interviews'),
      p(
        'PH reported that 78% of return home interviews were offered within 72 hours in Quarter 2 and 61% were accepted. Children placed from other authorities were least likely to accept an interview. KB noted that repeat missing episodes were concentrated among a small number of children in two children’s homes, and that police and the homes’ managers were meeting monthly.',
      ),
      p(
        'It was agreed that the missing protocol should be reviewed against the updated statutory guidance on children who run away or go missing. LC and KB will lead the review and bring a revised draft to the January meeting (Action: LC/KB).',
      ),
      item('Locations of concern and disruption'),
      p(
        'SR updated members on disruption activity: 14 Child Abduction Warning Notices were issued in the quarter and 3 premises closure orders obtained. Two locations in the town centre and the retail park near the railway station remain the main concern.',
      ),
      p(
        'GS reported that the Community Safety Partnership had funded additional CCTV at the retail park and detached youth work on Friday and Saturday evenings until March. GS to share the detached youth work monitoring data with the sub-group by 9 January 2026 (Action: GS).',
      ),
      item('Exploitation Awareness Week and training'),
      p(
        'RC reported that 37 of the borough’s 52 schools had taken part in activities for Exploitation Awareness Week. Evaluation forms are still being returned.',
      ),
      p(
        'The partnership’s ‘Spotting the Signs’ e-learning will be refreshed in the new year. All agencies to promote the course and report completion figures by 31 January 2026 (Action: All agencies).',
      ),
      item('Any other business'),
      p(
        'MP asked whether the sub-group could hear from young people involved in the Safe Steps peer mentoring project. MP and HQ to arrange a presentation from young people in the peer mentoring project for the March meeting (Action: MP/HQ).',
      ),
      item('Dates of future meetings'),
      p('All meetings 09:30 – 11:30, Conference Room B, Yarrowby Police Station, unless stated:'),
      bullet('Wed 28 January 2026'),
      bullet('Wed 25 March 2026'),
      bullet('Wed 27 May 2026 – via Teams'),
    ],
    {
      marking: 'OFFICIAL',
      banner: 'Yarrowby Safeguarding Children Partnership',
      lists: [listNumbering(ref, '%1)', { subFormat: LevelFormat.LOWER_LETTER, subText: '%2)' })],
      creator: 'Hayley Quinn',
    },
  );
}

export function valehamHealthGroup(): Document {
  const n = headingList('hpg');
  return markedWord(
    [
      centred('Safeguarding Children Health Professionals Group', 28),
      centred('Minutes', 24),
      blank(),
      headerBlock([
        ['Date:', 'Tuesday 10 June 2025'],
        ['Time:', '13:00 – 15:00'],
        ['Venue:', 'Room 4.12, Valeham House, and via MS Teams'],
        ['Chair:', 'Angela Whitcombe, Designated Nurse Safeguarding Children, NHS Valeham ICB'],
      ]),
      blank(),
      b('Members present'),
      table([
        ['Name', 'Initials', 'Title', 'Organisation'],
        ['Angela Whitcombe', 'AW', 'Designated Nurse Safeguarding Children (Chair)', 'NHS Valeham ICB'],
        ['Dr Jonathan Ebbs', 'JE', 'Designated Doctor Safeguarding Children', 'NHS Valeham ICB'],
        ['Dr Nasreen Akhtar', 'NA', 'Named GP for Safeguarding', 'NHS Valeham ICB'],
        ['Joanne Sutcliffe', 'JS', 'Named Nurse Safeguarding Children', 'Valeham Hospitals NHS Foundation Trust'],
        ['Jenny Sadler', 'JSa', 'Named Midwife', 'Valeham Hospitals NHS Foundation Trust'],
        ['Marie Tolan', 'MT', 'Head of Safeguarding', 'Valeham Community Health NHS Trust'],
        ['Dr Femi Adeyinka', 'FA', 'Named Doctor', 'Valeham Community Health NHS Trust'],
        ['Rhiannon Price', 'RP', 'Safeguarding Lead', 'Pottersby and Valeham Mental Health NHS Trust'],
        ['Kelly Ahmed', 'KA', 'Safeguarding Lead', 'Valeham Urgent Care'],
        ['Tom Riordan', 'TR', 'Safeguarding Administrator (minutes)', 'NHS Valeham ICB'],
      ]),
      blank(),
      lead(
        'Apologies: ',
        'Dr Harriet Fellowes (Named Doctor, Valeham Hospitals NHS Foundation Trust); Samira Baptiste (Looked After Children Nurse, Valeham Community Health NHS Trust); Lucy Kirkland (Safeguarding Lead, Valeham Urgent Care)',
      ),
      blank(),
      n.item('Welcome, introductions and apologies'),
      n.para(
        'AW welcomed members, including Jenny Sadler, who has joined the Trust as Named Midwife, and Kelly Ahmed, who was deputising for Lucy Kirkland. Apologies were noted as above.',
      ),
      n.item('Minutes of the previous meeting and action log'),
      n.para('The minutes of the meeting held on 8 April 2025 were approved.'),
      n.para('The action log was updated as below. Closed actions will be removed from the log.'),
      table([
        ['Ref', 'Date raised', 'Action', 'Lead', 'Due', 'Status'],
        [
          '14',
          '11/02/2025',
          'Circulate the ICON programme refresh pack to GP practices and health visiting teams',
          'NA / MT',
          '30/04/2025',
          'Complete',
        ],
        [
          '17',
          '08/04/2025',
          'Confirm the number of maternity staff who have completed Level 3 safeguarding training',
          'JS',
          '31/05/2025',
          'Open – data delayed by system change',
        ],
        [
          '18',
          '08/04/2025',
          'Share the audit of was-not-brought policy compliance in community paediatrics',
          'FA',
          '10/06/2025',
          'Complete',
        ],
        [
          '19',
          '08/04/2025',
          'Draft a joint health response to the partnership’s neglect strategy consultation',
          'AW',
          'Next meeting',
          'Closed – consultation response submitted',
        ],
        [
          '20',
          '08/04/2025',
          'Agree a process for sharing safeguarding information with school nursing when children move between schools',
          'MT / JE',
          '31/07/2025',
          'Open',
        ],
      ]),
      blank(),
      n.item('Safeguarding assurance reports from providers'),
      n.para('Each provider presented its quarterly assurance report. The main points were:'),
      bullet(
        'Valeham Hospitals: 96% Level 3 training compliance for medical staff in the emergency department; 212 safeguarding referrals from the hospital in Quarter 4 2024/25, 34% of them from maternity;',
      ),
      bullet(
        'Valeham Community Health: 88% of new birth visits within 14 days; health visiting caseloads in two localities remain above 400;',
      ),
      bullet('mental health: 41 children and young people were seen by the crisis team following self-harm presentations.'),
      n.para(
        'Members discussed the health visiting caseloads. MT explained the recruitment plan and the risk-based allocation of universal contacts.',
      ),
      lead('ACTION: ', 'MT to provide an update on health visiting caseloads and the recruitment plan to the next meeting'),
      n.item('Child death overview and rapid response'),
      n.para(
        'JE reported that the Child Death Overview Panel had reviewed 17 deaths in 2024/25, of which 5 had modifiable factors. Unsafe sleep was a factor in 3 deaths of infants, a rise on the previous year.',
      ),
      n.para(
        'It was agreed that the safe sleep message should be given at every health visiting contact up to 12 months, not only at the new birth visit.',
      ),
      lead('ACTION: ', 'JE and JSa to update the safe sleep guidance for midwives and health visitors by 31 July 2025'),
      n.item('Named GP report'),
      n.para(
        'NA reported that 39 of the 44 GP practices had a named safeguarding lead who had attended at least one GP safeguarding forum in the year. Practice attendance at child protection conferences, or the provision of a report, was 64% in Quarter 4 (Quarter 3: 58%).',
      ),
      n.para('Members noted the continued improvement. NA will write to the five practices without an active lead.'),
      lead('ACTION: ', 'NA to present the GP conference report audit findings at the September meeting'),
      n.item('Partnership update'),
      n.para(
        'AW gave an update from the Valeham Safeguarding Children Partnership Executive. The partnership’s neglect strategy was approved in May and the health contribution will be reported through this group.',
      ),
      lead('ACTION: ', 'All providers to nominate a neglect champion and send their name to AW by 4 July'),
      n.item('Any other business'),
      n.para(
        'RP advised that the Trust had implemented a new electronic patient record and that safeguarding alerts were being migrated.',
      ),
      lead(
        'ACTION: ',
        'Report any missing safeguarding alerts on the new patient record to the Trust safeguarding team – All members',
      ),
      n.item('Dates of next meetings'),
      bullet('Tuesday 9 September 2025, 13:00 – 15:00, Room 4.12, Valeham House and MS Teams'),
      bullet('Tuesday 11 November 2025, 13:00 – 15:00, MS Teams'),
    ],
    {
      marking: 'OFFICIAL',
      banner: 'NHS Valeham Integrated Care Board',
      lists: [listNumbering('hpg', '%1.0')],
      font: 'Calibri',
      creator: 'Tom Riordan',
    },
  );
}
