export type { ExportColumn, ExportRow } from './columns.ts';
export { toCsv, UTF8_BOM } from './csv.ts';
export { toXlsx, type ExportSheet } from './xlsx.ts';
export { looksLikeFormula, neutraliseFormula } from './formula-guard.ts';
export {
  sendDownload,
  contentDisposition,
  downloadFileName,
  DOWNLOAD_CONTENT_TYPES,
  type DownloadFormat,
  type DownloadRequest,
} from './download.ts';
export {
  suppressSmallNumbers,
  suppressColumns,
  DEFAULT_SUPPRESSION_THRESHOLD,
  STATISTICS_CODES,
  type StatisticsCode,
  type PublishedValue,
} from './suppression.ts';
