/**
 * Content of three of the newfound set's Word files: a case review group whose minutes are
 * one `No. | Item | Discussion | Action | Owner | Due` table (one row with two actions in
 * separate paragraphs of the same cells), an ICB assurance group (Word numbering "%1.0" /
 * "%1.%2", bold ACTION leads, apologies as a heading row inside the attendance table, a log
 * of earlier actions with Raised, Item and Status columns at the end) and an exploitation
 * sub-group (Word numbering "Item %1", OFFICIAL-SENSITIVE page header, inline "(Action: …)").
 */
import type { Document } from 'docx';
import { b, blank, centred, label, lead, list, numbering, p } from '../../pristine/docx-src/word.ts';
import { grid, minutesDocument } from './shapes.ts';

export function ottermereCaseReview(): Document {
  return minutesDocument(
    [
      centred('CASE REVIEW GROUP', 30),
      centred('Minutes of meeting – Wednesday 14 January 2026, 10:00 – 12:00', 22),
      centred('Room 3.12, Ottermere Town Hall and Microsoft Teams', 22),
      blank(),
      b('Present:'),
      grid(
        [
          ['Dr Nathaniel Ferris (Chair)', 'Independent Chair, Case Review Group'],
          ['Gillian Orme', 'Head of Safeguarding Partnerships, Ottermere Council'],
          ['DI Kate Heslop', 'Public Protection, Thamesmere Police'],
          ['Sally Kirkbride', 'Designated Nurse, NHS Ottermere ICB'],
          ['Dr Jacob Ndiaye', 'Designated Doctor, NHS Ottermere ICB'],
          ['Priyanka Solanki', 'Service Manager, Children’s Social Care, Ottermere Council'],
          ['Hugh Penrose', 'Head of Education Safeguarding, Ottermere Council'],
          ['Nicola Ward', 'Independent Lead Reviewer (item 4)'],
          ['Zoe Kettle', 'Case Review Co-ordinator (minutes)'],
        ],
        [3200, 5800],
        { header: false, borders: false },
      ),
      blank(),
      label('Apologies:', 'Anthony Rudd (Probation Service), Dr Wendy Fox (Ottermere Hospitals NHS Trust)'),
      blank(),
      grid(
        [
          ['No.', 'Item', 'Discussion', 'Action', 'Owner', 'Due'],
          [
            '1',
            'Welcome and apologies',
            'The Chair welcomed members. Apologies were noted. No conflicts of interest were declared in relation to the reviews on the agenda.',
            '',
            '',
            '',
          ],
          [
            '2',
            'Minutes of 12 November 2025 and action log',
            'Minutes agreed. Actions 1 to 4 on the log are complete. Action 5 is carried forward: SK has consulted the health providers and will finalise the template.',
            'Finalise the single-agency chronology template',
            'SK',
            '27/02/2026',
          ],
          [
            '3',
            'Rapid review RR25/07 – progress on recommendations',
            'Five of the seven recommendations are complete. The two outstanding relate to multi-agency training on pre-birth assessment and the revised strategy discussion guidance.',
            'Confirm the date of the multi-agency training on pre-birth assessment\nCirculate the revised strategy discussion guidance to all partners',
            'GO\nDI Heslop',
            '13/02/2026\n30/01/2026',
          ],
          [
            '4',
            'LCSPR 24/02 – draft overview report',
            'NW presented the draft overview report. The learning themes are: professional curiosity about adults joining the household; the effect of repeated changes of social worker; and the use of the escalation policy. Members agreed the draft, subject to comments.',
            'Send comments on the draft overview report to the lead reviewer',
            'All members',
            '30/01/2026',
          ],
          [
            '5',
            'National Panel annual report – local implications',
            'GO summarised the Panel’s annual report. Members agreed it would be useful to compare the national themes with the findings of local reviews over the last three years.',
            'Map the Panel’s themes against local review findings for the March development session',
            'GO / HP',
            'March 2026',
          ],
          [
            '6',
            'Serious incident notifications',
            'Two serious incident notifications had been made to Ofsted since the last meeting. The group agreed that both met the criteria for a rapid review.',
            'Convene rapid review meetings for both notifications within 15 working days',
            'Chair',
            '23/01/2026',
          ],
          [
            '7',
            'Any other business',
            'PS raised the difficulty social workers have in attending practitioner events for reviews. The group agreed to offer events in the late afternoon. JN said he would ask the named doctors to encourage GP attendance.',
            '',
            '',
            '',
          ],
          [
            '8',
            'Date of next meeting',
            'Wednesday 11 March 2026, 10:00 – 12:00, Room 3.12 and Teams.\nDevelopment session: Wednesday 25 March 2026, 13:00 – 16:00, Council Chamber, Ottermere Town Hall.',
            '',
            '',
            '',
          ],
        ],
        [500, 1700, 3400, 2000, 800, 1000],
        { shade: 'BFBFBF', size: 18 },
      ),
    ],
    {
      font: 'Tahoma',
      size: 20,
      banner: 'Ottermere Safeguarding Children Partnership',
      marking: 'OFFICIAL-SENSITIVE',
      creator: 'Zoe Kettle',
      title: 'CRG minutes 14 January 2026',
    },
  );
}

