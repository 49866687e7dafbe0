// Board minutes with "%1." Word list numbering, attendance tables whose Role column marks the
// Chair, Vice Chair and minute-taker, initials declared only in a column, and right-aligned
// "Action: XX" markers at the end of paragraphs.
import { Document } from 'docx';
import { decimalLevels, heading, listed, pageFooter, pageHeader, para, table, withAction } from './parts.ts';

const item = (text: string) => listed('items', 0, text, { bold: true });

export const northmoorPartnershipBoard = () =>
  new Document({
    numbering: { config: [{ reference: 'items', levels: decimalLevels('%1.') }] },
    sections: [
      {
        headers: {
          default: pageHeader('Northmoor Safeguarding Children Partnership Board – 25 September 2024'),
        },
        footers: { default: pageFooter('OFFICIAL') },
        children: [
          heading('Northmoor Safeguarding Children Partnership Board', 1),
          para('Minutes', { bold: true }),
          para('Date:\tWednesday 25 September 2024'),
          para('Time:\t1.30pm – 4.00pm'),
          para('Venue:\tThe Boardroom, Northmoor House, Station Road'),
          para('Members present', { bold: true }),
          table(
            [
              ['Name', 'Title', 'Organisation', 'Initials', 'Role'],
              ['Professor Diane Holloway-Clarke', 'Independent Chair', 'Northmoor SCP', 'DHC', 'Chair'],
              ['Matthew Okonjo', 'Director of Children’s Services', 'Northmoor Council', 'MO', ''],
              ['Helen Braithwaite', 'Assistant Chief Constable', 'Northmoor Police', 'HB', 'Vice Chair'],
              ['Dr Kavita Menon', 'Chief Nursing Officer', 'Calder and Dene ICB', 'KM', ''],
              ['Stephen Hartigan', 'Head of Probation Delivery Unit', 'Probation Service', 'SH', ''],
              ['Dr Yaw Mensah-Bonsu', 'Designated Doctor', 'Calder and Dene ICB', 'YMB', ''],
              ['Lynne Cavanagh', 'Headteacher, St Aidan’s Academy', 'Northmoor Schools Forum', 'LC', ''],
              ['Karim Haddad', 'Lay Member', '', 'KH', ''],
              ['Fiona McBride', 'Partnership Manager', 'Northmoor SCP', 'FMcB', ''],
              ['Georgia Papadopoulos', 'Business Support Officer', 'Northmoor SCP', 'GP', 'Minutes'],
            ],
            [26, 28, 24, 10, 12],
          ),
          para('In attendance', { bold: true }),
          table(
            [
              ['Name', 'Title', 'Organisation', 'Initials', 'Role'],
              ['Joseph Nwankwo', 'Independent Reviewer', '', 'JN', 'Item 4'],
              ['Kirsty Lomax', 'Head of Early Help', 'Northmoor Council', 'KL', 'Item 5'],
            ],
            [26, 28, 24, 10, 12],
          ),
          para('Apologies', { bold: true }),
          table([
            ['Name', 'Organisation'],
            ['Cllr Bernard Quigley', 'Northmoor Council'],
            ['Amina Yusuf', 'Northmoor Hospitals NHS Trust'],
          ]),
          item('Welcome, introductions and apologies'),
          para(
            'The Chair welcomed members and introduced Stephen Hartigan, who had joined the Board from the Probation Service. Apologies were noted.',
          ),
          item('Minutes of 26 June 2024 and matters arising'),
          para('The minutes were agreed as an accurate record.'),
          withAction(
            'Escalation policy: the updated policy had been agreed in June but had not yet been sent to schools. FMcB to circulate the escalation policy to all schools via the education portal by 4 October.',
            'Action: FMcB',
          ),
          item('Independent Chair’s update'),
          para(
            'The Chair reported on her meetings with the three statutory partners and on the regional chairs’ network. Feedback from the national panel on rapid reviews was taking up to ten weeks to arrive, which delayed local decisions.',
          ),
          withAction(
            'The Chair will write to the Child Safeguarding Practice Review Panel about the delays in receiving feedback on rapid reviews.',
            'Action: DHC',
          ),
          item('Local child safeguarding practice review – Child H (final report)'),
          para(
            'Joseph Nwankwo presented the final report. Child H, aged 14, had been exploited by an older peer group over several months. The review found that professionals had responded to each incident separately and that no one agency had held the whole picture.',
          ),
          para(
            'The Board approved the report for publication on 6 November 2024, subject to the views of the family.',
          ),
          withAction(
            'FMcB and JN to prepare the practitioner briefing and media statement before publication.',
            'Action: FMcB / JN',
          ),
          withAction(
            'Each agency to send an update on its single-agency actions to the Learning and Improvement Sub-group by 31 December 2024.',
            'Action: All agencies',
          ),
          item('Early help strategy 2024–2027'),
          para(
            'Kirsty Lomax presented the draft strategy, which had been developed with families and with the voluntary sector. Members welcomed the focus on schools as early help lead professionals but asked how outcomes would be measured.',
          ),
          withAction('KL to bring the early help outcomes framework to the next meeting.', 'Action: KL'),
          item('Multi-agency safeguarding arrangements – yearly report 2023/24'),
          para(
            'The draft yearly report was discussed. Helen Braithwaite said she would ask the force’s public protection lead to contribute a section on child exploitation.',
          ),
          withAction(
            'Partners to send final comments on the yearly report to the Partnership Manager by 30.09.24.',
            'Action: All partners',
          ),
          item('Section 11 and section 175 audits'),
          para(
            'Fourteen agencies had completed the section 11 self-assessment. Returns from academies under the section 175 audit were not consistently reported to the Board.',
          ),
          withAction(
            'LC and MO to agree how section 175 returns from academies will be reported to the Board.',
            'Action: LC / MO',
          ),
          item('Any other business'),
          para(
            'Dr Menon raised the low level of GP attendance at initial child protection conferences, which remained at around 40%.',
          ),
          withAction('KM to report on GP attendance at conferences to the March meeting.', 'Action: KM'),
          withAction(
            'GP to update the Board membership list and circulate it with these minutes.',
            'Action: GP',
          ),
          para('Dates for 2024/25', { bold: true }),
          para('All meetings 1.30pm – 4.00pm in the Boardroom, Northmoor House'),
          para('Wednesday 11 December'),
          para('Wednesday 12 March'),
          para('Wednesday 25 June'),
        ],
      },
    ],
  });
