/** The untouched set's committee, governing-body and sub-group Word files. */
import {
  b,
  blank,
  centred,
  label,
  list,
  numbering,
  p,
  table,
  u,
  word,
} from '../../pristine/docx-src/word.ts';

/** Council democratic services: typed minute numbers, a plural Councillors prefix, RESOLVED. */
export function ravensholmeScrutiny() {
  return word(
    [
      centred('RAVENSHOLME BOROUGH COUNCIL', 24),
      blank(),
      p(
        'MINUTES OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE held on Monday 29 June 2026 at 6.30 pm in Committee Room 2, Ravensholme Town Hall',
        { bold: true },
      ),
      blank(),
      p(
        'PRESENT: Councillor Margaret Pennington (Chair); Councillors Peter Quayle (Vice-Chair), Yasmin Choudhury, Gordon Ellwood and Sian Rees.',
      ),
      p('Co-opted member: Mr Anthony Lisle (Diocesan representative).'),
      p(
        'Also present: Rachel Grainger (Director of Children’s Services), Simon Ubaka (Head of Safeguarding and Quality Assurance), Louise Pym (Independent Chair, Ravensholme Safeguarding Children Partnership), Edward Cole (Scrutiny Officer) and Fay Marchant (Democratic Services Officer).',
      ),
      blank(),
      p('Apologies for absence were received from Councillors Diane Hurst and Kevin O’Malley.'),
      blank(),
      b('14.\tDECLARATIONS OF INTEREST'),
      p('Councillor Rees declared a non-pecuniary interest as a foster carer for the Council.'),
      b('15.\tMINUTES'),
      p(
        'RESOLVED that the minutes of the meeting held on 13 April 2026 be approved as a correct record and signed by the Chair.',
      ),
      b('16.\tRAVENSHOLME SAFEGUARDING CHILDREN PARTNERSHIP ANNUAL REPORT 2025/26'),
      p(
        'Louise Pym introduced the annual report. The number of children subject to a child protection plan had fallen from 312 to 276; neglect remained the most common category. Three rapid reviews had been completed, none leading to a local child safeguarding practice review.',
      ),
      p(
        'Members asked about differences between localities. The Director of Children’s Services explained that the figures were not broken down in the report but could be provided.',
      ),
      p(
        'ACTION: Director of Children’s Services to provide members with a breakdown of child protection plans by category for each of the three localities.',
      ),
      p(
        'ACTION: Louise Pym to share the partnership’s learning briefing on adolescent neglect with all committee members.',
      ),
      p(
        'RESOLVED that (a) the report be noted; and (b) the Independent Chair be invited to present the partnership’s response to the committee’s comments at the meeting on 16 November 2026.',
      ),
      b('17.\tCHILDREN MISSING EDUCATION'),
      p(
        'The Head of Safeguarding and Quality Assurance presented the report. 87 children were recorded as missing education at the end of May, of whom 19 had been missing for more than 20 school days.',
      ),
      p(
        'ACTION: Head of Safeguarding and Quality Assurance and Cllr Choudhury to visit the Children Missing Education team before 30 September 2026.',
      ),
      p('RESOLVED that the report be noted.'),
      b('18.\tWORK PROGRAMME 2026/27'),
      p('The committee considered its work programme. Members asked for an item on elective home education.'),
      p('ACTION: Scrutiny Officer to update the work programme and circulate it before the next meeting.'),
      b('19.\tDATE OF NEXT MEETING'),
      p(
        'The next meeting will be held on Monday 21 September 2026 at 6.30 pm. Further meetings: Monday 16 November 2026 and Monday 18 January 2027, both at 6.30 pm.',
      ),
      blank(),
      p('The meeting ended at 8.52 pm.'),
      blank(),
      p('CHAIR'),
    ],
    { font: 'Arial', footer: '', creator: 'Democratic Services' },
  );
}

