/**
 * Writes the dev corpus's Word minutes (all people fictional). Each file's expectations are
 * written by hand in `<name>.docx.expected.json`; rerun after editing the content here with
 * `npx tsx src/modules/meetings/minutes/corpus/dev/make-docx.ts`.
 * bromley-exploitation-panel.docx is made by LibreOffice from its .html instead (see README).
 */
import { writeFileSync } from 'node:fs';
import { Document, Packer } from 'docx';
import { agendaNumbering, blank, bold, bullet, labelled, marking, numbered, p, pageFooter, table, title } from './docx-helpers.ts';

const FONT = { styles: { default: { document: { run: { font: 'Arial', size: 22 } } } } };

function newhamQa(): Document {
  const { item, para } = numbered('agenda');
  return new Document({
    ...FONT,
    numbering: { config: [agendaNumbering('agenda')] },
    sections: [
      {
        headers: marking('OFFICIAL-SENSITIVE'),
        footers: pageFooter('NSCP QA and Performance Sub-Group – 14.05.24\t\t'),
        children: [
          title('Newham Safeguarding Children Partnership'),
          bold('Quality Assurance and Performance Sub-Group'),
          bold('Minutes'),
          table(
            [
              ['Date', 'Tuesday 14 May 2024'],
              ['Time', '13:30 – 15:30'],
              ['Venue', 'Newham Dockside, Room 1.14'],
              ['Chair', 'Dr Farida Haque, Designated Nurse, NHS North East London ICB'],
            ],
            { header: false, widths: [20, 80] },
          ),
          blank(),
          bold('Present'),
          table([
            ['Name', 'Agency', 'Initials'],
            ['Dr Farida Haque', 'NHS North East London ICB', 'FH'],
            ['Ronan Keane', 'Newham Council – Quality Assurance Service', 'RK'],
            ['Tasha Dennis', 'Newham Council – Children’s Social Care', 'TD'],
            ['Priya Bhatt', 'Newham Council – Early Help', 'PB'],
            ['DS Laura Clarke', 'Metropolitan Police – East Area BCU', 'LC'],
            ['Ifeanyi Okoro', 'East London NHS Foundation Trust', 'IO'],
            ['Rebecca Kaur', 'Barts Health NHS Trust', 'RKa'],
            ['Lucy Chambers', 'Newham Council – Education', 'LCh'],
            ['Wendy Lyons', 'Newham SCP (minutes)', 'WL'],
          ]),
          blank(),
          bold('Apologies'),
          table([
            ['Name', 'Agency'],
            ['Dr Olumide Bankole', 'Homerton Healthcare'],
            ['Sarah Finch', 'Newham Council – Youth Justice Service'],
            ['Graham Tull', 'Newham Council – Housing'],
          ]),
          blank(),
          item('Welcome and apologies'),
          para('FH welcomed members and apologies were noted. The meeting was quorate.'),
          item('Minutes of the previous meeting (12 March 2024) and action log'),
          para('The minutes were agreed as a correct record. The action log was updated; one action remains outstanding and is carried forward:'),
          p('ACTION: RK to circulate the revised multi-agency audit tool to all sub-group members'),
          item('Multi-agency audit: domestic abuse and children under five'),
          para(
            'RK presented the findings of the audit of ten cases of children under five living with domestic abuse. Risk was well identified at the point of referral, but in six cases the father or partner was not seen or assessed, and in four the health visitor was not invited to the strategy discussion.',
          ),
          para('Members agreed that the learning should be shared quickly and linked to the partnership’s “Think Family” training.'),
          p('ACTION: RK/ TD to produce a learning briefing from the audit for practitioners by 31st May 2024'),
          p('ACTION: PB to present the early help domestic abuse pathway at the next meeting'),
          item('Partnership performance dashboard – Quarter 4 2023/24'),
          para('TD presented the Q4 dashboard. Re-referrals within 12 months were 19%, and 21% of child protection plans were second or subsequent plans, above the London average.'),
          para('LC reported that the police data in the dashboard still excluded domestic abuse notifications, which are recorded on a separate system.'),
          p('ACTION: LC to provide police data on domestic abuse notifications involving children\vfor inclusion in the dashboard by 28 June 2024'),
          item('Section 11 audit 2024'),
          para('The Business Unit will send out the section 11 self-assessment on 20 May. The challenge panel will be held in September.'),
          p('ACTION: All members to return the section 11 self-assessment to the Business Unit by Friday 21 June'),
          item('Any other business'),
          para('IO raised the waiting times for CAMHS assessments for children on child protection plans and will bring a report to the July meeting.'),
          item('Date of next meeting'),
          p('Tuesday 9 July 2024, 13:30 – 15:30, Newham Dockside, Room 1.14'),
        ],
      },
    ],
  });
}