export function pellingfordAssurance(): Document {
  const n = list('ag');
  return minutesDocument(
    [
      p('Safeguarding Children Assurance Group', { bold: true, size: 32 }),
      blank(),
      label('Date:', '24 February 2026'),
      label('Time:', '13:30 – 15:30'),
      label('Location:', 'Conference Room B, Pellingford House / MS Teams'),
      label('Chair:', 'Rosemary Quint, Deputy Chief Nurse'),
      blank(),
      grid(
        [
          ['Present', 'Designation', 'Organisation'],
          ['Rosemary Quint', 'Deputy Chief Nurse (Chair)', 'NHS Pellingford ICB'],
          ['Dr Samuel Okoye', 'Designated Doctor for Safeguarding Children', 'NHS Pellingford ICB'],
          ['Beverley Tranter', 'Designated Nurse for Safeguarding Children', 'NHS Pellingford ICB'],
          ['Dr Imran Aziz', 'Named GP for Safeguarding Children', 'NHS Pellingford ICB'],
          ['Kate Ormsby', 'Head of Quality, Primary Care', 'NHS Pellingford ICB'],
          ['Tracey Lund', 'Children’s Commissioning Manager', 'NHS Pellingford ICB'],
          [
            'Ruth Colley',
            'Named Nurse for Safeguarding Children',
            'Pellingford University Hospitals NHS Trust',
          ],
          ['Robert Blythe', 'Head of Safeguarding', 'Pellingford Community and Mental Health NHS Trust'],
          ['Leanne Drew', 'Safeguarding Administrator (minutes)', 'NHS Pellingford ICB'],
          ['**Apologies', '', ''],
          ['Dr Frances Mould', 'Chief Nurse', 'NHS Pellingford ICB'],
          ['Simon Ferrar', 'Named Midwife', 'Pellingford University Hospitals NHS Trust'],
        ],
        [2600, 3600, 2800],
        { shade: 'C6E0B4' },
      ),
      blank(),
      n.item('Welcome, apologies and declarations of interest'),
      n.para('RQ welcomed members and apologies were noted. There were no declarations of interest.'),
      n.item('Minutes of the meeting held on 16 December 2025'),
      n.para('The minutes were agreed as an accurate record.'),
      n.item('Matters arising and action log'),
      n.para('The action log was reviewed; the updated log is at the end of these minutes.'),
      n.item('Safeguarding children assurance dashboard – Quarter 3'),
      n.para(
        'BT presented the dashboard. Level 3 safeguarding children training compliance in the acute trust fell to 76% (target 90%); all other providers are above 85%. Referrals from the emergency department to children’s social care rose by 12%. The timeliness of initial health assessments for children in care remains the main concern, at 58% within 20 working days.',
      ),
      lead(
        'ACTION: ',
        'BT to ask the acute trust for a trajectory for Level 3 training compliance by 20 March 2026.',
      ),
      n.item('Provider safeguarding assurance visits'),
      n.para(
        'TL reported on the visits completed in Quarter 3 to the acute trust and the community and mental health trust. Both had good arrangements for safeguarding supervision; the acute trust’s safeguarding team had two vacancies.',
      ),
      lead(
        'ACTION: ',
        'TL and BT to agree the schedule of provider assurance visits for 2026/27 for the next meeting.',
      ),
      n.item('Child death overview panel – themes'),
      n.para(
        'SO presented the themes from the 23 child deaths reviewed by the panel in 2025. Modifiable factors were identified in 9, including unsafe sleep in 4 infant deaths and parental smoking in 3.',
      ),
      lead(
        'ACTION: ',
        'SO to present the CDOP thematic report on modifiable factors in infant deaths to the Quality Committee on 9 April 2026.',
      ),
      n.item('Learning from reviews – primary care'),
      n.para(
        'IA summarised the learning for primary care from the three rapid reviews and one LCSPR completed in 2025, including the need to record who accompanies a child to appointments and to follow up children who were not brought.',
      ),
      lead('ACTION: ', 'IA to circulate the GP safeguarding learning bulletin to all practices.'),
      lead('ACTION: ', 'Named GPs to include the learning in the March practice safeguarding leads’ forum.'),
      n.item('Risk register'),
      n.para(
        'RQ reviewed the safeguarding risks on the corporate risk register. Members agreed that the risk on initial health assessment delays should be increased, given the Quarter 3 position.',
      ),
      lead(
        'ACTION: ',
        'RQ to increase the risk score for initial health assessment delays on the corporate risk register.',
      ),
      n.item('Any other business'),
      n.para(
        'RB reported that the community and mental health trust had received its CQC inspection report, which rated safeguarding as good. RB agreed to share the trust’s action plan with the group once it is published.',
      ),
      n.item('Date and time of next meeting'),
      n.para('Tuesday 28 April 2026, 13:30 – 15:30, Conference Room B / MS Teams.'),
      n.para(
        'Further dates for 2026 (same time and place): Tuesday 23 June, Tuesday 22 September, Tuesday 24 November.',
      ),
      blank(),
      b('Action log – actions from previous meetings'),
      grid(
        [
          ['Ref', 'Raised', 'Item', 'Action', 'Lead', 'Due', 'Status'],
          [
            '25/31',
            '21/10/25',
            '5.0',
            'Complete the assurance visit to the independent hospital provider',
            'BT',
            '31/12/25',
            'Closed',
          ],
          [
            '25/36',
            '16/12/25',
            '4.0',
            'Obtain Level 3 training data for GP practices by practice',
            'IA',
            '24/02/26',
            'Open – partial data received',
          ],
          [
            '25/38',
            '16/12/25',
            '7.0',
            'Develop a template for GP reports to child protection conferences',
            'IA / KO',
            '28/04/26',
            'On track',
          ],
          [
            '25/39',
            '16/12/25',
            '8.0',
            'Add the risk on capacity in the designated team to the risk register',
            'RQ',
            '31/01/26',
            'Complete',
          ],
        ],
        [700, 1000, 600, 3300, 900, 1000, 1500],
        { shade: 'C6E0B4', size: 18 },
      ),
    ],
    {
      font: 'Arial',
      lists: [numbering('ag', '%1.0', 1, '%1.%2')],
      banner: 'NHS Pellingford Integrated Care Board',
      creator: 'Leanne Drew',
      title: 'SCAG minutes 24.02.26',
    },
  );
}

