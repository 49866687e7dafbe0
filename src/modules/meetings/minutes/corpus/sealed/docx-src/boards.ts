// Partnership boards: an executive with an initials table and an action tracker, a front
// door board in an Item | Discussion | Action table, and a youth justice board chaired by a
// stand-in with "Actions arising" lists under each typed item.
import { b, blank, bullet, centred, label, list, numbering, p, table, word } from './word.ts';

export const amblefordExecutive = () => {
  const agenda = list('exec');
  return word(
    [
      centred('AMBLEFORD SAFEGUARDING CHILDREN PARTNERSHIP', 24),
      centred('Safeguarding Partnership Executive Group'),
      centred('MINUTES', 24),
      blank(),
      table(
        [
          ['Date', 'Thursday 11 December 2025'],
          ['Time', '14:00 – 16:00'],
          ['Venue', 'Council Chamber, Ambleford Civic Offices'],
          ['Chair', 'Supt Bryony Keane'],
        ],
        { header: false },
      ),
      blank(),
      b('Present'),
      table([
        ['Name', 'Role', 'Agency', 'Initials'],
        ['Supt Bryony Keane', 'District Commander (Chair)', 'Westmarch Police', 'BK'],
        ['Alistair Dunn', 'Director of Children’s Services', 'Ambleford Council', 'AD'],
        ['Joanna Frere', 'Chief Nurse', 'Ambleford ICB', 'JF'],
        ['Mariam Ashraf', 'Independent Scrutineer', '', 'MA'],
        ['Hannah Brook', 'Partnership Business Manager', 'Partnership Business Unit', 'HB'],
        ['Harvey Bell', 'Head of Education Safeguarding', 'Ambleford Council', 'HBe'],
        ['Lucy Ngata', 'Partnership Administrator (minutes)', 'Partnership Business Unit', 'LN'],
      ]),
      blank(),
      p(
        'Apologies: Dr Ian Rawlings (Designated Doctor, Ambleford ICB); Rebecca Teale (Assistant Chief Constable, Westmarch Police)',
      ),
      blank(),
      agenda.item('Welcome, introductions and apologies'),
      agenda.para(
        'BK welcomed members to the meeting, which she chaired as the police executive lead under the rotating arrangement. Apologies were noted as above.',
      ),
      agenda.item('Minutes of 9 October 2025 and action tracker'),
      agenda.para(
        'The minutes were agreed. The tracker was reviewed and is attached below; the screening tool action remains outstanding.',
      ),
      agenda.item('Independent Scrutineer’s report'),
      agenda.para(
        'MA presented her report on the first year of the new arrangements. She found that the three safeguarding partners were working well together but that the voice of children was not yet informing priorities, and that schools wanted a stronger role in the Partnership.',
      ),
      agenda.item('Child exploitation – partnership response'),
      agenda.para(
        'AD reported that 96 children were open to the exploitation panel at the end of November, 58 of them at risk of criminal exploitation. The number of children referred by schools had doubled since the spring.',
      ),
      agenda.para(
        'Action – AD: Bring the exploitation dataset, broken down by age and gender, to the next meeting',
      ),
      agenda.item('Budget 2026/27 and partner contributions'),
      agenda.para(
        'HB presented the draft budget of £412,000. Partner contributions would need to rise by 3% to maintain the training programme.',
      ),
      agenda.item('Multi-agency safeguarding arrangements – yearly report'),
      agenda.para('The yearly report for 2024/25 will be prepared in the new national format.'),
      agenda.item('Any other business'),
      agenda.para('Harvey Bell reported on the schools safeguarding survey, which will open in the new year.'),
      blank(),
      b('Action tracker'),
      table([
        ['Ref', 'Item', 'Action', 'Lead', 'Deadline', 'Status'],
        ['25/31', '4', 'Agree a single exploitation screening tool across partners', 'JF / BK / AD', '27/11/2025', 'Carried forward'],
        ['25/33', '5', 'Confirm the ICB contribution for 2026/27', 'JF', '31/10/2025', 'Completed'],
        ['25/40', '3', 'Publish the Independent Scrutineer’s report on the Partnership website', 'HB', '19 Dec 2025', 'Open'],
        ['25/41', '5', 'Write to partner chief executives setting out the proposed contributions', 'Chair', '9 January', 'Open'],
        ['25/42', '6', 'Submit the yearly report to the national panel', 'HB', 'End of Q4', 'Open'],
        ['25/43', '6', 'Nominate a lead from each agency for the yearly report', 'All partners', '16.01.26', 'Open'],
        ['25/44', '7', 'Circulate the schools safeguarding survey to all schools and colleges', 'Harvey', 'w/c 5 January', 'Open'],
      ]),
      blank(),
      b('Dates of future meetings'),
      table([
        ['Date', 'Time', 'Venue'],
        ['Thursday 12 February', '14:00 – 16:00', 'Council Chamber, Ambleford Civic Offices'],
        ['Thursday 16 April', '14:00 – 16:00', 'Council Chamber, Ambleford Civic Offices'],
        ['Thursday 11 June', '10:00 – 12:00', 'Bramcote Room, Ambleford Library'],
      ]),
      p('The Partnership Conference will be held on Wednesday 4 March 2026 at Ambleford Racecourse.'),
    ],
    {
      lists: [numbering('exec', '%1.')],
      header: ['OFFICIAL-SENSITIVE', 'Ambleford Safeguarding Children Partnership'],
      footer: '',
    },
  );
};

