/**
 * Content of the unvisited set's sub-group, governors' and panel Word files: an education
 * sub-group (Word numbering `%1)` with `a)` points, attendance in paragraphs, actions at a
 * right-aligned tab at the end of a point), a school governors' committee written by the clerk
 * (typed underlined headings, questions and answers, action table without an Item column) and
 * an exploitation panel (OFFICIAL – SENSITIVE marking, two people to a row, `(i)` points,
 * tracker under item 2, bold ACTION leads, future meetings table).
 */
import type { Document } from 'docx';
import { LevelFormat } from 'docx';
import { b, blank, p } from '../../pristine/docx-src/word.ts';
import {
  actionLine,
  gridTable,
  inlineLabel,
  listStyle,
  numbered,
  trailingAction,
  typedHeading,
  wordDocument,
} from './shapes.ts';

export function chalkburyEducationSubGroup(): Document {
  const n = (text: string): ReturnType<typeof numbered> => numbered('chk', 0, text);
  const s = (text: string): ReturnType<typeof numbered> => numbered('chk', 1, text, false);
  const a = (text: string, action: string): ReturnType<typeof trailingAction> =>
    trailingAction(text, action, { reference: 'chk', level: 1 });
  return wordDocument(
    [
      p('Education Safeguarding Sub-Group', { bold: true, size: 32 }),
      p('Thursday 20 November 2025, 4.00pm – 5.30pm'),
      p('Training Room 2, Chalkbury Education Centre'),
      blank(),
      p(
        'Present: Kathryn Jessop (Headteacher, Longmeadow Primary School) – Chair; Nadia Farouk (Education Safeguarding Manager, Chalkbury Council); Peter Oakes (DSL, Chalkbury High School); Lisa Kendrick (Deputy Headteacher, St Mary’s RC Primary School); Ravi Sandhu (Assistant Principal, Chalkbury Academy Trust); Kelly Arnott (Head of Virtual School, Chalkbury Council); Donna Fleming (Attendance and Inclusion Lead, Chalkbury Council); Marie Duffy (School Nursing Team Leader, Chalkbury Community Health); PC Ryan Holt (Schools Liaison Officer, Chalkbury Police); Emily Shore (Partnership Officer, CSCP – minutes)',
      ),
      blank(),
      p(
        'Apologies: Joseph Akande (Chalkbury College); Fran Whittle (Early Years Safeguarding Adviser, Chalkbury Council); Helen Yip (Special Schools representative)',
      ),
      blank(),
      n('Welcome and apologies'),
      s(
        'KJ welcomed everyone, in particular Ravi Sandhu, who replaces Joseph Akande as the trust representative. Apologies were noted.',
      ),
      n('Notes and actions of the last meeting (18 September)'),
      s('The notes were agreed.'),
      s('Section 175 audit reminder to schools – done.'),
      a(
        'Online safety guidance for primary schools: the draft is still with the Partnership communications team. NF to chase and circulate once approved.',
        'Action: NF',
      ),
      n('Section 175 audit 2025 – headline findings'),
      s(
        'NF reported that 71 of the 78 schools and settings had returned the audit. Most schools rated themselves as fully compliant on safer recruitment and training. The weakest areas were the annual review of filtering and monitoring (32 schools amber or red) and recording of the actions taken after a concern is raised.',
      ),
      a(
        'Schools that have not returned the audit will be contacted by the Education Safeguarding Team before the end of term.',
        'Action: Education Safeguarding Team',
      ),
      n('Harmful sexual behaviour in primary schools'),
      s(
        'LK described an increase in reports of sexualised behaviour between younger children, often linked to access to online content at home. Primary DSLs said they were less confident than secondary colleagues in deciding when a referral to children’s social care was needed.',
      ),
      a(
        'LK and RS to develop a short case study pack for primary DSLs on responding to sexualised behaviour, by 12 December.',
        'Action: LK/RS',
      ),
      n('Children missing education and part-time timetables'),
      s(
        'DF reported that 63 pupils were on part-time timetables at the end of October, 19 of them for longer than a term. From January schools will be required to notify the local authority of every part-time timetable using a new form.',
      ),
      a('Donna to share the new part-time timetable notification form with all schools.', 'Action: DF'),
      n('Virtual School update'),
      s(
        'KA reported that 94% of children looked after had an up-to-date personal education plan. The quality audit of PEPs found that the child’s views were recorded well but targets were often not specific. Kelly said she would send the PEP audit results to designated teachers in January.',
      ),
      n('Health – school nursing and emotional health'),
      s(
        'MD reported that the school nursing service had moved to a cluster model, with a named nurse for each group of schools. Referrals for emotional health support continued to rise.',
      ),
      a(
        'Marie to provide the school nursing contact details for each cluster to Emily for the DSL handbook.',
        'Action: MD',
      ),
      n('Any other business'),
      s('PC Holt offered knife crime awareness sessions for Year 6 and Year 7 pupils in the spring term.'),
      a(
        'All headteachers to let PC Holt know by Friday 5 December if they would like a session in the spring term.',
        'Action: All headteachers',
      ),
      n('Date of next meeting'),
      s(
        'Thursday 5 February 2026, 4.00pm – 5.30pm, Training Room 2, Chalkbury Education Centre. The following meeting will be on Thursday 14 May 2026 (online).',
      ),
    ],
    {
      font: 'Calibri',
      size: 22,
      creator: 'Emily Shore',
      banner: ['Chalkbury Safeguarding Children Partnership'],
      bannerColour: 'C55A11',
      lists: [
        listStyle('chk', [
          { format: LevelFormat.DECIMAL, text: '%1)' },
          { format: LevelFormat.LOWER_LETTER, text: '%2)' },
        ]),
      ],
    },
  );
}