/** A school governing body's committee, written up by the clerk with an action plan table. */
export function penwithyGovernors() {
  return word(
    [
      centred('Penwithy Academy', 28),
      blank(),
      p(
        'Minutes of the Safeguarding and Welfare Committee of the Local Governing Body of Penwithy Academy held on Thursday 12 March 2026 at 5.30pm in the school library',
        { bold: true },
      ),
      blank(),
      label(
        'Governors present:',
        'Mrs Carol Ridgeway (Chair), Mr Neville Obi (Headteacher), Dr Anjali Rao, Mr Timothy Welland',
      ),
      label('In attendance:', 'Mrs Debbie Hatch (Deputy Headteacher and DSL), Ms Laura Fenn (Clerk)'),
      label('Apologies:', 'Mr Sanjay Mistry (parent governor) – accepted'),
      blank(),
      u('1. Welcome and apologies'),
      p('The Chair welcomed everyone. Apologies from Mr Mistry were accepted. The meeting was quorate.'),
      u('2. Minutes of the meeting on 27 November 2025 and matters arising'),
      p('The minutes were approved and signed. All actions had been completed.'),
      u('3. Designated Safeguarding Lead’s report'),
      p(
        'Mrs Hatch presented the termly report. There had been 43 safeguarding concerns logged in the spring term, 6 referrals to children’s social care and 3 early help assessments started. 4 pupils currently have a child protection plan and 7 a child in need plan.',
      ),
      p(
        'Governors asked how attendance of pupils with a plan compared with the whole school. Mrs Hatch will bring this to the next meeting.',
      ),
      u('4. Child protection policy'),
      p(
        'The updated policy, reflecting the latest statutory guidance, was approved. It will be sent to all staff and governors.',
      ),
      u('5. Single central record and filtering and monitoring'),
      p(
        'Dr Rao and Mrs Ridgeway agreed to carry out the annual check of the single central record. Governors asked how the school meets the DfE filtering and monitoring standards.',
      ),
      u('6. Any other business'),
      p('Two new governors will need safeguarding training.'),
      blank(),
      b('Action plan'),
      table([
        ['Action', 'By whom', 'By when'],
        ['Send the updated child protection policy to all staff and governors', 'Headteacher', '20/03/2026'],
        ['Arrange safeguarding training for new governors', 'Clerk', 'Summer term'],
        ['Visit the school to review the single central record', 'Dr Rao and Mrs Ridgeway', '24 April 2026'],
        [
          'Report attendance of pupils with a child protection plan to the next meeting',
          'Debbie',
          'Next meeting',
        ],
        ['Review the filtering and monitoring arrangements against the DfE standards', 'NO / TW', '1.5.26'],
      ]),
      blank(),
      p('Date of next meeting: Thursday 11 June 2026 at 5.30pm'),
      blank(),
      p('Signed ……………………………… (Chair)\tDate ………………'),
    ],
    { font: 'Calibri', creator: 'Clerk to Governors' },
  );
}

/** A sub-group's minutes: Word numbering "Item %1", an Initials column, an action log with statuses. */
export function lymsworthQualityAssurance() {
  const item = list('items');
  return word(
    [
      b('Lymsworth Safeguarding Children Partnership'),
      b('Quality Assurance and Performance Sub-group'),
      p('Tuesday 14 July 2026, 10:00 – 12:00, Microsoft Teams'),
      blank(),
      b('Members present'),
      table([
        ['Name', 'Initials', 'Agency'],
        ['Catherine Lowe (Chair)', 'CL', 'Lymsworth Council – Quality Assurance'],
        ['Craig Lennox', 'CLe', 'Lymsworth Police'],
        ['Marion Hudd', 'MH', 'Lymsworth ICB'],
        ['Dr Kofi Mensah', 'KM', 'Lymsworth Community Health'],
        ['Ruth Abernethy', 'RA', 'Lymsworth SCP – Performance Analyst'],
        ['Beth Scanlon', 'BS', 'Lymsworth SCP – Administrator (minutes)'],
      ]),
      p('Apologies: Neville Cardew (Lymsworth Education), Hilary Jowett (Probation)'),
      blank(),
      item.item('Welcome and apologies'),
      item.para('CL welcomed members. Apologies as listed.'),
      item.item('Action log'),
      item.para('Updates were given on the open actions and recorded in the action log below.'),
      item.item('Partnership dataset – Quarter 1'),
      item.para(
        'RA presented the dataset. Child protection plans lasting two years or more rose to 4.1%. Timeliness of initial child protection conferences is 88%. Health assessments for children entering care within 20 days remain below target at 61%.',
      ),
      item.para('Members asked for a deep dive into plans over two years (see action log).'),
      item.item('Multi-agency audit – domestic abuse'),
      item.para(
        'KM summarised the audit of 10 cases. Voice of the child was evident in 7. Actions agreed are in the log.',
      ),
      item.item('Any other business'),
      item.para('None.'),
      blank(),
      b('Action log'),
      table([
        ['No.', 'Item', 'Action', 'Owner', 'Raised', 'Due', 'Status'],
        [
          'QA21',
          '3',
          'Add health assessment timeliness to the dataset',
          'RA',
          '12/05/26',
          '14/07/26',
          'Complete',
        ],
        [
          'QA22',
          '4',
          'Confirm the police sample for the domestic abuse audit',
          'CL',
          '12/05/26',
          '30/06/26',
          'Open – overdue',
        ],
        [
          'QA23',
          '3',
          'Agree the format of the annual performance report',
          'CLe / MH',
          '12/05/26',
          'Next meeting',
          'Carried forward',
        ],
        [
          'QA24',
          '3',
          'Deep dive into child protection plans lasting two years or more',
          'RA and KM',
          '14/07/26',
          '25-Sep-26',
          'Open',
        ],
        [
          'QA25',
          '4',
          'Share the domestic abuse audit findings with the Strategic Board',
          'QA team',
          '14/07/26',
          'Autumn',
          'Open',
        ],
        [
          'QA26',
          '4',
          'Each agency to report back on its single-agency actions from the audit',
          'All',
          '14/07/26',
          'Next meeting',
          'Open',
        ],
      ]),
      blank(),
      p(
        'The next meetings are on Tuesday 15 September and Tuesday 10 November, 10:00 – 12:00, both via Teams.',
      ),
    ],
    { lists: [numbering('items', 'Item %1')], footer: '', creator: 'Lymsworth SCP' },
  );
}
