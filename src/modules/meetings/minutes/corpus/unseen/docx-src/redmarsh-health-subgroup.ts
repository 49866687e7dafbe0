// Health sub-group minutes numbered "%1.0" with "%1.%2" paragraphs by Word, an attendance table
// with "(Chair)" after the name, and an action log whose first column is the timescale, with
// RAG and status columns and closed rows carried from the last meeting.
import { Document } from 'docx';
import { decimalLevels, heading, listed, pageFooter, pageHeader, para, table } from './parts.ts';

const item = (text: string) => listed('minutes', 0, text, { bold: true });
const point = (text: string) => listed('minutes', 1, text);

export const redmarshHealthSubgroup = () =>
  new Document({
    numbering: { config: [{ reference: 'minutes', levels: decimalLevels('%1.0', '%1.%2') }] },
    sections: [
      {
        headers: { default: pageHeader('Redmarsh Safeguarding Children Partnership') },
        footers: { default: pageFooter('Health Sub-group minutes – 8 July 2025') },
        children: [
          heading('Health Sub-group', 1),
          para('Tuesday 8 July 2025, 2.00pm – 4.00pm, Microsoft Teams'),
          table([
            ['Name', 'Initials', 'Designation', 'Organisation'],
            ['Dr Hannah Whitlam (Chair)', 'HW', 'Designated Doctor', 'Redmarsh and Fenby ICB'],
            [
              'Grace Adjei-Mensah',
              'GAM',
              'Designated Nurse, Safeguarding Children',
              'Redmarsh and Fenby ICB',
            ],
            ['Pawel Nowicki', 'PN', 'Named Nurse', 'Redmarsh Community Healthcare NHS Trust'],
            ['Sunita Bhattacharya', 'SB', 'Named Midwife', 'Redmarsh Hospitals NHS FT'],
            ['Liam O’Rourke', 'LOR', 'Named Nurse', 'Redmarsh Hospitals NHS FT'],
            ['Dr Fatima Zahra Benali', 'FZB', 'Named GP', 'Redmarsh and Fenby ICB'],
            ['Caroline Hesketh', 'CH', 'Safeguarding Lead', 'Northern Ambulance Service NHS Trust'],
            ['Megan Pryor', 'MP', 'CAMHS Safeguarding Lead', 'Redmarsh Mental Health NHS Trust'],
          ]),
          para('Notes taken by: Toby Garside (TG), Redmarsh and Fenby ICB'),
          para(
            'Apologies: Dr Rebecca Saunders (Named Doctor, Redmarsh Hospitals NHS FT); Daniel Obeng (Head of Safeguarding, Redmarsh Community Healthcare NHS Trust)',
          ),
          item('Welcome and apologies'),
          point('HW welcomed members. Apologies were noted and the meeting was quorate.'),
          item('Minutes of 13 May 2025 and action log'),
          point(
            'The minutes were agreed. Action 05/03 was closed: the pre-birth pathway had been sent to all GP practices. Action 05/04 remains open until cover for the community trust’s named nurse during maternity leave is confirmed.',
          ),
          item('Health contribution to rapid reviews'),
          point(
            'GAM reported that health information for the last four rapid reviews had been returned on time by the acute and mental health trusts, but that GP information had been late in three of the four.',
          ),
          point(
            'FZB explained that most practices had no named safeguarding administrator, so requests sent to general inboxes were missed.',
          ),
          item('Child protection medicals pathway'),
          point(
            'LOR reported two occasions in June when children had waited more than 24 hours for a child protection medical at the weekend. The on-call paediatric rota had since been changed.',
          ),
          item('Safeguarding supervision audit'),
          point(
            'MP presented the audit of safeguarding supervision in CAMHS: 64% of practitioners holding child protection cases had received supervision in the last three months, against a standard of 90%.',
          ),
          item('Looked after children health assessments'),
          point(
            'Initial health assessments completed within 20 working days of a child coming into care rose to 58% in Quarter 1. Delays in notification by the local authority remain the main cause.',
          ),
          item('AOB'),
          point('No other business was raised.'),
          para(
            'Future meetings: Tuesday 9 September 2025 and Tuesday 11 November 2025, both 2.00pm – 4.00pm via Teams.',
          ),
          para('Action log', { bold: true }),
          table(
            [
              ['Timescale', 'Ref', 'Action', 'Lead officer', 'Item', 'RAG', 'Status'],
              [
                '30.06.25',
                '05/03',
                'Share the revised pre-birth pathway with all GP practices',
                'FZB',
                '2.0',
                'Green',
                'Closed',
              ],
              [
                '31.07.25',
                '05/04',
                'Confirm named nurse cover for the community trust during maternity leave',
                'PN',
                '2.0',
                'Amber',
                'Open',
              ],
              [
                'Next meeting',
                '07/01',
                'Provide a summary of late health information requests for rapid reviews, with reasons',
                'GAM',
                '3.0',
                'Amber',
                'Open',
              ],
              [
                'Immediately',
                '07/02',
                'Remind emergency department staff of the child protection medicals pathway and out-of-hours contacts',
                'LOR',
                '4.0',
                'Red',
                'Open',
              ],
              [
                'End of Q3',
                '07/03',
                'Repeat the safeguarding supervision audit in CAMHS',
                'MP',
                '5.0',
                'Amber',
                'Open',
              ],
              [
                '30.09.25',
                '07/04',
                'Agree a route for sharing initial health assessment notification data with the local authority',
                'GAM / PN',
                '6.0',
                'Green',
                'Open',
              ],
              [
                'Sept 2025',
                '07/05',
                'Circulate the national guidance on safeguarding in digital health services',
                'TG',
                '7.0',
                'Green',
                'Open',
              ],
            ],
            [12, 8, 40, 12, 8, 10, 10],
          ),
        ],
      },
    ],
  });
