// Child death overview panel: labelled header lines, attendees with initials in brackets
// (two people whose initials differ only by a declared extra letter), "Apologies: None",
// items numbered by Word as "Item %1", an action log with an Item column and Completed,
// Closed, Carried forward and Open rows, and the year's dates in one sentence.
import { blank, b, centred, label, list, numbering, p, table, word } from './word.ts';

const n = list('items');

export const elmsworthCdop = () =>
  word(
    [
      centred('Elmsworth and Fallowmere Child Death Overview Panel'),
      centred('Minutes', 24),
      blank(),
      label('Date:', 'Tuesday 21 January 2025'),
      label('Time:', '13:30 – 16:30'),
      label('Venue:', 'MS Teams'),
      label('Chair:', 'Dr Helen Fairbairn'),
      blank(),
      b('Attendees:'),
      p('Dr Helen Fairbairn (HF) – Designated Doctor for Child Deaths, Chair'),
      p('Gillian Marsh (GM) – CDOP Manager'),
      p('Dr Tomasz Nowicki (TN) – Consultant Paediatrician, Elmsworth General Hospital'),
      p('DS Kerry Vance (KV) – Elmsworth and Fallowmere Police'),
      p('Angela Booth (AB) – Consultant in Public Health, Fallowmere Council'),
      p('Hugh Collins (HC) – Service Manager, Elmsworth Children’s Services'),
      p('Moira Keane (MK) – Lay Member'),
      p('Mary Kettering (MKe) – Bereavement Nurse, Elmsworth General Hospital'),
      p('Sally Fenton (SF) – CDOP Administrator (minutes)'),
      blank(),
      label('Apologies:', 'None'),
      blank(),
      n.item('Welcome and apologies'),
      p('HF welcomed members. There were no apologies and the panel was quorate.'),
      n.item('Minutes of the last meeting and action log'),
      p('The minutes of 19 November 2024 were agreed. The action log was updated (see below).'),
      n.item('Notifications and cases for review'),
      p(
        'GM reported that 7 child deaths were notified in Quarter 3 (4 in Elmsworth, 3 in Fallowmere), of which 4 were infants under one year. The panel reviewed 5 cases and closed 4; one case was deferred pending the inquest.',
      ),
      n.item('Modifiable factors – themes for 2024/25'),
      p(
        'Modifiable factors were identified in 2 of the 4 cases closed. Unsafe sleeping arrangements remained the most common theme across the year, often alongside parental alcohol use.',
      ),
      n.item('CDOP annual report 2023/24'),
      p('The panel approved the annual report subject to minor amendments from MK.'),
      n.item('Any other business'),
      p('None.'),
      blank(),
      p(
        'Meeting dates for the rest of 2025: 18 March, 17 June, 16 September and 9 December (all 13:30 – 16:30, MS Teams).',
      ),
      blank(),
      b('Action log'),
      table([
        ['No.', 'Item', 'Action', 'Lead', 'Due', 'Status'],
        ['1', '2', 'Circulate the updated CDOP terms of reference', 'GM', '15/11/2024', 'Completed'],
        ['2', '3', 'Request the regional thematic report on infant deaths from the NCMD team', 'GM', 'Ongoing', 'Carried forward'],
        ['3', '4', 'Write to maternity services about safe sleep messages at discharge', 'TN/AB', '25-Feb-25', 'Open'],
        ['4', '4', 'Share the modifiable factor themes with the Learning and Improvement Sub-group', 'HF', 'Next meeting', 'Open'],
        ['5', '5', 'Make the amendments to the 2023/24 annual report and send the final version for publication', 'MK', '14/03/2025', 'Open'],
        ['6', '5', 'Present the annual report to the Partnership Executive', 'HF', 'Q1 2025/26', 'Open'],
        ['7', '5', 'Arrange bereavement support training for ward staff', 'MKe', '28/03/25', 'Open'],
        ['8', '6', 'Update the CDOP membership list', 'SF', '21/01/2025', 'Closed'],
      ]),
    ],
    { lists: [numbering('items', 'Item %1')], footer: 'OFFICIAL – SENSITIVE   ' },
  );
