/**
 * Content of the unvisited set's board, panel and committee Word files: a partnership board
 * (Word numbering `%1.` / `%1.%2`, attendance tables, bold ACTION leads, tracker under item 2),
 * a case review group (OFFICIAL-SENSITIVE page header, details table, typed item numbers,
 * attendance column, actions only in a closing log) and an ICB assurance group (`%1.0`
 * numbering, Y/A/N attendance register, action log with minute references and raised dates).
 */
import type { Document } from 'docx';
import { LevelFormat } from 'docx';
import { b, blank, bullet, centred, label, p } from '../../pristine/docx-src/word.ts';
import { actionLine, gridTable, listStyle, numbered, typedHeading, wordDocument } from './shapes.ts';

export function amberleighPartnershipBoard(): Document {
  const n = (text: string): ReturnType<typeof numbered> => numbered('amb', 0, text);
  const s = (text: string): ReturnType<typeof numbered> => numbered('amb', 1, text);
  const act = (text: string): ReturnType<typeof actionLine> => actionLine('ACTION: ', text);
  return wordDocument(
    [
      centred('Partnership Board', 32),
      centred('Minutes of the meeting held on Thursday 15 January 2026', 24),
      blank(),
      label('Time:', '10:00 – 12:30'),
      label('Venue:', 'Council Chamber, Amberleigh Town Hall'),
      label('Chair:', 'Professor Diane Whitfield, Independent Chair and Scrutineer'),
      blank(),
      b('Present'),
      gridTable(
        [
          ['Name', 'Role', 'Organisation'],
          [
            'Professor Diane Whitfield',
            'Independent Chair and Scrutineer (Chair)',
            'Amberleigh Safeguarding Children Partnership',
          ],
          ['Marcus Lindley', 'Director of Children’s Services', 'Amberleigh Council'],
          ['Caroline Pearce', 'Chief Nurse', 'NHS Amberleigh Integrated Care Board'],
          ['Chief Supt Robert Haines', 'Local Policing Commander', 'Amberleigh Police'],
          ['Carol Bingham (for Ian Foyle)', 'Head of Early Help', 'Amberleigh Council'],
          [
            'Dr Nisha Kapoor',
            'Designated Doctor for Safeguarding Children',
            'NHS Amberleigh Integrated Care Board',
          ],
          [
            'Julie Tranter',
            'Designated Nurse for Safeguarding Children',
            'NHS Amberleigh Integrated Care Board',
          ],
          ['Amanda Shaw', 'Head of Safeguarding', 'Amberleigh Hospitals NHS Foundation Trust'],
          ['Steven Rourke', 'Head of Education Safeguarding', 'Amberleigh Council'],
          ['Gary Nuttall', 'Headteacher (primary schools representative)', 'Brookfield Primary School'],
          ['Donna Parfitt', 'Head of Probation Delivery Unit', 'Probation Service'],
          ['Tasha Ilori', 'Lay Member', ''],
          ['Jade Kinsella', 'Private Fostering Lead (item 7)', 'Amberleigh Council'],
          ['Dawn Whitehouse', 'Partnership Business Manager', 'Amberleigh Safeguarding Children Partnership'],
          ['Lewis Gordon', 'Partnership Officer (minutes)', 'Amberleigh Safeguarding Children Partnership'],
        ],
        [2900, 3700, 3038],
      ),
      blank(),
      b('Apologies'),
      gridTable(
        [
          ['Name', 'Organisation'],
          ['Ian Foyle', 'Amberleigh Council'],
          ['Dr Sam Okello', 'Amberleigh and District Mental Health NHS Trust'],
          ['Chris Tapper', 'Youth Justice Service'],
        ],
        [2900, 6738],
      ),
      blank(),
      n('Welcome, introductions and apologies'),
      s(
        'The Chair welcomed members and noted that Carol Bingham was attending for Ian Foyle. Apologies were received as above. The meeting was quorate, with all three safeguarding partners represented.',
      ),
      n('Minutes of the meeting held on 16 October 2025 and action log'),
      s('The minutes were agreed as a true record.'),
      s('The action log was reviewed and updated as follows:'),
      gridTable(
        [
          ['Ref', 'Action', 'Lead', 'Due', 'Status'],
          [
            '25/14',
            'Circulate the revised escalation and resolution policy to all agencies',
            'Business Manager',
            '31/10/2025',
            'Complete',
          ],
          [
            '25/16',
            'Confirm ICB funding for the designated professionals’ administrator post',
            'CP',
            '31/12/2025',
            'Open – overdue',
          ],
          [
            '25/17',
            'Report on the uptake of the neglect toolkit by schools',
            'SR',
            '26/02/2026',
            'In progress',
          ],
          [
            '25/19',
            'Arrange a Board development session on the education partner role',
            'DW',
            '15/01/2026',
            'Complete – see item 6',
          ],
        ],
        [800, 4900, 1500, 1200, 1238],
        { fill: 'E2EFD9' },
      ),
      s(
        'CP explained that the administrator post had been agreed in principle but that final sign-off had been delayed by the ICB’s restructure. She expected a decision before the end of February.',
      ),
      n('Partnership priorities 2026–2028'),
      s(
        'DW presented the draft priorities, which draw on the November development session, the annual report and the views of 340 children and young people gathered through schools and the youth council:',
      ),
      bullet('neglect, including the impact of poverty and poor housing;'),
      bullet('safeguarding adolescents from harm outside the home;'),
      bullet('children’s emotional wellbeing and mental health;'),
      bullet('early help at the right time.'),
      s(
        'Members supported the priorities but asked that domestic abuse be reflected explicitly within the neglect priority.',
      ),
      act(
        'Dawn Whitehouse to circulate the draft priorities to partner agencies for consultation by Friday 13 February.',
      ),
      n('Child safeguarding practice reviews'),
      s(
        'Two serious incident notifications had been made to the national Panel since October. Both rapid reviews were completed within 15 working days. The Panel agreed with the recommendation that a local review was not needed in one case and its response in the other is awaited.',
      ),
      s(
        'The thematic review of serious youth violence was approved by the Case Review Group in December. The report identifies missed opportunities when children were excluded from school and when they first went missing, and recommends a single multi-agency response to children at risk of harm outside the home.',
      ),
      act(
        'DW to agree the publication date for the serious youth violence thematic review with the three safeguarding partners.',
      ),
      s(
        'Chief Supt Haines said he would brief the Police and Crime Commissioner before the review is published.',
      ),
      n('Multi-agency safeguarding dashboard – Quarter 2 2025/26'),
      s(
        'The Business Manager presented the dashboard. Contacts to the front door rose by 9% on Quarter 1 and 23% converted to a referral. Re-referrals within 12 months were 18%. There were 312 children subject to a child protection plan (49.6 per 10,000), 41% of them under the category of neglect.',
      ),
      s(
        'Only 58% of initial health assessments for children coming into care were completed within 20 working days. JT explained that most of the delays were for children placed outside Amberleigh, where the assessment depends on another area’s health services.',
      ),
      act(
        'NK and JT to provide a breakdown of initial health assessment timeliness by placing authority for the next meeting.',
      ),
      n('Children’s Wellbeing and Schools Bill – education as a safeguarding partner'),
      s(
        'SR outlined the Bill’s provisions to make education a statutory safeguarding partner. Members discussed how 96 schools and two colleges, most of them academies in five different trusts, could be represented. Members favoured representation through the primary and secondary headteacher groups, with the trusts’ safeguarding leads on the sub-groups.',
      ),
      act(
        'Marcus Lindley and Steven Rourke to bring a proposal for education representation on the Executive to the April Board.',
      ),
      n('Private fostering annual report 2024/25'),
      s(
        'Jade Kinsella presented the annual report. Nine private fostering arrangements were notified during the year, compared with six in 2023/24. Most notifications came from schools. Visits within seven days of notification were completed in eight of the nine cases.',
      ),
      act(
        'All partners to include private fostering awareness in their single-agency safeguarding training by the end of March.',
      ),
      n('Any other business'),
      s(
        'Tasha Ilori asked how the Board hears directly from children. The Chair agreed to invite the Youth Council to present to the Board in the summer.',
      ),
      actionLine(
        'ACTION – ',
        'Business Manager to circulate the updated Board membership list and terms of reference.',
      ),
      n('Dates of future meetings'),
      s('All meetings 10:00 – 12:30 in the Council Chamber, Amberleigh Town Hall, unless stated otherwise:'),
      bullet('Thursday 16 April'),
      bullet('Thursday 16 July'),
      bullet('Thursday 15 October – development session, 09:30 – 15:30, Amberleigh Rugby Club'),
      blank(),
      p('Signed (Chair) ……………………………………        Date ………………………'),
    ],
    {
      font: 'Arial',
      creator: 'Lewis Gordon',
      banner: ['Amberleigh Safeguarding Children Partnership', 'Working together to keep children safe'],
      bannerColour: '7030A0',
      footer: 'Partnership Board minutes – 15 January 2026 – ',
      lists: [
        listStyle('amb', [
          { format: LevelFormat.DECIMAL, text: '%1.' },
          { format: LevelFormat.DECIMAL, text: '%1.%2' },
        ]),
      ],
    },
  );
}

