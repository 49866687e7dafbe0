/**
 * Board-level minutes in Word: a partnership executive (business unit, Word list numbering),
 * an NHS trust committee (governance team, "Item %1" numbering and an action log) and a
 * council scrutiny panel (democratic services, typed minute numbers).
 */
import { b, blank, bullet, centred, label, lead, list, numbering, p, table, word } from './word.ts';

export function brackenfieldExecutive() {
  const n = list('exec');
  return word(
    [
      centred('Brackenfield Safeguarding Children Partnership', 24),
      centred('Partnership Executive', 32),
      blank(),
      label('Date:', 'Wednesday 19 November 2025'),
      label('Time:', '10:00 – 12:00'),
      label('Venue:', 'Meeting Room 3, Brackenfield House'),
      blank(),
      b('Attendance'),
      table([
        ['Name', 'Role', 'Organisation', 'Initials'],
        ['Dr Imogen Sayer', 'Independent Chair', 'BSCP', 'IS'],
        ['Martin Oakes', 'Director of Children’s Services', 'Brackenfield Council', 'MO'],
        ['Det Supt Fiona Garrity', 'Head of Safeguarding', 'Eastmoor Police', 'FG'],
        ['Alison Crewdson', 'Deputy Chief Nurse', 'Brackenfield ICB', 'AC'],
        ['Colin Mabbutt', 'Head of Education Safeguarding', 'Brackenfield Council', 'CM'],
        ['Sarah-Jane Pollitt', 'Head of Safeguarding', 'Brackenfield Community Health', 'SJP'],
        ['Tendai Moyo', 'Partnership Business Manager', 'BSCP', 'TM'],
        ['Owain Rees', 'Partnership Officer (minutes)', 'BSCP', 'OR'],
      ]),
      blank(),
      b('Apologies'),
      bullet('Kerry Lamb, Director of Nursing, Brackenfield ICB (Alison Crewdson attending)'),
      bullet('Chief Supt Ian Dalby, Eastmoor Police'),
      blank(),
      n.item('Welcome and apologies'),
      n.para('The Chair welcomed members and noted apologies. Alison Crewdson was attending for Kerry Lamb.'),
      n.item('Minutes of the previous meeting (17 September 2025)'),
      n.para('The minutes were agreed as an accurate record. All actions were complete except one.'),
      lead(
        'ACTION: ',
        'MO to confirm the local authority contribution to the independent scrutiny budget (carried forward).',
      ),
      n.item('Yearly report 2024/25'),
      n.para(
        'TM presented the draft yearly report. Members welcomed the report, which sets out progress against the three priorities: neglect, exploitation and the voice of the child.',
      ),
      n.para(
        'Members asked for more on the difference made for children, using case studies from health and education.',
      ),
      lead('ACTION: ', 'SJP and AC to provide the health case studies for the report by 24/11/2025.'),
      lead(
        'ACTION: ',
        'TM to circulate the final yearly report to partners for sign-off by 28th November 2025.',
      ),
      n.item('Independent scrutiny arrangements'),
      n.para(
        'The Chair set out the proposed scrutiny programme for 2026, which includes practitioner focus groups and a review of the front door. The Chair will meet the three statutory partners individually before the next meeting.',
      ),
      lead('ACTION: ', 'FG to nominate a police lead for the scrutiny workstream.'),
      n.item('Multi-agency safeguarding arrangements – published document'),
      n.para(
        'TM explained that the published arrangements must be updated to reflect the changes to the sub-group structure.',
      ),
      lead(
        'ACTION: ',
        'All partners to confirm their agency’s entries in the published arrangements to the Business Manager by Friday 12 December.',
      ),
      n.item('Any other business'),
      n.para(
        'CM reported that the focused visit of the local authority had taken place in October. CM to share the findings of the focused visit with members when the letter is published. Action: CM',
      ),
      n.item('Dates of next meetings'),
      table([
        ['Date', 'Time', 'Venue'],
        ['Wednesday 21 January 2026', '10:00 – 12:00', 'Meeting Room 3, Brackenfield House'],
        ['Wednesday 18 March 2026', '10:00 – 12:00', 'Meeting Room 3, Brackenfield House'],
        [
          'Wednesday 20 May 2026',
          '09:30 – 15:30',
          'Brackenfield Racecourse – joint development day with the Safeguarding Adults Board',
        ],
      ]),
      blank(),
      p('The meeting closed at 11:50.'),
    ],
    { lists: [numbering('exec', '%1.')], header: ['OFFICIAL'], footer: '', creator: 'BSCP Business Unit' },
  );
}

