// Council scrutiny minutes: "MINUTES OF THE … held on …" in prose, a council banner in the page
// header, plural "Councillors", co-opted members, officers and also-present lists, minute numbers
// typed from 34 with tabs, numbered resolutions "(1)" that are not items, inline "(Action: …)"
// naming posts, people and initials, and the next meeting in prose.
import { Document } from 'docx';
import { STYLES, b, blank, p, pageFooter, pageHeader } from './word.ts';

const minute = (n: number, title: string) => b(`${n}.\t${title}`);

export const hollinsworthChildrensScrutiny = (): Document =>
  new Document({
    styles: STYLES,
    sections: [
      {
        headers: pageHeader('Hollinsworth Borough Council'),
        footers: pageFooter(),
        children: [
          b('MINUTES OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE held on Tuesday 14 October 2025 at 6.30 pm in the Council Chamber, Hollinsworth Town Hall'),
          blank(),
          p('Present: Councillor Maria Eastwood (Chair); Councillors David Okoro (Vice-Chair), Susan Pell, Graham Tindall, Nasreen Akhtar and Paul Whitcombe.'),
          p('Co-opted members: Revd Canon Michael Barton (Church of England Diocese), Mrs Ayesha Rahman (Parent Governor Representative).'),
          p('Officers in attendance: Janet Fulford (Director of Children’s Services), Mark Devlin (Head of Safeguarding and Quality Assurance), Dr Lucy Ambrose (Independent Scrutineer, Hollinsworth Safeguarding Children Partnership), Kieran Walsh (Scrutiny Officer).'),
          p('Also present: Councillor Brian Howe (Cabinet Member for Children and Families).'),
          blank(),
          minute(34, 'APOLOGIES FOR ABSENCE AND SUBSTITUTIONS'),
          p('Apologies for absence were received from Councillors Tony Marsh and Linda Carr. There were no substitutions.'),
          minute(35, 'DECLARATIONS OF INTEREST'),
          p('Councillor Akhtar declared a non-pecuniary interest as a governor of a Hollinsworth primary school.'),
          minute(36, 'MINUTES'),
          p('RESOLVED: That the minutes of the meeting held on 9 September 2025 be confirmed as a correct record and signed by the Chair.'),
          minute(37, 'HOLLINSWORTH SAFEGUARDING CHILDREN PARTNERSHIP YEARLY REPORT 2024/25'),
          p('Dr Ambrose, the partnership’s Independent Scrutineer, presented the yearly report. Contacts to the front door had risen by 9%, with schools the largest source. Two local child safeguarding practice reviews had been published, both identifying the need to hear from fathers and male carers.'),
          p('Members asked how many referrals came from primary schools compared with secondary schools. The Independent Scrutineer would provide a breakdown of referrals by school phase (Action: Dr Ambrose).'),
          p('RESOLVED: (1) That the report be noted. (2) That the Committee receive an update on the neglect priority in March 2026.'),
          p('The update on the neglect priority would be added to the work programme for March 2026 (Action: Scrutiny Officer).'),
          minute(38, 'ELECTIVE HOME EDUCATION AND CHILDREN MISSING EDUCATION'),
          p('Mark Devlin reported that 412 children were electively home educated, an increase of 18% in a year, and that 57 children were missing education. Members were concerned that some families had withdrawn children after disputes with schools.'),
          p('Officers would circulate the numbers of children electively home educated by ward by the next meeting (Action: Mark Devlin). The Director of Children’s Services would write to the Department for Education about the register of children not in school by 31 October 2025 (Action: Director of Children’s Services).'),
          minute(39, 'CORPORATE PARENTING – SUFFICIENCY OF PLACEMENTS'),
          p('Janet Fulford introduced the sufficiency strategy. Thirty-one per cent of children in care were placed more than twenty miles from Hollinsworth. A report on the use of unregistered placements would be brought to the Committee in January 2026 (Action: JF/MD).'),
          p('The Cabinet Member said he would meet the Chair and Vice-Chair to discuss the placement findings before the budget is set.'),
          minute(40, 'WORK PROGRAMME 2025/26'),
          p('RESOLVED: That the work programme be agreed, subject to the additions above. The Scrutiny Officer agreed to arrange a visit to the Hollinsworth MASH for members of the Committee.'),
          minute(41, 'DATE OF NEXT MEETING'),
          p('The next meeting of the Committee will be held on Tuesday 18 November 2025 at 6.30 pm in the Council Chamber.'),
          blank(),
          p('The meeting closed at 8.42 pm.'),
          blank(),
          p('Chair ……………………………'),
        ],
      },
    ],
  });
