/** Youth Justice Management Board, November 2024: the whole body is a three-column table (No. | Item / Discussion | Action / Lead). */
import { blank, bold, minutes, p, table, titled } from './kit.ts';

export const name = 'tower-hamlets-yjmb';

export const build = () =>
  minutes({
    header: 'OFFICIAL',
    footer: 'Tower Hamlets YJMB – 26 November 2024',
    children: [
      bold(
        'Minutes of the meeting of the Tower Hamlets Youth Justice Management Board held at Room C2.14, Tower Hamlets Town Hall, 160 Whitechapel Road on Tuesday 26 November 2024, 10:00–12:00',
      ),
      blank(),
      p(
        "Present: Richard Kemp, Corporate Director of Children's Services, Tower Hamlets Council (Chair); Sandra Whyte, Head of Youth Justice Service, Tower Hamlets Council; Rashid Khan, Detective Superintendent, Metropolitan Police Central East BCU; Gemma Lloyd, Head of Probation Delivery Unit, Probation Service; Dr Yusuf Bashir, Clinical Director for Children's Mental Health, East London NHS Foundation Trust; Natalie Quist, Head of Inclusion and Alternative Provision, Tower Hamlets Council; Victor Adeleke, Youth Court Legal Adviser, HM Courts and Tribunals Service.",
      ),
      p(
        'In attendance: Farida Begum, Youth Justice Performance Officer, Tower Hamlets Council; Chloe Barton, Business Support Officer, Tower Hamlets Council (minutes).',
      ),
      p(
        'Apologies were received from Cllr Amina Rahman (Tower Hamlets Council), Joe Harding (Tower Hamlets Community Safety Partnership) and Sinead Doyle (Victim Support).',
      ),
      blank(),
      table(
        [
          ['No.', 'Item / Discussion', 'Action / Lead'],
          [
            '1',
            titled(
              'Welcome, introductions and apologies',
              'The Chair welcomed members and noted the apologies. The Board was quorate.',
            ),
            '',
          ],
          [
            '2',
            titled(
              'Minutes of the meeting held on 24 September 2024 and action log',
              'The minutes were agreed as an accurate record. Actions 1 to 5 are complete. Action 6 (out-of-court disposal protocol) is not yet complete because the police guidance it depends on was only published in October; it is carried forward.',
            ),
            'SW to circulate the revised out-of-court disposal protocol to Board members by 13 December (carried forward)',
          ],
          [
            '3',
            titled(
              'Youth justice performance – Quarter 2 2024/25',
              'FB presented the performance report. There were 41 first time entrants in the rolling year, a rate of 186 per 100,000 young people, which is below London but above statistical neighbours. The reoffending rate for the latest cohort was 33.9%. Four children were sentenced to custody in the quarter. 61% of children were in suitable education, training or employment at the end of their order, and members were concerned that this figure had fallen for a third quarter.',
            ),
            'FB to add a breakdown of first time entrants by ethnicity and gender to the quarterly report\n\nNQ to provide the number of children open to the YJS who are on part-time timetables or in alternative provision by 03/12/2024',
          ],
          [
            '4',
            titled(
              'Disproportionality',
              'SW presented the findings of the audit of 30 cases of Black boys who received a court outcome in 2023/24. Half had been excluded from school before their first offence, and in a third of cases there had been earlier referrals to children’s social care that did not lead to an assessment. The Board welcomed the audit and agreed that it should be shared with the Safeguarding Children Partnership.',
            ),
            'RK to circulate the disproportionality audit report to Board members with the minutes',
          ],
          [
            '5',
            titled(
              'HMIP inspection readiness',
              'SW reported that the service expects an inspection under the new HM Inspectorate of Probation framework during 2025. The self-assessment is being updated and the Board will be interviewed as part of the inspection. The Chair agreed to write to the Youth Justice Board to ask about the timetable for the new framework.',
            ),
            'SW & GL to complete the HMIP self-assessment and share it with the Board by 31 January',
          ],
          [
            '6',
            titled(
              'Serious youth violence and the Serious Violence Duty',
              'Rashid Khan outlined the latest serious youth violence figures, which show a 12% fall in knife crime with injury among under-25s. Dr Bashir described the trauma-informed practice training given to YJS staff by ELFT and said he would share the ELFT trauma-informed practice guidance with Board members.',
            ),
            'All partners to confirm their lead officer for the Serious Violence Duty strategic needs assessment',
          ],
          [
            '7',
            titled(
              'Youth Justice Plan 2025/26',
              'SW explained the timetable for the plan, which must be submitted to the Youth Justice Board by the end of June. A draft will come to the May meeting.',
            ),
            'Noted – no action',
          ],
          [
            '8',
            titled(
              'Any other business',
              'VA reported that, from January, youth court cases will be listed at Thames Magistrates’ Court on Tuesdays and Thursdays only.',
            ),
            '',
          ],
          [
            '9',
            titled(
              'Dates of next meetings',
              'Tuesday 28 January, 10:00–12:00',
              'Tuesday 25 March, 10:00–12:00',
              'Tuesday 20 May, 14:00–16:00 – Youth Justice Plan sign-off',
            ),
            '',
          ],
        ],
        { header: true, widths: [700, 6000, 2900] },
      ),
    ],
  });
