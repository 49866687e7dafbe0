/**
 * The unread set's Word minutes of boards and committees: a partnership board (Word list
 * numbering `%1.` / `%1.%2`, banner and marking in the page header, shaded attendance table,
 * action log table, bold ACTION leads), a council scrutiny committee (list numbering that starts
 * at the minute number) and a school governors' committee (typed numbers, closing action table).
 */
import type { Document } from 'docx';
import { b, blank, label, lead, p, u } from '../../pristine/docx-src/word.ts';
import { grid, heading, hanging, indented, leadIndented, listStyle, minutes, numbered } from './shapes.ts';

export function amblethorpeBoard(): Document {
  const n = numbered('amb');
  return minutes(
    [
      heading('Amblethorpe Safeguarding Children Partnership Board', 30),
      heading('Minutes', 24),
      blank(),
      label('Date:', 'Thursday 11 December 2025'),
      label('Time:', '10.00am – 12.30pm'),
      label('Venue:', 'Council Chamber, Amblethorpe Town Hall'),
      label('Chair:', 'Sandra Whitfield, Independent Chair'),
      blank(),
      b('Present'),
      grid(
        [
          ['Name', 'Role', 'Organisation'],
          ['Sandra Whitfield', 'Independent Chair', 'Amblethorpe Safeguarding Children Partnership'],
          ['Nigel Ashcroft', 'Director of Children’s Services', 'Amblethorpe Council'],
          ['DCI Neil Royce', 'Head of Safeguarding (deputising for Det Supt Hartley)', 'Kelmshire Police'],
          ['Joanne Whitby', 'Chief Nurse', 'NHS Kelmshire Integrated Care Board'],
          ['Dr Kemi Adeyinka', 'Designated Doctor for Safeguarding Children', 'NHS Kelmshire ICB'],
          ['Lindsay Grove', 'Director of Public Health', 'Amblethorpe Council'],
          ['Peter Hollis', 'Head of Service', 'Probation Service – Kelmshire'],
          ['Catherine Ng', 'Headteacher (primary schools representative)', 'Amblethorpe Park Primary School'],
          ['Natalie Brook', 'Partnership Business Manager', 'Amblethorpe Safeguarding Children Partnership'],
          ['Kerry Lamb', 'Business Support Officer (minutes)', 'Amblethorpe Council'],
        ],
        { widths: [2600, 3600, 3400], fill: 'DEEAF6' },
      ),
      blank(),
      lead('In attendance: ', 'Dr Owen Pearce, Independent Scrutineer (item 3)'),
      lead(
        'Apologies: ',
        'Det Supt Claire Hartley (Kelmshire Police); Ruth Penrose (Director of Education, Amblethorpe Council); Mark Dunleavy (Kelmshire Fire and Rescue Service)',
      ),
      blank(),
      n.heading('Welcome, introductions and apologies'),
      n.point(
        'The Chair welcomed members to the last Board meeting of 2025 and thanked DCI Royce for attending in Det Supt Hartley’s place. Apologies were noted as above. The meeting was quorate.',
      ),
      n.heading('Minutes of the meeting held on 11 September 2025 and action log'),
      n.point('The minutes were agreed as a true record.'),
      n.point('The action log was reviewed. Completed actions will be removed from the log; open actions are carried forward.'),
      grid(
        [
          ['Ref', 'Action', 'Owner', 'Status'],
          ['B/25/09', 'Publish the partnership’s annual report on the website', 'NB', 'Complete'],
          ['B/25/11', 'Arrange a Board development session on adolescent safety', 'SW', 'Complete – session held 6 November'],
          ['B/25/12', 'Report on the take-up of the early help assessment by GP practices', 'JW', 'Open – carried forward'],
          ['B/25/13', 'Provide an update on the MASH information-sharing agreement with schools', 'NA', 'Open – agreement with legal services'],
        ],
        { widths: [1100, 5300, 1000, 2200] },
      ),
      blank(),
      n.heading('Independent Scrutineer’s annual report'),
      n.point(
        'Dr Pearce presented his second annual report. He found that the partnership had a good understanding of its strengths and weaknesses and that relationships between the three safeguarding partners were strong. He was less assured that the voice of children and families was influencing the Board’s priorities, and that learning from reviews was reaching practitioners in schools and GP practices.',
      ),
      n.point(
        'Members accepted the report’s five recommendations. The Chair noted that two of them repeated recommendations from last year and asked that the response say clearly what would be done differently.',
      ),
      leadIndented(
        'ACTION: ',
        'SW and NB to prepare the partnership’s response to the Scrutineer’s recommendations for the March meeting.',
      ),
      n.point('Dr Pearce said he would share the findings of his discussions with young people with the Youth Council.'),
      n.heading('Child exploitation – partnership response'),
      n.point(
        'DCI Royce presented the police update. 118 children were open to the exploitation pathway at the end of November, compared with 96 in June. Most referrals related to criminal exploitation, and the number of children from outside the area placed in Amblethorpe and linked to county lines activity had risen.',
      ),
      n.point(
        'Members discussed whether the exploitation strategy remained fit for purpose. It was agreed that it should be refreshed in 2026 with more emphasis on places and spaces and on transitional safeguarding for 18 to 25 year olds.',
      ),
      leadIndented('ACTION: ', 'DCI Royce to provide the updated exploitation problem profile to Board members by 16 January.'),
      leadIndented('ACTION: ', 'All partners to confirm their lead for the exploitation strategy refresh by 30/01/2026.'),
      n.heading('Performance report – Quarter 2 2025/26'),
      n.point(
        'NB presented the Quarter 2 report. Contacts and referrals were in line with the previous quarter. The rate of children subject to a child protection plan had fallen to 41.2 per 10,000 (Q1: 44.8). Hospital admissions for injuries in children under one had risen for the second quarter running.',
      ),
      n.point(
        'LG noted that the rise in injury admissions was also seen regionally and may partly reflect a change in coding. Dr Adeyinka said that the hospital safeguarding team had not seen a rise in concerns about non-accidental injury.',
      ),
      leadIndented(
        'ACTION: ',
        'LG and Dr Adeyinka to bring an analysis of the rise in under-one admissions for injury to the next meeting.',
      ),
      n.heading('Budget 2026/27'),
      n.point(
        'NB reported that the partnership budget for 2025/26 was forecast to break even. For 2026/27 the three safeguarding partners would be asked to increase their contributions by 3% to cover pay awards, with relevant agencies continuing to contribute at their current levels.',
      ),
      leadIndented(
        'ACTION: ',
        'Partnership Business Unit to circulate the draft budget for 2026/27 to the three safeguarding partners by Friday 23 January.',
      ),
      n.heading('Any other business'),
      n.point(
        'NA informed the Board that the Department for Education had written to all local authorities about the next phase of the families first reforms and that the letter would be shared with partners.',
      ),
      leadIndented('ACTION: ', 'NA to circulate the Department for Education letter on the families first\vreforms to all Board members.'),
      n.heading('Dates of future meetings'),
      grid(
        [
          ['Date', 'Time', 'Venue', 'Notes'],
          ['Thursday 12 March', '10.00am – 12.30pm', 'Council Chamber, Amblethorpe Town Hall', ''],
          ['Thursday 14 May', '9.30am – 3.30pm', 'Kingsholt Conference Centre', 'Development day'],
          ['Thursday 9 July', '10.00am – 12.30pm', 'Council Chamber, Amblethorpe Town Hall', ''],
        ],
        { widths: [2200, 2000, 3600, 1800] },
      ),
      blank(),
      p('The meeting closed at 12.20pm.'),
    ],
    {
      lists: [listStyle('amb', { text: '%1.' }, { text: '%1.%2' })],
      banner: 'Amblethorpe Safeguarding Children Partnership',
      marking: 'OFFICIAL',
      footer: 'ASCP Board minutes 11.12.25 – draft for approval',
      font: 'Arial',
      creator: 'Kerry Lamb',
    },
  );
}

