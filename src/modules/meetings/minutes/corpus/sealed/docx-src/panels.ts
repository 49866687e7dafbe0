// Panels and committees: a child death overview panel with Word "Item %1" numbering, a council
// corporate parenting panel with typed minute numbers, and a hospital trust committee with
// "%1.0" numbering, a Present/Apologies column and an action log with Raised dates.
import { b, blank, centred, list, numbering, p, table, word } from './word.ts';

export const bramcoteCdop = () => {
  const agenda = list('cdop');
  return word(
    [
      p(
        'Minutes of the Bramcote Vale and Castlereach Child Death Overview Panel held on Wednesday 17 July 2024 at 9.30am in the Boardroom, Bramcote Vale House',
        { bold: true },
      ),
      blank(),
      p(
        'Present:\vDr Priyanka Sen – Consultant in Public Health, Bramcote Vale Council (Chair)\vDr Marcus Holloway – Designated Doctor for Child Deaths, Bramcote Vale ICB\vRuth Adeyinka – Designated Nurse, Bramcote Vale ICB\vDS Kieran Moss – Major Crime Review Team, Westmarch Police\vYusuf Kaplan – Bereavement Nurse, Castlereach Hospitals\vGwen Tallis – Lay Member\vFiona Strachan – CDOP Co-ordinator (minutes)',
      ),
      blank(),
      p(
        'Apologies were received from Dr Tom Hale (Paediatric Pathologist) and Kasia Morawska (Children’s Social Care, Castlereach Council).',
      ),
      blank(),
      agenda.item('Apologies and declarations of interest'),
      p('Apologies were noted. No member declared an interest in the cases on the agenda.'),
      agenda.item('Minutes of the meeting held on 15 May 2024'),
      p(
        'The minutes were agreed. Matters arising: the guidance on sudden unexpected death in infancy for emergency departments has still not been updated. MH to complete the update by 30 August 2024 (Action: MH).',
      ),
      agenda.item('Annual report 2023/24 – data'),
      p(
        'FS presented the draft data for the annual report. The panel completed reviews of 38 deaths in 2023/24, 21 of them of infants under one year. Modifiable factors were identified in 13 reviews (34%). FS will prepare the annual report for submission to the Partnership Executive by 20/09/2024 (Action: FS).',
      ),
      agenda.item('Modifiable factors – themes'),
      p(
        'Unsafe sleeping arrangements were a factor in 6 of the infant deaths reviewed, and parental smoking in 5. Members discussed whether domestic abuse was under-recorded in the panel’s analysis.',
      ),
      p('ACTION: KM to confirm how many of the deaths reviewed involved a parent known to the police for domestic abuse'),
      agenda.item('Safer sleep campaign'),
      p(
        'The campaign materials have been refreshed with the maternity units. Gwen offered to review the campaign leaflets from a parent’s point of view (Action: Gwen).',
      ),
      p('ACTION: Dr Sen and Ruth Adeyinka to relaunch the safer sleep campaign with both maternity units in October'),
      agenda.item('Any other business'),
      p('Members found the new eCDOP system difficult to navigate.'),
      p('ACTION: CDOP Co-ordinator to circulate the eCDOP user guide'),
      agenda.item('Date of next meeting'),
      p(
        'The next meeting will be held on Wednesday 18 September 2024 at 9.30am in the Boardroom, Bramcote Vale House. The regional CDOP learning day is on Thursday 10 October 2024.',
      ),
    ],
    {
      lists: [numbering('cdop', 'Item %1')],
      header: ['OFFICIAL-SENSITIVE: PERSONAL'],
      footer: 'Bramcote Vale and Castlereach CDOP – ',
    },
  );
};

export const eastwickCorporateParenting = () =>
  word([
    centred('EASTWICK MARSH DISTRICT COUNCIL', 24),
    centred('CORPORATE PARENTING PANEL'),
    blank(),
    p(
      'Minutes of a meeting of the Corporate Parenting Panel held at the Council Offices, Eastwick Marsh on Monday 20 January 2025 at 5.30 pm',
    ),
    blank(),
    b('Members present:'),
    table(
      [
        ['Councillor Louise Hammond', 'Chairman'],
        ['Councillor Raj Patel', 'Vice-Chairman'],
        ['Councillor Pauline Dewar', ''],
        ['Councillor Tom Eccles', ''],
        ['Councillor Grace Oyelowo', ''],
      ],
      { header: false },
    ),
    p(
      'Officers in attendance: Debbie Larkin (Head of Children in Care), Oliver Mace (Virtual School Head), Nikhil Desai (Participation Officer), Sue Ingram (Democratic Services Officer)',
    ),
    p('Apologies for absence: Councillor Simon Friel'),
    blank(),
    b('31\tAPOLOGIES FOR ABSENCE'),
    p('Apologies were received from Councillor Friel.'),
    b('32\tDECLARATIONS OF INTEREST'),
    p('Councillor Dewar declared that she is a foster carer for a neighbouring authority.'),
    b('33\tMINUTES AND MATTERS ARISING'),
    p(
      'RESOLVED that the minutes of the meeting held on 18 November 2024 be signed as a correct record. Members’ visit to the Larchfield children’s home had been postponed. Sue Ingram would circulate the new date for the visit (Action: Sue Ingram).',
    ),
    b('34\tCHILDREN IN CARE – PERFORMANCE REPORT'),
    p(
      'Debbie Larkin presented the report. There were 186 children in care at the end of December (63 per 10,000 children), 11% of them placed more than 20 miles from home. 69% of children had been in the same placement for two years or more.',
    ),
    p('Members asked for the figures on placement stability to be shown against the national average in future reports.'),
    p('Action: Head of Children in Care'),
    b('35\tVIRTUAL SCHOOL ANNUAL REPORT'),
    p(
      'Oliver Mace presented the annual report. Persistent absence among children in care was 18%, and 4 children had been permanently excluded. Oliver Mace to provide members with the attendance figures for care leavers in further education by 14 February (Action: OM).',
    ),
    b('36\tVOICE OF CHILDREN IN CARE'),
    p(
      'Nikhil Desai reported on the Children in Care Council’s work on the pledge. Nikhil Desai to arrange for members of the Children in Care Council to attend the April meeting (Action: ND).',
    ),
    b('37\tCARE LEAVERS – COUNCIL TAX EXEMPTION'),
    p('RESOLVED to recommend to Cabinet that the council tax exemption for care leavers be extended to age 25.'),
    p('Sue Ingram to report the Panel’s recommendation to Cabinet on 11 February 2025. Action: Democratic Services'),
    b('38\tDATE OF NEXT MEETING'),
    p(
      'Monday 14 April 2025 at 5.30 pm. Members were invited to the Children in Care Council’s celebration event on Friday 28 March 2025.',
    ),
    blank(),
    p('The meeting closed at 7.15 pm.'),
  ]);

