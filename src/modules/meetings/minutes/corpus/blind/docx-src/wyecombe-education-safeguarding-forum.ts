// Schools' forum minutes typed by a clerk: numbers and sub-paragraph numbers typed with tabs
// (no Word numbering), attendance one per line with "Also present", "Minutes:" and "Absent:",
// trailing "Action: …" at paragraph ends (posts, surnames with titles, first names), one action
// broken by a manual line break, and the next two meetings in prose.
import { Document } from 'docx';
import { STYLES, b, blank, heading, p, pageFooter } from './word.ts';

const item = (n: string, title: string) => b(`${n}\t${title}`);
const para = (n: string, text: string) => p(`${n}\t${text}`);

export const wyecombeEducationSafeguardingForum = (): Document =>
  new Document({
    styles: STYLES,
    sections: [
      {
        footers: pageFooter('Wyecombe Safeguarding in Education Forum – '),
        children: [
          heading('Wyecombe Safeguarding in Education Forum'),
          p('Minutes of the meeting held on Thursday 5 February 2026 at 1.30pm'),
          p('Venue: Wyecombe Teachers’ Centre, Lecture Room'),
          blank(),
          b('Present:'),
          p('Mrs Carol Okafor – Headteacher, Wyecombe Park Primary School (Chair)'),
          p('Ms Aisha Khan – Deputy Headteacher and DSL, Wyecombe High School'),
          p('Mr Paul Jarvis – Headteacher, Greenhill Special School'),
          p('Rachel Thwaite – DSL, Wyecombe Sixth Form College'),
          p('Nigel Ambler – Chair of Governors, Wyecombe Park Primary School'),
          blank(),
          b('Also present:'),
          p('Dr Imran Khan – Principal Educational Psychologist, Wyecombe Council'),
          p('Kelly Dunn – LADO, Wyecombe Council (item 3)'),
          p('Minutes: Patrice Lamb, Forum Clerk'),
          blank(),
          b('Apologies:'),
          p('Mr Simon Yeo – Headteacher, Ashgrove Academy'),
          p('Joanna Bright – Wyecombe Multi-Academy Trust'),
          p('Absent: Graham Cole (Wyecombe Independent School)'),
          blank(),
          item('1.', 'Welcome and apologies'),
          para('1.1', 'The Chair welcomed members, and Dr Khan and Kelly Dunn as guests.'),
          item('2.', 'Minutes of the previous meeting (27 November 2025) and matters arising'),
          para('2.1', 'The minutes were agreed as a true record.'),
          para('2.2', 'The LADO referral flowchart has still not been sent to independent schools and nurseries. The flowchart to be sent to all independent schools and nurseries by Friday 13 February. Action: KD'),
          item('3.', 'Allegations against staff – LADO annual report'),
          para('3.1', 'Kelly Dunn presented the LADO annual report. There were 164 contacts in 2024/25, of which 71 met the threshold for an allegation. Schools made 46% of referrals. Low-level concerns were not always recorded consistently.'),
          para('3.2', 'Members asked for a short guide for governors on handling low-level concerns. Action: Kelly Dunn / Nigel Ambler'),
          item('4.', 'Emotionally based school avoidance (EBSA)'),
          para('4.1', 'Dr Khan described the rise in referrals for emotionally based school avoidance, particularly at the transition to secondary school.'),
          para('4.2', 'A multi-agency EBSA guidance pack will be drafted for consultation by Monday 2 March 2026. Action: Imran'),
          item('5.', 'Online safety – filtering and monitoring'),
          para('5.1', 'Ms Khan reported on the DfE filtering and monitoring standards. Several schools had not yet tested their systems this year.'),
          para('5.2', 'Schools to review their filtering and monitoring provision against the DfE standards before the summer term. Action: All headteachers'),
          para('5.3', 'A template for reporting filtering breaches to governors to be shared\vwith the forum by the next meeting. Action: Ms Khan'),
          item('6.', 'Any other business'),
          para('6.1', 'Mr Jarvis raised concerns about escorts on school transport for pupils with SEND. Mr Jarvis will write to the transport team about escort training.'),
          para('6.2', 'Safeguarding on school transport to be added to the forward plan. Action: Chair'),
          blank(),
          p('The next meeting will be held on Thursday 26th March 2026 at 1.30pm via Teams. The summer meeting on Thursday 18th June 2026 will be a development session at Wyecombe Teachers’ Centre.'),
          blank(),
          p('The meeting closed at 3.35pm.'),
          blank(),
          p('Signed …………………………… (Chair)\tDate ……………'),
        ],
      },
    ],
  });
