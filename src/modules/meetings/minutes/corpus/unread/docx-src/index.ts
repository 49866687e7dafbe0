/** The unread set's Word files: name → [meeting date, which pins the timestamps; document]. */
import type { Document } from 'docx';
import { amblethorpeBoard, dunsmereScrutiny, elverstoneGovernors } from './boards.ts';
import { birchcombeCaseReviewGroup, cullingfordMacePanel, farrowdaleHealthGroup } from './groups.ts';

export const documents: Record<string, [string, () => Document]> = {
  'amblethorpe-partnership-board': ['2025-12-11', amblethorpeBoard],
  'birchcombe-case-review-group': ['2026-01-14', birchcombeCaseReviewGroup],
  'cullingford-mace-strategic-panel': ['2026-02-26', cullingfordMacePanel],
  'dunsmere-cyp-scrutiny-committee': ['2025-11-18', dunsmereScrutiny],
  'elverstone-academy-safeguarding-committee': ['2025-09-29', elverstoneGovernors],
  'farrowdale-health-safeguarding-group': ['2026-07-15', farrowdaleHealthGroup],
};
