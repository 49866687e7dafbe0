// exceljs is heavy to load; it is imported when the first workbook is written, so start-up stays fast.
import type ExcelJS from 'exceljs';
import { isCalendarDate, textOf, type ExportColumn, type ExportRow } from './columns.ts';
import { neutraliseFormula } from './formula-guard.ts';

export interface ExportSheet {
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly ExportRow[];
  /** Shown in bold above the table, e.g. "Re-referrals within 12 months, 2025". */
  title?: string;
  /** Lines under the title: source, caveats, what the codes c, z, x mean. */
  notes?: readonly string[];
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

type CellValue = string | number | boolean | Date | null;

// Text is always given to exceljs as a plain string, which it stores as a string cell and
// never as a formula (formulas need an object value). The apostrophe is belt and braces
// for when someone copies the cell or re-saves the sheet as CSV.
function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') {
    const asNumber = Number(value);
    return Number.isSafeInteger(asNumber) ? asNumber : neutraliseFormula(String(value));
  }
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return neutraliseFormula(textOf(value));
}

function displayWidth(value: CellValue): number {
  if (value === null) return 0;
  if (value instanceof Date) return isCalendarDate(value) ? 10 : 16;
  if (typeof value === 'number') return value.toLocaleString('en-GB').length + 1;
  const longestLine = String(value)
    .split('\n')
    .reduce((longest, line) => Math.max(longest, line.length), 0);
  return longestLine;
}

// Excel refuses sheet names over 31 characters, with []:*?/\ or starting/ending with an
// apostrophe, and two sheets with the same name.
function sheetName(wanted: string, taken: Set<string>): string {
  const cleaned =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = cleaned;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = cleaned.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: ExportSheet, taken: Set<string>): void {
  const worksheet = workbook.addWorksheet(sheetName(sheet.name, taken));
  let rowNumber = 0;
  if (sheet.title) {
    const titleRow = worksheet.addRow([neutraliseFormula(sheet.title)]);
    titleRow.font = { bold: true, size: 14 };
    rowNumber++;
  }
  for (const note of sheet.notes ?? []) {
    worksheet.addRow([neutraliseFormula(note)]);
    rowNumber++;
  }
  if (rowNumber > 0) {
    worksheet.addRow([]);
    rowNumber++;
  }

  const headerRow = worksheet.addRow(sheet.columns.map((column) => neutraliseFormula(column.header)));
  headerRow.font = { bold: true };
  rowNumber++;
  // Freeze everything down to the header so it stays in view while scrolling the data.
  worksheet.views = [{ state: 'frozen', ySplit: rowNumber, xSplit: 0 }];

  const widths = sheet.columns.map((column) => column.header.length);
  for (const row of sheet.rows) {
    const values = sheet.columns.map((column) => cellValue(row[column.key]));
    const added = worksheet.addRow(values);
    values.forEach((value, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(value));
      const column = sheet.columns[index]!;
      const cell = added.getCell(index + 1);
      if (value instanceof Date) cell.numFmt = isCalendarDate(value) ? DATE_FORMAT : DATE_TIME_FORMAT;
      else if (typeof value === 'number' && column.numFmt) cell.numFmt = column.numFmt;
    });
  }
  widths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
}

/** A workbook with one sheet per table: bold frozen header, typed cells, no formulas. */
export async function toXlsx(sheets: readonly ExportSheet[]): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Safeguarding Hub';
  workbook.created = new Date();
  const taken = new Set<string>();
  for (const sheet of sheets) addSheet(workbook, sheet, taken);
  if (sheets.length === 0) workbook.addWorksheet('Sheet');
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}
