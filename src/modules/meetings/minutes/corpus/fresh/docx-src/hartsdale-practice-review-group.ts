// Practice review group: the partnership's name only in the page header, a title line ending
// "– Minutes", an unlabelled date-time-place line, a "Members present" table with a header,
// "In attendance" and "Minutes:" lines, apologies separated by semicolons, typed "(1)" item
// numbers, "Actions arising" lists, initials two members share, and the year's dates without
// years running into the next year.
import { blank, b, bullet, label, p, table, word } from './word.ts';

const item = (n: number, title: string) => b(`(${n})\t${title}`);

export const hartsdalePracticeReviewGroup = () =>
  word(
    [
      p('Practice Review Group – Minutes', { bold: true, size: 32 }),
      p('Tuesday 15 April 2025, 10.00am – 12.30pm, Meeting Room 1, Hartsdale House'),
      blank(),
      label('Chair:', 'Deborah Lyons (Head of Safeguarding, Hartsdale ICB)'),
      blank(),
      b('Members present'),
      table([
        ['Name', 'Role', 'Agency'],
        ['Deborah Lyons', 'Head of Safeguarding (Chair)', 'Hartsdale ICB'],
        ['Simon Marsh', 'Detective Inspector, Public Protection', 'Hartsdale Police'],
        ['Sophie Maddox', 'Principal Social Worker', 'Hartsdale Council'],
        ['Nikhil Kapoor', 'Partnership Business Manager', 'Hartsdale SCP'],
        ['Eleanor Voss', 'Named Nurse', 'Hartsdale Community Health'],
        ['Aaron Whitfield', 'Education Safeguarding Manager', 'Hartsdale Council'],
      ]),
      blank(),
      p('In attendance: Frances Delaney (Independent Reviewer) for item 3'),
      p('Minutes: Tilly Gray'),
      p('Apologies: Dr Kevin Asher (Designated Doctor); Louise Palmer (Hartsdale Probation)'),
      blank(),
      item(1, 'Welcome and apologies'),
      p('The Chair welcomed members and apologies were noted.'),
      item(2, 'Minutes of 18 February 2025 and matters arising'),
      p('The minutes were agreed. The family had not yet responded about the publication of the Child P review.'),
      p('Actions arising:'),
      bullet('NK to confirm the publication date of the Child P review with the family (carried forward)'),
      item(3, 'Rapid review – Siblings A and B'),
      p(
        'Frances Delaney presented the rapid review of two siblings, aged 4 and 15, who were found living in neglectful conditions after the older child was stopped by police late at night. The review identified missed opportunities when the younger child’s nursery attendance fell, and a lack of curiosity about the older child’s frequent absences from school.',
      ),
      p('Actions arising:'),
      bullet('FD to circulate the draft rapid review report to members by 30.04.25'),
      bullet('SM to report back w/c 12 May on whether the older sibling was known to the exploitation panel'),
      item(4, 'LCSPR – Child Q: progress against the action plan'),
      p(
        'Eleven of fifteen actions were complete. The health chronology for the review was now six weeks overdue, and the briefing sessions for schools and health staff had not yet been arranged.',
      ),
      p('Actions arising:'),
      bullet('Chair to escalate the delayed health chronology to the ICB Chief Nurse'),
      bullet('EV and AW to deliver the briefing sessions on the Child Q learning by end of April'),
      item(5, 'Referrals for consideration'),
      p(
        'Two referrals were considered. The group agreed that referral 2025/03 met the criteria for a rapid review and that referral 2025/04 did not, but that single-agency learning should be shared.',
      ),
      p('Actions arising:'),
      bullet('NK to notify the National Panel of the decision on referral 2025/03 by 22 April'),
      item(6, 'Any other business'),
      p('None.'),
      blank(),
      b('Dates for 2025/26 (10.00am – 12.30pm, Meeting Room 1, Hartsdale House)'),
      bullet('Tuesday 10 June'),
      bullet('Tuesday 9 September'),
      bullet('Tuesday 9 December'),
      bullet('Tuesday 10 March'),
    ],
    { header: ['Hartsdale Safeguarding Children Partnership'], footer: 'Practice Review Group – 15 April 2025 – ' },
  );