export function bexworthCaseReviewGroup(): Document {
  const h = typedHeading;
  return wordDocument(
    [
      centred('Case Review Group', 30),
      centred('Minutes', 24),
      blank(),
      gridTable(
        [
          ['Date', 'Thursday 12 March 2026'],
          ['Time', '14:00 – 16:00'],
          ['Location', 'Microsoft Teams'],
          ['Chair', 'Bernadette Kilbride, Head of Safeguarding, NHS Bexworth ICB'],
        ],
        [2000, 7638],
        { header: false },
      ),
      blank(),
      b('Attendance'),
      gridTable(
        [
          ['Name', 'Initials', 'Agency / role', 'Attendance'],
          ['Bernadette Kilbride', 'BK', 'Head of Safeguarding, NHS Bexworth ICB (Chair)', 'Present'],
          ['James Brennan', 'JB', 'Head of Service, Safeguarding and QA, Bexworth Council', 'Present'],
          ['Joanna Bright', 'JBr', 'Named Nurse, Bexworth Hospitals NHS Trust', 'Present'],
          ['DI Kelly Marsh', 'KM', 'Public Protection, Bexworth Police', 'Present'],
          ['Olu Adeleke', 'OA', 'Designated Safeguarding Lead, Bexworth Academies Trust', 'Apologies'],
          ['Rachel Stone', 'RS', 'Principal Social Worker, Bexworth Council', 'Present'],
          ['Dr Ewan Kerr', 'EK', 'Designated Doctor, NHS Bexworth ICB', 'Absent'],
          ['Tom Farrelly', 'TF', 'Solicitor, Legal Services, Bexworth Council', 'Apologies'],
          ['Paul Dimmock', 'PD', 'Partnership Business Manager, BSCP', 'Present'],
          ['Samira Haque', 'SH', 'Reviews Officer, BSCP (minutes)', 'Present'],
        ],
        [2600, 900, 4638, 1500],
        { fill: 'D9D9D9' },
      ),
      blank(),
      h('1.', 'Welcome and apologies'),
      p('BK welcomed members. Apologies were received from OA and TF. EK did not attend.'),
      h('2.', 'Minutes of the previous meeting and action log'),
      p(
        'The minutes of the meeting on 15 January 2026 were agreed. The action log was reviewed and updated; completed actions will be removed from the next version.',
      ),
      h('3.', 'Rapid reviews'),
      p(
        'PD reported that two serious incident notifications had been made since January. Rapid review meetings were held within timescale for both. In the first, the group’s recommendation that a local child safeguarding practice review was not required has been sent to the Panel. In the second, further information is awaited from an out-of-area health provider before a recommendation can be made.',
      ),
      p(
        'RS noted that both reviews again raised the question of how well agencies understand the role of men in the household, which has featured in four of the last six rapid reviews.',
      ),
      h('4.', 'LCSPR – neglect of adolescents thematic review'),
      p(
        'The independent reviewer’s draft report was circulated with the papers. Members agreed that the findings on the response to older children who neglect their own health and education were well evidenced, but felt that the recommendations on housing and on schools needed to be more specific. JB asked that practitioners who took part be given the chance to comment on the findings before the report goes to the Executive.',
      ),
      h('5.', 'National Panel – annual report and practice guidance'),
      p(
        'PD summarised the Panel’s annual report. The themes of multi-agency information sharing, critical thinking and challenge, and the response to risk outside the home are reflected in local reviews.',
      ),
      h('6.', 'Learning briefings and dissemination'),
      p(
        'JBr reported that the seven-minute briefings on safer sleep and on domestic abuse had been downloaded 612 times since September. Members agreed that a briefing on the learning from this year’s rapid reviews should be produced.',
      ),
      h('7.', 'Terms of reference'),
      p(
        'The group reviewed its terms of reference. Education should be a core member in future rather than being invited case by case.',
      ),
      h('8.', 'Any other business'),
      p(
        'KM raised the number of strategy discussions for children under one that had not included health. Members asked for police data to understand the scale of this.',
      ),
      blank(),
      b('Date of next meeting'),
      p('Thursday 14 May 2026, 14:00 – 16:00, Microsoft Teams'),
      p('Thursday 9 July 2026, 10:00 – 12:00, Meeting Room 1, Bexworth House'),
      blank(),
      b('Action log'),
      gridTable(
        [
          ['No.', 'Item', 'Action', 'Owner', 'Due', 'Status'],
          [
            'CRG 25/21',
            '4',
            'Confirm the reviewer’s timetable for the adolescent neglect thematic review',
            'PD',
            '30/01/2026',
            'Complete',
          ],
          [
            'CRG 25/22',
            '5',
            'Share the Panel’s practice guidance on the voice of the child with all agencies',
            'JB',
            '27/02/2026',
            'Open – carried forward',
          ],
          [
            'CRG 26/01',
            '3',
            'Ask the ICB to confirm attendance arrangements for GPs at rapid review meetings',
            'BK',
            'Next meeting',
            'Carried forward',
          ],
          [
            'CRG 26/02',
            '3',
            'Circulate the rapid review findings to the Executive and the national Panel',
            'PD',
            '20/03/2026',
            'Open',
          ],
          [
            'CRG 26/03',
            '3',
            'Confirm whether a local review is required for the second notification once the further information is received',
            'BK / RS',
            'Next meeting',
            'Open',
          ],
          [
            'CRG 26/04',
            '4',
            'Send comments on the draft thematic review report to PD',
            'All members',
            '27-Mar-26',
            'Open',
          ],
          [
            'CRG 26/05',
            '4',
            'Arrange a practitioner event to test the draft findings',
            'JB',
            '30-Apr-26',
            'Open',
          ],
          [
            'CRG 26/06',
            '6',
            'Produce a seven-minute briefing on the learning from this year’s rapid reviews',
            'JBr / SH',
            'Q1 2026/27',
            'Open',
          ],
          [
            'CRG 26/07',
            '7',
            'Update the terms of reference to include education as a core member',
            'PD',
            '14/05/2026',
            'Open',
          ],
          [
            'CRG 26/08',
            '8',
            'Provide police data on strategy discussions for children under one',
            'KM',
            '',
            'Open',
          ],
        ],
        [1100, 600, 4338, 1100, 1200, 1300],
        { fill: 'D9D9D9', size: 20 },
      ),
    ],
    {
      font: 'Arial',
      creator: 'Samira Haque',
      marking: 'OFFICIAL-SENSITIVE',
      banner: ['Bexworth Safeguarding Children Partnership'],
      bannerColour: '00703C',
      footer: '',
    },
  );
}

