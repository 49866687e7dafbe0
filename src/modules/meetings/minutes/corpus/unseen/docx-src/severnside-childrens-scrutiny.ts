// Council scrutiny committee minutes: "Item %1" Word numbering, a Vice Chair in the chair,
// councillors listed under a plural prefix, co-opted members and officers, RESOLVED blocks that
// are decisions, and ACTION paragraphs owned by posts rather than people.
import { AlignmentType, Document, LevelFormat } from 'docx';
import { bullet, heading, listed, para } from './parts.ts';

const item = (text: string) => listed('minutes', 0, text, { bold: true });

export const severnsideChildrensScrutiny = () =>
  new Document({
    numbering: {
      config: [
        {
          reference: 'minutes',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: 'Item %1', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          para('SEVERNSIDE COUNCIL', { bold: true }),
          heading(
            'MINUTES of a meeting of the CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE held on Tuesday 10 December 2024 at 6.30 pm in the Council Chamber, Severnside Civic Centre',
            2,
          ),
          para(
            'PRESENT: Councillor Imran Bashir (Vice Chair, in the chair); Councillors Beverley Ashdown, Tomás Fitzgerald, Pauline Ng, Oluwaseun Adebisi and Graham Whitcombe.',
          ),
          para(
            'Co-opted members: Mrs Angela Frost (Church of England Diocese) and Mr Dev Patel (Parent Governor Representative).',
          ),
          para('Also present: Councillor Rhiannon Lloyd-Price (Cabinet Member for Children and Families).'),
          para(
            'Officers: Sharon Whitfield (Director of Children’s Services), Neil Abernethy (Head of Safeguarding and Quality Assurance), Dr Chiamaka Obi (Independent Scrutineer, Severnside Safeguarding Children Partnership), Paul Rendell (Scrutiny Officer) and Jade Summers (Democratic Services Officer).',
          ),
          item('Apologies for absence and substitutions'),
          para(
            'Apologies for absence were received from Councillor Mark Trelawney (Chair) and Councillor Suzanne Haigh. There were no substitutions.',
          ),
          item('Declarations of interest'),
          para('Mrs Frost declared a non-pecuniary interest as a governor of a school in the borough.'),
          item('Minutes of the meeting held on 15 October 2024'),
          para(
            'RESOLVED: That the minutes of the meeting held on 15 October 2024 be approved as a correct record.',
          ),
          item('Severnside Safeguarding Children Partnership yearly report 2023/24'),
          para(
            'Dr Obi introduced the partnership’s yearly report and her independent scrutiny of it. She highlighted good joint working at the front door but said that the partnership could not yet show the impact of its neglect strategy. Members asked about the quality of multi-agency work with families where neglect was the main concern.',
          ),
          para(
            'The Vice Chair agreed to raise the attendance of health partners at child protection conferences with the Chair of the Health and Wellbeing Board.',
          ),
          para('RESOLVED: That the yearly report be noted.'),
          para(
            'ACTION: Independent Scrutineer to provide members with the findings of the partnership’s multi-agency audit of neglect cases.',
          ),
          item('Children’s social care performance – Quarter 2 2024/25'),
          para('The Director of Children’s Services presented the report. Key points were:'),
          bullet('re-referrals within 12 months had risen to 24%;'),
          bullet(
            'the number of children subject to a child protection plan had fallen to 286 (41.2 per 10,000);',
          ),
          bullet('average social worker caseloads were 19, but three teams averaged more than 24.'),
          para(
            'ACTION: Director of Children’s Services to circulate a briefing note on the reasons for the rise in re-referrals by 31 January 2025.',
          ),
          para(
            'ACTION: Head of Safeguarding and Quality Assurance to include social worker caseloads by team in future performance reports.',
          ),
          item('Ofsted focused visit – children in need and child protection'),
          para(
            'The Cabinet Member reported the findings of the Ofsted focused visit in October, which found that the quality of assessments had improved but that management oversight of children in need plans was inconsistent. An action plan had been agreed.',
          ),
          para(
            'ACTION: Cabinet Member for Children and Families to report progress against the focused visit action plan to the next meeting.',
          ),
          para(
            'ACTION: Councillor Ng and Councillor Adebisi to visit the front door service with the Head of Safeguarding and Quality Assurance.',
          ),
          item('Work programme 2024/25'),
          para(
            'The Committee considered its work programme. Members asked for a session on elective home education and children missing education.',
          ),
          para(
            'ACTION: Scrutiny Officer to add a session on elective home education and children missing education to the work programme for March.',
          ),
          para('DATE OF NEXT MEETING', { bold: true }),
          para('Tuesday 4 February 2025 at 6.30 pm.'),
          para('The meeting ended at 8.47 pm.'),
          para('Chair ……………………………'),
        ],
      },
    ],
  });