export function gillingsteadSafeguardingCommittee(): Document {
  const h = (num: string, title: string): ReturnType<typeof typedHeading> => typedHeading(num, title, true);
  const q = (text: string): ReturnType<typeof p> => p(text, { italics: true });
  return wordDocument(
    [
      p(
        'Minutes of the Safeguarding and Welfare Committee of Gillingstead Park Academy held on Tuesday 4 February 2025 at 4.00pm in the Library',
        { bold: true },
      ),
      blank(),
      p(
        'Governors present: Mrs Alison Keane (Chair), Mr Tom Briar (Headteacher), Dr Rafael Costa (Parent Governor), Ms Hannah Wilde (Staff Governor), Mr Desmond Quaye (Co-opted Governor, Safeguarding Link Governor)',
      ),
      p(
        'In attendance: Mrs Joanne Reeves (Deputy Headteacher and Designated Safeguarding Lead), Mr Ian Sowerby (Attendance Officer, for item 4), Mrs Gillian Platt (Clerk)',
      ),
      p('Absent: Mr Kieran Lowe (Local Authority Governor)'),
      blank(),
      h('1.', 'Welcome, apologies and declarations of interest'),
      p(
        'The Chair welcomed everyone. Apologies were received and accepted from Mrs Preeti Lal (Trust Safeguarding Lead) and Mr Stuart Penn (Parent Governor). Mr Lowe had not sent apologies. The meeting was quorate. There were no declarations of interest.',
      ),
      h('2.', 'Minutes of the previous meeting (5 November 2024) and matters arising'),
      p('The minutes were agreed as an accurate record and signed by the Chair.'),
      p(
        'Matters arising: the Chair had completed her termly check of the single central record on 12 December. Two governors had still not completed the online safeguarding training; this was carried forward (see action table).',
      ),
      h('3.', 'Designated Safeguarding Lead’s report – Autumn term 2024'),
      p(
        'Mrs Reeves presented her report. 87 concerns were logged on CPOMS during the autumn term, compared with 71 in the autumn term of 2023. The most common categories were emotional wellbeing, neglect and domestic abuse. 14 referrals were made to the children’s social care front door. At the end of term 6 pupils were subject to a child protection plan, 11 to a child in need plan and 19 were receiving early help.',
      ),
      q('A governor asked whether the rise in concerns reflected a real increase or better recording.'),
      q(
        'The DSL explained that staff training in September had emphasised logging low-level concerns, and that the rise was mainly in those; the number of referrals was similar to last year.',
      ),
      q('A governor asked how the school knew that referrals were being acted on.'),
      q(
        'The DSL explained that the school now records the outcome of every referral and escalates if no outcome is received within three working days. Two escalations had been needed this term.',
      ),
      p('Governors asked that future reports compare concerns by category with the previous year.'),
      h('4.', 'Attendance and children missing education'),
      p(
        'Mr Sowerby reported whole-school attendance of 93.1% for the autumn term and persistent absence of 17.4%, both better than the national figures. Four pupils were on part-time timetables, all with a plan to return to full time. One pupil had been removed from roll for elective home education and the local authority had been informed.',
      ),
      p(
        'Mr Briar said the updated attendance policy would come to governors before it goes to the full governing board.',
      ),
      h('5.', 'Online safety and filtering and monitoring'),
      p(
        'Mr Quaye reported on his link visit in January. The school had carried out its annual review of filtering and monitoring, and alerts were being reviewed daily by the DSL team. He recommended that a governor look at a sample of the monitoring reports each term.',
      ),
      q('A governor asked whether staff devices were covered by the same monitoring.'),
      q('The Headteacher confirmed that they were.'),
      h('6.', 'Single central record and safer recruitment'),
      p(
        'The Headteacher confirmed that the single central record was up to date. All staff appointed this year had been recruited by a panel including at least one person with safer recruitment training.',
      ),
      h('7.', 'Governor training and visits'),
      p(
        'Mr Quaye said he would attend the local authority DSL network meeting in March as an observer and report back to the committee.',
      ),
      h('8.', 'Any other business'),
      p('None.'),
      h('9.', 'Date of next meeting'),
      p('The next meeting will be held on Tuesday 20 May 2025 at 4.00pm in the Library.'),
      blank(),
      p('The meeting closed at 5.38pm.'),
      blank(),
      b('Action table'),
      gridTable(
        [
          ['Action', 'Responsibility', 'Deadline'],
          [
            'Complete the Level 1 online safeguarding training for governors (carried forward)',
            'Mr Penn / Dr Costa',
            '28.2.25',
          ],
          [
            'Circulate the updated attendance policy to governors before it goes to the full governing board',
            'Headteacher',
            'Before the next meeting',
          ],
          ['Arrange a governor visit to review a sample of the monitoring reports', 'Mr Quaye', '24.3.25'],
          [
            'Add the annual review of filtering and monitoring to the committee’s cycle of business',
            'Clerk',
            'Summer 1',
          ],
          [
            'Include a comparison of concerns by category with the previous year in the DSL report',
            'DSL',
            'Next meeting',
          ],
          ['Carry out the spring term check of the single central record', 'Chair', '31.3.25'],
        ],
        [5600, 2200, 1838],
        { fill: 'FFF2CC' },
      ),
      blank(),
      p('Signed: …………………………………… (Chair)          Date: ……………………'),
    ],
    {
      font: 'Century Gothic',
      size: 20,
      creator: 'Gillian Platt',
      banner: ['Gillingstead Park Academy', 'A member of the Lantern Learning Trust'],
      bannerColour: '2E75B6',
      footer: 'Safeguarding and Welfare Committee – ',
    },
  );
}