export const castlereachFrontDoor = () =>
  word([
    b('CASTLEREACH FRONT DOOR PARTNERSHIP BOARD'),
    blank(),
    label('Date:', 'Tuesday 4 March 2025'),
    label('Time:', '10.00 – 11.30'),
    label('Venue:', 'MASH Meeting Room, Castlereach Police Station'),
    label('Chair:', 'Maureen Dalziel'),
    blank(),
    p(
      'Present: Maureen Dalziel (Chair), Assistant Director, Castlereach Council; DCI Stuart Penrose, Castlereach Police; Alison Kemble, Head of Safeguarding, Castlereach ICB; Rachel Mawdsley, Performance Manager, Castlereach Council; Jonah Ferris, Education Safeguarding Officer (deputy for Val Quigley); Ellen Garside, MASH Team Manager; Patrick Doyle, Business Support Officer (notes)',
    ),
    p('Apologies: Val Quigley (Castlereach Council), Simon Pardoe (Castlereach Police)'),
    blank(),
    table([
      ['Item', 'Discussion', 'Action'],
      ['1', '**Welcome and apologies\nMD welcomed members. Apologies as above; Jonah Ferris attended for Val Quigley.', ''],
      [
        '2',
        '**Minutes and actions from 3 December 2024\nThe minutes were agreed. All actions were complete except action 6, the audit of police attendance at strategy discussions.',
        'SP to complete the audit of police attendance at strategy discussions (carried forward)',
      ],
      [
        '3',
        '**Front door performance – Quarter 3\nRM presented the Quarter 3 data: 3,912 contacts, 24% converted to referrals, and 91% of contacts were decided within 24 hours. Conversion is lower than in statistical neighbours.',
        'Produce a comparison of conversion rates with statistical neighbours for the next meeting – RM',
      ],
      [
        '4',
        '**Health presence in the MASH\nAK reported that the second health practitioner post remains vacant, so health information is not available for about a third of contacts.',
        'Recruit to the second MASH health practitioner post by end of April – AK',
      ],
      [
        '5',
        '**Information sharing agreement\nThe refreshed agreement was approved subject to minor wording changes.',
        'Circulate the refreshed information sharing agreement for signature – Business Support\nAll partners to sign and return the agreement by 28 March',
      ],
      [
        '6',
        '**Any other business\nEG raised delays in the handover from the emergency duty team each morning.',
        'Raise the emergency duty team handover delays with the EDT manager – MD',
      ],
      [
        '7',
        '**Date of next meeting\nTuesday 3 June 2025, 10.00 – 11.30, MASH Meeting Room, Castlereach Police Station, then Tuesday 2 September 2025 at the same time and place.',
        '',
      ],
    ]),
  ]);

