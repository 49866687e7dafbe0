/** One column of a table download: which field of each row, and its heading. */
export interface ExportColumn {
  key: string;
  header: string;
  /** Excel number format for this column, e.g. '0.0%' or '#,##0' (XLSX only). */
  numFmt?: string;
}

export type ExportRow = Record<string, unknown>;

/** A date with no time part (midnight UTC) is a calendar date, not a moment. */
export function isCalendarDate(date: Date): boolean {
  return (
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0
  );
}

/** How a value that is neither number, date nor boolean is shown as text. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return isCalendarDate(value) ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(textOf).join('; ');
  return JSON.stringify(value) ?? '';
}
