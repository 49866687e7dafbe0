/**
 * Board, scrutiny and governors' minutes of the untrodden set: the Pellingham partnership board
 * (Word numbering `%1.` / `%1.%2`), the Tewsbury scrutiny committee (Word numbering from 41 with
 * lettered sub-paragraphs) and the Ulverdale governors' committee (typed numbers).
 */
import type { Document } from 'docx';
import { LevelFormat } from 'docx';
import { b, blank, bullet, centred, label, lead, list, numbering, p, table, u, word } from '../../pristine/docx-src/word.ts';
import { italic, listNumbering, plainList } from './shapes.ts';

export function pellinghamBoard(): Document {
  const n = list('board');
  return word(
    [
      centred('PELLINGHAM SAFEGUARDING CHILDREN PARTNERSHIP BOARD', 28),
      centred('MINUTES', 24),
      blank(),
      label('Date:', 'Wednesday 17 September 2025'),
      label('Time:', '10.00am – 12.30pm'),
      label('Venue:', 'Meeting Room 2, Pellingham Civic Offices, Nunsford Road'),
      label('Chair:', 'Judith Arkwright, Independent Chair and Scrutineer'),
      blank(),
      b('Present'),
      table([
        ['Name', 'Role', 'Organisation'],
        ['Judith Arkwright', 'Independent Chair and Scrutineer', 'Pellingham Safeguarding Children Partnership'],
        ['Dr Owen Castellano', 'Director of Children’s Services', 'Pellingham Borough Council'],
        ['Det Supt Karen Whitlow', 'Head of Public Protection', 'Tarrowmead Constabulary'],
        ['Fiona Beresford-Hale', 'Chief Nursing Officer', 'NHS Pellingham ICB'],
        ['Dr Rukhsana Qureshi', 'Designated Doctor for Safeguarding Children', 'NHS Pellingham ICB'],
        ['Claire Doherty', 'Head of Service, Safeguarding and Quality Assurance', 'Pellingham Borough Council'],
        ['Martin Ebbage', 'Head of Education Safeguarding', 'Pellingham Borough Council'],
        ['Sunil Ramdhanie', 'Head of Probation Delivery Unit', 'Probation Service'],
        ['Grace Ferrand', 'Chief Executive', 'Pellingham Council for Voluntary Service'],
        ['Anthony Lisle', 'Lay Member', ''],
        ['Kerry-Ann Mottram', 'Partnership Business Manager', 'Pellingham Safeguarding Children Partnership'],
        ['Beth Oyelaran', 'Partnership Officer (minutes)', 'Pellingham Safeguarding Children Partnership'],
      ]),
      blank(),
      lead('In attendance: ', 'Lewis Hardcastle (Independent Reviewer) for item 5'),
      lead(
        'Apologies: ',
        'Cllr Denise Harrop (Lead Member for Children), Superintendent Adam Kettering (Tarrowmead Constabulary), Rebecca Stainforth (Designated Nurse, NHS Pellingham ICB), Paul Whiteside (Headteacher, Otterhithe Academy)',
      ),
      blank(),
      n.item('Welcome, introductions and apologies'),
      n.para(
        'JA welcomed members, in particular Sunil Ramdhanie, attending his first Board since taking up the Probation Delivery Unit post, and Lewis Hardcastle, who joined for item 5. Det Supt Whitlow attended on behalf of Supt Kettering. Apologies were noted as above and the meeting was quorate, with all three safeguarding partners represented.',
      ),
      n.para('No declarations of interest were made.'),
      n.item('Minutes of the meeting held on 18 June 2025 and action tracker'),
      n.para('The minutes were agreed as an accurate record.'),
      n.para(
        'KM took members through the action tracker. Seven of the ten actions from June were complete and one is covered by item 6. The remaining two are carried forward:',
      ),
      lead('ACTION: ', 'KM to refresh the partnership risk register and bring it to the December Board (carried forward)'),
      lead(
        'ACTION: ',
        'OC and FBH to agree the funding formula for partner contributions for 2026/27 by 31 October 2025 (carried forward)',
      ),
      n.item('Independent Scrutineer’s report – Quarter 1 2025/26'),
      italic('Presented by: Judith Arkwright'),
      n.para(
        'JA presented her Quarter 1 report, which drew on a multi-agency audit of 24 strategy discussions held between April and June 2025, observation of two initial child protection conferences and a survey of 161 practitioners.',
      ),
      n.para(
        'Health attended or contributed to 15 of the 24 strategy discussions (63%) and police attended all but one. In nine cases the record did not show why health had not been invited. 72% of practitioners said they knew how to escalate a professional disagreement, compared with 58% in last year’s survey.',
      ),
      n.para(
        'Members discussed whether the Named GP function could be represented at strategy discussions held out of hours. RQ explained that the ICB was testing a duty rota with two GP federations.',
      ),
      lead(
        'ACTION: ',
        'CD to provide a breakdown of strategy discussions held without health or police attendance, by team and time of day, by 31 October 2025',
      ),
      lead('ACTION: ', 'RQ and FBH to report on the out-of-hours GP rota pilot to the next meeting'),
      n.item('Annual Report 2024/25'),
      n.para(
        'KM presented the final draft of the annual report, amended following comments from partners in August. It sets out progress against the partnership’s three priorities (neglect, child exploitation and the voice of the child), a summary of the two rapid reviews undertaken in the year and the independent scrutiny findings.',
      ),
      n.para(
        'Members approved the report, subject to the addition of the Probation Service’s contribution to the section on domestic abuse.',
      ),
      lead('ACTION: ', 'SR to send a paragraph on the Probation Service’s contribution to KM by 24 September'),
      lead(
        'ACTION: ',
        'Partnership team to publish the annual report and send it to the Child Safeguarding Practice Review Panel and the Department for Education by 30 September 2025',
      ),
      n.item('Child safeguarding practice reviews – progress report'),
      italic('Presented by: Kerry-Ann Mottram'),
      n.para(
        'KM reported that the partnership had made four serious incident notifications in the year to date, compared with six in the same period last year. Rapid reviews had been completed within 15 working days in all four cases, and the National Panel had agreed with the partnership’s recommendation in each case.',
      ),
      n.para(
        'Lewis Hardcastle updated the Board on the local child safeguarding practice review commissioned in March. Practitioner learning events had been held in July with 31 participants. The draft report is expected in November and will come to the Board in December for sign-off.',
      ),
      n.para(
        'Members noted the emerging themes: the impact of parental mental ill health on the care of babies, and the transfer of information when families move between local authority areas.',
      ),
      lead('ACTION: ', 'KW and RQ to nominate a police and a health representative for the review panel by 3 October 2025'),
      n.item('Families First for Children – multi-agency child protection teams'),
      n.para(
        'OC introduced a paper on the Families First reforms, including the requirement for multi-agency child protection teams bringing together social work, police, health and education practitioners. Pellingham had not been selected as a pathfinder area but will need arrangements in place during 2026/27.',
      ),
      n.para(
        'Members supported a phased approach beginning with the front door and agreed that education should be represented at the same level as the three safeguarding partners. It was agreed that a task and finish group would be set up, chaired by OC.',
      ),
      lead(
        'ACTION: ',
        'OC to bring a proposal for the multi-agency child protection team model, with costings, to the next meeting',
      ),
      n.item('Education safeguarding – elective home education and children missing education'),
      n.para(
        'ME reported that 588 children were registered as electively home educated on 1 September 2025, an increase of 14% on the previous year, and that 46% of new registrations in the summer term were of children with an identified special educational need. Notifications of children missing education rose to 212 in 2024/25.',
      ),
      n.para(
        'Members were concerned about the number of children withdrawn from school rolls while a child in need or child protection plan was in place. ME said he would check how many of the summer term registrations involved children open to children’s social care.',
      ),
      lead(
        'ACTION: ',
        'ME to present an analysis of elective home education registrations by age, need and reason given in March',
      ),
      n.item('Any other business'),
      n.para(
        'GF reported that voluntary sector take-up of the partnership’s safer recruitment training had doubled since the course moved online. GF would circulate the spring dates through the CVS bulletin.',
      ),
      n.para('The section 11 audit for 2025/26 will open on 1 November. KM asked partners to confirm a single lead for each agency.'),
      lead('ACTION: ', 'All partners to confirm their section 11 audit lead to the Partnership team by Friday 3 October'),
      n.item('Dates of future meetings'),
      table([
        ['Date', 'Time', 'Venue'],
        ['Wednesday 10 December 2025', '10.00am – 12.30pm', 'Meeting Room 2, Pellingham Civic Offices'],
        ['Wednesday 18 March 2026', '10.00am – 12.30pm', 'Meeting Room 2, Pellingham Civic Offices'],
        ['Wednesday 17 June 2026', '1.30pm – 4.00pm', 'Otterhithe Community Hub – development session'],
      ]),
      blank(),
      p('The meeting closed at 12.25pm.'),
    ],
    {
      lists: [numbering('board', '%1.')],
      header: ['Pellingham Safeguarding Children Partnership'],
      footer: 'PSCP Board minutes 17.09.25 – ',
      creator: 'Beth Oyelaran',
    },
  );
}