export function dunsmereScrutiny(): Document {
  const n = numbered('dsc');
  return minutes(
    [
      p('DUNSMERE BOROUGH COUNCIL', { bold: true }),
      blank(),
      p(
        'MINUTES OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE held on Tuesday 18 November 2025 at 6.30 pm in Committee Room 1, Dunsmere Civic Centre',
        { bold: true },
      ),
      blank(),
      lead(
        'Present: ',
        'Councillor Andrea Millbank (Chair), Councillor Tom Hesketh (Vice-Chair), Councillors Fatima Begum, Gareth Lowe, Denise Ashdown and Philip Crane.',
      ),
      lead('Co-opted members: ', 'Mrs Janet Feld (Diocesan Board of Education) and Mr Colin Oduro (Parent Governor representative).'),
      lead('Also present: ', 'Councillor Keith Barrow (Cabinet Member for Children and Families).'),
      lead(
        'Officers: ',
        'Louise Hartigan (Director of Children’s Services), Mark Ellison (Head of Safeguarding and Quality Assurance), Dr Anya Petrova (Independent Scrutineer, Dunsmere Safeguarding Children Partnership), Rhys Catterall (Head of Inclusion) and Claire Moss (Democratic Services Officer).',
      ),
      blank(),
      n.heading('Apologies for Absence'),
      indented('Apologies for absence were received from Councillor Ian Goodwin and Mrs Helen Yardley (Roman Catholic Diocese).'),
      n.heading('Declarations of Interest'),
      indented(
        'Councillor Begum declared a non-pecuniary interest in minute 40 as a governor of a school in the borough. Mr Oduro declared a similar interest.',
      ),
      n.heading('Minutes'),
      indented('RESOLVED: That the minutes of the meeting held on 16 September 2025 be agreed as a correct record and signed by the Chair.'),
      indented(
        'Arising from minute 31, the Scrutiny Officer reported that the information on social worker caseloads requested by the Committee had been circulated on 2 October.',
      ),
      n.heading('Dunsmere Safeguarding Children Partnership Annual Report 2024/25'),
      indented(
        'Dr Petrova introduced the annual report of the safeguarding partners and her own assessment as Independent Scrutineer. The partnership had made good progress on its priority of neglect, but its work on child exploitation had been slowed by the reorganisation of police teams. The report highlighted the findings of two local child safeguarding practice reviews.',
      ),
      indented(
        'Members asked how the Committee could be assured that learning from reviews changed practice. Dr Petrova explained the partnership’s programme of multi-agency audits and offered to share the audit findings with the Committee.',
      ),
      indented(
        'Councillor Lowe asked about the number of children waiting for an initial health assessment. The Director undertook to provide the latest figures (Action: Director of Children’s Services).',
      ),
      indented(
        'RESOLVED: (1) That the annual report be noted. (2) That the Committee receive the findings of the partnership’s multi-agency audits annually.',
      ),
      leadIndented(
        'Action: ',
        'Scrutiny Officer to add the multi-agency audit findings to the Committee’s work programme for 2026/27.',
      ),
      n.heading('Children Missing Education'),
      indented(
        'Rhys Catterall presented the report. At the start of the autumn term 86 children were recorded as missing education, and 312 children were electively home educated, an increase of 19% on the previous year.',
      ),
      indented(
        'Members expressed concern about children who were removed from school rolls after a period of poor attendance. Councillor Hesketh asked for a breakdown of the reasons that parents give for home education.',
      ),
      indented(
        'The Head of Inclusion agreed to provide the breakdown, with comparisons with statistical neighbours, before the next meeting (Action: Head of Inclusion).',
      ),
      indented(
        'Councillor Crane asked whether schools were told when a child they had removed from roll had not started at another school. Mark Ellison explained the arrangements and agreed that a briefing note would be circulated to members (Action: Mark Ellison).',
      ),
      indented('RESOLVED: That the report be noted.'),
      n.heading('Work Programme 2025/26'),
      indented(
        'The Committee considered its work programme. Members agreed to add an item on children’s mental health services waiting times to the March meeting and to hold a joint session with the Health Scrutiny Committee on transitions to adult services.',
      ),
      indented(
        'Action: Councillor Millbank and the Scrutiny Officer to agree a date for the joint session with the Chair of the Health Scrutiny Committee.',
      ),
      indented('RESOLVED: That the work programme be agreed as amended.'),
      n.heading('Date of Next Meeting'),
      indented('The next meeting of the Committee will be held on Tuesday 20 January 2026 at 6.30 pm.'),
      blank(),
      p('The meeting ended at 8.47 pm.'),
      blank(),
      p('Chair ……………………………………'),
    ],
    {
      lists: [listStyle('dsc', { text: '%1.', start: 36 })],
      footer: 'Children and Young People Scrutiny Committee – 18 November 2025',
      font: 'Arial',
      size: 24,
      creator: 'Democratic Services',
    },
  );
}

