/** The untouched set's board and assurance-group Word files: content as each body writes it. */
import {
  b,
  blank,
  centred,
  label,
  lead,
  list,
  numbering,
  p,
  table,
  word,
} from '../../pristine/docx-src/word.ts';

/** A partnership business unit's executive minutes: Word list numbering, a Present/Apologies column. */
export function hollinsbrookExecutive() {
  const item = list('agenda');
  return word(
    [
      centred('Partnership Executive Group', 32),
      centred('Minutes', 24),
      blank(),
      label('Date:', 'Thursday 3 December 2026'),
      label('Time:', '10.00 – 12.00'),
      label('Venue:', 'Hollinsbrook Town Hall, Room 1.4'),
      label('Chair:', 'Angela Merriweather, Director of Children’s Services'),
      blank(),
      b('Attendance'),
      table([
        ['Name', 'Role', 'Organisation', 'Attendance'],
        ['Angela Merriweather', 'Director of Children’s Services (Chair)', 'Hollinsbrook Council', 'Present'],
        ['Chief Supt David Okafor', 'Area Commander', 'Hollinsbrook Police', 'Present'],
        ['Siobhan Reilly', 'Chief Nurse', 'Hollinsbrook ICB', 'Apologies'],
        ['Fiona Merrick', 'Deputy Chief Nurse (for Siobhan Reilly)', 'Hollinsbrook ICB', 'Present'],
        ['Neil Crabtree', 'Independent Scrutineer', '', 'Present'],
        ['Cllr Rosemary Aldous', 'Lead Member for Children', 'Hollinsbrook Council', 'Absent'],
        ['Priya Lal', 'Partnership Manager', 'Hollinsbrook SCP', 'Present'],
        ['Tom Greenhalgh', 'Business Support Officer (minutes)', 'Hollinsbrook SCP', 'Present'],
      ]),
      blank(),
      item.item('Welcome, apologies and declarations of interest'),
      item.para(
        'The Chair welcomed members. Fiona Merrick attended for Siobhan Reilly. No interests were declared.',
      ),
      item.item('Minutes of 8 October 2026 and action tracker'),
      item.para(
        'The minutes were agreed. All actions were complete except the information-sharing agreement, which is awaiting sign-off by the ICB.',
      ),
      lead(
        'ACTION (c/f): ',
        'PL to circulate the revised information-sharing agreement to all relevant agencies once signed.',
      ),
      item.item('Partnership budget and funding formula'),
      item.para(
        'PL presented the budget position. A small underspend is forecast for 2026/27. The three statutory partners have not yet agreed the contributions for 2027/28 and the current formula has not been reviewed since 2019.',
      ),
      item.para('Members agreed that contributions should be reviewed alongside the review of the formula.'),
      lead(
        'ACTION: ',
        'AM, DO and FM to agree the 2027/28 contributions before the budget-setting deadline of 29 January 2027.',
      ),
      item.item('Annual Report 2025/26 – scrutiny findings'),
      item.para(
        'NC summarised the scrutiny findings: good multi-agency working at the front door but weaker engagement of adult mental health services in child protection planning.',
      ),
      lead(
        'ACTION: ',
        'NC to present the scrutiny findings to the Health and Wellbeing Board on Thursday 21 January.',
      ),
      item.item('Joint targeted area inspection – readiness'),
      item.para(
        'DO reported on the police preparation. Partners agreed that each agency would complete the readiness self-assessment.',
      ),
      lead('ACTION: ', 'All partners to complete the JTAI readiness self-assessment by the next meeting.'),
      lead('ACTION: ', 'Priya to book a JTAI familiarisation session for senior leaders in w/c 11 January.'),
      item.item('Any other business'),
      item.para('None.'),
      blank(),
      b('Dates of next meetings (2027)'),
      table([
        ['Date', 'Time', 'Venue'],
        ['Thursday 11 February', '10.00 – 12.00', 'Hollinsbrook Town Hall, Room 1.4'],
        ['Thursday 15 April', '10.00 – 12.00', 'Hollinsbrook Police HQ'],
        ['Thursday 10 June', '10.00 – 12.00', 'Hollinsbrook Town Hall, Room 1.4'],
      ]),
    ],
    {
      lists: [numbering('agenda', '%1.')],
      header: ['Hollinsbrook Safeguarding Children Partnership'],
      footer: 'Partnership Executive Group – 3 December 2026 – ',
      creator: 'Hollinsbrook SCP',
    },
  );
}

