/** Board, scrutiny and quality assurance minutes (all people fictional). Written to .docx by make-docx.ts. */
import { Document } from 'docx';
import {
  FONT,
  agendaNumbering,
  blank,
  bold,
  bullet,
  labelled,
  marking,
  numbered,
  p,
  pageFooter,
  table,
  title,
} from './docx-helpers.ts';

export function newhamQa(): Document {
  const { item, para } = numbered('agenda');
  return new Document({
    ...FONT,
    numbering: { config: [agendaNumbering('agenda')] },
    sections: [
      {
        headers: marking('OFFICIAL-SENSITIVE'),
        footers: pageFooter('NSCP QA and Performance Sub-Group – 14.05.24\t\t'),
        children: [
          title('Newham Safeguarding Children Partnership'),
          bold('Quality Assurance and Performance Sub-Group'),
          bold('Minutes'),
          table(
            [
              ['Date', 'Tuesday 14 May 2024'],
              ['Time', '13:30 – 15:30'],
              ['Venue', 'Newham Dockside, Room 1.14'],
              ['Chair', 'Dr Farida Haque, Designated Nurse, NHS North East London ICB'],
            ],
            { header: false, widths: [20, 80] },
          ),
          blank(),
          bold('Present'),
          table([
            ['Name', 'Agency', 'Initials'],
            ['Dr Farida Haque', 'NHS North East London ICB', 'FH'],
            ['Ronan Keane', 'Newham Council – Quality Assurance Service', 'RK'],
            ['Tasha Dennis', 'Newham Council – Children’s Social Care', 'TD'],
            ['Priya Bhatt', 'Newham Council – Early Help', 'PB'],
            ['DS Laura Clarke', 'Metropolitan Police – East Area BCU', 'LC'],
            ['Ifeanyi Okoro', 'East London NHS Foundation Trust', 'IO'],
            ['Rebecca Kaur', 'Barts Health NHS Trust', 'RKa'],
            ['Lucy Chambers', 'Newham Council – Education', 'LCh'],
            ['Wendy Lyons', 'Newham SCP (minutes)', 'WL'],
          ]),
          blank(),
          bold('Apologies'),
          table([
            ['Name', 'Agency'],
            ['Dr Olumide Bankole', 'Homerton Healthcare'],
            ['Sarah Finch', 'Newham Council – Youth Justice Service'],
            ['Graham Tull', 'Newham Council – Housing'],
          ]),
          blank(),
          item('Welcome and apologies'),
          para('FH welcomed members and apologies were noted. The meeting was quorate.'),
          item('Minutes of the previous meeting (12 March 2024) and action log'),
          para(
            'The minutes were agreed as a correct record. The action log was updated; one action remains outstanding and is carried forward:',
          ),
          p('ACTION: RK to circulate the revised multi-agency audit tool to all sub-group members'),
          item('Multi-agency audit: domestic abuse and children under five'),
          para(
            'RK presented the findings of the audit of ten cases of children under five living with domestic abuse. Risk was well identified at the point of referral, but in six cases the father or partner was not seen or assessed, and in four the health visitor was not invited to the strategy discussion.',
          ),
          para(
            'Members agreed that the learning should be shared quickly and linked to the partnership’s “Think Family” training.',
          ),
          p(
            'ACTION: RK/ TD to produce a learning briefing from the audit for practitioners by 31st May 2024',
          ),
          p('ACTION: PB to present the early help domestic abuse pathway at the next meeting'),
          item('Partnership performance dashboard – Quarter 4 2023/24'),
          para(
            'TD presented the Q4 dashboard. Re-referrals within 12 months were 19%, and 21% of child protection plans were second or subsequent plans, above the London average.',
          ),
          para(
            'LC reported that the police data in the dashboard still excluded domestic abuse notifications, which are recorded on a separate system.',
          ),
          p(
            'ACTION: LC to provide police data on domestic abuse notifications involving children\vfor inclusion in the dashboard by 28 June 2024',
          ),
          item('Section 11 audit 2024'),
          para(
            'The Business Unit will send out the section 11 self-assessment on 20 May. The challenge panel will be held in September.',
          ),
          p(
            'ACTION: All members to return the section 11 self-assessment to the Business Unit by Friday 21 June',
          ),
          item('Any other business'),
          para(
            'IO raised the waiting times for CAMHS assessments for children on child protection plans and will bring a report to the July meeting.',
          ),
          item('Date of next meeting'),
          p('Tuesday 9 July 2024, 13:30 – 15:30, Newham Dockside, Room 1.14'),
        ],
      },
    ],
  });
}

