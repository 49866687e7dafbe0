/** Partnership board, June 2025: "Minutes of the meeting of … held at … on …", attendance in table columns, Word numbering from 12. */
import { blank, bold, itemLevels, minutes, numbered, p, table } from './kit.ts';

export const name = 'harrow-partnership-board';

const item = (text: string) => numbered('board', 0, text, true);
const para = (text: string) => numbered('board', 1, text);

export const build = () =>
  minutes({
    header: 'OFFICIAL',
    footer: 'HSCP Board 11.06.25 – Draft',
    numbering: [{ reference: 'board', levels: itemLevels(12) }],
    children: [
      bold(
        'Minutes of the meeting of the Harrow Safeguarding Children Partnership Board held at Committee Room 5, Harrow Civic Centre on Wednesday 11 June 2025 at 1.30pm',
      ),
      blank(),
      bold('Present:'),
      table([
        [
          'Ian Roper (Independent Chair)',
          'Patricia Oyelowo (Harrow Council)',
          'DCI Colm Brady (Metropolitan Police)',
        ],
        [
          'Sunita Verma (NHS North West London ICB)',
          'Dr Graham Pike (London North West University Healthcare NHS Trust)',
          'Beatrice Nwachukwu (Harrow Council – Education)',
        ],
        [
          'Cllr Maureen Gallagher (Harrow Council)',
          'Colette Sharma (CAFCASS)',
          'Adam Price (Probation Service)',
        ],
        [
          'Louise Armitage (Harrow Council – Early Help)',
          'Marek Zielinski (Harrow Voluntary Sector Forum)',
          'Kemi Afolabi (HSCP Business Manager)',
        ],
      ]),
      p('Minute taker: Jenny Holt (HSCP Business Support)'),
      blank(),
      bold('Apologies:'),
      table(
        [
          ['Name', 'Organisation'],
          ['Nicola Mensforth', 'Harrow Council – Adult Social Care'],
          ['Raj Kohli', 'Metropolitan Police North West BCU'],
          ['Dr Ewan Forsyth', 'NHS North West London ICB'],
        ],
        { header: true },
      ),
      item('Welcome, introductions and apologies'),
      para(
        'The Chair welcomed members, in particular Adam Price, who replaces Simon Gale as the probation representative.',
      ),
      item('Minutes of the previous meeting and matters arising'),
      para('The minutes of the meeting held on 12 March 2025 were agreed as a correct record.'),
      para('The following action from March is outstanding and is carried forward:'),
      p(
        'ACTION: BN to circulate the elective home education protocol to partners once it has been approved by Cabinet',
      ),
      item('Local child safeguarding practice review – Child H'),
      para(
        'KA presented the final report of the review into the death of Child H, a nine-month-old baby. The review found that the mother’s mental health needs were known to adult services but were not considered by the professionals supporting the baby, and that the family’s move between two temporary addresses meant that the health visiting service lost contact for eleven weeks.',
      ),
      para(
        'The Board accepted the report and its five recommendations and agreed that it should be published in September.',
      ),
      p(
        'ACTION: PO, SV and CB to agree the multi-agency response to the review’s recommendations by 3 October',
      ),
      item('Yearly report 2024/25'),
      para(
        'KA presented the first draft of the yearly report. Members asked for more about the impact of the partnership’s work on children.',
      ),
      p('ACTION: KA to circulate the final draft of the yearly report to members by 27 June'),
      item('Sub-group reports'),
      para(
        'The chairs of the Quality Assurance, Learning and Development and Child Exploitation sub-groups summarised their quarterly reports. The Board noted the progress made and asked the sub-groups to align their work plans to the priorities agreed for 2025/26.',
      ),
      p(
        'ACTION: Sub-group Chairs to update their work plans to reflect the Board’s priorities for 2025/26 by 03/10/2025',
      ),
      item('Section 11 and section 175 audits'),
      para('LA reported that the section 11 self-assessment tool had been sent to all agencies on 2 June.'),
      p('ACTION: All partners to complete the section 11 self-assessment by 11 July'),
      item('Families First Partnership reforms'),
      para(
        'PO outlined the local plans for implementing the Families First Partnership programme. Colette Sharma said she would share CAFCASS’s national briefing on the multi-agency child protection teams with members.',
      ),
      item('Any other business'),
      para(
        'MZ reported that voluntary sector organisations were unclear about how to use the new early help request form.',
      ),
      p(
        'ACTION: MZ & LA to arrange a session for voluntary sector organisations on the new early help request form',
      ),
      item('Date of next meeting'),
      para('Wednesday 10 September 2025, 1.30pm – 4pm, Committee Room 5, Harrow Civic Centre'),
      para(
        'Extraordinary meeting (yearly report sign-off): Wednesday 16 July 2025, 2pm – 3pm, Microsoft Teams',
      ),
      blank(),
      p('The meeting closed at 4.05pm.'),
      blank(),
      p('Signed ……………………………………… Independent Chair          Date ………………………'),
    ],
  });
