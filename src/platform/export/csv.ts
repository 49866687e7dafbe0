import { stringify } from 'csv-stringify/sync';
import { textOf, type ExportColumn, type ExportRow } from './columns.ts';
import { neutraliseFormula } from './formula-guard.ts';

/** Excel only reads a CSV file as UTF-8 when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

function csvCell(value: unknown): string {
  // A number is written as a number, so "-3" from a real number stays a number in the
  // spreadsheet. NaN and infinities are not figures anyone published: leave them blank.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint') return String(value);
  return neutraliseFormula(textOf(value));
}

/** A table as CSV text (RFC 4180, CRLF line ends, UTF-8 BOM), safe from formula injection. */
export function toCsv(columns: readonly ExportColumn[], rows: readonly ExportRow[]): string {
  const records: string[][] = [columns.map((column) => neutraliseFormula(column.header))];
  for (const row of rows) records.push(columns.map((column) => csvCell(row[column.key])));
  return UTF8_BOM + stringify(records, { record_delimiter: 'windows' });
}
