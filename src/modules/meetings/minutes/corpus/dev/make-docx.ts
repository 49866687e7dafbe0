/**
 * Writes the dev corpus's Word minutes (all people fictional). Each file's expectations are
 * written by hand in `<name>.docx.expected.json`; rerun after editing the content here with
 * `npx tsx src/modules/meetings/minutes/corpus/dev/make-docx.ts`.
 * bromley-exploitation-panel.docx is made by LibreOffice from its .html instead (see README).
 */
import { writeFileSync } from 'node:fs';
import { type Document, Packer } from 'docx';
import { stable } from './docx-helpers.ts';
import { greenwichScrutiny, newhamQa, walthamForestBoard } from './docx-boards.ts';
import { enfieldHealth, hounslowCaseReview, kingstonRichmondEducation } from './docx-groups.ts';

/** Each file with the date of its meeting, which also stamps the package. */
const documents: Record<string, [() => Document, string]> = {
  'newham-qa-subgroup.docx': [newhamQa, '2024-05-14'],
  'hounslow-case-review-group.docx': [hounslowCaseReview, '2023-11-22'],
  'greenwich-scrutiny-panel.docx': [greenwichScrutiny, '2024-01-23'],
  'waltham-forest-scp-board.docx': [walthamForestBoard, '2024-03-19'],
  'enfield-health-safeguarding-group.docx': [enfieldHealth, '2024-01-31'],
  'kingston-richmond-education-subgroup.docx': [kingstonRichmondEducation, '2024-03-06'],
};

for (const [name, [make, date]] of Object.entries(documents)) {
  writeFileSync(new URL(`./${name}`, import.meta.url), await stable(await Packer.toBuffer(make()), date));
}
