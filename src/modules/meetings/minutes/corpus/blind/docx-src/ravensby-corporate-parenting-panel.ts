// Panel minutes laid out as one Item | Discussion | Action table (title as the bold first
// paragraph of the discussion cell, two actions in one cell), attendance in labelled
// paragraphs without young people's names, and future dates sharing one year.
import { Document } from 'docx';
import { STYLES, blank, heading, p, pageFooter, pageHeader, table } from './word.ts';

export const ravensbyCorporateParentingPanel = (): Document =>
  new Document({
    styles: STYLES,
    sections: [
      {
        headers: pageHeader('Ravensby Council'),
        footers: pageFooter(),
        children: [
          heading('Corporate Parenting Panel'),
          p('Minutes of the meeting held on Wednesday 21 January 2026, 4.00pm – 6.00pm, The Hub, Ravensby Library'),
          blank(),
          p('Panel members present: Councillor Ian Sutcliffe (Chair), Councillor Rosa Delgado, Councillor Amit Shah, Councillor Jean Ferris'),
          p('Young people: two members of the Children in Care Council (Ravensby Voices)'),
          p('Officers: Kate Lomond (Assistant Director, Children in Care), Mohammed Iqbal (Head of Virtual School), Jenny Ward (Designated Nurse for Looked After Children, Ravensby ICB), Ross Clarke (Participation Lead), Claire Rutherford (Democratic Services Officer – minutes)'),
          p('Guest: Sunil Varma (Chair of the Fostering Panel)'),
          p('Apologies: Councillor Olivia Grant, Patrick Dunne (Head of Fostering)'),
          blank(),
          table(
            [
              ['Item', 'Discussion', 'Action'],
              ['1.', '**Welcome and apologies\nThe Chair welcomed everyone, especially the two young people from Ravensby Voices, who co-chaired items 3 and 4.', ''],
              [
                '2.',
                '**Minutes of 19 November 2025 and matters arising\nThe minutes were agreed. The revised pledge to children in care had been delayed while the young people’s comments were added.',
                'KL to circulate the revised pledge to children in care (c/f)',
              ],
              [
                '3.',
                '**Voice of children in care – Ravensby Voices\nRoss Clarke and the young people presented the results of the “Bright Spots” survey: 83% of children in care felt safe where they lived, but only 52% knew why they were in care. Members were struck by comments about frequent changes of social worker.',
                'RC to arrange for Ravensby Voices to present the survey to full Council by 25.3.26\nKL to report the number of social worker changes per child in the last year',
              ],
              [
                '4.',
                '**Education of children in care\nMohammed Iqbal reported that persistent absence among children in care had fallen to 19%. Results for children placed out of borough were not yet available.',
                'MI to report Key Stage 4 results for children placed out of borough to the next meeting',
              ],
              [
                '5.',
                '**Health of children in care\nJenny Ward reported that 91% of review health assessments were on time, but only 68% of children had seen a dentist in the last year. Jenny Ward said she would raise dental access with the ICB’s primary care commissioners.',
                'JW/KL to agree a plan to improve access to dental checks by 27 February 2026',
              ],
              [
                '6.',
                '**Sufficiency and fostering recruitment\nSunil Varma reported that the fostering panel had approved six new households since April, against a target of twelve. Two in-house children’s homes had opened in the autumn.',
                'Councillor Delgado and Patrick to visit the two new in-house children’s homes before the March meeting',
              ],
              ['7.', '**Any other business\nCorporate parenting training completion among councillors was 60%.', 'All Panel members to complete the corporate parenting training ASAP'],
            ],
            { widths: [8, 62, 30] },
          ),
          blank(),
          p('Future meetings: 18 March, 20 May and 15 July 2026 (all 4.00pm, The Hub, Ravensby Library)'),
        ],
      },
    ],
  });