export const wychbourneYouthJustice = () =>
  word(
    [
      centred('Wychbourne Youth Justice Partnership Board'),
      p('Minutes of the meeting held on Wednesday 29 October 2025, 9.30am – 11.30am, Committee Room 2, Wychbourne Civic Centre'),
      blank(),
      p('Chair: Gareth Lowe, Vice Chair (standing in for Moira Castellano)'),
      blank(),
      b('Present'),
      table(
        [
          ['Gareth Lowe', 'Vice Chair', 'Wychbourne College'],
          ['Insp Nadine Carver', 'Neighbourhood Policing Inspector', 'Westmarch Police'],
          ['Pippa Rowntree', 'Head of Youth Justice Service', 'Wychbourne Council'],
          ['Emeka Nnamdi', 'Head of Probation Delivery Unit', 'Probation Service'],
          ['Clare Whitlow', 'CAMHS Clinical Lead', 'Wychbourne Health'],
          ['Dominic Fairbairn', 'Head of Inclusion', 'Wychbourne Council'],
        ],
        { header: false },
      ),
      p('In attendance: Rhys Cadogan (YJS Data Analyst) for item 3; Bella Moran (Board Support Officer) – minutes'),
      p('Observer: Tamara Quist, Youth Justice Board'),
      p('Apologies:\vMoira Castellano (Chair), Director of Children’s Services\vCllr Neil Batt, Lead Member for Children'),
      blank(),
      b('1.\tWelcome and apologies'),
      p('Mr Lowe chaired the meeting in Moira Castellano’s absence and welcomed Tamara Quist, who was observing.'),
      b('2.\tMinutes of 16 July 2025 and matters arising'),
      p('The minutes were agreed. The terms of reference for the out-of-court disposal scrutiny panel are still in draft.'),
      p('Actions arising:'),
      bullet('Pippa to complete the out-of-court disposal scrutiny panel terms of reference – carried forward'),
      b('3.\tPerformance report – Quarter 2'),
      p(
        'Rhys presented the quarter’s data. The first-time entrant rate was 162 per 100,000 young people aged 10 to 17, below the regional rate. Reoffending within 12 months was 31%. Four young people were remanded to youth detention accommodation during the quarter.',
      ),
      p('Actions arising:'),
      bullet('Rhys to add the custody and remand figures to the dashboard by 14th November'),
      bullet('Emeka and Clare to review transitions to adult services for 17-year-olds by 12/12/2025'),
      b('4.\tEducation, training and employment'),
      p(
        'Dominic reported that 27% of children open to the Youth Justice Service of school age were not in full-time education.',
      ),
      p('Actions arising:'),
      bullet('Dominic to bring the number of school-age YJS children on part-time timetables to the next meeting'),
      b('5.\tNational standards self-assessment'),
      p('The Board agreed the approach to the self-assessment against the national standards for youth justice.'),
      p('Actions arising:'),
      bullet('Insp Carver to nominate a police lead for the standards audit ASAP'),
      bullet('Board members to complete the self-assessment survey by Friday 21 November'),
      b('6.\tAny other business'),
      p('Members discussed the closure of the youth club in the town centre.'),
      p('Actions arising:'),
      bullet('Mr Lowe to write to the Cabinet Member about the closure of the town centre youth club'),
      blank(),
      b('Future meetings'),
      p('All 9.30am – 11.30am in Committee Room 2, Wychbourne Civic Centre, unless stated:'),
      bullet('Wednesday 28 January 2026'),
      bullet('Wednesday 22 April 2026 – Board development day, 9.30am – 3.30pm, Wychbourne College'),
      bullet('Wednesday 15 July 2026'),
      p('The regional youth justice conference takes place on 3 December 2025.'),
    ],
    { footer: 'Wychbourne YJPB minutes 29.10.25 – ' },
  );