export function tewsburyScrutiny(): Document {
  const n = plainList('minutes');
  return word(
    [
      centred('TEWSBURY BOROUGH COUNCIL', 26),
      blank(),
      p(
        'MINUTES of the meeting of the CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE held on Monday 19 January 2026 at 6.30 pm in Committee Room 1, Tewsbury Town Hall',
        { bold: true },
      ),
      blank(),
      lead(
        'PRESENT: ',
        'Councillor Margaret Ingleby (Chair); Councillors Rashid Anwar (Vice-Chair), Philippa Dunmore, Gareth Leek, Brian Shaw (substitute), Susan O’Rourke-Bell and Trevor Vance',
      ),
      lead(
        'Co-opted Members: ',
        'David Quarmby (Diocesan Representative) and Aisha Rahman (Parent Governor Representative)',
      ),
      lead('Also present: ', 'Councillor Kieran Doyle (Cabinet Member for Children and Families)'),
      lead(
        'Officers: ',
        'Nicola Baverstock (Director of Children’s Services), Dominic Ahern (Head of Safeguarding and Quality Assurance), Yasmin Kaur (Head of Inclusion and Education Safeguarding), Emma Thackeray (Scrutiny Officer) and Jason Pike (Democratic Services Officer)',
      ),
      lead(
        'In attendance: ',
        'Lesley Marchant (Independent Chair, Tewsbury Safeguarding Children Partnership) for minute 44',
      ),
      blank(),
      n.item('Apologies for absence and substitutions'),
      p(
        'Apologies for absence were received from Councillor Helen Voss and from Revd Michael Tansley (co-opted member). Councillor Brian Shaw attended as substitute for Councillor Voss.',
      ),
      n.item('Declarations of interest'),
      p('Councillor Dunmore declared a non-pecuniary interest in minute 45 as a governor of Marlcombe Park School.'),
      n.item('Minutes of the previous meeting'),
      p(
        'RESOLVED: That the minutes of the meeting held on 17 November 2025 be approved as a correct record and signed by the Chair.',
      ),
      n.item('Tewsbury Safeguarding Children Partnership – Annual Report 2024/25'),
      p(
        'The Independent Chair of the Tewsbury Safeguarding Children Partnership, Lesley Marchant, presented the partnership’s annual report for 2024/25. She highlighted that:',
      ),
      n.para(
        'the number of children subject to a child protection plan had fallen from 302 to 264 (47.9 per 10,000 children), which remained above the statistical neighbour average;',
      ),
      n.para(
        'three rapid reviews had been undertaken, one of which had led to a local child safeguarding practice review that would be published in the spring;',
      ),
      n.para(
        'multi-agency training had reached 1,420 practitioners, although attendance by GPs and dental practices remained low.',
      ),
      p(
        'In response to questions from Members, the Independent Chair explained that the partnership’s scrutiny programme included an audit of neglect cases in February 2026 and that the findings would be reported to the Committee. Members asked how the views of children and young people had influenced the partnership’s priorities. The Director of Children’s Services said that the Youth Council had contributed to the priority on online harm.',
      ),
      lead(
        'ACTION: ',
        'Independent Chair to provide the Committee with the partnership’s multi-agency audit programme for 2026',
      ),
      p('RESOLVED: That the annual report be noted.'),
      n.item('Children Missing Education and Elective Home Education'),
      p(
        'The Head of Inclusion and Education Safeguarding introduced the report. At the end of the autumn term 497 children were recorded as electively home educated, compared with 431 a year earlier, and 139 children were recorded as missing education. 68% of children missing education were found within 20 school days.',
      ),
      p(
        'Members expressed concern at the number of children leaving school rolls in Year 10 and asked what information was collected about the reasons for withdrawal. Councillor Dunmore asked whether schools were challenged when a parent’s decision appeared to follow pressure from the school.',
      ),
      lead(
        'ACTION: ',
        'Head of Inclusion and Education Safeguarding to circulate a briefing note on the reasons recorded for withdrawal from school rolls, by year group, by 27 February 2026',
      ),
      p(
        'RESOLVED: That the report be noted, and that the Chair write to the Secretary of State in support of a statutory register of children not in school.',
      ),
      n.item('Ofsted Focused Visit – Progress against the Improvement Plan'),
      p(
        'The Director of Children’s Services reported on progress since the focused visit in June 2025, which had looked at the front door. Of the 23 actions in the improvement plan, 17 were complete and 6 were on track. Timeliness of decisions on contacts had improved, with 91% now made within 24 hours.',
      ),
      p(
        'Councillor Anwar asked whether Members could see the front door in operation, and whether repeat referrals were being looked at. It was agreed that a visit would be arranged.',
      ),
      lead(
        'ACTION: ',
        'Scrutiny Officer to arrange a visit to the Front Door for Members of the Committee before the next meeting',
      ),
      lead(
        'ACTION: ',
        'Councillor Anwar and Head of Safeguarding and Quality Assurance to agree the scope of a task and finish review of repeat referrals',
      ),
      p('RESOLVED: That progress against the improvement plan be noted.'),
      n.item('Work Programme 2025/26'),
      p(
        'The Scrutiny Officer presented the work programme. Members asked that the Virtual School annual report be brought forward to March and that an item on children’s mental health waiting times be added for April, with representatives of the Integrated Care Board invited.',
      ),
      lead(
        'ACTION: ',
        'Scrutiny Officer to update the work programme and invite the Integrated Care Board to the April meeting',
      ),
      p('RESOLVED: That the work programme, as amended, be agreed.'),
      n.item('Dates of future meetings'),
      p(
        'RESOLVED: That the remaining meetings of the Committee in the 2025/26 municipal year be held on Monday 16 March 2026 and Monday 20 April 2026, both at 6.30 pm in Committee Room 1.',
      ),
      blank(),
      p('The meeting ended at 8.47 pm.'),
      blank(),
      p('Chair ……………………………………'),
    ],
    {
      lists: [
        listNumbering('minutes', '%1.', { start: 41, subFormat: LevelFormat.LOWER_LETTER, subText: '(%2)' }),
      ],
      footer: 'Children and Young People Scrutiny Committee – 19 January 2026 – ',
      font: 'Times New Roman',
      creator: 'Jason Pike',
    },
  );
}