export function rookhamptonExploitation(): Document {
  const n = list('cems');
  return minutesDocument(
    [
      p('Child Exploitation and Missing Sub-Group', { bold: true, size: 30 }),
      p(
        'Minutes of the meeting held on Thursday 16 October 2025, 10.00am – 12.00pm, Committee Room 2, Rookhampton Civic Centre',
      ),
      blank(),
      b('Present'),
      p('Supt Lorna Maddox, Head of Public Protection, Wexmoor Police (Chair)'),
      p('Kieran Pascoe, Exploitation Team Manager, Rookhampton Council'),
      p('Sunil Varma, Head of Youth Justice, Rookhampton Council'),
      p('Dr Aoife Kinsella, Named Doctor for Safeguarding Children, Rookhampton General Hospital NHS Trust'),
      p('Hollie Mason, Missing Children Co-ordinator, Rookhampton Council'),
      p('DS Owen Tully, Child Exploitation Unit, Wexmoor Police'),
      p('Megan Price, Youth Service Manager, Rookhampton Council'),
      p('Lydia Crane, Senior Exploitation Practitioner, Rookhampton Council'),
      p('Tanya Hirst, Designated Nurse for Safeguarding Children, NHS Rookhampton ICB'),
      p('Paul Gregson, Community Safety Manager, Rookhampton Council'),
      p('Aisha Begum, Partnership Officer, Rookhampton Safeguarding Children Partnership (minutes)'),
      blank(),
      b('Apologies'),
      p('Marie Cotton, Head of Inclusion, Rookhampton Council'),
      p('Colin Whybrow, Senior Probation Officer, Probation Service'),
      blank(),
      n.item('Welcome and apologies'),
      n.para(
        'The Chair welcomed members and apologies were noted. Probation has not been represented for two meetings and will be asked to nominate a deputy.',
      ),
      n.item('Minutes of the last meeting and matters arising'),
      n.para('The minutes of the meeting held on 17 July 2025 were agreed.'),
      n.para('Actions carried forward from July:'),
      p(
        'KP and HM to agree a single definition of a missing episode for police and children’s services (Action: KP / HM).',
      ),
      n.para(
        'The return home interview audit was completed and reported to the Quality Assurance Sub-group in September; this action is closed.',
      ),
      n.item('Exploitation and missing dashboard – Quarter 1 2025/26'),
      n.para(
        'HM presented the dashboard: 173 missing episodes involving 88 children, 41% of them from children in care. Return home interviews were offered in 96% of episodes and completed in 68%. 52 children were open to the exploitation team at the end of June.',
      ),
      n.para(
        'The sub-group asked for the dashboard to include data on children placed out of area (Action: HM by 14 November 2025).',
      ),
      n.para(
        'DS Tully reported that the county lines threat assessment had been refreshed. The police will share the sanitised threat assessment with members (Action: DS Tully).',
      ),
      n.item('Transitional safeguarding – young people aged 18 to 25'),
      n.para(
        'SV and MP presented the case for a transitional safeguarding approach, as exploitation does not stop at 18. Adult social care were not represented at the sub-group. The Chair will write to the Director of Adult Social Services asking for a nominated representative (Action: Chair).',
      ),
      n.para(
        'SV and MP will scope a transitional safeguarding protocol with adult services for the January meeting (Action: SV / MP).',
      ),
      n.item('National Referral Mechanism – devolved decision-making pilot'),
      n.para(
        'LC updated members on the pilot: 14 referrals had been considered locally since April, with 12 positive reasonable grounds decisions. First responders in some agencies remain unclear about the referral route. All partners are asked to remind first responders of the NRM referral route and the local pilot contact (Action: All partners).',
      ),
      n.item('Exploitation strategy refresh'),
      n.para(
        'PG presented the first draft of the refreshed exploitation strategy for 2026–2029. Members should send comments on the draft to Aisha Begum by 31 October 2025 (Action: All members).',
      ),
      n.para(
        'TH noted that the draft did not describe the health contribution to disruption. She will draft a paragraph on the health contribution (Action: Tanya Hirst).',
      ),
      n.item('Any other business'),
      n.para(
        'Dr Kinsella said she would share the emergency department’s exploitation screening questions with the group.',
      ),
      n.item('Date of next meeting'),
      n.para('Thursday 15 January 2026, 10.00am – 12.00pm, Committee Room 2, Rookhampton Civic Centre'),
      n.para('Thursday 16 April 2026, 10.00am – 12.00pm, venue to be confirmed'),
    ],
    {
      font: 'Century Gothic',
      size: 20,
      lists: [numbering('cems', 'Item %1', 1, '%1.%2')],
      banner: 'Rookhampton Safeguarding Children Partnership',
      marking: 'OFFICIAL-SENSITIVE',
      creator: 'Aisha Begum',
      title: 'CEMS minutes',
    },
  );
}
