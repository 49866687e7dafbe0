// Partnership executive: details in a table, attendance as a three-column table with no
// header row (initials in the last column), Word-numbered items and paragraphs, ACTION lines,
// and a table of future dates with times and venues.
import { blank, b, bullet, centred, list, numbering, p, table, word } from './word.ts';

const n = list('items');

export const ashdownValeScpExecutive = () =>
  word(
    [
      centred('Minutes'),
      blank(),
      table(
        [
          ['Meeting', 'Ashdown Vale Safeguarding Children Partnership Executive'],
          ['Date', 'Thursday 16 January 2025'],
          ['Time', '10:00 – 12:00'],
          ['Venue', 'Boardroom, Ashdown Vale Civic Centre'],
          ['Chair', 'Claire Huxley'],
        ],
        { header: false, widths: [20, 80] },
      ),
      blank(),
      b('Present'),
      table(
        [
          ['Claire Huxley', "Director of Children's Services, Ashdown Vale Council (Chair)", 'CH'],
          ['Chief Supt Robert Glenn', 'District Commander, Ashdown Vale Police', 'RG'],
          ['Dr Naomi Weller', 'Chief Nurse, Ashdown and Greyhaven ICB', 'NW'],
          ['Patrick Doyle', 'Assistant Director, Safeguarding and Quality, Ashdown Vale Council', 'PD'],
          ['Yvette Sinclair', 'Designated Nurse, Ashdown and Greyhaven ICB (part)', 'YS'],
          ['Harriet Lomax', 'Head of Education Safeguarding, Ashdown Vale Council (items 1–3)', 'HL'],
          ['Conor Fitzpatrick', 'Independent Scrutineer', 'CF'],
          ['Marsha Greenidge', 'Partnership Business Manager', 'MG'],
          ['Ben Carver', 'Partnership Officer (minutes)', 'BC'],
        ],
        { header: false, widths: [30, 60, 10] },
      ),
      blank(),
      b('Apologies'),
      bullet('Dr Imran Qureshi, Designated Doctor, Ashdown and Greyhaven ICB'),
      bullet('Sandra Voss, Ashdown Vale Probation Delivery Unit'),
      blank(),
      n.item('Welcome, introductions and apologies'),
      n.para('The Chair welcomed members and noted the apologies. Yvette Sinclair would need to leave after item 4.'),
      n.item('Minutes of 14 November 2024 and action tracker'),
      n.para('The minutes were agreed as an accurate record.'),
      n.para('Two actions on the tracker were complete. The budget proposal remained outstanding.'),
      p('ACTION: MG to finalise the partnership’s 2025/26 budget proposal – carried forward'),
      n.item('Child Safeguarding Practice Review – Child K: update'),
      n.para(
        'PD reported that nine of the fourteen actions in the Child K action plan were complete. The health actions on pre-birth assessment were behind schedule because of staff vacancies.',
      ),
      p('ACTION: PD and YS to present a progress report on the Child K action plan by 14th March 2025'),
      n.item('Multi-agency front door – Quarter 3 data'),
      n.para(
        'There were 3,104 contacts in Quarter 3, 27% of which became referrals. Police domestic abuse notifications made up a third of contacts, and the health post in the front door had been vacant since October.',
      ),
      p('ACTION: RG to provide domestic abuse notification volumes for the front door by 28.02.25'),
      p('ACTION: CH/NW to agree the ICB’s contribution to the front door health post ASAP'),
      n.item('Independent Scrutineer’s report'),
      n.para(
        'CF presented his report on the partnership’s arrangements. He found strong leadership but limited evidence that the voice of children was influencing priorities.',
      ),
      p('ACTION: CF to share the scrutiny report with the partnership leaders’ meeting on 5 February 2025'),
      n.item('Any other business'),
      n.para('HL had left the meeting. The new Education Safeguarding Group would meet for the first time in March.'),
      p('ACTION: All agencies to confirm their representatives on the Education Safeguarding Group by the next meeting'),
      blank(),
      b('Dates of future meetings'),
      table([
        ['Date', 'Time', 'Venue'],
        ['Thursday 20 March 2025', '10:00 – 12:00', 'Boardroom, Ashdown Vale Civic Centre'],
        ['Thursday 15 May 2025 (development session)', '09:30 – 15:30', 'Venue tbc'],
        ['Thursday 17 July 2025', '10:00 – 12:00', 'Boardroom, Ashdown Vale Civic Centre'],
        ['Thursday 18 September 2025', '10:00 – 12:00', 'MS Teams'],
      ]),
    ],
    { lists: [numbering('items', '%1.')], header: ['OFFICIAL – SENSITIVE'], footer: 'Ashdown Vale SCP Executive – ' },
  );