/** An ICB assurance group's minutes: the whole meeting in an Item | Discussion | Action table. */
export function corrisdaleAssurance() {
  return word(
    [
      p('Corrisdale Integrated Care Board', { bold: true, size: 20 }),
      centred('Children’s Safeguarding Assurance Group', 30),
      blank(),
      p('Tuesday 8 September 2026, 13:30 – 15:30'),
      p('Corrisdale ICB HQ, Boardroom, and MS Teams'),
      blank(),
      b('Present'),
      p('Karen Whitlock (KW) – Designated Nurse Safeguarding Children, Corrisdale ICB (Chair)'),
      p('Dr Lionel Marsh (LM) – Designated Doctor, Corrisdale ICB'),
      p('Jasmine Thorne (JT) – Head of Safeguarding, Corrisdale University Hospitals'),
      p('Lucy Meadows (LMe) – Named Nurse, Corrisdale Community Services'),
      p('Gareth Price (GP) – Safeguarding Lead, Corrisdale Mental Health Partnership'),
      p('Joy Tennant (JTe) – Safeguarding Administrator (minutes)'),
      blank(),
      b('Apologies'),
      p('Dr Olumide Bankole – Named GP; Kath Ridley – Corrisdale Urgent Care'),
      blank(),
      table([
        ['Item', 'Discussion', 'Action', 'Lead', 'By when'],
        ['1', '**Welcome and apologies\nApologies were noted. The meeting was quorate.', '', '', ''],
        [
          '2',
          '**Minutes of 14 July 2026 and action log\nMinutes agreed. Action 14 (provider section 11 returns) is complete. Action 16 remains open.',
          'Confirm the dates of the provider safeguarding assurance visits (carried forward)',
          'KW',
          '31/10/2026',
        ],
        [
          '3',
          '**Rapid reviews and serious incidents\nLM presented the themes from four rapid reviews this year: unsafe sleep, adolescent self-harm and the impact of parental mental health. Learning has been shared at the named professionals’ forum.',
          'Share the thematic learning summary with provider safeguarding leads',
          'Designated Professionals',
          '30/09/2026',
        ],
        [
          '4',
          '**Child Protection Information Sharing (CP-IS)\nJT reported that CP-IS checks are made in the emergency department for 97% of attendances by children, but compliance in the urgent treatment centres is not known.',
          'Check CP-IS compliance in the urgent treatment centres and report back',
          'LM / JT',
          'November meeting',
        ],
        [
          '5',
          '**Safeguarding training\nLevel 3 compliance is 84% in the acute trust and 90% in community services. GP reported that mental health compliance had fallen to 79% because of vacancies.',
          'Provide a recovery plan for level 3 training compliance',
          'GP',
          'ASAP',
        ],
        ['6', '**Any other business\nNone.', '', '', ''],
      ]),
      blank(),
      p('Date of next meeting: Tuesday 10 November 2026, 13:30 – 15:30, Corrisdale ICB HQ, Boardroom'),
    ],
    { header: ['OFFICIAL-SENSITIVE'], footer: '', font: 'Calibri', creator: 'Corrisdale ICB' },
  );
}

/** A police-chaired operational group: Word numbering %1.0 / %1.%2 and inline (Action: …) markers. */
export function wyvernhamExploitation() {
  const item = list('items');
  return word(
    [
      b('Wyvernham Exploitation and Missing Operational Group (EMOG)'),
      p('Minutes – Wednesday 20 May 2026, 14:00 – 16:00, Wyvernham Police Station, Briefing Room 1'),
      blank(),
      b('Present:'),
      p('DI Carl Brennan – Wyvernham Police (Chair)'),
      p('DS Helen Farrow – Wyvernham Police, Missing Persons Unit'),
      p('Sally Nwosu – Exploitation Team Manager, Wyvernham Children’s Services'),
      p('Owen Gratton – Missing Children Coordinator, Wyvernham Children’s Services'),
      p('Harriet Bell – Youth Offending Team'),
      p('Mandeep Gill – Safeguarding Nurse, Wyvernham Community Health'),
      p('Hugh Barraclough – British Transport Police'),
      p('Zainab Akhtar – Analyst, Wyvernham Police (notes)'),
      b('Apologies:'),
      p('Insp Grant Lowther, Wyvernham Police; Ceri Bowen, Wyvernham Schools Inclusion Service'),
      blank(),
      item.item('Introductions and apologies'),
      item.para('DI Brennan opened the meeting. Apologies as above.'),
      item.item('Actions from the last meeting'),
      item.para(
        'The action to map exploitation hotspots near the railway station is complete. The missing coordinator is to review return home interview refusals; carried forward (Action: Owen Gratton).',
      ),
      item.item('Exploitation profile – Q4'),
      item.para(
        'ZA presented the profile. 52 children were flagged for criminal exploitation at the end of March, 14 of them for county lines. The average age of children first flagged fell from 15.1 to 14.3.',
      ),
      item.para(
        'The group asked for the profile to include children placed in Wyvernham by other authorities. Zainab will add out-of-area placements to the next profile (Action: ZA).',
      ),
      item.item('Missing episodes'),
      item.para(
        'There were 214 missing episodes in the quarter involving 96 children. Three children’s homes accounted for a third of episodes.',
      ),
      item.para(
        'Provider meetings with the three homes should be held within a month (Action: DS Farrow and Owen by 19 June 2026).',
      ),
      item.para(
        'Hugh Barraclough described joint patrols at Wyvernham Central and asked that the group’s partners share intelligence on children seen regularly at stations. Partners to submit intelligence through the partnership intelligence form (Action: All partners).',
      ),
      item.item('Any other business'),
      item.para('HB reminded members of the regional county lines intensification week in June.'),
      blank(),
      b('Future meetings'),
      p('• Wednesday 17 June 2026, 14:00 – 16:00'),
      p('• Wednesday 15 July 2026, 10:00 – 11:30 – extraordinary meeting: summer holiday planning'),
      p('• Wednesday 19 August 2026, 14:00 – 16:00'),
      p(
        'All at Wyvernham Police Station unless stated. The regional exploitation conference is on Thursday 2 July 2026.',
      ),
    ],
    { lists: [numbering('items', '%1.0')], footer: 'OFFICIAL – ', creator: 'Wyvernham Police' },
  );
}