function hounslowCaseReview(): Document {
  return new Document({
    ...FONT,
    sections: [
      {
        footers: pageFooter('Hounslow SCP – L&I Group – 22/11/2023\t\t'),
        children: [
          bold('OFFICIAL – SENSITIVE'),
          title('Hounslow Safeguarding Children Partnership'),
          bold('Learning and Improvement (Case Review) Group'),
          p('Minutes of the meeting held on Wednesday 22 November 2023, 10.00 – 12.00, Hounslow House, Committee Room 2'),
          blank(),
          p(
            'Present: Lydia Romano (LR) – Independent Reviewer (Chair); Dr Ashok Menon (AMe) – Designated Doctor; Ama Mensah (AM) – Hounslow Council Children’s Services; DI Peter Cole (PC) – Metropolitan Police West Area BCU; Siân Edwards (SE) – Hounslow Council Education; Natalie Brooks (NB) – Hounslow and Richmond Community Healthcare; Omar Farouk (OF) – Hounslow Youth Justice Service; Kate Lindqvist (KL) – Business Manager, Hounslow SCP (minutes)',
          ),
          p('Apologies: Grace Whitby (Hounslow Council Children’s Services); Dr Helen Moy (West London NHS Trust)'),
          blank(),
          table([
            ['Item', 'Discussion', 'Action / Owner'],
            ['1.', '**Welcome and apologies\nLR welcomed members and noted the apologies.', ''],
            [
              '2.',
              '**Minutes and action log\nThe minutes of 20 September 2023 were agreed. Actions 1–3 are complete. Action 4, on health visiting attendance at the Child S practitioner event, remains open and is carried forward.',
              'NB to confirm health visiting attendance at the Child S practitioner event',
            ],
            [
              '3.',
              '**Rapid review – Child V\nThe group considered the rapid review of Child V, aged 16, who was seriously injured in a stabbing in October. Child V had been known to Youth Justice and had been excluded from school in Year 10. Members agreed that the case does not meet the criteria for a local review but that the learning about transitions between education provisions should be taken forward through a thematic review.\nPC noted that the chronology did not yet include the custody records.',
              'AM to send the rapid review report to the national Panel by 24 November 2023\nPC to obtain the custody records for the chronology',
            ],
            [
              '4.',
              '**LCSPR Child S – draft report\nThe lead reviewer’s draft was discussed. Members felt that the analysis of the response to neglect was strong, but that the voice of Child S’s older siblings was missing. The family has agreed to meet the reviewer again in December.',
              'LR to revise the draft report and circulate to the group by 15/12/2023',
            ],
            [
              '5.',
              '**Learning from national reviews – safeguarding children with disabilities\nThe group discussed the national Panel’s report on children with disabilities in residential settings. No Hounslow children are placed in the settings named in the report.',
              'SE and NB to map local provision against the national review recommendations by the next meeting',
            ],
            ['6.', '**7-minute briefings\nThe Child Q briefing has been agreed and is ready for publication.', 'KL to publish the Child Q briefing on the partnership website ASAP'],
            ['7.', '**Any other business\nNone.', ''],
            ['8.', '**Date of next meeting\nWednesday 24 January 2024, 10.00 – 12.00, Hounslow House', ''],
          ], { widths: [8, 62, 30] }),
        ],
      },
    ],
  });
}

