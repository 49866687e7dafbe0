/**
 * Content of three of the newfound set's Word files: a partnership executive (Word list
 * numbering "%1." / "%1.%2", banner and OFFICIAL marking in the page header), an academy
 * governors' committee (typed numbers, underlined headings, action plan table) and a
 * quality assurance sub-group (numbering "%1)" on Word's heading style, attendance table with
 * an Initials and an Attendance column, "Action – … – XX" paragraphs).
 */
import type { Document } from 'docx';
import { b, blank, bullet, label, lead, list, numbering, p, u } from '../../pristine/docx-src/word.ts';
import {
  grid,
  italic,
  listFormat,
  minutesDocument,
  numberedHeading,
  numberedPara,
  tagged,
  title,
} from './shapes.ts';

export function mardenholtExecutive(): Document {
  const n = list('exec');
  return minutesDocument(
    [
      title('Safeguarding Partnership Executive – Minutes'),
      blank(),
      label('Date:', 'Thursday 11 December 2025'),
      label('Time:', '2.00pm – 4.00pm'),
      label('Venue:', 'Meeting Room 4, Mardenholt House'),
      label('Chair:', 'Andrea Whitfield, Director of Children’s Services'),
      blank(),
      b('Present'),
      grid(
        [
          ['Name', 'Role', 'Organisation'],
          ['Andrea Whitfield (Chair)', 'Director of Children’s Services', 'Mardenholt Council'],
          ['Det Supt Gareth Lyle', 'Head of Public Protection', 'Thamesmere Police'],
          [
            'Fiona Wardle',
            'Designated Nurse for Safeguarding Children (deputising for Carys Whitlock)',
            'NHS Mardenholt ICB',
          ],
          ['Professor Colin Mabey', 'Independent Scrutineer', '–'],
          ['Declan Moss', 'Assistant Director, Safeguarding and Quality Assurance', 'Mardenholt Council'],
          ['Dr Aruna Sethi', 'Designated Doctor for Safeguarding Children', 'NHS Mardenholt ICB'],
          ['DCI Paul Stride', 'Public Protection', 'Thamesmere Police'],
          ['Jenny Lomax', 'Partnership Business Manager', 'Mardenholt Safeguarding Children Partnership'],
          [
            'Tasha Greer',
            'Business Support Officer (minutes)',
            'Mardenholt Safeguarding Children Partnership',
          ],
        ],
        [2600, 3800, 2600],
        { shade: 'D9D9D9' },
      ),
      blank(),
      b('Apologies'),
      grid(
        [
          ['Name', 'Role', 'Organisation'],
          ['Carys Whitlock', 'Chief Nursing Officer', 'NHS Mardenholt ICB'],
          ['Emma Lucas', 'Head of Education', 'Mardenholt Council'],
        ],
        [2600, 3800, 2600],
        { shade: 'D9D9D9' },
      ),
      blank(),
      n.item('Welcome, introductions and apologies'),
      n.para(
        'AW welcomed members. Apologies were noted as above; FW was deputising for CW. The meeting was quorate, with all three safeguarding partners represented.',
      ),
      n.item('Minutes of the meeting on 9 October 2025 and action tracker'),
      n.para('The minutes were agreed as an accurate record.'),
      n.para('The action tracker was reviewed and updated:'),
      grid(
        [
          ['Ref', 'Action', 'Owner', 'Due', 'Update'],
          [
            'EX/41',
            'Agree the funding formula for partner contributions 2026/27',
            'AW / CW / GL',
            '28/11/2025',
            'Completed – see item 4',
          ],
          ['EX/43', 'Publish the yearly report on the partnership website', 'JL', '31/10/2025', 'Complete'],
          [
            'EX/44',
            'Provide police data on voluntary attendance interviews of children for the scrutineer',
            'PS',
            '28/11/2025',
            'Outstanding – data being validated',
          ],
          [
            'EX/45',
            'Confirm health representation on the Exploitation Sub-group',
            'FW',
            '11/12/2025',
            'Carried forward – nomination expected in January',
          ],
        ],
        [900, 4000, 1300, 1200, 1900],
        { shade: 'D9D9D9', size: 20 },
      ),
      n.item('Independent scrutiny report – Quarter 2'),
      n.para(
        'Professor Mabey presented his report for July to September 2025. He had observed two initial child protection conferences, the Exploitation Sub-group and a rapid review meeting, and had spoken to 26 front-line practitioners. Practitioners knew the escalation policy but few had used it; police attendance at strategy discussions held out of hours was inconsistent; and the partnership did not yet hear directly from children and families.',
      ),
      n.para(
        'Members welcomed the report. GL acknowledged the out-of-hours gap and explained the changes being made to the police rota from January.',
      ),
      lead(
        'ACTION: ',
        'DM to provide the scrutineer with the multi-agency audit programme and the outcomes of the last two audits by 9 January 2026.',
      ),
      lead('ACTION: ', 'All partners to respond to the scrutineer’s recommendations by the next meeting.'),
      n.item('Partnership budget 2026/27'),
      n.para(
        'JL presented the draft budget of £412,000 for 2026/27, based on the funding formula agreed at the November budget meeting (EX/41): 52% local authority, 28% ICB and 20% police. The ICB is still awaiting confirmation of its own allocation and cannot yet confirm its share.',
      ),
      lead(
        'ACTION: ',
        'AW, GL and CW to sign off the 2026/27 contributions once the ICB allocation is confirmed.',
      ),
      n.item('Rapid reviews and National Panel feedback'),
      n.para(
        'DM reported that three rapid reviews had been held since October, each within 15 working days. The National Panel agreed with the recommendations in all three and commended the quality of the second review. Common themes were the sharing of information about fathers and male carers, and the use of the pre-birth protocol.',
      ),
      n.para('Dr Sethi said she would share the Panel’s feedback with the named doctors’ network.'),
      lead(
        'ACTION: ',
        'JL to arrange a multi-agency learning event on the rapid review findings in the spring.',
      ),
      n.item('Education as a statutory safeguarding partner – readiness'),
      n.para(
        'DM outlined the proposals to make education a statutory safeguarding partner. Members agreed that schools, colleges and early years settings must be involved in designing the arrangements, and that the partnership should not wait for regulations.',
      ),
      lead(
        'ACTION: ',
        'DM and EL to set up an education safeguarding partner working group and report to the February meeting.',
      ),
      n.item('Any other business'),
      n.para(
        'Professor Mabey noted that several academies had not returned the section 175 audit for the second year running.',
      ),
      lead(
        'ACTION: ',
        'Chair to write to the Regional Director about academies’ participation in the section 175 audit.',
      ),
      n.item('Dates of meetings in 2026'),
      grid(
        [
          ['Date', 'Time', 'Venue'],
          ['Thursday 12 February', '2.00pm – 4.00pm', 'Meeting Room 4, Mardenholt House'],
          ['Thursday 16 April', '2.00pm – 4.00pm', 'Meeting Room 4, Mardenholt House'],
          ['Thursday 18 June', '10.00am – 1.00pm', 'Mardenholt Police Station – development session'],
        ],
        [2600, 2400, 4000],
        { shade: 'D9D9D9' },
      ),
    ],
    {
      font: 'Arial',
      lists: [numbering('exec', '%1.', 1, '%1.%2')],
      banner: 'Mardenholt Safeguarding Children Partnership',
      marking: 'OFFICIAL',
      creator: 'Tasha Greer',
      title: 'Partnership Executive minutes 11.12.25',
    },
  );
}

