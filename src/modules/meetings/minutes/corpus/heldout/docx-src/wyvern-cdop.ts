/** CDOP, June 2025: header table, attendance table, Word-numbered items and sub-paragraphs, action log with RAG. */
import { blank, bold, bullet, heading, itemLevels, minutes, numbered, p, table } from './kit.ts';

export const name = 'wyvern-cdop';

const item = (text: string) => numbered('cdop', 0, text, true);
const para = (text: string) => numbered('cdop', 1, text);

export const build = () =>
  minutes({
    header: 'OFFICIAL-SENSITIVE – CONFIDENTIAL',
    footer: 'Wyvern Valley CDOP minutes – 18.06.2025',
    numbering: [{ reference: 'cdop', levels: itemLevels() }],
    children: [
      heading('MINUTES'),
      table([
        ['Meeting', 'Wyvern Valley Child Death Overview Panel (CDOP)'],
        ['Date', 'Wednesday 18 June 2025'],
        ['Time', '13:30 – 16:30'],
        ['Venue', 'Meeting Room 4, Wyvern House, Thornbury Road'],
        ['Chair', 'Dr Alison Creed'],
      ]),
      blank(),
      bold('Present'),
      table(
        [
          ['Name', 'Agency', 'Role'],
          ['Dr Alison Creed', 'Wyvern Valley Council – Public Health', 'Consultant in Public Health (Chair)'],
          ['Dr Tobias Marsh', 'Wyvern Valley Hospitals NHS Trust', 'Designated Doctor for Child Deaths'],
          ['Elaine Pryce', 'Wyvern Valley ICB', 'Designated Nurse for Safeguarding Children'],
          ['DI Mark Hollis', 'Wyvern Constabulary', 'Detective Inspector, Public Protection'],
          ['Deborah Moore', 'Wyvern Valley Council', 'Head of Safeguarding, Children’s Social Care'],
          ['Saira Latif', 'Wyvern Valley Council', 'Child Death Review Manager'],
          ['Gwen Ashby', 'Wyvern Valley Hospitals NHS Trust', 'Bereavement Nurse Specialist'],
          ['Dr Oliver Brandt', 'East Wyvern Primary Care Network', 'GP Safeguarding Lead'],
          ['Katy Fern', '', 'Lay Member'],
        ],
        { header: true },
      ),
      blank(),
      bold('Apologies'),
      bullet('Dr Hugh Kendal – Wyvern Ambulance Service NHS Trust'),
      bullet('Lisa Marchetti – Wyvern Valley Council – Education'),
      blank(),
      p(
        'Confidentiality: the information in these minutes about individual children and families is confidential. It is shared with panel members for the purposes of the child death review process only and must not be disclosed further.',
      ),
      item('Welcome, apologies and declarations of interest'),
      para(
        'AC welcomed members. Apologies were noted. No declarations of interest were made in respect of the cases on the agenda.',
      ),
      item('Minutes of the meeting held on 19 March 2025 and action log'),
      para('The minutes were agreed as an accurate record.'),
      para(
        'All actions from March are complete except M25-04 (translation of the safer sleep leaflet), which is carried forward to the log below because the public health translation budget has not yet been confirmed.',
      ),
      item('Case reviews'),
      para(
        'The panel reviewed four cases (CDOP refs 24/031, 24/036, 25/002 and 25/004). Two deaths were categorised as perinatal/neonatal events, one as sudden unexpected, unexplained death and one as chromosomal, genetic and congenital anomalies.',
      ),
      para(
        'Modifiable factors were identified in two cases: unsafe sleeping arrangements in one, and smoking in pregnancy and maternal obesity in the other. Details of the discussion are held in the confidential case records.',
      ),
      para(
        'The panel noted delays of up to five months in receiving post-mortem reports, which had held up the review of two cases.',
      ),
      item('Safer sleep campaign'),
      para(
        'EP presented the plans for the summer safer sleep campaign, which will be aimed at fathers and grandparents as well as mothers, and will include the risks of co-sleeping after alcohol or drug use.',
      ),
      para(
        'GA said she would include the campaign materials in the bereavement team’s training for ward staff.',
      ),
      item('Thematic review: deaths of young people by suicide'),
      para(
        'TM presented the thematic review of six deaths of young people aged 13 to 17 by suspected suicide between 2021 and 2024. Common themes were recent contact with emergency departments after self-harm, online harm, and the loss of a relationship or of a school place.',
      ),
      para(
        'The panel endorsed the recommendations and agreed that the review should be presented to the safeguarding partnership.',
      ),
      item('CDOP annual report 2024/25'),
      para(
        'SL presented the draft annual report. Members asked for comparison with national figures from the National Child Mortality Database.',
      ),
      item('Membership and terms of reference'),
      para('Members noted that the lay member post will become vacant in September when KF stands down.'),
      item('Any other business'),
      para(
        'DM raised the review of deaths of children with a learning disability, which should be considered alongside LeDeR findings.',
      ),
      item('Date of next meeting'),
      para('Wednesday 17 September 2025, 13:30 – 16:30, Meeting Room 4, Wyvern House'),
      blank(),
      bold('Action log'),
      table(
        [
          ['Ref', 'Action', 'Lead', 'Target date', 'RAG'],
          [
            'M25-04 (c/f)',
            'Arrange translation of the safer sleep leaflet into Bengali, Polish and Romanian',
            'Public Health',
            'Q3',
            'Amber',
          ],
          [
            'J25-01',
            'Write to the coroner’s office about delays in receiving post-mortem reports',
            'AC',
            '04/07/2025',
            'Green',
          ],
          [
            'J25-02',
            'Present the suicide thematic review to the Wyvern Valley Safeguarding Children Partnership',
            'TM/ SL',
            '17 September 2025',
            'Green',
          ],
          [
            'J25-03',
            'Add National Child Mortality Database comparator data to the annual report',
            'SL',
            '31st July 2025',
            'Green',
          ],
          [
            'J25-04',
            'Share the safer sleep campaign materials with maternity, health visiting and family hubs',
            'EP & GA',
            'Ongoing',
            'Green',
          ],
          ['J25-05', 'Recruit a new lay member to the panel', 'CDOP Manager', 'Autumn', 'Amber'],
          [
            'J25-06',
            'Review deaths of children with a learning disability against LeDeR findings',
            'DM, TM and EP',
            'Next meeting',
            'Green',
          ],
        ],
        { header: true, widths: [1300, 4500, 1500, 1400, 900] },
      ),
      blank(),
      p('Signed: ……………………………… (Chair)          Date: ……………………'),
    ],
  });