export function hawkesmereMacePanel(): Document {
  const n = (text: string): ReturnType<typeof numbered> => numbered('mace', 0, text);
  const s = (text: string): ReturnType<typeof numbered> => numbered('mace', 1, text, false);
  const act = (text: string): ReturnType<typeof actionLine> => actionLine('ACTION: ', text);
  return wordDocument(
    [
      p('Multi-Agency Child Exploitation (MACE) Panel', { bold: true, size: 28 }),
      inlineLabel('Date and time:', 'Thursday 18 July 2024, 10:00 – 12:30'),
      inlineLabel('Venue:', 'Conference Room, Hawkesmere Police Station'),
      inlineLabel('Chair:', 'DCI Laura Pearson, Hawkesmere Police'),
      blank(),
      b('Attendees'),
      gridTable(
        [
          ['Name', 'Agency', 'Name', 'Agency'],
          [
            'DCI Laura Pearson (Chair)',
            'Hawkesmere Police',
            'Yvette Mallon',
            'Exploitation Team Manager, Hawkesmere Council',
          ],
          ['DS Craig Bevan', 'Exploitation Hub, Hawkesmere Police', 'Hamza Rahimi', 'Youth Justice Service'],
          [
            'Natalie Coombes',
            'Missing Children Coordinator, Hawkesmere Council',
            'Bridget Sayle',
            'Named Nurse, Hawkesmere Community Health',
          ],
          [
            'Kirsty Hollins',
            'Inclusion Manager, Hawkesmere Education Services',
            'Adrian Vella',
            'Head of Service, Adolescents, Hawkesmere Council',
          ],
          [
            'Megan Lusted',
            'Step Forward Hawkesmere (return home interviews)',
            'Gareth Llewellyn',
            'British Transport Police',
          ],
          ['Harriet Booth', 'Partnership Officer, HSCP (notes)', '', ''],
        ],
        [2300, 2519, 2300, 2519],
        { fill: 'F2F2F2', size: 18 },
      ),
      p(
        'Apologies: Dr Aaron Fisk (Designated Doctor), Sharon Keegan (CAMHS), Insp Tom Whitby (Neighbourhood Policing)',
      ),
      blank(),
      p(
        'The information discussed at this meeting is confidential and shared for the purpose of safeguarding children. Individual children discussed in the closed part of the meeting are recorded separately and not in these minutes.',
        { italics: true, size: 18 },
      ),
      n('Introductions, apologies and confidentiality statement'),
      s('The Chair opened the meeting and read the confidentiality statement. Apologies as above.'),
      n('Minutes and action tracker from 20 June 2024'),
      s('The minutes were agreed. The action tracker was updated:'),
      gridTable(
        [
          ['Action', 'Owner', 'Status'],
          ['Share the updated exploitation screening tool with schools', 'KH', 'Complete'],
          [
            'Provide hotspot mapping for the town centre and the retail park',
            'DS Bevan',
            'Ongoing – awaiting analyst capacity',
          ],
          ['Confirm a health representative for the daily missing meeting', 'BS', 'Ongoing'],
        ],
        [5400, 1600, 2638],
        { fill: 'F2F2F2', size: 18 },
      ),
      n('Exploitation profile – Quarter 1 2024/25'),
      s(
        'DS Bevan presented the quarterly profile. 46 children were discussed at MACE or the daily missing meeting during the quarter: 29 boys and 17 girls, aged 12 to 17. Criminal exploitation, mainly county lines drug supply, was the main concern for 31 of them. Eleven children were linked to the same two lines operating between Hawkesmere and the neighbouring city.',
      ),
      s(
        'Disruption activity during the quarter included 7 child abduction warning notices, 3 arrests for trafficking offences and 2 closure orders.',
      ),
      act(
        'DS Bevan to provide the disruption activity summary for the quarter to the Partnership Executive by 02/08/24.',
      ),
      n('Missing children and return home interviews'),
      s(
        'NC reported 288 missing episodes involving 119 children in the quarter. 84% of return home interviews were offered within 72 hours, but only 52% were completed. Megan explained that many young people decline an interview with someone they do not know.',
      ),
      act('NC and ML to audit 10 return home interviews for quality and report back at the next meeting.'),
      n('Locations – town centre and retail park'),
      s(
        'Members discussed continuing concerns about the retail park in the evenings. Security staff had reported groups of young people being approached by adults in cars.',
      ),
      act(
        'Police and Community Safety to arrange a joint walkabout of the retail park with the security staff.',
      ),
      n('Education – exclusions and alternative provision'),
      s(
        'Kirsty reported that 14 of the children in the cohort had been permanently excluded or were attending alternative provision. Members were concerned about the use of unregistered settings.',
      ),
      act(
        'Kirsty to share the list of unregistered alternative provision settings known to the local authority with the police.',
      ),
      n('Transitions to adult services'),
      s('AV raised the lack of a pathway for young people at risk of exploitation who turn 18.'),
      act('AV to raise the transition gap with the Safeguarding Adults Board chair by 30 August.'),
      n('Any other business'),
      s(
        'Gareth said he would circulate the dates of the British Transport Police county lines intensification weeks.',
      ),
      act('All agencies to send their summer holiday cover details to Harriet by Friday 26 July.'),
      n('Future meetings'),
      gridTable(
        [
          ['Date', 'Time', 'Venue'],
          ['Thursday 15 August 2024', '10:00 – 12:00', 'Conference Room, Hawkesmere Police Station'],
          ['Thursday 19 September 2024', '10:00 – 12:00', 'Conference Room, Hawkesmere Police Station'],
          ['Thursday 17 October 2024', '10:00 – 12:00', 'Teams'],
        ],
        [3200, 2000, 4438],
        { fill: 'F2F2F2' },
      ),
    ],
    {
      font: 'Verdana',
      size: 20,
      creator: 'Harriet Booth',
      marking: 'OFFICIAL – SENSITIVE',
      banner: ['Hawkesmere Safeguarding Children Partnership'],
      bannerColour: '833C0B',
      footer: '',
      lists: [
        listStyle('mace', [
          { format: LevelFormat.DECIMAL, text: '%1.' },
          { format: LevelFormat.LOWER_ROMAN, text: '(%2)' },
        ]),
      ],
    },
  );
}