export function quillsbyCommittee(): Document {
  return minutesDocument(
    [
      p('QUILLSBY ACADEMY', { bold: true, size: 28 }),
      p(
        'Minutes of the meeting of the Safeguarding and Welfare Committee held on Monday 9 March 2026 at 4.30pm in the Library, Quillsby Academy',
        { bold: true },
      ),
      blank(),
      label(
        'Present:',
        'Mrs Gillian Hartley (Chair), Mr Kenneth Doyle (Headteacher), Mrs Parveen Akram (Safeguarding Link Governor), Dr Lewis Moran, Ms Rachel Ibbetson',
      ),
      label(
        'In attendance:',
        'Mrs Nadine Foster (Deputy Headteacher and DSL), Mr Jason Whitlow (Trust Safeguarding Lead), Mrs Carol Reid (Clerk)',
      ),
      label('Apologies:', 'Mr Ian Sheldon (accepted)'),
      label('Absent:', 'Revd Paul Kemble'),
      blank(),
      p('The meeting was quorate.'),
      blank(),
      u('1. Welcome, apologies and declarations of interest'),
      p(
        'The Chair welcomed everyone. Apologies from Mr Sheldon were received and accepted. No apologies had been received from Revd Kemble. There were no declarations of interest.',
      ),
      u('2. Minutes of the meeting held on 12 January 2026 and matters arising'),
      p('The minutes were approved as a correct record and signed by the Chair.'),
      p(
        'Governor training record: the Clerk reported that two governors had still not confirmed that they had read Part 1 of Keeping Children Safe in Education.',
      ),
      lead(
        'Action carried forward: ',
        'Clerk to update the governor training record to show KCSIE Part 1 confirmations.',
      ),
      u('3. Headteacher’s safeguarding report (Spring term 1)'),
      p(
        'The Headteacher and DSL presented the report, which had been circulated in advance. In the half term there had been 64 safeguarding concerns logged, 9 referrals to children’s social care and 3 early help assessments started. 18 pupils were open to children’s social care (child in need or child protection), and 11 pupils were in care.',
      ),
      italic(
        'Q: A governor asked why the number of concerns had risen by a third compared with the same period last year. A: The DSL explained that staff training in September had focused on low-level concerns and that more were now being recorded, which was the intention.',
      ),
      italic(
        'Q: A governor asked whether pupils with a social worker were more likely to be suspended. A: The Headteacher said that they were and agreed to bring the data to the committee (see action plan).',
      ),
      u('4. Single central record and safer recruitment'),
      p(
        'Mr Whitlow reported that the trust’s audit of the single central record in February had found it compliant, with two minor errors in dates of qualification checks, now corrected. Mrs Akram, as link governor, would like to see the record for herself.',
      ),
      u('5. Filtering and monitoring'),
      p(
        'The DSL reported that the annual filtering and monitoring review was under way with the trust’s IT provider. The review had already identified that alerts from the monitoring system went only to the DSL and not to the deputy DSLs.',
      ),
      u('6. Attendance and children missing education'),
      p(
        'Overall attendance for the half term was 92.4% and persistent absence 19.1%. Three pupils had attendance below 50%. No pupils had been removed from roll to be home educated since the last meeting.',
      ),
      u('7. Safeguarding policy review'),
      p(
        'The committee reviewed the updated child protection and safeguarding policy, which now reflects KCSIE 2025 and the trust’s template. The committee recommended the policy to the local governing body for approval.',
      ),
      u('8. Governor training'),
      p(
        'The Clerk reminded governors that the trust now requires all governors to complete Prevent awareness training. Dr Moran offered to share the training materials on trauma-informed practice that he uses in his NHS role.',
      ),
      u('9. Any other business'),
      p('None.'),
      u('10. Date of next meeting'),
      p(
        'Monday 11 May 2026 at 4.30pm in the Library. The final meeting of the year will be held on Monday 6 July 2026 at 4.30pm.',
      ),
      blank(),
      p('The meeting closed at 6.05pm.'),
      blank(),
      b('Action plan'),
      grid(
        [
          ['No.', 'Action', 'Responsibility', 'Deadline'],
          [
            '1',
            'Circulate the updated child protection and safeguarding policy to all governors',
            'Clerk',
            '16 March 2026',
          ],
          [
            '2',
            'Visit the academy to review the single central record with the Trust Safeguarding Lead',
            'Mrs Akram',
            'Summer term',
          ],
          ['3', 'Report on the outcome of the filtering and monitoring review', 'DSL', 'Next meeting'],
          [
            '4',
            'Provide data on suspensions of pupils with a social worker, by year group',
            'Headteacher',
            '30 April 2026',
          ],
          ['5', 'Complete the online Prevent awareness training', 'All governors', '27 March 2026'],
          ['6', 'Update the safeguarding page of the academy website', 'Mr Whitlow', 'Before Easter'],
          [
            '7',
            'Offer an early help assessment to the families of the three pupils with attendance below 50%',
            'DSL / Headteacher',
            '',
          ],
        ],
        [600, 5000, 1900, 1500],
        { shade: 'F2F2F2' },
      ),
      blank(),
      p('Signed ……………………………… (Chair)\tDate ………………'),
    ],
    {
      font: 'Calibri',
      banner: 'Quillsby Academy – Local Governing Body',
      creator: 'Carol Reid',
      title: 'SWC minutes March 2026',
    },
  );
}

