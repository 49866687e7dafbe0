// The blind set's Word files: file name, the meeting date (pins the file's timestamps), builder.
import type { Document } from 'docx';
import { brackenhurstPartnershipBoard } from './brackenhurst-partnership-board.ts';

export const documents: Record<string, [string, () => Document]> = {
  'brackenhurst-partnership-board': ['2025-05-20', brackenhurstPartnershipBoard],
};
