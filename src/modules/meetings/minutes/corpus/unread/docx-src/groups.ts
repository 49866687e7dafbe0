/**
 * The unread set's Word minutes of sub-groups and panels: a case review group (list numbering
 * `%1)` with lettered `%2)` points, attendance typed with tabs and manual line breaks, separate
 * tables of carried-forward and new actions), a police-chaired exploitation panel (header
 * table, attendance table with an Attendance column, `%1.` with `(%2)` points, inline
 * `(Action: …)` markers) and an ICB health group (`%1.0` numbering, attendance in side-by-side
 * pairs, an action tracker with RAG status and an Item column).
 */
import type { Document } from 'docx';
import { LevelFormat } from 'docx';
import { b, blank, label, p } from '../../pristine/docx-src/word.ts';
import { grid, heading, italic, listStyle, minutes, numbered } from './shapes.ts';

export function birchcombeCaseReviewGroup(): Document {
  const n = numbered('bcr');
  return minutes(
    [
      heading('Case Review Group', 28),
      p('Minutes of the meeting held on Wednesday 14 January 2026, 2.00pm – 4.00pm', { bold: true }),
      blank(),
      label('Venue:', 'Room 3, Birchcombe House and Microsoft Teams'),
      label('Chair:', 'Dr Miriam Osei-Tutu, Designated Nurse, NHS Kelmshire ICB'),
      blank(),
      b('Present:'),
      p(
        [
          'Dr Miriam Osei-Tutu\tDesignated Nurse, NHS Kelmshire ICB (Chair)',
          'Emma Warburton\tHead of Safeguarding and Review, Birchcombe Council',
          'DI Tom Carling\tPublic Protection Investigation Unit, Kelmshire Police',
          'Dr Ravi Menon\tDesignated Doctor, NHS Kelmshire ICB',
          'Julia Hext\tNamed Midwife, Fellbrook Hospitals NHS Trust',
          'Sean McArdle\tEducation Safeguarding Manager, Birchcombe Council',
          'Bethan Lloyd\tCase Review Officer, Birchcombe Safeguarding Children Partnership (minutes)',
        ].join('\v'),
      ),
      blank(),
      b('In attendance:'),
      p('Alan Kirkby\tIndependent Reviewer (item 4)'),
      blank(),
      b('Apologies:'),
      p(['Karen O’Neill\tHead of Early Help, Birchcombe Council', 'Dr Philippa Strand\tNamed GP, NHS Kelmshire ICB'].join('\v')),
      blank(),
      n.heading('Welcome and apologies'),
      n.point('The Chair welcomed members and reminded them that the discussion is confidential. Apologies were noted.'),
      n.heading('Minutes of the last meeting and action log'),
      n.point(
        'The minutes of the meeting on 12 November 2025 were agreed. The actions carried forward and the new actions from this meeting are set out at the end of these minutes.',
      ),
      n.heading('Serious incident notifications and rapid reviews'),
      n.point(
        'Two serious incident notifications had been made to the National Panel since the last meeting (RR-25-09 and RR-25-10). The rapid review for RR-25-09 had been completed within 15 working days and submitted on 9 January 2026.',
      ),
      n.point(
        'For RR-25-09 the group agreed that the learning was already being considered in Review B and that a separate local review was not needed. The National Panel’s response is awaited.',
      ),
      n.point(
        'The rapid review meeting for RR-25-10 was held on 8 January. DI Carling confirmed that the police investigation was continuing and that the disclosure position would need to be agreed before the review could be shared with the family.',
      ),
      n.heading('Local child safeguarding practice review – Review B'),
      n.point(
        'Alan Kirkby reported that the practitioner event held on 10 December had been well attended by social care, health and police practitioners, but that no GPs or school staff had taken part. He proposed a second, shorter session for them.',
      ),
      n.point('The draft report is expected at the end of February. The family have been told about the review and the mother has agreed to meet the reviewer.'),
      n.heading('Tracking recommendations from published reviews'),
      n.point(
        'EW presented the tracker. Of the 27 recommendations from the four reviews published since 2023, 19 are complete, 6 are in progress and 2 are overdue. Both overdue recommendations relate to the pre-birth protocol.',
      ),
      n.point('SMcA noted that schools had asked for a short summary of the learning from all four reviews.'),
      n.heading('National Panel annual report'),
      n.point(
        'Dr Menon summarised the themes of the National Panel’s annual report, in particular the continuing concerns about the safety of babies and about information sharing at times of transition. The group agreed that these themes were reflected in the local reviews.',
      ),
      n.heading('Any other business'),
      n.point('None.'),
      blank(),
      b('Actions carried forward from previous meetings'),
      grid(
        [
          ['No.', 'Action', 'Owner', 'Due', 'Status'],
          ['CR12', 'Publish the 7-minute briefing for Review A', 'BL', '30/11/2025', 'Completed'],
          ['CR14', 'Provide evidence of the training for midwives on the pre-birth protocol', 'JH', '31/12/2025', 'Overdue – update at next meeting'],
          [
            'CR17',
            'Update the partnership’s escalation policy to include disagreements about the need for a strategy discussion',
            'EW',
            '27/02/2026',
            'On track',
          ],
        ],
        { widths: [800, 5000, 900, 1300, 1600], fill: 'E2EFDA' },
      ),
      blank(),
      b('New actions'),
      grid(
        [
          ['No.', 'Item', 'Action', 'Owner', 'Due'],
          ['CR19', '3', 'Submit the rapid review for RR-25-10 to the National Panel', 'EW', '21/01/2026'],
          ['CR20', '3', 'Confirm the disclosure position for RR-25-10 with the Crown Prosecution Service', 'TC', 'Next meeting'],
          ['CR21', '4', 'Arrange a second practitioner session for GPs and school staff', 'AK / BL', '13.02.26'],
          ['CR22', '5', 'Follow up the two overdue recommendations with the agencies concerned', 'Chair', 'End of March'],
          ['CR23', '5', 'Prepare a summary of learning from the four published reviews for schools', 'SMcA and EW', '11/03/2026'],
          ['CR24', '6', 'Circulate the National Panel annual report to all members', 'BL', 'ASAP'],
        ],
        { widths: [800, 700, 5100, 1300, 1700], fill: 'E2EFDA' },
      ),
      blank(),
      b('Future meetings'),
      p('All 14:00 – 16:00, via Teams: Wednesday 11 March 2026; Wednesday 13 May 2026; Wednesday 8 July 2026.'),
    ],
    {
      lists: [listStyle('bcr', { text: '%1)' }, { format: LevelFormat.LOWER_LETTER, text: '%2)' })],
      banner: 'Birchcombe Safeguarding Children Partnership',
      marking: 'OFFICIAL-SENSITIVE',
      footer: 'OFFICIAL-SENSITIVE – do not forward',
      font: 'Verdana',
      size: 20,
      creator: 'Bethan Lloyd',
    },
  );
}

