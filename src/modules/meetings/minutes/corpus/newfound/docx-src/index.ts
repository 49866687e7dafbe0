/** The newfound set's Word files: name → [meeting date that pins the timestamps, builder]. */
import type { Document } from 'docx';
import { mardenholtExecutive, quillsbyCommittee, stavenholmeQa } from './boards.ts';
import { ottermereCaseReview, pellingfordAssurance, rookhamptonExploitation } from './panels.ts';

export const documents: Record<string, [string, () => Document]> = {
  'mardenholt-partnership-executive': ['2025-12-11', mardenholtExecutive],
  'ottermere-case-review-group': ['2026-01-14', ottermereCaseReview],
  'pellingford-icb-assurance-group': ['2026-02-24', pellingfordAssurance],
  'quillsby-academy-safeguarding-committee': ['2026-03-09', quillsbyCommittee],
  'rookhampton-exploitation-subgroup': ['2025-10-16', rookhamptonExploitation],
  'stavenholme-qa-subgroup': ['2026-04-22', stavenholmeQa],
};