function greenwichScrutiny(): Document {
  return new Document({
    ...FONT,
    sections: [
      {
        children: [
          bold('ROYAL BOROUGH OF GREENWICH'),
          blank(),
          bold('MINUTES OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL held on Tuesday 23 January 2024 at 7.00 pm in Committee Room 4, The Woolwich Centre'),
          blank(),
          p('Councillors present: Cllr Denise Hart (Chair), Cllr Ibrahim Sesay (Vice-Chair), Cllr Maureen O’Connell, Cllr Tariq Aziz, Cllr Pippa Langford, Cllr Ewan McBride'),
          p('Co-opted members: Mr Graham Oakes (Church of England Diocese), Mrs Sunita Lal (Parent Governor)'),
          p('Also present: Cllr Adrian Pope (Cabinet Member for Children and Young People)'),
          p('Officers: Claire Rowntree (Director of Children’s Services), Matthew Obi (Assistant Director, Safeguarding and Social Care), Zainab Hussain (Head of Safeguarding Partnership), Leah Sutton (Scrutiny Officer)'),
          blank(),
          bold('41.\tApologies for absence and substitutions'),
          p('Apologies for absence were received from Cllr Rachel Fenn and Cllr Dominic Yeo. There were no substitutions.'),
          bold('42.\tDeclarations of interest'),
          p('Mrs Lal declared a non-pecuniary interest as a governor of a Greenwich primary school.'),
          bold('43.\tMinutes'),
          p('Resolved – That the minutes of the meeting held on 14 November 2023 be agreed and signed as a correct record.'),
          bold('44.\tGreenwich Safeguarding Children Partnership – Annual Report 2022/23'),
          p(
            'Zainab Hussain introduced the annual report. She highlighted the partnership’s three priorities of neglect, adolescent safety and early help, and the increase in referrals from schools. In response to questions, the Director of Children’s Services explained that the number of children subject to a child protection plan had fallen because more families were being supported through early help.',
          ),
          p('Members asked how the partnership measured the impact of its neglect strategy on children’s lives. The Director would provide the Panel with the outcomes framework for the neglect strategy (Action: Claire Rowntree).'),
          p('Cllr Aziz asked about the number of schools that had not completed the section 175 audit. The Head of Safeguarding Partnership would send members the list of schools by 29 February 2024 (Action: Zainab Hussain).'),
          p('ACTION: Scrutiny Officer to circulate the partnership’s neglect strategy to all members of the Panel'),
          p('Resolved – That the annual report be noted.'),
          bold('45.\tChildren missing education'),
          p(
            'Matthew Obi presented the report on children missing education. 342 children were recorded as missing education in the autumn term, of whom 41 had been missing for more than 20 school days. Members were concerned about children who leave the borough without a new school being identified.',
          ),
          p('Members requested that future reports include the number of children missing education who are known to children’s social care (Action: Matthew Obi).'),
          p('Resolved – That the report be noted and a further update be brought to the Panel in six months.'),
          bold('46.\tWork programme 2023/24'),
          p('The Panel considered its work programme. Members agreed to add an item on serious youth violence.'),
          p('ACTION: Scrutiny Officer to add an item on serious youth violence to the work programme'),
          bold('47.\tDate of next meeting'),
          p('The next meeting will be held on Wednesday 13 March 2024 at 7.00 pm.'),
          blank(),
          p('The meeting ended at 9.12 pm.'),
          blank(),
          p('Chair ……………………………………'),
        ],
      },
    ],
  });
}