export function cullingfordMacePanel(): Document {
  const n = numbered('mace');
  return minutes(
    [
      heading('Multi-Agency Child Exploitation (MACE) Strategic Panel', 28),
      heading('Minutes', 24),
      grid(
        [
          ['Date', 'Thursday 26 February 2026'],
          ['Time', '10:00 – 12:00'],
          ['Venue', 'Training Suite, Cullingford Police Station'],
          ['Chair', 'DCI Marcus Thorne, Kelmshire Police'],
        ],
        { header: false, boldFirstColumn: true, widths: [1800, 7800] },
      ),
      blank(),
      b('Attendance'),
      grid(
        [
          ['Name', 'Organisation', 'Role', 'Attendance'],
          ['DCI Marcus Thorne', 'Kelmshire Police', 'Chair', 'Present'],
          ['Shona Ridley', 'Cullingford Council', 'Exploitation and Missing Service Manager', 'Present'],
          ['Dr Ade Bankole', 'NHS Kelmshire ICB', 'Designated Doctor', 'Apologies'],
          ['Vicky Amos', 'Fellbrook Hospitals NHS Trust', 'Named Nurse', 'Present'],
          ['DS Carys Nolan', 'Kelmshire Police', 'Exploitation Hub', 'Present'],
          ['Liam Fraser', 'Cullingford Council', 'Youth Justice Service Manager', 'Present'],
          ['Yasmin Khalil', 'Cullingford Council', 'Community Safety Manager', 'Present'],
          ['Anna Petts', 'Cullingford Council', 'Residential Services Manager', 'Absent'],
          ['Leon Barker', 'Cullingford Homes', 'Tenancy Services Manager', 'Present'],
          ['Gail Sutcliffe', 'Cullingford Council', 'Education Inclusion Lead', 'Present'],
          ['Chris Norton', 'Cullingford Youth Outreach', 'Detached Youth Work Lead', 'Present'],
          ['Marie Lundy', 'Kelmshire Probation Service', 'Senior Probation Officer', 'Apologies'],
          ['Priyanka Sood', 'Cullingford Safeguarding Children Partnership', 'Business Support (minutes)', 'Present'],
        ],
        { widths: [2300, 2900, 3000, 1400], fill: 'FCE4D6' },
      ),
      blank(),
      n.heading('Welcome, introductions and apologies'),
      n.point('The Chair welcomed members. Apologies were noted as shown in the attendance table.'),
      n.heading('Minutes and actions from 11 December 2025'),
      n.point('The minutes were agreed as accurate.'),
      n.point('Hotel and taxi licensing awareness sessions: complete.'),
      n.point(
        'SR is still completing the mapping of children placed in Cullingford by other local authorities who are linked to exploitation and will report to the next meeting (Action: SR, carried forward).',
      ),
      n.heading('Exploitation profile – Quarter 3 2025/26'),
      n.point(
        'DS Nolan presented the profile. 142 children were on the exploitation tracker at the end of December (Q2: 131), of whom 61% were at risk of criminal exploitation, 27% of sexual exploitation and 12% of both. 38 children were added during the quarter and 17 of the children on the tracker were aged 12 or under.',
      ),
      n.point(
        'Three locations account for a large share of the intelligence reports: the bus station, the retail park and the town centre car parks. Intelligence from partners other than the police remains low.',
      ),
      n.point(
        'Members agreed that all agencies would promote the partnership intelligence form with front-line staff (Action: All partners by 31 March 2026).',
      ),
      n.heading('Disruption activity and the night-time economy'),
      n.point(
        'Yasmin Khalil reported that 22 hotels and 4 taxi firms had signed up to the awareness scheme. The hotel watch scheme would be extended to the two new hotels on the ring road (Action: YK).',
      ),
      n.point(
        'Leon Barker reported four suspected cases of cuckooing in housing association flats since October. Leon Barker and DS Nolan would arrange joint visits to the flats identified (Action: Leon Barker and DS Nolan).',
      ),
      n.heading('Education – exclusions and exploitation'),
      n.point(
        'Gail Sutcliffe reported that 9 of the 14 children permanently excluded this academic year were known to the exploitation tracker. Members agreed that the inclusion panel should be able to refer directly to the exploitation hub.',
      ),
      n.point('A joint referral route from the inclusion panel to the exploitation hub would be developed (Action: GS and CN).'),
      n.heading('Return home interviews'),
      n.point(
        'Shona Ridley reported that return home interviews were offered after 87% of missing episodes in Q3 and completed after 64%. Young people placed from other areas were the least likely to take up the offer.',
      ),
      n.point('The full return home interview report would be circulated to panel members (Action: SR by 13 March 2026).'),
      n.heading('Any other business'),
      n.point('Liam Fraser said he would circulate the dates of the contextual safeguarding training for youth justice staff, which panel members are welcome to attend.'),
      n.heading('Date of next meeting'),
      n.point('Thursday 30 April 2026, 10:00 – 12:00, Training Suite, Cullingford Police Station.'),
      n.point('Thursday 25 June 2026, 10:00 – 12:00, venue to be confirmed.'),
      blank(),
      italic('Minutes taken by Priyanka Sood. Please send any corrections to the MACE mailbox within 10 working days.'),
    ],
    {
      lists: [listStyle('mace', { text: '%1.' }, { format: LevelFormat.LOWER_LETTER, text: '(%2)' })],
      banner: 'Cullingford Safeguarding Children Partnership',
      marking: 'OFFICIAL',
      footer: 'Not for onward circulation without the agreement of the Chair',
      font: 'Arial',
      creator: 'Priyanka Sood',
    },
  );
}