export function elverstoneGovernors(): Document {
  return minutes(
    [
      p('Elverstone Academy', { bold: true, size: 28 }),
      p('Local Governing Body', { bold: true }),
      blank(),
      p(
        'Minutes of the Safeguarding and Pupil Welfare Committee held on Monday 29 September 2025 at 5.00pm in the Conference Room, Elverstone Academy',
        { bold: true },
      ),
      blank(),
      lead(
        'Governors present: ',
        'Mrs Alison Pike (Chair), Mr David Kershaw (Headteacher), Revd Simon Lacey, Dr Hannah Grew, Mr Jamal Idris (Staff Governor)',
      ),
      lead('In attendance: ', 'Ms Rebecca Thorne (Deputy Headteacher and DSL), Mrs Lynne Carver (Clerk)'),
      lead('Apologies: ', 'Mr Peter Vance (apologies accepted)'),
      lead('Absent: ', 'None'),
      blank(),
      p('The meeting was quorate.'),
      blank(),
      u('1.\tWelcome and apologies'),
      hanging('1.1\tThe Chair welcomed governors to the first meeting of the year. Apologies from Mr Vance were accepted.'),
      u('2.\tDeclarations of interest'),
      hanging('2.1\tNo declarations were made in relation to items on the agenda.'),
      u('3.\tMinutes of the meeting held on 7 July 2025 and matters arising'),
      hanging('3.1\tThe minutes were approved as an accurate record and signed by the Chair.'),
      hanging(
        '3.2\tMatters arising: the governor training on online safety had been arranged for 13 October. The review of the visitor sign-in system had not been completed over the summer and remains outstanding.',
      ),
      u('4.\tKeeping Children Safe in Education 2025 – compliance'),
      hanging(
        '4.1\tThe DSL confirmed that all staff had read Part 1 of KCSIE 2025 and signed to confirm this, apart from two new staff who started in September and would complete it during induction. The child protection policy had been updated and was on the website.',
      ),
      hanging(
        '4.2\tDr Grew asked how the academy checked that staff had understood the guidance and not just signed for it. RT explained that the September training included a short quiz and scenario discussions in departments.',
      ),
      u('5.\tDSL termly report'),
      hanging(
        '5.1\tRT presented the report. During the summer term 143 concerns had been logged, of which 21 led to a referral to children’s social care or early help. The most common concerns were mental health, online safety and family conflict. Eleven pupils had a child protection plan and 19 a child in need plan at the end of term.',
      ),
      hanging(
        '5.2\tGovernors asked about the number of concerns relating to online safety. RT reported that several related to the sharing of images among Year 8 pupils and that the police schools officer had delivered sessions to the year group.',
      ),
      hanging('5.3\tMr Idris said he would share the staff feedback on the new recording system with the DSL.'),
      u('6.\tSingle central record'),
      hanging(
        '6.1\tRevd Lacey reported on his termly check of the single central record on 22 September. All checks were in place, but the record did not show the date of the prohibition check for three supply staff.',
      ),
      u('7.\tAttendance and children missing education'),
      hanging(
        '7.1\tThe Headteacher reported overall attendance of 93.1% for 2024/25 and persistent absence of 19.4%. Governors asked for the figures for disadvantaged pupils and pupils with a social worker to be included in future reports.',
      ),
      u('8.\tAny other business'),
      hanging('8.1\tThere was no other business.'),
      blank(),
      b('Action plan'),
      grid(
        [
          ['Action', 'Who', 'By when'],
          ['Complete the review of the visitor sign-in system', 'Headteacher', 'Before October half term'],
          ['Make sure the two new staff complete KCSIE Part 1 and sign to confirm', 'RT', '20.10.25'],
          ['Record the date of the prohibition check for the three supply staff on the single central record', 'Business Manager', '6 October 2025'],
          ['Include attendance of disadvantaged pupils and pupils with a social worker in the termly report', 'DK / RT', 'Next meeting'],
          ['Circulate the date of the online safety training to all governors', 'Clerk', '3.10.25'],
          ['Complete the governor safeguarding training (online) if not already done', 'All governors', '31 December 2025'],
        ],
        { widths: [5400, 1800, 2400] },
      ),
      blank(),
      b('Dates of future meetings'),
      p('Monday 19 January 2026 and Monday 11 May 2026, both at 5.00pm in the Conference Room.'),
      blank(),
      p('The meeting closed at 6.25pm.'),
      blank(),
      p('Signed: …………………………… (Chair)\tDate: ……………'),
    ],
    {
      banner: 'Elverstone Academy – Local Governing Body',
      footer: 'Safeguarding and Pupil Welfare Committee – 29.09.25 – Confidential until approved',
      font: 'Calibri',
      creator: 'Clerk to Governors',
    },
  );
}
