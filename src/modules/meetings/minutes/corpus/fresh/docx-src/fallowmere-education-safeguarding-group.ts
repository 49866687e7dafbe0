// Education group: partnership banner above the meeting's name, attendance as a table with a
// Present / Apologies column, items numbered by Word as "%1.0", "Action:" paragraphs with
// first-name owners (one first name shared by two members), the next meeting given inside
// AOB beside a conference that is not a meeting of the group.
import { blank, centred, label, list, numbering, p, table, word } from './word.ts';

const n = list('items');

export const fallowmereEducationSafeguardingGroup = () =>
  word(
    [
      centred('Fallowmere Safeguarding Children Partnership', 24),
      centred('Education Safeguarding Group'),
      blank(),
      label('Date:', 'Thursday 13 March 2025'),
      label('Time:', '9.30am – 11.30am'),
      label('Venue:', "Fallowmere Teachers' Centre, Mill Lane"),
      blank(),
      table(
        [
          ['Name', 'Setting / role', 'Present / Apologies'],
          ['Helen Ashby (Chair)', 'Education Safeguarding Lead, Fallowmere Council', 'Present'],
          ['Priya Natarajan', 'DSL, Fallowmere High School', 'Present'],
          ['Tom Ridley', "Headteacher, St Anne's CE Primary", 'Present'],
          ['Wendy Carr', 'Manager, Brookside Nursery', 'Apologies'],
          ['Tom Okonjo', 'Head of Centre, Fallowmere Pupil Referral Unit', 'Present'],
          ['Gareth Lyle', 'Trust Safeguarding Lead, Fallowmere Academy Trust', 'Present'],
          ['Nasreen Akhtar', 'Safeguarding Manager, Fallowmere College', 'Apologies'],
          ['Joe Whitaker', 'LADO, Fallowmere Council', 'Present'],
          ['Rosie Park', 'Education Safeguarding Officer (notes)', 'Present'],
        ],
        { widths: [30, 50, 20] },
      ),
      blank(),
      n.item('Welcome and apologies'),
      p('Helen welcomed the group. Apologies as above.'),
      n.item('Notes of the last meeting (16 January 2025)'),
      p('The notes were agreed. The updated KCSIE briefing slides had not been re-sent.'),
      p('Action: Rosie to re-send the updated KCSIE briefing slides to all DSLs (carried forward)'),
      n.item('LADO update'),
      p(
        'Joe reported 31 allegations against staff in the autumn term, 12 of which met the threshold for a LADO strategy meeting. Most referrals came from schools, and a third concerned physical intervention.',
      ),
      p('Action: Joe to circulate the LADO referral form with the new guidance notes'),
      n.item('Attendance and children missing education'),
      p(
        'The number of pupils on part-time timetables rose to 146 in the spring census. Primary schools asked for a simple template to monitor part-time timetables.',
      ),
      p('Action: Tom to share the part-time timetable monitoring template with primary DSLs by Friday 28 March'),
      n.item('Online safety and filtering standards'),
      p('Schools were at different stages in meeting the filtering and monitoring standards.'),
      p('Action: Priya and Gareth to draft a filtering and monitoring checklist for schools by 25 April 2025'),
      n.item('Any other business'),
      p(
        'Helen reminded members that the annual DSL conference will be held on Thursday 3 July 2025 at Fallowmere Conference Centre.',
      ),
      p('Action: All DSLs to book their places on the conference by 30 May'),
      p("The next meeting will be on Thursday 5 June 2025, 9.30 – 11.30am, at Fallowmere Teachers' Centre."),
    ],
    { lists: [numbering('items', '%1.0')] },
  );