function walthamForestBoard(): Document {
  const { item, para } = numbered('minutes');
  return new Document({
    ...FONT,
    numbering: { config: [agendaNumbering('minutes')] },
    sections: [
      {
        headers: marking('OFFICIAL'),
        footers: pageFooter(''),
        children: [
          title('Waltham Forest Safeguarding Children Partnership Board'),
          bold('Minutes'),
          labelled('Date:', 'Tuesday 19 March 2024'),
          labelled('Time:', '2.00 pm – 4.30 pm'),
          labelled('Venue:', 'Walthamstow Town Hall, Committee Room 3'),
          blank(),
          bold('Present:'),
          bullet('Dr Naveed Akhtar – Independent Chair'),
          bullet('Sarah O’Brien – Waltham Forest Council, Children and Family Services'),
          bullet('DCI Mike Harrow – Metropolitan Police, North East BCU'),
          bullet('Joy Adeleke – North East London ICB'),
          bullet('Chris Tanner – Waltham Forest Council, Education'),
          bullet('Hollie Quinn – Barts Health NHS Trust'),
          bullet('Amir Rashid – Waltham Forest Council, Community Safety'),
          bullet('Eileen Morgan – Lay Member'),
          bullet('Kelvin Osei – Waltham Forest SCP, Business Manager'),
          bullet('Jodie Fenton – Waltham Forest SCP (minutes)'),
          blank(),
          p('Apologies were received from Cllr Grace Williams, Dr Paul Ennis (NELFT) and Bola Ajayi (Probation Service).'),
          blank(),
          item('Welcome, introductions and apologies'),
          para('The Chair welcomed members, in particular Hollie Quinn, who now represents Barts Health on the Board.'),
          item('Minutes of the previous meeting and action log'),
          para('The minutes of 12 December 2023 were agreed. The action log was reviewed and is attached; action 23/14 is carried forward.'),
          item('Independent scrutiny – annual report'),
          para('The Chair presented his annual scrutiny report. The Board’s arrangements were judged effective, with stronger engagement from schools. Two areas for development were identified: the use of data to understand the experience of children, and the involvement of young people in the work of the partnership.'),
          item('Neglect strategy 2024–2027'),
          para('SO presented the draft neglect strategy. Members welcomed the focus on early identification and asked for a consultation with partner agencies and young people before it is finalised.'),
          item('MASH and front door review'),
          para('SO and JA outlined the changes made to the front door since January, including the health practitioner now co-located in the MASH. The Board asked to see the impact of the changes on timeliness and on re-referrals.'),
          item('Serious youth violence'),
          para('MH presented the police analysis. Knife crime involving under-18s fell by 8% in 2023, but the number of children under 14 involved has risen. The Board asked for the police response to the needs assessment.'),
          item('Partnership budget 2024/25'),
          para('KO presented the budget. The three statutory partners have not yet agreed their contributions for 2024/25.'),
          item('Any other business'),
          para('CT confirmed he will step down as schools’ representative at the end of the academic year.'),
          item('Future meeting dates'),
          bullet('Tuesday 18 June, 2.00 pm – 4.30 pm'),
          bullet('Tuesday 17 September, 2.00 pm – 4.30 pm'),
          bullet('Tuesday 10 December, 2.00 pm – 4.30 pm (development session)'),
          blank(),
          bold('Action log'),
          table([
            ['Ref', 'Action', 'Lead', 'Due', 'Status'],
            ['23/14', 'Share the NELFT 0–19 service review findings with the Board', 'JA', 'ASAP', 'Carried forward'],
            ['24/01', 'Circulate the neglect strategy consultation to all partner agencies', 'KO', '05/04/2024', 'New'],
            ['24/02', 'Report on the impact of the MASH front door changes', 'SO / JA', 'Next meeting', 'New'],
            ['24/03', 'Provide the police response to the serious youth violence needs assessment', 'MH', '30 April 2024', 'New'],
            ['24/04', 'Confirm school representation on the Board for 2024/25', 'CT', 'Ongoing', 'New'],
            ['24/05', 'Agree the partnership budget contributions for 2024/25', 'Statutory partners', '31/03/2024', 'New'],
          ], { widths: [9, 47, 14, 16, 14] }),
        ],
      },
    ],
  });
}

function enfieldHealth(): Document {
  return new Document({
    ...FONT,
    sections: [
      {
        children: [
          title('Enfield Health Safeguarding Children Group'),
          p('Date: 31/01/2024'),
          p('Time: 14:00-15:30'),
          p('Chair: Dr Mei Ling Tan'),
          blank(),
          bold('Attendance'),
          table([
            ['Name', 'Role'],
            ['Dr Mei Ling Tan', 'Designated Doctor'],
            ['Yvonne Clarke', 'Designated Nurse'],
            ['Hamid Karimi', 'Named Nurse, North Middlesex University Hospital'],
            ['Pauline Reeves', 'Named Midwife'],
            ['Dr Oliver Stanton', 'Named GP'],
            ['Funmi Adesanya', 'Safeguarding Lead, Enfield Community Services'],
            ['Ciaran Walsh', 'Safeguarding Children Advisor (notes)'],
          ]),
          blank(),
          bold('Apologies'),
          bullet('Dr Ruth Mallory – North Middlesex University Hospital'),
          bullet('Nadia Ferreira – Enfield Council Public Health'),
          blank(),
          bold('Item 1 – Welcome and apologies'),
          p('The Chair welcomed members. Apologies noted.'),
          bold('Item 2 – Minutes and matters arising'),
          p('The minutes of 29 November 2023 were agreed. The ICON training slides have still not gone to GP practices.'),
          p('Actions carried forward:'),
          bullet('YC to circulate the ICON training slides to GP practices'),
          bold('Item 3 – Safeguarding activity reports'),
          p('HK reported a rise in unborn referrals, with most coming late in pregnancy. PR said the pre-birth pathway was not always followed when women booked late. OS reported that GP level 3 training compliance was 68%.'),
          p('Actions:'),
          bullet('HK and PR to audit the use of the pre-birth assessment pathway by 15/03/2024'),
          bullet('Named GPs to complete the level 3 refresher by end of March'),
          bold('Item 4 – ICON programme'),
          p('FA described the roll-out of the ICON programme on infant crying in community services. Community staff have not yet been briefed.'),
          p('Actions:'),
          bullet('FA to arrange an ICON briefing for community staff by 29 February'),
          bold('Item 5 – Rapid review learning – Child W'),
          p('The Chair summarised the health learning from the Child W rapid review, in particular around the sharing of information between the emergency department and the GP.'),
          p('Actions:'),
          bullet('Dr Mei Ling Tan to share the learning summary with all health providers'),
          bold('Item 6 – AOB'),
          p('None.'),
          blank(),
          bold('Future meetings'),
          table([
            ['Date', 'Time', 'Venue', 'Notes'],
            ['27/03/2024', '14:00-15:30', 'MS Teams', ''],
            ['29/05/2024', '14:00-15:30', 'North Middlesex University Hospital, Seminar Room 2', ''],
            ['31/07/2024', '14:00-16:00', 'MS Teams', 'Extended meeting'],
          ]),
        ],
      },
    ],
  });
}

