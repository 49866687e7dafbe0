// The network directory's rules; other modules call these, never the tables.
export * from './areas-boards.ts';
export * from './directory.ts';
export * from './groups.ts';
export { referenceAreas, referenceBoards, ENGLAND, LONDON, INNER_LONDON, OUTER_LONDON } from './reference.ts';