export const foxleyHealthCommittee = () => {
  const agenda = list('committee');
  return word(
    [
      centred('Safeguarding Children and Adults Committee'),
      centred('Minutes', 24),
      table(
        [['Date: Thursday 25 September 2025', 'Time: 14:00 – 16:00', 'Venue: Boardroom, Foxley General Hospital']],
        { header: false },
      ),
      blank(),
      table([
        ['Name', 'Title', 'Present / Apologies'],
        ['Jacqueline Moyo', 'Deputy Chief Nurse (Chair)', 'Present'],
        ['Dr Aled Hughes', 'Named Doctor for Safeguarding Children', 'Present'],
        ['Dr Alice Hart', 'Consultant Paediatrician', 'Present'],
        ['Bernice Oakley', 'Named Nurse for Safeguarding Children', 'Present'],
        ['Teresa Nowak', 'Named Midwife', 'Apologies'],
        ['Hollie Grant', 'Safeguarding Adults Lead', 'Present'],
        ['Femi Adeyemo', 'Head of Patient Experience', 'Apologies'],
        ['Rachel Sims', 'Designated Nurse, Foxley ICB (in attendance)', 'Present'],
        ['Leah Morgan', 'Safeguarding Administrator (minutes)', 'Present'],
      ]),
      blank(),
      agenda.item('Welcome and apologies'),
      agenda.para('The Chair welcomed members. Apologies were noted as above.'),
      agenda.item('Minutes of the previous meeting and action log'),
      agenda.para('The minutes of 26 June 2025 were approved. The action log was updated (below).'),
      agenda.item('Safeguarding children quarterly report (Q1 2025/26)'),
      agenda.para(
        'BO presented the report. The Trust made 214 referrals to children’s social care in the quarter, 38% of them from the emergency department. 97% of children attending the emergency department were checked against the child protection information system.',
      ),
      agenda.para(
        'Action: Bernice Oakley to add emergency department referrals as a separate line in the quarterly report',
      ),
      agenda.item('Safeguarding training compliance'),
      agenda.para(
        'Level 3 safeguarding children training compliance was 84% against a target of 90%. Maternity was the lowest at 71%.',
      ),
      agenda.item('Learning from reviews'),
      agenda.para('Dr Hughes summarised the learning from the latest local child safeguarding practice review.'),
      agenda.item('Any other business'),
      agenda.para('The Named Midwife will be on maternity leave from November.'),
      blank(),
      b('Action log'),
      table([
        ['No', 'Raised', 'Item', 'Action', 'Owner', 'Due', 'Status'],
        ['14', '26/06/2025', '2.0', 'Review the was-not-brought policy for paediatric outpatients', 'BO / AH', '31/07/2025', 'Open – overdue'],
        ['15', '26/06/2025', '4.0', 'Report level 3 training compliance by directorate', 'HG', '25/09/2025', 'Closed'],
        ['16', '25/09/2025', '3.0', 'Audit the recording of routine enquiry about domestic abuse in the emergency department', 'Named Nurses', '28th November 2025', 'Open'],
        ['17', '25/09/2025', '4.0', 'Escalate low level 3 compliance in maternity to the Divisional Director', 'Chair', '03/10/25', 'Open'],
        ['18', '25/09/2025', '5.0', 'Share the learning briefing from the practice review with all consultant staff', 'Dr Hughes', 'Next meeting', 'Open'],
        ['19', '25/09/2025', '6.0', 'Arrange cover for the Named Midwife during her maternity leave', 'JM / Rachel', 'October 2025', 'Open'],
      ]),
      blank(),
      p(
        'Dates of next meetings: Thursday 27 November 2025, Thursday 29 January 2026 and Thursday 26 March 2026, all 14:00 – 16:00 in the Boardroom, Foxley General Hospital. The Trust safeguarding conference is on 12 November 2025.',
      ),
    ],
    {
      lists: [numbering('committee', '%1.0')],
      header: ['Foxley Hospitals NHS Foundation Trust', 'OFFICIAL'],
      footer: '',
    },
  );
};
