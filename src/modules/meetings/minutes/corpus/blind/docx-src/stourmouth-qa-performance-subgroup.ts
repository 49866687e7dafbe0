// Sub-group minutes: agenda numbers "%1.0" and paragraphs "%1.%2" from Word's list numbering,
// attendance in a Present | Apologies table with declared initials (MD/MDa, AS/ASa), actions
// only in a closing table whose Item column reads "3.0" (one ✓ row, one carried forward), and
// the year's dates without years after a December meeting, plus an extraordinary meeting.
import { Document } from 'docx';
import { STYLES, b, blank, heading, label, listNumbering, listed, p, pageFooter, pageHeader, table } from './word.ts';

const agenda = listed('qa');

export const stourmouthQaPerformanceSubgroup = (): Document =>
  new Document({
    styles: STYLES,
    numbering: { config: [listNumbering('qa', '%1.0')] },
    sections: [
      {
        headers: pageHeader('OFFICIAL – SENSITIVE'),
        footers: pageFooter(),
        children: [
          heading('Stourmouth Safeguarding Children Partnership', 24),
          heading('Quality Assurance and Performance Sub-Group'),
          heading('Minutes – 12 December 2025', 24),
          blank(),
          label('Time:', '10:00 – 12:00'),
          label('Venue:', 'Committee Room 3, Stourmouth Civic Centre'),
          blank(),
          table([
            ['Present', 'Apologies'],
            ['Dr Helen Price (HP), Head of Quality Assurance, Stourmouth Council – Chair', 'Insp Martin Doyle (MD), Ambershire Police'],
            ['Angela Shore (AS), Designated Nurse, Stourmouth ICB', 'Fiona Baird (FB), Stourmouth Community Health'],
            ['Mike Davies (MDa), Performance Manager, Stourmouth Council', 'Raj Patel, Stourmouth College'],
            ['Leanne Shaw (LS), Head of Early Help, Stourmouth Council', ''],
            ['Tom Ridley (TR), Service Manager, Safe Futures', ''],
            ['Abi Sanderson (ASa), Education Safeguarding Lead, Stourmouth Council', ''],
            ['Gary Nolan, Business Support Officer (minutes)', ''],
          ]),
          blank(),
          agenda.item('Welcome and apologies'),
          agenda.para('Dr Price welcomed members and noted the apologies. Insp Doyle had sent a written update on strategy discussions.'),
          agenda.item('Minutes of 12 September 2025 and action log'),
          agenda.para('The minutes were agreed. Actions are recorded in the table at the end of these minutes.'),
          agenda.item('Partnership performance dataset – quarter 2'),
          agenda.para('Mike Davies presented the dataset. Re-referrals to children’s social care within 12 months had risen to 24%, and the number of children subject to a child protection plan for the second or subsequent time was 21%.'),
          agenda.para('Health visiting data was missing from the dataset for the second quarter running.'),
          agenda.item('Multi-agency audit – strategy discussions'),
          agenda.para('The audit of 20 strategy discussions found that police attended in all cases but health in only 11, and that education was invited in fewer than half.'),
          agenda.para('Leanne Shaw agreed to present the early help audit findings alongside this audit in March.'),
          agenda.item('Section 11 findings'),
          agenda.para('Thirty-two of thirty-five agencies returned the audit. Three small voluntary organisations had not responded.'),
          agenda.item('Joint targeted area inspection (JTAI) preparation'),
          agenda.para('Members discussed readiness for a JTAI. The partnership self-evaluation needs refreshing and frontline managers are not all familiar with the process.'),
          agenda.item('Any other business'),
          agenda.para('None.'),
          blank(),
          b('Actions'),
          table([
            ['No.', 'Item', 'Action', 'Lead', 'Due', 'Status'],
            ['1', '2.0', 'Circulate the revised multi-agency audit tool', 'ASa', '31/10/2025', '✓'],
            ['2', '2.0', 'Complete the multi-agency audit of neglect cases', 'LS', '30/01/2026', 'Carried forward'],
            ['3', '3.0', 'Add the health visiting new birth visit data to the dataset', 'AS', 'Next meeting', 'Open'],
            ['4', '3.0', 'Analyse the rise in re-referrals within 12 months', 'MDa', '14-Jan-26', 'Open'],
            ['5', '4.0', 'Write to the police about health and education attendance at strategy discussions', 'MD & the Chair', '16/01/26', 'Open'],
            ['6', '5.0', 'Follow up the three agencies that did not return the section 11 audit', 'Business Manager', 'w/c 5 January', 'Open'],
            ['7', '6.0', 'Prepare the partnership self-evaluation for the JTAI', 'HP/LS/AS', 'End of January', 'Open'],
            ['8', '6.0', 'Brief all frontline managers on the JTAI process', 'All agencies', '27 February 2026', 'Open'],
          ]),
          blank(),
          b('Meeting dates 2026'),
          p('All on Fridays, 10:00 – 12:00, Committee Room 3, Stourmouth Civic Centre:'),
          p('13 March'),
          p('12 June'),
          p('11 September'),
          p('11 December'),
          p('Extraordinary meeting (JTAI findings): Friday 24 April 2026, 14:00 – 15:30, Teams'),
        ],
      },
    ],
  });
