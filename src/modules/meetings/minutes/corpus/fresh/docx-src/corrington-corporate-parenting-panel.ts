// Council committee minutes: prose heading "Minutes of the meeting of … held on … at … in …",
// members named under a plural "Councillors", officers and others in attendance, apologies
// given in the first minute, minute numbers continuing the municipal year (Word numbering
// starting at 27), inline "(Action: …)" markers naming people, a title and surname, and a post.
import { blank, b, centred, list, numbering, p, word } from './word.ts';

const n = list('minutes');

export const corringtonCorporateParentingPanel = () =>
  word(
    [
      centred('CORRINGTON BOROUGH COUNCIL', 24),
      blank(),
      b(
        'Minutes of the meeting of the Corporate Parenting Panel held on Wednesday 9 October 2024 at 6.00 pm in the Council Chamber, Corrington Town Hall',
      ),
      blank(),
      p(
        'Members present: Councillors Joan Whitlock (Chair), Martin Brennan, Aaliyah Hussain, Paul Ng (substituting for Councillor Dawn Mercer) and Trevor Sykes',
      ),
      blank(),
      p(
        'Officers present: Rachel Osei-Bonsu (Assistant Director, Children in Care), Dominic Farrell (Head of the Virtual School) and Lisa Tranter (Democratic Services Officer)',
      ),
      blank(),
      p(
        'Also in attendance: Jade (Corrington Children in Care Council) and Kayleigh Moore (Participation Worker)',
      ),
      blank(),
      n.item('Apologies for absence and substitutions'),
      p(
        'Apologies for absence were received from Councillor Dawn Mercer and Councillor Idris Hughes. Councillor Paul Ng attended as a substitute for Councillor Mercer.',
      ),
      n.item('Declarations of interest'),
      p('Councillor Sykes declared a non-pecuniary interest as a foster carer for another local authority.'),
      n.item('Minutes of the meeting held on 10 July 2024'),
      p('RESOLVED: That the minutes of the meeting held on 10 July 2024 be approved as a correct record.'),
      n.item('Voice of the child – Children in Care Council'),
      p(
        'Jade presented the Children in Care Council’s priorities for the year: better access to bank accounts and identity documents at 16, more say in the timing of reviews, and fewer changes of social worker. Members thanked Jade for an excellent presentation. The Children in Care Council would be invited to present the results of its annual survey to the Panel in the new year (Action: Kayleigh Moore).',
      ),
      n.item('Virtual School Headteacher’s annual report 2023/24'),
      p(
        'The Head of the Virtual School presented the annual report. 92% of children in care had a personal education plan reviewed in the summer term and persistent absence had fallen to 17%. Members asked how persistent absence varied between foster care and residential placements. The Head of the Virtual School would circulate a breakdown of persistent absence by placement type before the next meeting (Action: Head of the Virtual School).',
      ),
      n.item('Sufficiency of placements – update'),
      p(
        'The Assistant Director reported that 61 children were placed more than 20 miles from Corrington, and that two new children’s homes would open in the borough in November. A report on the use of unregistered placements would be circulated to members by 29 November 2024 (Action: Rachel Osei-Bonsu). Cllr Brennan to visit the two new children’s homes with the Assistant Director before the end of the year (Action: Cllr Brennan).',
      ),
      n.item('Care leavers’ local offer'),
      p(
        'Members considered the refreshed local offer for care leavers, including the council tax exemption to age 25. The Panel asked that the offer be shared with every care leaver in a format young people had helped to design (Action: Rachel Osei-Bonsu / Dominic Farrell).',
      ),
      n.item('Date of next meeting'),
      p('The next meeting would be held on Wednesday 4 December 2024 at 6.00 pm.'),
      p('Members were reminded that the Corporate Parenting Awards would take place on Friday 15 November 2024.'),
      blank(),
      p('The meeting closed at 7.52 pm.'),
      blank(),
      p('Chair ……………………………………'),
    ],
    { lists: [numbering('minutes', '%1.', 27)], footer: '' },
  );
