/**
 * Sub-group, school and review-group minutes in Word: a police-chaired sub-group written as an
 * Item | Discussion | Action table, a school governors' committee with typed numbers, and a
 * case review group with "%1.0" list numbering and "Action point" paragraphs.
 */
import { b, blank, bullet, label, list, numbering, p, table, word } from './word.ts';

export function ravensfoldMetSubgroup() {
  return word(
    [
      b('Missing, Exploited and Trafficked (MET) Sub-group'),
      table(
        [
          ['Date', 'Thursday 27 November 2025'],
          ['Time', '14:00 – 15:30'],
          ['Venue', 'Briefing Room 2, Ravensfold Police HQ and Teams'],
          ['Chair', 'Det Supt Lorna McAllister, Ravensfold Police'],
        ],
        { header: false },
      ),
      blank(),
      b('Present'),
      table([
        ['Name', 'Agency'],
        ['Det Supt Lorna McAllister', 'Ravensfold Police (Chair)'],
        ['Jenna Walsh', 'Ravensfold Council – Missing Children Coordinator'],
        ['Jamal Wright', 'Ravensfold Youth Offending Service'],
        ['Ciaran O’Neill', 'Ravensfold Council – Children’s Residential Services'],
        ['Dr Tessa Ugwu', 'Ravensfold ICB – Designated Doctor (items 1–4)'],
        ['Holly Brennan', 'Barnardo’s – Return Interview Service'],
        ['PC Adrian Sykes', 'Ravensfold Police – Missing Persons Unit (deputy for DI Kerr)'],
        ['Fatima Zahra Idrissi', 'Ravensfold Council – Education Inclusion'],
        ['Gemma Lord', 'RSCP Business Unit (notes)'],
      ]),
      p('Apologies: DI Andrew Kerr (Ravensfold Police); Susan Blackledge (British Transport Police)'),
      blank(),
      table([
        ['Item', 'Discussion', 'Action'],
        ['1', '**Welcome and apologies\nThe Chair welcomed members. PC Sykes attended for DI Kerr.', ''],
        [
          '2',
          '**Minutes and action tracker\nThe minutes of 25 September 2025 were agreed. Action 7 (return interview data) remains open.',
          'HB to provide the return interview completion data for Quarter 2 (c/f)',
        ],
        [
          '3',
          '**Missing episodes – Quarter 2\nThere were 612 missing episodes for 143 children in the quarter. 38% of episodes were of children in residential care, most from three homes. Return interviews were offered in 81% of episodes.',
          'JW to circulate the revised missing from care protocol by 12.12.25\nCO’N to review the episode data for the three highest-reporting homes',
        ],
        [
          '4',
          '**Child exploitation screening tool\nUse of the screening tool by schools and GPs remains low. Members agreed that a simpler version is needed for universal services.',
          'FZI and Dr Ugwu to agree how schools and GPs will use the screening tool – to report back at the next meeting',
        ],
        [
          '5',
          '**National Referral Mechanism\nDecisions for 11 children referred in the quarter were still awaited. The Chair noted the delay for children and families.',
          'Chair to raise NRM decision times with the regional devolved decision-making panel',
        ],
        ['6', '**AOB\nNone.', ''],
      ]),
      blank(),
      p('Date of next meeting: Thursday 29 January 2026, 14:00 – 15:30, Briefing Room 2 and Teams'),
    ],
    {
      header: ['Ravensfold Safeguarding Children Partnership'],
      footer: 'OFFICIAL – ',
      font: 'Arial',
      creator: 'Ravensfold Police',
    },
  );
}

export function orlestoneSafeguardingCommittee() {
  const h = (text: string) => b(text);
  return word(
    [
      p('ORLESTONE PRIMARY SCHOOL', { bold: true }),
      p(
        'Minutes of the meeting of the Safeguarding and Welfare Committee held on Wednesday 26 November 2025 at 6.00 pm in the school library',
      ),
      blank(),
      p(
        'Present: Mrs Anne Holroyd (Chair), Mr David Lenton, Dr Chidi Eze (Safeguarding Governor), Mrs Rachel Coombes',
      ),
      p(
        'In attendance: Mr Simon Greaves (Headteacher and DSL), Miss Laura Finch (Deputy DSL), Mrs Julie Tilling (Clerk)',
      ),
      p('Apologies: Mr Imran Rashid (accepted)'),
      p('Absent: Mrs Kay Tolworth'),
      blank(),
      h('1.\tWelcome and apologies'),
      p(
        '1.1\tThe Chair welcomed everyone. Apologies from Mr Rashid were received and accepted. Mrs Tolworth was absent.',
      ),
      h('2.\tDeclarations of business interests'),
      p('2.1\tNone.'),
      h('3.\tMinutes of the last meeting and matters arising'),
      p('3.1\tThe minutes of 24 September 2025 were approved and signed by the Chair.'),
      p(
        '3.2\tThe Headteacher to update the visitors’ procedure to include contractors (carried forward). Action: Headteacher',
      ),
      h('4.\tHeadteacher’s safeguarding report'),
      p(
        '4.1\tThe Headteacher reported that 42 concerns had been logged in the autumn term so far, with 6 referrals to children’s social care. Three children were subject to a child protection plan and nine to a child in need plan.',
      ),
      p('4.2\tGovernors asked how attendance compared for pupils with a social worker.'),
      p(
        'Action: Miss Finch to provide a breakdown of attendance for pupils with a social worker for the spring meeting.',
      ),
      h('5.\tSingle central record'),
      p(
        '5.1\tDr Eze reported on his termly check of the single central record. Two references were missing for recently appointed midday supervisors; these have since been received.',
      ),
      p('Action: Clerk to diarise the next single central record check with Dr Eze for 21 January 2026.'),
      h('6.\tOnline safety, filtering and monitoring'),
      p(
        '6.1\tThe committee reviewed the filtering and monitoring report. Governors asked who receives the alerts out of school hours.',
      ),
      p(
        'Action: Headteacher and Mrs Coombes to complete the annual filtering and monitoring review by 31st January 2026.',
      ),
      h('7.\tGovernor training'),
      p(
        '7.1\tAll governors to complete the online safeguarding refresher by 19 December 2025. Action: All governors',
      ),
      h('8.\tDate of next meeting'),
      p(
        '8.1\tWednesday 4th March 2026 at 6.00 pm. (The Full Governing Body meets on Wednesday 25th March 2026.)',
      ),
      blank(),
      p('The meeting closed at 7.25 pm.'),
      blank(),
      p('Signed: ……………………………… (Chair)\tDate: ………………'),
    ],
    { font: 'Calibri', creator: 'Clerk to Governors' },
  );
}

