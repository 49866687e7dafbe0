// Education partnership minutes typed without Word numbering: "1<tab>Title" items, "a)" points
// and "▪"/"o" bullets typed as characters, one attendee per line, and an ACTIONS AGREED table at
// the end (no item column) with Lead officer and Timescale; next dates carry no year.
import { Document } from 'docx';
import { heading, pageFooter, pageHeader, para, table } from './parts.ts';

const item = (n: number, title: string) => para(`${n}\t${title}`, { bold: true });

export const westmereEducationPartnership = () =>
  new Document({
    sections: [
      {
        headers: { default: pageHeader('Westmere Education Safeguarding Partnership Group') },
        footers: { default: pageFooter() },
        children: [
          heading('Westmere Education Safeguarding Partnership Group', 1),
          para('Monday, 23rd June 2025, 3.45pm – 5.15pm'),
          para('Westmere Professional Development Centre, Room 4'),
          para('Present:', { bold: true }),
          para('Aisling Brennan (Chair) – Head of Education Safeguarding, Westmere Council'),
          para('Chidi Okonkwo-Smith – Designated Safeguarding Lead, Westmere Academy'),
          para('Harriet Lowe – Headteacher, Fernside Primary School'),
          para('Rukhsana Begum – DSL, Westmere College'),
          para('PC Owain Roberts – Schools Liaison Officer, Westmere Police'),
          para('Natasha Kowalczyk – School Nursing Team Leader, Westmere Community Health NHS Trust'),
          para('Jonah Feld – Virtual School Headteacher, Westmere Council'),
          para('Mei Ling Chan – Independent Schools representative, St Bride’s School'),
          para('Amy Stokes – Education Safeguarding Officer (minutes)'),
          para('Apologies: Gareth Prosser (Westmere Diocesan Board of Education); Farida Haque (Early Help)'),
          item(1, 'Welcome and apologies'),
          para(
            'The Chair welcomed members, in particular Mei Ling Chan, who represents the independent schools.',
          ),
          item(2, 'Notes of the last meeting (24 March 2025)'),
          para('Agreed. All actions from the March meeting had been completed.'),
          item(3, 'Keeping Children Safe in Education 2025 – changes for schools'),
          para('AB summarised the changes. Members discussed:'),
          para('a)\tthe updated guidance on filtering and monitoring, and who in a school reviews it;'),
          para('b)\tthe new expectations on the use of mobile phones in school;'),
          para('c)\tthe clarified position on children who are absent from education for long periods.'),
          para('Members agreed that the termly DSL briefing in September should cover all three.'),
          item(4, 'Section 175 audit 2024/25 – findings'),
          para('AB presented the findings of the section 175 audit:'),
          para('▪\t89 of 92 schools returned the audit;'),
          para('▪\t11 schools rated themselves as not yet compliant on governor training;'),
          para('o\tmost of these were small primary schools with new governing boards;'),
          para('▪\t7 schools did not have a deputy DSL trained in the last two years.'),
          item(5, 'Child-on-child abuse and harmful sexual behaviour'),
          para(
            'PC Roberts reported an increase in reports of image-based abuse among pupils in Years 8 and 9. Natasha Kowalczyk said she would share the school nursing relationships and sex education resources with the group.',
          ),
          item(6, 'Attendance and children missing education'),
          para(
            'Jonah Feld reported that persistent absence among children in care had fallen to 19%. Members asked for the attendance data for children with a social worker to be shared with DSLs each half term.',
          ),
          item(7, 'Any other business'),
          para('None.'),
          para('ACTIONS AGREED', { bold: true }),
          table(
            [
              ['No.', 'Action', 'Lead officer', 'Timescale'],
              [
                '1',
                'Write to the 11 schools not yet compliant on governor training, offering the governor safeguarding course',
                'AB',
                '18.07.25',
              ],
              [
                '2',
                'Include the Keeping Children Safe in Education 2025 changes in the September DSL briefing',
                'the Chair',
                'Sept 2025',
              ],
              [
                '3',
                'Confirm which schools need deputy DSL training and book places on the autumn course',
                'COS / RB',
                '12-Sep-25',
              ],
              [
                '4',
                'Circulate the image-based abuse guidance for schools produced by the police',
                'PC Roberts',
                'Immediately',
              ],
              [
                '5',
                'Share half-termly attendance data for children with a social worker with DSLs',
                'JF',
                'Next meeting',
              ],
              [
                '6',
                'Complete the online filtering and monitoring self-review and return it to the education safeguarding team',
                'All DSLs',
                'End of autumn term',
              ],
            ],
            [6, 60, 17, 17],
          ),
          para('Dates for 2025/26 (all 3.45pm – 5.15pm, Room 4)', { bold: true }),
          para('Monday 6 October\tMonday 2 February\tMonday 15 June'),
        ],
      },
    ],
  });
