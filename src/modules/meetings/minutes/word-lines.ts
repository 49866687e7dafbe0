import type { Line } from './lines.ts';

/** Lines as the Word reader hands them over, for tests that build a document paragraph by paragraph. */
export const para = (text: string): Line => ({ text, cells: [text], para: true });
export const row = (...cells: string[]): Line => ({ text: cells.join('\t'), cells, para: true, row: true });