export function lydgateCaseReviewGroup() {
  const n = list('crg');
  return word(
    [
      b('Case Review Group'),
      p('Minutes'),
      blank(),
      label('Date:', 'Tuesday 3 February 2026'),
      label('Time:', '13:00 – 15:00'),
      label('Venue:', 'Lydgate House, Room 2.14 and via Teams'),
      label('Chair:', 'Gwen Farrow, Vice Chair – standing in for Simon Kettering'),
      blank(),
      b('Members present:'),
      bullet('Gwen Farrow – Head of Safeguarding, Lydgate Council (Vice Chair)'),
      bullet('Dr Anjali Bose – Designated Doctor, Lydgate ICB'),
      bullet('DS Callum Reid – Public Protection, Northvale Police'),
      bullet('Siân Pritchett – Named Nurse, Lydgate Community Health'),
      bullet('Tom Abernethy – Service Manager, Lydgate Council'),
      bullet('Lucy Mwangi – Lydgate Education Safeguarding Service'),
      bullet('Graham Ellery – Business Manager, LSCP'),
      bullet('Nia Rhodes – Review Officer, LSCP (minutes)'),
      b('Guest:'),
      bullet('Dr Philip Kahn – Independent Reviewer (item 3)'),
      b('Observer:'),
      bullet('Esme Hollis – Lay Member'),
      b('Apologies:'),
      bullet('Simon Kettering (Chair)'),
      bullet('DCI Harriet Moss – Northvale Police (DS Callum Reid attending)'),
      blank(),
      n.item('Welcome and apologies'),
      n.para(
        'Gwen Farrow chaired the meeting in Simon Kettering’s absence. Esme Hollis was welcomed as an observer.',
      ),
      n.item('Minutes and action log'),
      n.para('The minutes of 9 December 2025 were agreed. Two actions remain open.'),
      p('Action point 1: Obtain the GP practice chronology for Child K (carried forward).'),
      p('Owner: Dr Bose'),
      p(
        'Action point 2: Write to the family of Child K to explain the review and invite them to contribute.',
      ),
      p('Owner: Tom Abernethy\tDue: 20/02/2026'),
      n.item('Rapid review: Child M'),
      n.para(
        'Dr Kahn presented the rapid review of a serious incident involving a 14-year-old. Agencies had been involved with the family for several years. The group agreed that the criteria for a local child safeguarding practice review were met.',
      ),
      p('Action point 3: Send the rapid review to the National Panel by 12 February 2026.'),
      p('Owner: Business Manager'),
      p(
        'Action point 4: Draft terms of reference for a local child safeguarding practice review of Child M and share them with the group.',
      ),
      p('Owner: GE / Dr Kahn\tDue: next meeting'),
      n.item('Learning and improvement tracker'),
      n.para(
        'LM reported that the briefing on Child J had been delivered to 60 designated safeguarding leads.',
      ),
      p('Action point 5: Publish the Child J seven-minute briefing on the Partnership website.'),
      p('Owner: LM\tDue: w/c 2 March'),
      n.item('Any other business'),
      n.para('None.'),
      n.item('Dates of next meetings'),
      p('Tuesday 3 March 2026, 13:00 – 15:00, Room 2.14'),
      p('Tuesday 7 April 2026, 10:00 – 12:00, via Teams'),
      p('Tuesday 5 May 2026 – time and venue to be confirmed'),
      p('The Partnership’s learning review conference will be held on 19 May 2026.'),
    ],
    {
      lists: [numbering('crg', '%1.0')],
      header: ['Lydgate Safeguarding Children Partnership', 'OFFICIAL-SENSITIVE'],
      footer: '',
      creator: 'LSCP Business Unit',
    },
  );
}
