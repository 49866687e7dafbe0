/** Schools' DSL network, February 2025: Attended/Absent columns, "– apologies" in the Absent column, "ACTION (XX):" markers. */
import { blank, bold, bullet, heading, label, minutes, p, table } from './kit.ts';

export const name = 'hounslow-dsl-network';

export const build = () =>
  minutes({
    footer: 'Hounslow DSL Network – 6 February 2025',
    children: [
      heading(
        'Hounslow Designated Safeguarding Leads Network – Secondary, Special and Alternative Provision',
      ),
      label('Date:', 'Thursday 6 February 2025'),
      label('Time:', '9.30am-11am'),
      label('Location:', 'Microsoft Teams'),
      label('Facilitator & Chair:', 'Lorraine Hext – Education Safeguarding Adviser, Hounslow Council'),
      blank(),
      table(
        [
          ['Attended:', 'Absent:'],
          ['Lorraine Hext – Hounslow Council', 'Peter Oakes – Brentside Academy – apologies'],
          ['Bryony Achterberg – Cranford Park College', 'Claire Donnelly – Feltham Hill School'],
          ['Jasmine Kaur – Lampton Park School', 'Hamid Rauf – Heston Vale School – apologies'],
          ['Ellen Morgan – Gumley Court School', 'Tessa Lumb – Syon Park Special School – apologies'],
          ['David Mensah – Bedfont Heath School', ''],
          ['Grace Lin – Chiswick Reach School', ''],
          ['Oskar Nowak – Hanworth Vale Academy', ''],
          ['Rehana Akhtar – The Rivers Pupil Referral Unit', ''],
        ],
        { header: true },
      ),
      blank(),
      p(
        'Guest attendees: DS Kate Farrow – Metropolitan Police West Area; Joel Mensah – Hounslow Early Help Service',
      ),
      p('Minutes: Shirin Dhillon – Education Safeguarding Officer, Hounslow Council'),
      blank(),
      bold('1. Welcome, introductions and minutes of the last meeting (5 December 2024)'),
      bullet('LH welcomed everyone, in particular ON, who has taken over as DSL at Hanworth Vale Academy.'),
      bullet('The minutes of the last meeting were agreed.'),
      bullet('Actions from last meeting: all complete apart from the following, which continues:'),
      p(
        'ACTION (All): continue to tell LH about any requests for information about children who are not on the school’s roll – ongoing',
      ),
      bold('2. Part-time timetables and children missing education'),
      bullet(
        'LH reminded DSLs that, under the attendance guidance that became statutory in August 2024, schools must tell the local authority about every pupil on a part-time timetable and review each one at least every six weeks.',
      ),
      bullet(
        'Several DSLs reported pressure from parents to agree part-time timetables for pupils with emotionally based school avoidance.',
      ),
      p(
        'ACTION (DSLs): send LH the number of pupils on part-time timetables, with start dates, by 28 February',
      ),
      bold('3. Police notifications'),
      bullet(
        'KF explained the new process for police notifications to schools when a child has been present at a domestic abuse incident or has come to police attention for another reason. Notifications will now come through the secure email address of the DSL rather than the school office.',
      ),
      bullet(
        'Schools asked that notifications include whether a referral has been made to children’s social care.',
      ),
      p('ACTION (KF): circulate the updated police notification flowchart with the minutes'),
      bold('4. Early Help'),
      bullet(
        'JM presented the new Early Help request form, which replaces the Early Help assessment for families who need a single service. DSLs welcomed the shorter form.',
      ),
      p('ACTION (JM): send schools the link to the new early help request form and guidance by 14 February'),
      bold('5. Online safety and harmful sexual behaviour'),
      bullet(
        'GL described how her school responds to incidents of nude image sharing, using the UKCIS guidance, and the work of its student safeguarding ambassadors. GL said she would share her school’s nude image sharing flowchart with the network.',
      ),
      bullet('Members agreed that a shared bank of lesson materials on consent would be useful.'),
      p(
        'ACTION (EM/ DM): collect examples of relationships and sex education lessons on consent for the next meeting',
      ),
      bold('6. Transfer of child protection files'),
      bullet(
        'DSLs reported delays in receiving files when pupils join from schools outside the borough, particularly from independent schools.',
      ),
      p(
        'ACTION (LH/ SD): update the network guidance on transferring child protection files to reflect the wording of Keeping Children Safe in Education',
      ),
      bold('7. Any other business'),
      bullet(
        'RA raised the shortage of places at the pupil referral unit. This will be raised at the Schools Forum; no action for the network.',
      ),
      blank(),
      bold('Next meetings'),
      p('Thursday 3 April 2025, 9.30am-11am, Microsoft Teams'),
      p('Thursday 26 June 2025, 9.30am-12pm, Hounslow House – face to face, with lunch'),
    ],
  });
