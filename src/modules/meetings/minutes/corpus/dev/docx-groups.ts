/** Sub-group and panel minutes (all people fictional). Written to .docx by make-docx.ts. */
import { Document } from 'docx';
import {
  FONT,
  agendaNumbering,
  blank,
  bold,
  bullet,
  marking,
  numbered,
  p,
  pageFooter,
  table,
  title,
} from './docx-helpers.ts';

export function hounslowCaseReview(): Document {
  return new Document({
    ...FONT,
    sections: [
      {
        footers: pageFooter('Hounslow SCP – L&I Group – 22/11/2023\t\t'),
        children: [
          bold('OFFICIAL – SENSITIVE'),
          title('Hounslow Safeguarding Children Partnership'),
          bold('Learning and Improvement (Case Review) Group'),
          p(
            'Minutes of the meeting held on Wednesday 22 November 2023, 10.00 – 12.00, Hounslow House, Committee Room 2',
          ),
          blank(),
          p(
            'Present: Lydia Romano (LR) – Independent Reviewer (Chair); Dr Ashok Menon (AMe) – Designated Doctor; Ama Mensah (AM) – Hounslow Council Children’s Services; DI Peter Cole (PC) – Metropolitan Police West Area BCU; Siân Edwards (SE) – Hounslow Council Education; Natalie Brooks (NB) – Hounslow and Richmond Community Healthcare; Omar Farouk (OF) – Hounslow Youth Justice Service; Kate Lindqvist (KL) – Business Manager, Hounslow SCP (minutes)',
          ),
          p(
            'Apologies: Grace Whitby (Hounslow Council Children’s Services); Dr Helen Moy (West London NHS Trust)',
          ),
          blank(),
          table(
            [
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
              [
                '6.',
                '**7-minute briefings\nThe Child Q briefing has been agreed and is ready for publication.',
                'KL to publish the Child Q briefing on the partnership website ASAP',
              ],
              ['7.', '**Any other business\nNone.', ''],
              ['8.', '**Date of next meeting\nWednesday 24 January 2024, 10.00 – 12.00, Hounslow House', ''],
            ],
            { widths: [8, 62, 30] },
          ),
        ],
      },
    ],
  });
}

export function enfieldHealth(): Document {
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
          p(
            'The minutes of 29 November 2023 were agreed. The ICON training slides have still not gone to GP practices.',
          ),
          p('Actions carried forward:'),
          bullet('YC to circulate the ICON training slides to GP practices'),
          bold('Item 3 – Safeguarding activity reports'),
          p(
            'HK reported a rise in unborn referrals, with most coming late in pregnancy. PR said the pre-birth pathway was not always followed when women booked late. OS reported that GP level 3 training compliance was 68%.',
          ),
          p('Actions:'),
          bullet('HK and PR to audit the use of the pre-birth assessment pathway by 15/03/2024'),
          bullet('Named GPs to complete the level 3 refresher by end of March'),
          bold('Item 4 – ICON programme'),
          p(
            'FA described the roll-out of the ICON programme on infant crying in community services. Community staff have not yet been briefed.',
          ),
          p('Actions:'),
          bullet('FA to arrange an ICON briefing for community staff by 29 February'),
          bold('Item 5 – Rapid review learning – Child W'),
          p(
            'The Chair summarised the health learning from the Child W rapid review, in particular around the sharing of information between the emergency department and the GP.',
          ),
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

export function kingstonRichmondEducation(): Document {
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
          para(
            'Minute 8.3: the revised school report template for child protection conferences is still to be agreed with the conference chairs and will be brought back to the next meeting. Action: HM',
          ),
          item('Section 175 audit 2023/24 – findings'),
          para(
            'Sarah Coleman presented the findings. 94% of schools returned the audit. The weakest areas were safer recruitment checks for supply staff and the training of governors.',
          ),
          para(
            'Members agreed that the schools that had not returned the audit should be contacted directly.',
          ),
          para(
            'ACTION: Chair and Sarah Coleman to write to the schools that have not returned the audit by 22 March',
          ),
          item('Harmful sexual behaviour in schools'),
          para(
            'PS reported a rise in reports of harmful sexual behaviour in primary schools, many involving the sharing of images. Dr Eze said the ICB would fund further training in the Brook Traffic Light Tool.',
          ),
          para(
            'ACTION: All schools to nominate a lead for harmful sexual behaviour by the end of the spring term',
          ),
          item('Filtering and monitoring'),
          para(
            'FG described how the college had reviewed its filtering and monitoring against the DfE standards. Members agreed that a model policy would help smaller schools. FG will share the college’s policy as a starting point. Action: FG',
          ),
          item('Any other business'),
          para(
            'Cllr Ashdown thanked schools for their work during a difficult year. There was no other business.',
          ),
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