export function farrowdaleHealthGroup(): Document {
  const n = numbered('fhg');
  return minutes(
    [
      heading('Farrowdale Health Safeguarding Children Group', 28),
      p(
        'Minutes of the meeting held on Wednesday 15 July 2026, 13:30 – 15:30, Boardroom, Farrowdale Health Centre and MS Teams',
        { bold: true },
      ),
      blank(),
      label('Chair:', 'Dr Gillian Rook, Designated Nurse for Safeguarding Children, NHS Kelmshire ICB'),
      blank(),
      b('Present'),
      grid(
        [
          ['Name', 'Role', 'Name', 'Role'],
          ['Dr Gillian Rook (Chair)', 'Designated Nurse, NHS Kelmshire ICB', 'Dr Sanjay Iyer', 'Designated Doctor, NHS Kelmshire ICB'],
          ['Hazel Prentice', 'Named Nurse, Fellbrook Hospitals NHS Trust', 'Dr Fiona Beck', 'Named GP, NHS Kelmshire ICB'],
          ['Ruth Okonjo', 'Named Midwife, Fellbrook Hospitals NHS Trust', 'Kate Moorcroft', 'Named Nurse, Kelmshire Partnership NHS Foundation Trust'],
          ['Jenny Tait', 'Safeguarding Lead, Farrowdale Community Health (0–19 service)', 'Sam Udeh', 'Head of Safeguarding, Kelmshire Ambulance Service'],
          ['Carol Fenby', 'Safeguarding Administrator (minutes)', '', ''],
        ],
        { widths: [2100, 2700, 2100, 2700], fill: 'DDEBF7' },
      ),
      blank(),
      p('Apologies: Dr Oliver Stamp (Named Doctor, Fellbrook Hospitals NHS Trust); Kirsten Hale (Designated Nurse for Looked After Children)'),
      blank(),
      italic('Actions agreed at this meeting are recorded in the action tracker at the end of these minutes.'),
      n.heading('Welcome, introductions and apologies'),
      n.point('GR welcomed members, in particular Sam Udeh, attending for the ambulance service for the first time. Apologies were noted.'),
      n.heading('Minutes of the previous meeting (13 May 2026) and action tracker'),
      n.point('The minutes were agreed. The action tracker was updated (see below).'),
      n.heading('Safeguarding children training compliance – Q1 2026/27'),
      n.point(
        'Compliance with level 3 safeguarding children training was 84% across the acute trust, 91% in community services and 79% in the mental health trust, against a target of 90%. GP practices report compliance annually, and the 2025/26 figure was 88% for GPs and 72% for practice nurses.',
      ),
      n.point('HP explained that the acute trust data could not yet be broken down by staff group because of a change of learning system.'),
      n.heading('Section 11 audit – health providers'),
      n.point(
        'GR reminded members that the partnership’s section 11 audit opens on 1 August and will use the same tool as in 2024, with a new standard on transitional safeguarding. Health providers will complete a single return each.',
      ),
      n.heading('Child death review – safer sleep'),
      n.point(
        'Dr Iyer reported that the child death overview panel had reviewed four infant deaths in the last year where unsafe sleep was a factor. In each case the family had received safer sleep advice, but the advice had not been repeated when circumstances changed.',
      ),
      n.point('RO and JT agreed that safer sleep should be part of the maternity discharge checklist and the new birth visit.'),
      n.heading('Was Not Brought – children’s appointments'),
      n.point(
        'Members discussed the differences between providers’ Was Not Brought policies. The mental health trust uses a separate pathway for CAMHS. Members agreed that a small audit of follow-up in paediatric outpatients would test whether the policies were working.',
      ),
      n.heading('Any other business'),
      n.point('The ICB’s summer safeguarding bulletin is ready to be circulated.'),
      n.heading('Date and time of next meeting'),
      n.point('Wednesday 16 September 2026, 13:30 – 15:30, Boardroom, Farrowdale Health Centre and MS Teams.'),
      n.point('Further dates: Wednesday 18 November 2026 and Wednesday 20 January 2027, same time and venue.'),
      blank(),
      b('Action tracker'),
      grid(
        [
          ['Ref', 'Raised', 'Item', 'Action', 'Lead', 'Due', 'RAG'],
          ['HS-41', '11.03.26', '6.0', 'Share the revised Was Not Brought policy template with all providers', 'GR', '30.04.26', 'Blue – complete'],
          ['HS-43', '13.05.26', '3.0', 'Provide level 3 training compliance by staff group', 'HP', '15.07.26', 'Amber – partial data'],
          ['HS-44', '13.05.26', '5.0', 'Confirm arrangements for safer sleep assessments by ambulance crews', 'SU', '30.06.26', 'Red – overdue'],
          ['HS-45', '15.07.26', '3.0', 'Report GP practice training compliance by practice', 'FB', '16.09.26', 'Green – new'],
          ['HS-46', '15.07.26', '4.0', 'Complete the section 11 self-assessment and return it to the ICB', 'All providers', '30.09.26', 'Green – new'],
          ['HS-47', '15.07.26', '5.0', 'Add safer sleep to the maternity discharge checklist and audit its use', 'RO / JT', 'Next meeting', 'Green – new'],
          ['HS-48', '15.07.26', '6.0', 'Audit Was Not Brought follow-up in paediatric outpatients', 'Named Nurses', 'October 2026', 'Green – new'],
          ['HS-49', '15.07.26', '6.0', 'Share the mental health trust’s Was Not Brought pathway for CAMHS', 'KM', '31.07.26', 'Green – new'],
          ['HS-50', '15.07.26', '7.0', 'Circulate the ICB summer safeguarding bulletin', 'GR', 'ASAP', 'Green – new'],
        ],
        { widths: [800, 1000, 700, 3700, 1300, 1200, 1200], fill: 'DDEBF7' },
      ),
    ],
    {
      lists: [listStyle('fhg', { text: '%1.0' }, { text: '%1.%2' })],
      banner: 'NHS Kelmshire Integrated Care Board',
      marking: 'OFFICIAL',
      footer: 'Farrowdale Health Safeguarding Children Group – July 2026',
      font: 'Arial',
      creator: 'Carol Fenby',
    },
  );
}
