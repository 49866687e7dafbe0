/** The unvisited set's Word files: name, meeting date (pins the timestamps) and content. */
import type { Document } from 'docx';
import {
  amberleighPartnershipBoard,
  bexworthCaseReviewGroup,
  dellinghamSafeguardingAssuranceGroup,
} from './boards.ts';
import {
  chalkburyEducationSubGroup,
  gillingsteadSafeguardingCommittee,
  hawkesmereMacePanel,
} from './groups.ts';

export const documents: Record<string, [string, () => Document]> = {
  'amberleigh-partnership-board': ['2026-01-15', amberleighPartnershipBoard],
  'bexworth-case-review-group': ['2026-03-12', bexworthCaseReviewGroup],
  'chalkbury-education-safeguarding-subgroup': ['2025-11-20', chalkburyEducationSubGroup],
  'dellingham-safeguarding-assurance-group': ['2025-10-09', dellinghamSafeguardingAssuranceGroup],
  'gillingstead-safeguarding-committee': ['2025-02-04', gillingsteadSafeguardingCommittee],
  'hawkesmere-mace-panel': ['2024-07-18', hawkesmereMacePanel],
};
