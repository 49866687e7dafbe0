// The sealed set's Word files: name → [meeting date (pins the package timestamps), builder].
import type { Document } from 'docx';
import { amblefordExecutive, castlereachFrontDoor, wychbourneYouthJustice } from './boards.ts';
import { bramcoteCdop, eastwickCorporateParenting, foxleyHealthCommittee } from './panels.ts';

export const documents: Record<string, [string, () => Document]> = {
  'ambleford-partnership-executive': ['2025-12-11', amblefordExecutive],
  'castlereach-front-door-board': ['2025-03-04', castlereachFrontDoor],
  'wychbourne-youth-justice-board': ['2025-10-29', wychbourneYouthJustice],
  'bramcote-vale-cdop': ['2024-07-17', bramcoteCdop],
  'eastwick-marsh-corporate-parenting-panel': ['2025-01-20', eastwickCorporateParenting],
  'foxley-health-safeguarding-committee': ['2025-09-25', foxleyHealthCommittee],
};