export function greenwichScrutiny(): Document {
  return new Document({
    ...FONT,
    sections: [
      {
        children: [
          bold('ROYAL BOROUGH OF GREENWICH'),
          blank(),
          bold(
            'MINUTES OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL held on Tuesday 23 January 2024 at 7.00 pm in Committee Room 4, The Woolwich Centre',
          ),
          blank(),
          p(
            'Councillors present: Cllr Denise Hart (Chair), Cllr Ibrahim Sesay (Vice-Chair), Cllr Maureen O’Connell, Cllr Tariq Aziz, Cllr Pippa Langford, Cllr Ewan McBride',
          ),
          p(
            'Co-opted members: Mr Graham Oakes (Church of England Diocese), Mrs Sunita Lal (Parent Governor)',
          ),
          p('Also present: Cllr Adrian Pope (Cabinet Member for Children and Young People)'),
          p(
            'Officers: Claire Rowntree (Director of Children’s Services), Matthew Obi (Assistant Director, Safeguarding and Social Care), Zainab Hussain (Head of Safeguarding Partnership), Leah Sutton (Scrutiny Officer)',
          ),
          blank(),
          bold('41.\tApologies for absence and substitutions'),
          p(
            'Apologies for absence were received from Cllr Rachel Fenn and Cllr Dominic Yeo. There were no substitutions.',
          ),
          bold('42.\tDeclarations of interest'),
          p('Mrs Lal declared a non-pecuniary interest as a governor of a Greenwich primary school.'),
          bold('43.\tMinutes'),
          p(
            'Resolved – That the minutes of the meeting held on 14 November 2023 be agreed and signed as a correct record.',
          ),
          bold('44.\tGreenwich Safeguarding Children Partnership – Annual Report 2022/23'),
          p(
            'Zainab Hussain introduced the annual report. She highlighted the partnership’s three priorities of neglect, adolescent safety and early help, and the increase in referrals from schools. In response to questions, the Director of Children’s Services explained that the number of children subject to a child protection plan had fallen because more families were being supported through early help.',
          ),
          p(
            'Members asked how the partnership measured the impact of its neglect strategy on children’s lives. The Director would provide the Panel with the outcomes framework for the neglect strategy (Action: Claire Rowntree).',
          ),
          p(
            'Cllr Aziz asked about the number of schools that had not completed the section 175 audit. The Head of Safeguarding Partnership would send members the list of schools by 29 February 2024 (Action: Zainab Hussain).',
          ),
          p(
            'ACTION: Scrutiny Officer to circulate the partnership’s neglect strategy to all members of the Panel',
          ),
          p('Resolved – That the annual report be noted.'),
          bold('45.\tChildren missing education'),
          p(
            'Matthew Obi presented the report on children missing education. 342 children were recorded as missing education in the autumn term, of whom 41 had been missing for more than 20 school days. Members were concerned about children who leave the borough without a new school being identified.',
          ),
          p(
            'Members requested that future reports include the number of children missing education who are known to children’s social care (Action: Matthew Obi).',
          ),
          p(
            'Resolved – That the report be noted and a further update be brought to the Panel in six months.',
          ),
          bold('46.\tWork programme 2023/24'),
          p(
            'The Panel considered its work programme. Members agreed to add an item on serious youth violence.',
          ),
          p('ACTION: Scrutiny Officer to add an item on serious youth violence to the work programme'),
          bold('47.\tDate of next meeting'),
          p('The next meeting will be held on Wednesday 13 March 2024 at 7.00 pm.'),
          blank(),
          p('The meeting ended at 9.12 pm.'),
          blank(),
          p('Chair ……………………………………'),
        ],
      },
    ],
  });
}