export function stavenholmeQa(): Document {
  const item = (text: string) => numberedHeading('qa', text);
  const para = (text: string) => numberedPara('qa', 1, text);
  return minutesDocument(
    [
      title('Quality Assurance and Performance Sub-group'),
      grid(
        [
          ['Date', 'Wednesday 22 April 2026'],
          ['Time', '9.30am – 11.30am'],
          ['Venue', 'Room G.05, Stavenholme Council Offices'],
          ['Chair', 'Sian Greenhalgh'],
        ],
        [2000, 7000],
        { header: false, borders: false },
      ),
      blank(),
      grid(
        [
          ['Name', 'Initials', 'Role', 'Organisation', 'Attendance'],
          ['Sian Greenhalgh', 'SG', 'Head of Quality Assurance (Chair)', 'Stavenholme Council', 'Present'],
          [
            'Samuel Greaves',
            'SGr',
            'Service Manager, Children’s Social Care',
            'Stavenholme Council',
            'Present',
          ],
          ['Dr Petra Lindgren', 'PL', 'Designated Doctor', 'NHS Stavenholme ICB', 'Present'],
          ['Amrit Sandhu', 'AS', 'Performance and Intelligence Manager', 'Stavenholme Council', 'Present'],
          ['DS Warren Fisk', 'WF', 'Public Protection Unit', 'Wealdmoor Police', 'Present'],
          ['Joy Oyinlola', 'JO', 'Head of Early Help', 'Stavenholme Council', 'Present'],
          ['Nick Tranmer', 'NT', 'Education Safeguarding Adviser', 'Stavenholme Council', 'Present'],
          ['Imelda Hart', 'IH', 'Named Nurse', 'Stavenholme Community Health', 'Apologies'],
          ['Lisa Gorton', 'LG', 'Senior Probation Officer', 'Probation Service', 'Absent'],
          ['Katie Bramwell', 'KB', 'Quality Assurance Officer', 'Stavenholme SCP', 'Present'],
          ['Daisy Nolan', 'DN', 'Business Support (minutes)', 'Stavenholme SCP', 'Present'],
        ],
        [2100, 900, 2700, 2100, 1200],
        { shade: 'DEEAF6', size: 18 },
      ),
      blank(),
      item('Welcome and apologies'),
      para('SG welcomed members and noted apologies from IH. LG was absent.'),
      item('Notes and actions from 25 February 2026'),
      para('The notes were agreed. The actions were reviewed:'),
      grid(
        [
          ['Action', 'Owner', 'Due', 'Status'],
          ['Add re-referral rate by source of referral to the scorecard', 'AS', '25/03/26', 'Complete'],
          [
            'Share the early help audit findings with the Early Help Partnership Board',
            'JO',
            '31/03/26',
            'c/f – board meeting moved to May',
          ],
          ['Identify two schools to take part in the neglect audit', 'NT', '13/03/26', 'Done'],
          ['Confirm a police auditor for the voice of the child audit', 'WF', 'Next meeting', 'c/f'],
        ],
        [4800, 900, 1400, 1900],
        { shade: 'DEEAF6', size: 18 },
      ),
      item('Multi-agency audit – neglect'),
      para(
        'KB presented the findings of the multi-agency audit of neglect. 16 cases were audited by seven agencies. Strengths: good use of the Graded Care Profile in early help and consistent health visiting contact. Areas for development: drift in child in need plans beyond 12 months, and limited involvement of fathers in assessments.',
      ),
      para('SGr agreed that drift was an issue and described the new child in need review panel.'),
      tagged(
        'Action – ',
        'Circulate the final neglect audit report to the Partnership Executive by 15 May 2026',
        ' – KB',
      ),
      tagged(
        'Action – ',
        'Produce a practice briefing on the neglect audit findings for front-line staff',
        ' – SG / SGr',
      ),
      item('Performance scorecard – Quarter 3 2025/26'),
      para(
        'AS presented the scorecard. Contacts were up 6% on Quarter 2 and the conversion rate from contact to referral was stable at 27%. Police attendance at strategy discussions fell to 71% (Quarter 2: 84%).',
      ),
      tagged(
        'Action – ',
        'Add the timeliness of return home interviews to the scorecard from Quarter 1',
        ' – AS',
      ),
      tagged(
        'Action – ',
        'Review the fall in police attendance at strategy discussions and report back to the next meeting',
        ' – WF',
      ),
      item('Practice standards – voice of the child'),
      para(
        'JO presented the draft multi-agency practice standard on the voice of the child, developed with the Children in Care Council. Members agreed the standard, subject to adding a section on children who do not use words to communicate.',
      ),
      tagged(
        'Action – ',
        'All agencies to confirm their lead for the voice of the child practice standard by 29 May 2026',
      ),
      item('Quality assurance framework – annual review'),
      para(
        'SG introduced the annual review of the QA framework. Members agreed that single-agency audits should be reported to the sub-group twice a year rather than annually.',
      ),
      tagged('Action – ', 'Update the QA framework and bring the final draft to the June meeting', ' – SG'),
      item('Any other business'),
      para(
        'Dr Lindgren said she would share the ICB’s audit of safeguarding supervision in primary care with the sub-group.',
      ),
      item('Dates of next meetings'),
      para('All on Wednesdays, 9.30am – 11.30am, Room G.05, Stavenholme Council Offices, unless stated:'),
      bullet('17 June 2026'),
      bullet('16 September 2026'),
      bullet('9 December 2026 – via Teams'),
    ],
    {
      font: 'Verdana',
      size: 20,
      lists: [listFormat('qa', '%1)', { bold: true })],
      banner: 'Stavenholme Safeguarding Children Partnership',
      creator: 'Daisy Nolan',
      title: 'QA and Performance Sub-group notes',
    },
  );
}
