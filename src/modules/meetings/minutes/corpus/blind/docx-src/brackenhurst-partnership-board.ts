// Board minutes: OFFICIAL page header, "Page N of M" footer, attendance table with an Initials
// column and a Present/Apologies column (two rows share RM), agenda numbers from Word's list
// numbering, and an action log with Raised/Status columns holding completed and closed rows.
import { Document } from 'docx';
import { STYLES, b, blank, heading, label, listNumbering, listed, p, pageFooter, pageHeader, table } from './word.ts';

const agenda = listed('agenda');

export const brackenhurstPartnershipBoard = (): Document =>
  new Document({
    styles: STYLES,
    numbering: { config: [listNumbering('agenda', '%1.')] },
    sections: [
      {
        headers: pageHeader('OFFICIAL'),
        footers: pageFooter('Brackenhurst SCP Board – 20 May 2025 – '),
        children: [
          heading('Brackenhurst Safeguarding Children Partnership Board'),
          heading('Minutes', 24),
          blank(),
          label('Date:', 'Tuesday 20 May 2025'),
          label('Time:', '09:30 – 12:00'),
          label('Venue:', 'Council Chamber, Brackenhurst Town Hall'),
          blank(),
          table(
            [
              ['Name', 'Initials', 'Role', 'Organisation', 'Attendance'],
              ['Professor Alan Whitby', 'AW', 'Independent Chair', '–', 'Present'],
              ['Claire Osborne', 'CO', 'Director of Children’s Services', 'Brackenhurst Council', 'Present'],
              ['Chief Supt Diane Rowe', 'DR', 'Local Policing Commander', 'Ambershire Police', 'Present'],
              ['Dr Femi Adebayo', 'FA', 'Designated Doctor', 'Brackenhurst and Oakhampton Vale ICB', 'Present'],
              ['Louise Carver', 'LC', 'Chief Nurse', 'Brackenhurst and Oakhampton Vale ICB', 'Apologies'],
              ['Rebecca Holt', 'RH', 'Head of Safeguarding', 'Brackenhurst Hospitals NHS Trust', 'Present'],
              ['Lesley Carmichael', 'LCa', 'Head of Education Safeguarding', 'Brackenhurst Council', 'Present'],
              ['Daniel Frost', 'DF', 'Head of Probation Delivery', 'Probation Service', 'Apologies'],
              ['Ruth Morgan', 'RM', 'Head of Early Help', 'Brackenhurst Council', 'Present'],
              ['Sarah Ng', 'SN', 'Partnership Business Manager', 'Brackenhurst SCP', 'Present'],
              ['Rhys Morgan', 'RM', 'Lay Member', '–', 'Present'],
              ['Tessa Lund', 'TL', 'Partnership Administrator (minutes)', 'Brackenhurst SCP', 'Present'],
            ],
            { widths: [24, 10, 28, 26, 12] },
          ),
          blank(),
          p('In attendance: Jonathan Pryce, Independent Reviewer (item 4)'),
          blank(),
          agenda.item('Welcome, introductions and apologies'),
          agenda.para('The Chair welcomed members and noted the apologies recorded above. Rhys Morgan was welcomed to his first meeting as a lay member.'),
          agenda.item('Minutes of the meeting held on 18 February 2025 and action log'),
          agenda.para('The minutes were agreed as an accurate record.'),
          agenda.para('The action log was reviewed and updated; it is reproduced at the end of these minutes.'),
          agenda.item('Independent Chair’s report'),
          agenda.para('The Chair reported on the regional Chairs’ meeting in April and on the national panel’s request for information about the rapid review of March.'),
          agenda.para('The Chair agreed to write to the regional Chairs’ network about the delay in the national panel’s response.'),
          agenda.item('Rapid review and LCSPR update'),
          agenda.para('Jonathan Pryce presented the emerging learning from the local child safeguarding practice review. Themes were the invisibility of fathers and male carers, the use of interpreters, and information sharing between adult mental health services and children’s services.'),
          agenda.para('Members agreed that a learning briefing should go out before the final report is published.'),
          agenda.item('Multi-agency safeguarding arrangements – yearly plan 2025/26'),
          agenda.para('Claire Osborne introduced the draft plan. The three priorities would remain neglect, exploitation and the voice of the child, with a new cross-cutting theme of transitions to adulthood.'),
          agenda.para('Partner contributions for 2025/26 had not yet been agreed by all three safeguarding partners.'),
          agenda.item('Section 11 and section 175 audits'),
          agenda.para('Sarah Ng reported that 38 of 41 section 11 returns had been received. The voluntary sector returns had been delayed by the change of audit tool.'),
          agenda.para('Lesley Carmichael reported a 96% return rate for section 175, with the independent schools still outstanding.'),
          agenda.item('Any other business'),
          agenda.para('The regional child exploitation group has asked each partnership to nominate a board member.'),
          agenda.para('The September development session will be held away from the Town Hall.'),
          blank(),
          p('The meeting closed at 11.50am.'),
          blank(),
          b('Action log'),
          table(
            [
              ['Ref', 'Raised', 'Item', 'Action', 'Lead', 'Due', 'Status'],
              ['A1/24', '12/11/2024', '2', 'Share the revised escalation policy with all schools and GP practices', 'LCa/RH', '28/02/2025', 'Complete'],
              ['A4/24', '12/11/2024', '6', 'Re-run the section 11 self-assessment for voluntary and community sector organisations', 'SN', '30/06/2025', 'Carried forward'],
              ['A7/24', '12/11/2024', '3', 'Write to the ICB about GP attendance at child protection conferences', 'AW', '31/03/2025', 'Open – overdue'],
              ['A9/24', '12/11/2024', '5', 'Agree the indicators for the partnership data dashboard', 'SN', '18/02/2025', 'Closed'],
              ['A01/25', '20/05/2025', '4', 'Circulate the rapid review learning briefing to all partner agencies', 'FA & RH', 'Next meeting', 'Open'],
              ['A02/25', '20/05/2025', '4', 'Arrange a practitioner learning event on the LCSPR findings', 'Business Manager', 'w/c 7 July', 'Open'],
              ['A03/25', '20/05/2025', '5', 'Agree the partner contributions for 2025/26', 'CO / Chief Supt Rowe / LC', '27.6.25', 'Open'],
              ['A04/25', '20/05/2025', '6', 'Report the section 175 returns from independent schools', 'LCa', '12/09/25', 'Open'],
              ['A05/25', '20/05/2025', '7', 'Nominate a board member to the regional child exploitation group', 'RM', '27/06/2025', 'Open'],
              ['A06/25', '20/05/2025', '7', 'Confirm the venue for the September development session', 'Tessa', 'ASAP', 'Open'],
            ],
            { widths: [8, 11, 6, 40, 14, 11, 10] },
          ),
          blank(),
          b('Future meeting dates'),
          table([
            ['Date', 'Time', 'Venue', 'Notes'],
            ['Tuesday 15 July 2025', '09:30 – 12:00', 'Council Chamber, Brackenhurst Town Hall', ''],
            ['Tuesday 16 September 2025', '09:30 – 15:00', 'Brackenhurst Fire Station Training Suite', 'Development session'],
            ['Tuesday 18 November 2025', '09:30 – 12:00', 'Council Chamber, Brackenhurst Town Hall', ''],
            ['Tuesday 17 February 2026', '09:30 – 12:00', 'TBC', ''],
          ]),
        ],
      },
    ],
  });