export function walthamForestBoard(): Document {
  const { item, para } = numbered('minutes');
  return new Document({
    ...FONT,
    numbering: { config: [agendaNumbering('minutes')] },
    sections: [
      {
        headers: marking('OFFICIAL'),
        footers: pageFooter(''),
        children: [
          title('Waltham Forest Safeguarding Children Partnership Board'),
          bold('Minutes'),
          labelled('Date:', 'Tuesday 19 March 2024'),
          labelled('Time:', '2.00 pm – 4.30 pm'),
          labelled('Venue:', 'Walthamstow Town Hall, Committee Room 3'),
          blank(),
          bold('Present:'),
          bullet('Dr Naveed Akhtar – Independent Chair'),
          bullet('Sarah O’Brien – Waltham Forest Council, Children and Family Services'),
          bullet('DCI Mike Harrow – Metropolitan Police, North East BCU'),
          bullet('Joy Adeleke – North East London ICB'),
          bullet('Chris Tanner – Waltham Forest Council, Education'),
          bullet('Hollie Quinn – Barts Health NHS Trust'),
          bullet('Amir Rashid – Waltham Forest Council, Community Safety'),
          bullet('Eileen Morgan – Lay Member'),
          bullet('Kelvin Osei – Waltham Forest SCP, Business Manager'),
          bullet('Jodie Fenton – Waltham Forest SCP (minutes)'),
          blank(),
          p(
            'Apologies were received from Cllr Grace Williams, Dr Paul Ennis (NELFT) and Bola Ajayi (Probation Service).',
          ),
          blank(),
          item('Welcome, introductions and apologies'),
          para(
            'The Chair welcomed members, in particular Hollie Quinn, who now represents Barts Health on the Board.',
          ),
          item('Minutes of the previous meeting and action log'),
          para(
            'The minutes of 12 December 2023 were agreed. The action log was reviewed and is attached; action 23/14 is carried forward.',
          ),
          item('Independent scrutiny – annual report'),
          para(
            'The Chair presented his annual scrutiny report. The Board’s arrangements were judged effective, with stronger engagement from schools. Two areas for development were identified: the use of data to understand the experience of children, and the involvement of young people in the work of the partnership.',
          ),
          item('Neglect strategy 2024–2027'),
          para(
            'SO presented the draft neglect strategy. Members welcomed the focus on early identification and asked for a consultation with partner agencies and young people before it is finalised.',
          ),
          item('MASH and front door review'),
          para(
            'SO and JA outlined the changes made to the front door since January, including the health practitioner now co-located in the MASH. The Board asked to see the impact of the changes on timeliness and on re-referrals.',
          ),
          item('Serious youth violence'),
          para(
            'MH presented the police analysis. Knife crime involving under-18s fell by 8% in 2023, but the number of children under 14 involved has risen. The Board asked for the police response to the needs assessment.',
          ),
          item('Partnership budget 2024/25'),
          para(
            'KO presented the budget. The three statutory partners have not yet agreed their contributions for 2024/25.',
          ),
          item('Any other business'),
          para('CT confirmed he will step down as schools’ representative at the end of the academic year.'),
          item('Future meeting dates'),
          bullet('Tuesday 18 June, 2.00 pm – 4.30 pm'),
          bullet('Tuesday 17 September, 2.00 pm – 4.30 pm'),
          bullet('Tuesday 10 December, 2.00 pm – 4.30 pm (development session)'),
          blank(),
          bold('Action log'),
          table(
            [
              ['Ref', 'Action', 'Lead', 'Due', 'Status'],
              [
                '23/14',
                'Share the NELFT 0–19 service review findings with the Board',
                'JA',
                'ASAP',
                'Carried forward',
              ],
              [
                '24/01',
                'Circulate the neglect strategy consultation to all partner agencies',
                'KO',
                '05/04/2024',
                'New',
              ],
              [
                '24/02',
                'Report on the impact of the MASH front door changes',
                'SO / JA',
                'Next meeting',
                'New',
              ],
              [
                '24/03',
                'Provide the police response to the serious youth violence needs assessment',
                'MH',
                '30 April 2024',
                'New',
              ],
              ['24/04', 'Confirm school representation on the Board for 2024/25', 'CT', 'Ongoing', 'New'],
              [
                '24/05',
                'Agree the partnership budget contributions for 2024/25',
                'Statutory partners',
                '31/03/2024',
                'New',
              ],
            ],
            { widths: [9, 47, 14, 16, 14] },
          ),
        ],
      },
    ],
  });
}
