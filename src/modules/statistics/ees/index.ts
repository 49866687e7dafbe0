export { isZip, metaFileBeside, pairEesFiles, unpackEesZip, type EesPair, type NamedFile, type UnpackedZip } from './bundle.ts';
export { DEFAULT_MAX_BYTES } from './csv.ts';
export { EesFormatError, StatisticsFileError, type FilePosition } from './errors.ts';
export { readEesMeta, type EesColumnMeta } from './meta.ts';
export {
  describeEesFile,
  openEesFile,
  readEesFile,
  type EesBatch,
  type EesDescription,
  type EesFile,
  type EesObservation,
  type EesReadOptions,
} from './reader.ts';
export type { EesColumn, EesColumnRole } from './roles.ts';
export type { RowPlace } from './rows.ts';
export type { SkippedLevel } from './scan.ts';
export { HELD_LEVELS } from './geography.ts';
export { isStatusCode, STATUS_CODES, STATUS_MEANINGS, type StatusCode } from './values.ts';
