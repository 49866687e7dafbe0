export type * from './types.ts';
export { MinutesFileError } from './types.ts';
export { parseMinutesText } from './parse.ts';
export { parseMinutesDocx, readMinutesFile } from './read.ts';
export { renderMinutesDocx } from './render.ts';