export function caldmoorSafeguardingCommittee() {
  const n = list('item');
  return word(
    [
      b('Caldmoor Hospitals NHS Foundation Trust'),
      centred('Safeguarding Committee'),
      p(
        'Minutes of the meeting held on Tuesday 9 December 2025 at 14:00 – 16:00 in the Boardroom, Caldmoor General Hospital',
      ),
      blank(),
      b('Present:'),
      table(
        [
          ['Dr Helen Ashdown', 'Chief Nurse (Chair)'],
          ['Dr Richard Penhaligon', 'Medical Director'],
          ['Yvette Marsden', 'Head of Safeguarding'],
          ['Corinne Baptiste', 'Named Nurse for Safeguarding Children'],
          ['Anita Sorensen', 'Named Midwife'],
          ['Dr Oliver Nkemelu', 'Named Doctor for Safeguarding Children'],
          ['Stephen Wragg', 'Non-Executive Director'],
        ],
        { header: false },
      ),
      b('In attendance:'),
      p(
        'Lorraine Quayle, Deputy Designated Nurse, Caldmoor and Ouseley ICB; Bethan Cole, Governance Facilitator (minutes)',
      ),
      p('Apologies were received from Mark Ridley, Director of Operations, and Dr Joy Amadi, Named GP.'),
      blank(),
      n.item('Welcome, apologies and declarations of interest'),
      p('The Chair welcomed members. There were no declarations of interest.'),
      n.item('Minutes of the meeting held on 14 October 2025'),
      p('The minutes were approved. The action log was reviewed and is attached below.'),
      n.item('Safeguarding children Quarter 2 report'),
      p(
        'Yvette Marsden presented the report. Level 3 safeguarding children training compliance was 83% against a target of 90%, with the lowest figures in the emergency department and theatres. Referrals to children’s social care from the Trust rose to 164 in the quarter.',
      ),
      p('Action: Named Nurses to provide ward-level compliance figures to divisional leads by 16/01/2026.'),
      n.item('Maternity safeguarding'),
      p(
        'Anita Sorensen reported that 58 unborn babies had been referred to children’s social care in the quarter. The pre-birth pathway had been revised. The Named Midwife will bring the pre-birth pathway audit to the March meeting (Action: Ms Sorensen).',
      ),
      n.item('Learning from reviews'),
      p(
        'Two rapid reviews in the quarter had involved Trust staff. Learning about the recording of fathers’ details in maternity and paediatric records was shared.',
      ),
      p('Action: Head of Safeguarding to include the learning in the Trust’s safeguarding newsletter.'),
      p(
        'Members discussed the training of medical staff. Dr Penhaligon and Dr Nkemelu agreed to review the medical staff training needs analysis. (Action: RP/ON)',
      ),
      n.item('Safeguarding risk register'),
      p('The committee reviewed the three safeguarding risks. No change to the scores was agreed.'),
      n.item('Any other business'),
      p('None.'),
      n.item('Date of next meeting'),
      p('Tuesday 10 March 2026, 14:00 – 16:00, Boardroom'),
      blank(),
      b('Action log'),
      table([
        ['No.', 'Meeting', 'Item', 'Action', 'Lead', 'Due', 'Status'],
        [
          'SC/41',
          '14/10/2025',
          '3',
          'Refresh the Was Not Brought policy for outpatients',
          'CB',
          '30/11/2025',
          'Complete',
        ],
        [
          'SC/42',
          '14/10/2025',
          '5',
          'Add safeguarding supervision compliance to the divisional dashboards',
          'YM',
          '31/12/2025',
          'Open',
        ],
        [
          'SC/43',
          '14/10/2025',
          '6',
          'Write to the ICB about the named GP vacancy',
          'Dr Ashdown',
          '28/11/2025',
          'Open',
        ],
        [
          'SC/44',
          '14/10/2025',
          '4',
          'Confirm the midwifery liaison arrangements with children’s social care',
          'AS',
          'March 2026',
          'Open – carried forward',
        ],
      ]),
    ],
    {
      lists: [numbering('item', 'Item %1')],
      header: ['Caldmoor Hospitals NHS Foundation Trust'],
      footer: 'Safeguarding Committee – 9 December 2025 – ',
      font: 'Calibri',
      creator: 'Corporate Governance',
    },
  );
}