export function ulverdaleGovernors(): Document {
  return word(
    [
      centred('ULVERDALE PRIMARY ACADEMY', 26),
      centred('Safeguarding and Wellbeing Committee', 24),
      blank(),
      p('Minutes of the meeting held on Thursday 12 February 2026 at 4.00pm in the Library, Ulverdale Primary Academy'),
      blank(),
      lead(
        'Governors present: ',
        'Mrs Gillian Ashworth-Kerr (Chair), Mr Samuel Okonjo (Headteacher), Revd Philip Marwood, Ms Priya Venkataraman, Mr Daniel Fitzsimmons',
      ),
      lead(
        'In attendance: ',
        'Mrs Carol Tennyson (Deputy Headteacher and Designated Safeguarding Lead), Mr Ian Rudd (Trust Safeguarding Lead) for items 1–5, Miss Hannah Lowther (Clerk)',
      ),
      lead('Apologies: ', 'Mrs Joanna Stead (staff governor) – apologies received and consent given'),
      lead('Absent: ', 'Mr Vikram Bedi'),
      p('The meeting was quorate.'),
      blank(),
      u('1.\tWelcome, apologies and declarations of interest'),
      p(
        'The Chair welcomed everyone, in particular Mr Rudd from the Trust. Apologies from Mrs Stead were received and accepted. There were no declarations of interest.',
      ),
      u('2.\tMinutes of the last meeting (13 November 2025) and matters arising'),
      p('The minutes were approved as a true record and signed by the Chair. Actions from the last meeting:'),
      table([
        ['Action', 'Who', 'Status'],
        [
          'Arrange the Chair’s termly safeguarding monitoring visit, including a check of the single central record',
          'GAK / Headteacher',
          'Complete – visit took place 4 December',
        ],
        [
          'Circulate the updated Child Protection and Safeguarding Policy to all staff and obtain signed read receipts',
          'DSL',
          'Complete',
        ],
        [
          'Review the arrangements for recording concerns raised by lunchtime supervisors',
          'DSL',
          'Outstanding – carried forward to the spring term',
        ],
        ['Book Level 2 safeguarding training for the two new governors', 'Clerk', 'Outstanding – carried forward'],
      ]),
      blank(),
      u('3.\tHeadteacher’s safeguarding report – Autumn term 2025'),
      p('Mrs Tennyson presented the report on behalf of the Headteacher. Headline figures for the autumn term:'),
      bullet(
        '187 concerns were logged on CPOMS (autumn 2024: 164), the largest categories being emotional wellbeing and neglect;',
      ),
      bullet('9 referrals were made to the Ulverdale Front Door, of which 6 progressed to assessment;'),
      bullet(
        'the number of pupils subject to a child protection or child in need plan was below five and is not reported in more detail;',
      ),
      bullet('14 families were supported through early help, 11 of them led by the school’s Family Support Worker.'),
      p(
        'Governors asked whether the increase in concerns reflected better recording or greater need. Mrs Tennyson felt it was mainly the former, following staff training in September, but noted a rise in concerns about families’ housing conditions. Governors asked for future reports to show the trend over the last three terms.',
      ),
      lead('ACTION: ', 'DSL to include a three-term trend in future safeguarding reports'),
      u('4.\tAttendance and children missing education'),
      p(
        'Mr Okonjo reported overall attendance of 95.1% for the autumn term and persistent absence of 12.4%, down from 15.0%. Two pupils had been referred to the local authority as children missing education; both had since been located.',
      ),
      p(
        'Ms Venkataraman asked how the school was working with families where absence related to anxiety. Mr Okonjo described the ‘soft start’ arrangements and the referral route to the Mental Health Support Team.',
      ),
      lead('ACTION: ', 'Mr Okonjo to share the attendance improvement plan with governors by 6 March'),
      u('5.\tSingle central record and safer recruitment'),
      p(
        'The Chair reported on her monitoring visit of 4 December. The single central record was compliant. Two references for a recent appointment had been received after the start date; the Trust has since changed its process so that no offer is confirmed without both references.',
      ),
      p('Mr Rudd confirmed that the Trust’s safer recruitment audit across its six schools would take place in the summer term.'),
      lead(
        'ACTION: ',
        'IR to send the Trust’s revised recruitment checklist to the Clerk for circulation to governors by 27.02.26',
      ),
      u('6.\tOnline safety, filtering and monitoring'),
      p(
        'Mr Okonjo reported that the annual review with the Trust’s IT provider had taken place on 28 January. The filtering system now sends alerts directly to the DSL and deputy DSLs. The annual check against the DfE filtering and monitoring standards had been completed, but the record had not yet been signed off by the governor with responsibility for online safety.',
      ),
      lead(
        'ACTION: ',
        'PM and Headteacher to sign off the filtering and monitoring annual check record by the end of February',
      ),
      u('7.\tPolicies for review'),
      p(
        'The committee reviewed the Attendance Policy and the Online Safety Policy. Both were recommended to the Local Governing Body for approval with the minor amendments agreed at the meeting.',
      ),
      u('8.\tGovernor training'),
      p(
        'Two new governors had yet to complete Level 2 safeguarding training (see item 2). Mr Fitzsimmons had completed Prevent awareness training online.',
      ),
      lead(
        'ACTION: ',
        'All governors to complete the Trust’s online Keeping Children Safe in Education update module before the summer term',
      ),
      u('9.\tAny other business'),
      p(
        'Revd Marwood asked that thanks be recorded to Mrs Tennyson and the pastoral team for their work with families over the Christmas period.',
      ),
      u('10.\tDate of next meeting'),
      p(
        'Thursday 14 May 2026 at 4.00pm in the Library. The summer meeting will be held on Thursday 9 July 2026 at 4.00pm.',
      ),
      blank(),
      p('The meeting closed at 5.40pm.'),
      blank(),
      p('Signed ………………………… (Chair)\tDate …………………'),
    ],
    {
      header: ['Ulverdale Primary Academy – Local Governing Body'],
      footer: '',
      font: 'Calibri',
      creator: 'Hannah Lowther',
    },
  );
}
