/** The untouched set's Word files: name, the meeting date that pins timestamps, and the builder. */
import type { Document } from 'docx';
import { corrisdaleAssurance, hollinsbrookExecutive, wyvernhamExploitation } from './boards.ts';
import { lymsworthQualityAssurance, penwithyGovernors, ravensholmeScrutiny } from './groups.ts';

export const documents: Record<string, [string, () => Document]> = {
  'hollinsbrook-partnership-executive': ['2026-12-03', hollinsbrookExecutive],
  'corrisdale-icb-safeguarding-assurance': ['2026-09-08', corrisdaleAssurance],
  'wyvernham-exploitation-missing-group': ['2026-05-20', wyvernhamExploitation],
  'ravensholme-childrens-scrutiny': ['2026-06-29', ravensholmeScrutiny],
  'penwithy-academy-safeguarding-committee': ['2026-03-12', penwithyGovernors],
  'lymsworth-quality-assurance-subgroup': ['2026-07-14', lymsworthQualityAssurance],
};
