/** The untrodden set's Word files: name → [meeting date that pins the timestamps, maker]. */
import type { Document } from 'docx';
import { pellinghamBoard, tewsburyScrutiny, ulverdaleGovernors } from './boards.ts';
import { quillbrookPanel, valehamHealthGroup, yarrowbyExploitation } from './groups.ts';

export const documents: Record<string, [string, () => Document]> = {
  'pellingham-partnership-board': ['2025-09-17', pellinghamBoard],
  'quillbrook-rapid-review-panel': ['2026-03-03', quillbrookPanel],
  'tewsbury-children-scrutiny-committee': ['2026-01-19', tewsburyScrutiny],
  'ulverdale-governors-safeguarding-committee': ['2026-02-12', ulverdaleGovernors],
  'yarrowby-exploitation-missing-subgroup': ['2025-11-26', yarrowbyExploitation],
  'valeham-health-safeguarding-group': ['2025-06-10', valehamHealthGroup],
};