export function tamsfordScrutinyPanel() {
  const minute = (no: number, title: string) => b(`${no}.\t${title}`);
  return word(
    [
      centred('TAMSFORD BOROUGH COUNCIL', 24),
      centred('CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL'),
      blank(),
      p(
        'MINUTES of a meeting of the Children and Young People Scrutiny Panel held on Monday, 13 October 2025 at 7.00 pm in the Council Chamber, Tamsford Town Hall.',
      ),
      blank(),
      p(
        'PRESENT: Councillors Ann Brierley (Chair), Tom Ruddock (Vice-Chair), Harjit Sandhu, Lesley Farnham, Dominic Iles and Peter Wragg-Hollis.',
      ),
      p(
        'Co-opted members: Revd Canon Julian Marsh (Diocesan representative) and Mrs Parveen Akhtar (Parent Governor representative).',
      ),
      p(
        'Officers: Jenny Calloway (Director of Children’s Services), Mark Osei-Bonsu (Head of Safeguarding and Quality Assurance), Hannah Lister (Scrutiny Officer) and Gary Pym (Democratic Services Officer).',
      ),
      p('Also present: Councillor Meg Thorne (Cabinet Member for Children and Families).'),
      blank(),
      minute(23, 'APOLOGIES FOR ABSENCE'),
      p('Apologies for absence were received from Councillors Ian Pask and Rita Soames.'),
      minute(24, 'DECLARATIONS OF INTEREST'),
      p(
        'Councillor Sandhu declared a non-pecuniary interest in minute 27 as a trustee of a local youth charity.',
      ),
      minute(25, 'MINUTES'),
      p(
        'RESOLVED that the minutes of the meeting held on 8 September 2025 be approved as a correct record and signed by the Chair.',
      ),
      minute(26, 'CHILDREN’S SOCIAL CARE PERFORMANCE – QUARTER 1 2025/26'),
      p(
        'The Director of Children’s Services introduced the report. The number of children looked after was 312, a rate of 71 per 10,000, and 17% of social workers were agency staff. Members asked about the use of agency staff in the assessment teams.',
      ),
      p(
        'The Director undertook to circulate a breakdown of agency social worker numbers by team to Panel members. (Action: Director of Children’s Services)',
      ),
      p('RESOLVED that the report be noted.'),
      minute(27, 'SAFEGUARDING PARTNERSHIP YEARLY REPORT 2024/25'),
      p(
        'Mark Osei-Bonsu presented the Partnership’s yearly report. Members asked about children missing education and the role of scrutiny in the partnership arrangements.',
      ),
      p(
        'Mark Osei-Bonsu to provide Members with the number of children missing education by ward by 31 October 2025. (Action: Mark Osei-Bonsu)',
      ),
      p(
        'Members asked that the Independent Scrutineer be invited to a future meeting. ACTION: Scrutiny Officer',
      ),
      p('RESOLVED that the yearly report be noted.'),
      minute(28, 'WORK PROGRAMME 2025/26'),
      p(
        'RESOLVED that the work programme be agreed, subject to the addition of a session on elective home education. The Scrutiny Officer would arrange a site visit to the Tamsford Family Hub for Members in November.',
      ),
      minute(29, 'DATES OF FUTURE MEETINGS'),
      p(
        'RESOLVED that future meetings be held on Monday 8 December, Monday 2 February and Monday 23 March, each at 7.00 pm in the Council Chamber.',
      ),
      blank(),
      p('The meeting ended at 9.12 pm.'),
      blank(),
      p('CHAIR'),
    ],
    { footer: '', font: 'Arial', creator: 'Democratic Services' },
  );
}