export function dellinghamSafeguardingAssuranceGroup(): Document {
  const n = (text: string): ReturnType<typeof numbered> => numbered('dsg', 0, text);
  const s = (text: string): ReturnType<typeof numbered> => numbered('dsg', 1, text);
  return wordDocument(
    [
      p('Children’s Safeguarding Assurance Group', { bold: true, size: 32 }),
      p('Minutes', { bold: true, size: 24 }),
      blank(),
      label('Date:', 'Thursday 9 October 2025'),
      label('Time:', '13:30 – 15:30'),
      label('Venue:', 'Boardroom, Dellingham House, and MS Teams'),
      label('Chair:', 'Karen Whitworth, Chief Nursing Officer'),
      blank(),
      b('Attendance register'),
      gridTable(
        [
          ['Member', 'Designation', 'Attended'],
          ['Karen Whitworth', 'Chief Nursing Officer, NHS Dellingham ICB (Chair)', 'Y'],
          ['Dr Imran Qureshi', 'Designated Doctor for Safeguarding Children', 'Y'],
          ['Paula Nkemelu', 'Designated Nurse for Safeguarding Children', 'Y'],
          ['Dr Fiona Latham', 'Named GP for Safeguarding', 'A'],
          ['Sian Beckett', 'Deputy Designated Nurse', 'Y'],
          ['Trevor Lomax', 'Head of Safeguarding, Dellingham Teaching Hospitals NHS Foundation Trust', 'Y'],
          ['Angela Moss', 'Head of Safeguarding, Dellingham Community and Mental Health NHS Trust', 'Y'],
          ['Mohammed Rafiq', 'Safeguarding Lead, Dellingham Primary Care Collaborative', 'N'],
          ['Deborah Iles', 'Designated Nurse for Looked After Children', 'A'],
        ],
        [2600, 5838, 1200],
        { fill: 'DEEAF6' },
      ),
      p('Key: Y = present; A = apologies received; N = not present', { italics: true, size: 18 }),
      blank(),
      p(
        'In attendance: Liam Hebden (Safeguarding Business Support Officer – minutes); Natalie Pryor (Head of Quality, NHS Dellingham ICB, for item 5.0)',
      ),
      blank(),
      n('Welcome, apologies and declarations of interest'),
      s(
        'The Chair welcomed members. Apologies were noted as shown in the attendance register. No interests were declared.',
      ),
      n('Minutes of the previous meeting (14 August 2025) and action log'),
      s(
        'The minutes were approved as an accurate record. The action log was reviewed and updated; see the action log at the end of these minutes.',
      ),
      n('Safeguarding children dashboard – Quarter 1 2025/26'),
      s(
        'PN presented the Quarter 1 dashboard. Level 3 safeguarding children training compliance across providers was 87%. Referrals to children’s social care from health rose by 12%, mainly from the emergency department. Attendances at the emergency department by children and young people following self-harm rose from 118 in Quarter 4 to 141.',
      ),
      s(
        'Members asked for more detail on the self-harm attendances by age and by provider (see action log).',
      ),
      n('Looked after children health assessments'),
      s(
        'Only 61% of initial health assessments were completed within 20 working days. The main causes were late notification by placing authorities and consent not being provided with the request. Review health assessments were completed on time for 89% of children.',
      ),
      s(
        'Dr Qureshi said he would raise the delays in consent at the regional designated professionals’ network.',
      ),
      n('Section 11 and provider safeguarding assurance visits'),
      s(
        'Natalie Pryor presented the findings of the assurance visits to the two main providers. Both had effective safeguarding supervision arrangements, but neither could show how the voice of the child informed service changes. Members agreed to use a common visit template for all providers from next year.',
      ),
      n('Learning from reviews – health actions'),
      s(
        'Of the 14 health actions arising from local child safeguarding practice reviews in the last two years, 11 are complete. The remaining three relate to the recording of fathers’ details in maternity and health visiting records.',
      ),
      n('Risk register'),
      s(
        'The group reviewed the safeguarding risks on the ICB risk register. The risk relating to Level 3 training compliance should be reduced from 12 to 9 once the Quarter 2 figures are confirmed.',
      ),
      n('Any other business'),
      s(
        'SB noted that the ICB response to the consultation on the national safeguarding accountability and assurance framework had been submitted.',
      ),
      n('Date of next meeting'),
      s('Thursday 11 December 2025, 13:30 – 15:30, Boardroom, Dellingham House, and MS Teams.'),
      blank(),
      b('Action log'),
      gridTable(
        [
          ['Action no.', 'Minute ref', 'Date raised', 'Action', 'Lead', 'Due date', 'Status'],
          [
            'CSAG-072',
            '4.0',
            '12/06/2025',
            'Agree a recovery plan for initial health assessments with the provider',
            'DI',
            '31/07/2025',
            'Closed',
          ],
          [
            'CSAG-075',
            '5.0',
            '14/08/2025',
            'Complete the section 11 assurance visit to the ambulance service',
            'PN',
            '30.09.25',
            'Closed',
          ],
          [
            'CSAG-077',
            '3.0',
            '14/08/2025',
            'Add GP attendance at child protection conferences to the dashboard',
            'SB',
            '30.09.25',
            'Open – overdue',
          ],
          [
            'CSAG-078',
            '6.0',
            '14/08/2025',
            'Confirm how the ICB will monitor the health actions from local child safeguarding practice reviews',
            'Designated Nurse',
            'Dec-25',
            'Open',
          ],
          [
            'CSAG-081',
            '3.0',
            '09/10/2025',
            'Provide a breakdown of emergency department attendances for self-harm by age and provider',
            'TL',
            '28.11.25',
            'Open',
          ],
          [
            'CSAG-082',
            '4.0',
            '09/10/2025',
            'Write to placing authorities about delays in consent for initial health assessments',
            'Chair',
            '31 Oct 2025',
            'Open',
          ],
          [
            'CSAG-083',
            '5.0',
            '09/10/2025',
            'Share the assurance visit report template with all providers',
            'PN / SB',
            'Next meeting',
            'Open',
          ],
          [
            'CSAG-084',
            '7.0',
            '09/10/2025',
            'Update the risk register entry for Level 3 training compliance',
            'AM',
            '14.11.25',
            'Open',
          ],
          [
            'CSAG-085',
            '8.0',
            '09/10/2025',
            'Circulate the ICB consultation response to providers',
            'Safeguarding team',
            'ASAP',
            'Open',
          ],
        ],
        [1100, 800, 1150, 3300, 1200, 1100, 988],
        { fill: 'DEEAF6', size: 18 },
      ),
    ],
    {
      font: 'Arial',
      creator: 'Liam Hebden',
      marking: 'OFFICIAL',
      banner: ['NHS Dellingham Integrated Care Board'],
      bannerColour: '005EB8',
      footer: 'Children’s Safeguarding Assurance Group – 9 October 2025 – ',
      lists: [
        listStyle('dsg', [
          { format: LevelFormat.DECIMAL, text: '%1.0' },
          { format: LevelFormat.DECIMAL, text: '%1.%2' },
        ]),
      ],
    },
  );
}
