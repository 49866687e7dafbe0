// The blind set's Word files: file name, the meeting date (pins the file's timestamps), builder.
import type { Document } from 'docx';
import { brackenhurstPartnershipBoard } from './brackenhurst-partnership-board.ts';
import { hollinsworthChildrensScrutiny } from './hollinsworth-childrens-scrutiny.ts';
import { oakhamptonValeExploitationGroup } from './oakhampton-vale-exploitation-group.ts';
import { ravensbyCorporateParentingPanel } from './ravensby-corporate-parenting-panel.ts';
import { stourmouthQaPerformanceSubgroup } from './stourmouth-qa-performance-subgroup.ts';
import { wyecombeEducationSafeguardingForum } from './wyecombe-education-safeguarding-forum.ts';

export const documents: Record<string, [string, () => Document]> = {
  'brackenhurst-partnership-board': ['2025-05-20', brackenhurstPartnershipBoard],
  'oakhampton-vale-exploitation-group': ['2025-09-08', oakhamptonValeExploitationGroup],
  'hollinsworth-childrens-scrutiny': ['2025-10-14', hollinsworthChildrensScrutiny],
  'ravensby-corporate-parenting-panel': ['2026-01-21', ravensbyCorporateParentingPanel],
  'stourmouth-qa-performance-subgroup': ['2025-12-12', stourmouthQaPerformanceSubgroup],
  'wyecombe-education-safeguarding-forum': ['2026-02-05', wyecombeEducationSafeguardingForum],
};
