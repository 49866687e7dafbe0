/** The pristine set's Word files: name → [meeting date, which pins the timestamps; document]. */
import type { Document } from 'docx';
import { brackenfieldExecutive, caldmoorSafeguardingCommittee, tamsfordScrutinyPanel } from './boards.ts';
import { lydgateCaseReviewGroup, orlestoneSafeguardingCommittee, ravensfoldMetSubgroup } from './groups.ts';

export const documents: Record<string, [string, () => Document]> = {
  'brackenfield-partnership-executive': ['2025-11-19', brackenfieldExecutive],
  'caldmoor-trust-safeguarding-committee': ['2025-12-09', caldmoorSafeguardingCommittee],
  'tamsford-scrutiny-panel': ['2025-10-13', tamsfordScrutinyPanel],
  'ravensfold-met-subgroup': ['2025-11-27', ravensfoldMetSubgroup],
  'orlestone-safeguarding-committee': ['2025-11-26', orlestoneSafeguardingCommittee],
  'lydgate-case-review-group': ['2026-02-03', lydgateCaseReviewGroup],
};
