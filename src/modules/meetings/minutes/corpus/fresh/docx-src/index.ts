// The fresh set's Word files: name → [meeting date (pins timestamps), content].
import type { Document } from 'docx';
import { ashdownValeScpExecutive } from './ashdown-vale-scp-executive.ts';
import { corringtonCorporateParentingPanel } from './corrington-corporate-parenting-panel.ts';
import { elmsworthCdop } from './elmsworth-cdop.ts';
import { fallowmereEducationSafeguardingGroup } from './fallowmere-education-safeguarding-group.ts';
import { greyhavenExploitationSubgroup } from './greyhaven-exploitation-subgroup.ts';
import { hartsdalePracticeReviewGroup } from './hartsdale-practice-review-group.ts';

export const documents: Record<string, [string, () => Document]> = {
  'ashdown-vale-scp-executive': ['2025-01-16', ashdownValeScpExecutive],
  'corrington-corporate-parenting-panel': ['2024-10-09', corringtonCorporateParentingPanel],
  'elmsworth-cdop': ['2025-01-21', elmsworthCdop],
  'fallowmere-education-safeguarding-group': ['2025-03-13', fallowmereEducationSafeguardingGroup],
  'greyhaven-exploitation-subgroup': ['2025-02-12', greyhavenExploitationSubgroup],
  'hartsdale-practice-review-group': ['2025-04-15', hartsdalePracticeReviewGroup],
};