function kingstonRichmondEducation(): Document {
  const { item, para } = numbered('minutes');
  return new Document({
    ...FONT,
    numbering: { config: [agendaNumbering('minutes', 12)] },
    sections: [
      {
        headers: marking('Kingston and Richmond Safeguarding Children Partnership | OFFICIAL'),
        footers: pageFooter(''),
        children: [
          title('Education Safeguarding Sub-Group'),
          p('Wednesday 6 March 2024, 3.30pm – 5pm'),
          p('Kingston Guildhall, Committee Room 1'),
          blank(),
          table(
            [
              ['Members present', 'Apologies'],
              [
                'Helen Marsh – Achieving for Children (Chair)\nSunil Chaudhry – Kingsgate Academy\nFiona Gallacher – Richmond upon Thames College\nDr Amara Eze – SWL ICB\nPaul Stratton – Metropolitan Police, South West BCU\nCllr Jenny Ashdown – Lead Member for Children’s Services\nStephen Coles – St Agatha’s Catholic Primary School\nSarah Coleman – KRSCP Business Manager\nAbigail Hart – KRSCP (minutes)',
                'Mark Ferris – Achieving for Children, Virtual School\nDr Yusuf Hamid – Hampton Hill Junior School\nLaura Keane – Kingston Hospital',
              ],
            ],
            { widths: [60, 40] },
          ),
          blank(),
          item('Welcome, apologies and declarations of interest'),
          para('The Chair welcomed members and noted the apologies. No interests were declared.'),
          item('Minutes of the meeting held on 8 November 2023 and matters arising'),
          para('The minutes were agreed.'),
          para('Minute 8.3: the revised school report template for child protection conferences is still to be agreed with the conference chairs and will be brought back to the next meeting. Action: HM'),
          item('Section 175 audit 2023/24 – findings'),
          para('Sarah Coleman presented the findings. 94% of schools returned the audit. The weakest areas were safer recruitment checks for supply staff and the training of governors.'),
          para('Members agreed that the schools that had not returned the audit should be contacted directly.'),
          para('ACTION: Chair and Sarah Coleman to write to the schools that have not returned the audit by 22 March'),
          item('Harmful sexual behaviour in schools'),
          para('PS reported a rise in reports of harmful sexual behaviour in primary schools, many involving the sharing of images. Dr Eze said the ICB would fund further training in the Brook Traffic Light Tool.'),
          para('ACTION: All schools to nominate a lead for harmful sexual behaviour by the end of the spring term'),
          item('Filtering and monitoring'),
          para('FG described how the college had reviewed its filtering and monitoring against the DfE standards. Members agreed that a model policy would help smaller schools. FG will share the college’s policy as a starting point. Action: FG'),
          item('Any other business'),
          para('Cllr Ashdown thanked schools for their work during a difficult year. There was no other business.'),
          item('Dates of future meetings'),
          table([
            ['Date', 'Time', 'Venue'],
            ['Wed 12 June 2024', '3.30pm – 5pm', 'Richmond Civic Centre'],
            ['Wed 9 October 2024', '3.30pm – 5pm', 'Kingston Guildhall'],
          ]),
        ],
      },
    ],
  });
}

const documents: Record<string, () => Document> = {
  'newham-qa-subgroup.docx': newhamQa,
  'hounslow-case-review-group.docx': hounslowCaseReview,
  'greenwich-scrutiny-panel.docx': greenwichScrutiny,
  'waltham-forest-scp-board.docx': walthamForestBoard,
  'enfield-health-safeguarding-group.docx': enfieldHealth,
  'kingston-richmond-education-subgroup.docx': kingstonRichmondEducation,
};

for (const [name, make] of Object.entries(documents)) {
  writeFileSync(new URL(`./${name}`, import.meta.url), await Packer.toBuffer(make()));
}
