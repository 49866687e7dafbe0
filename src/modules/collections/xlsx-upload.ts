import type ExcelJS from 'exceljs';
import { UserFacingError } from '../../platform/http/errors.ts';
import { checkUpload, UploadRejected } from '../../platform/files/index.ts';
import { allQuestions, type FormDefinition, type Question } from './form-model.ts';
import { columnLetter, KEY_SHEET, MAIN_SHEET, TEMPLATE_MARKER, type AnswerPlace } from './xlsx-template.ts';

/** A file that cannot be read as this board's template: one message for the whole file. */
export class TemplateRejected extends UserFacingError {
  constructor(message: string) {
    super(400, message);
  }
}

export interface ReadTemplate {
  revision: number;
  /** Raw cell values by question code (tables as grids), ready for parseAnswers. */
  answers: Record<string, unknown>;
  /** "Return!C12" for a question, to name the cell in messages. */
  cellOf: (code: string) => string | undefined;
}

/** A cell's value as typed: formulas give their result, rich text its text. */
export function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('result' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

const text = (v: ExcelJS.CellValue) => {
  const c = cellValue(v);
  return c === undefined ? '' : String(c).trim();
};

const restructured = (where: string, should: string) =>
  new TemplateRejected(
    `The spreadsheet’s layout has been changed (${where} should hold ${should}). Download a fresh template and copy your answers into it; nothing was saved.`,
  );

/**
 * Reads an uploaded template: checks it is an XLSX (not a zip bomb), that it is this
 * board's template for this collection and this version of the form, and that its layout
 * is as sent; then collects each answer cell. Throws TemplateRejected or UploadRejected.
 */
export async function readTemplate(
  file: { fileName: string; buffer: Buffer },
  expected: {
    collectionId: string;
    boardId: string;
    boardName: string;
    formId: string;
    formVersion: number;
    form: FormDefinition;
  },
): Promise<ReadTemplate> {
  checkUpload({
    fileName: file.fileName,
    buffer: file.buffer,
    allowed: ['xlsx'],
    maxBytes: 10 * 1024 * 1024,
  });
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(file.buffer as unknown as ArrayBuffer);
  } catch {
    throw new UploadRejected(
      'malformed-archive',
      'The selected file could not be opened as an Excel workbook. Upload the template as downloaded (XLSX).',
    );
  }
  const key = wb.getWorksheet(KEY_SHEET);
  if (!key || text(key.getCell(1, 1).value) !== TEMPLATE_MARKER) {
    throw new TemplateRejected(
      'This is not a return template from Safeguarding Hub. Download the template for your board from the return’s page and upload that.',
    );
  }
  const field = (row: number, name: string) => {
    if (text(key.getCell(row, 1).value) !== name) throw restructured('its hidden key', name);
    return text(key.getCell(row, 2).value);
  };
  if (field(2, 'collection') !== expected.collectionId)
    throw new TemplateRejected(
      'This template is for a different collection. Download the template from this collection’s page; nothing was saved.',
    );
  if (field(3, 'board') !== expected.boardId)
    throw new TemplateRejected(
      `This template is for another board, not ${expected.boardName}. Upload your own board’s template; nothing was saved.`,
    );
  if (field(4, 'form') !== expected.formId || Number(field(5, 'form version')) !== expected.formVersion) {
    throw new TemplateRejected(
      'The questions have changed since this template was downloaded. Download a fresh template; nothing was saved.',
    );
  }
  const revision = Number(field(6, 'revision'));
  const places = new Map<string, AnswerPlace>();
  for (let r = 7; r <= key.rowCount; r++) {
    if (text(key.getCell(r, 1).value) !== 'answer') continue;
    const code = text(key.getCell(r, 2).value);
    places.set(code, {
      code,
      sheet: text(key.getCell(r, 3).value),
      row: Number(text(key.getCell(r, 4).value)),
      column: Number(text(key.getCell(r, 5).value)),
    });
  }
  const answers: Record<string, unknown> = {};
  const cells = new Map<string, string>();
  for (const q of allQuestions(expected.form)) {
    const place = places.get(q.code);
    if (!place)
      throw new TemplateRejected(
        'The questions have changed since this template was downloaded. Download a fresh template; nothing was saved.',
      );
    const ws = wb.getWorksheet(place.sheet);
    if (!ws) throw restructured(`the sheet “${place.sheet}”`, `the table ‘${q.label}’`);
    if (q.kind === 'table') {
      answers[q.code] = readGrid(ws, q, place);
      cells.set(q.code, `${place.sheet}!${columnLetter(place.column)}${place.row}`);
      continue;
    }
    const at = `${MAIN_SHEET}!A${place.row}`;
    if (place.sheet !== MAIN_SHEET || text(ws.getCell(place.row, 1).value) !== q.code)
      throw restructured(at, `the code ${q.code}`);
    answers[q.code] = cellValue(ws.getCell(place.row, place.column).value);
    cells.set(q.code, `${MAIN_SHEET}!${columnLetter(place.column)}${place.row}`);
  }
  return { revision, answers, cellOf: (code) => cells.get(code) };
}

function readGrid(ws: ExcelJS.Worksheet, q: Question, place: AnswerPlace): unknown[][] {
  const header = place.row - 1;
  q.columns.forEach((c, j) => {
    if (text(ws.getCell(header, place.column + j).value) !== c)
      throw restructured(`${ws.name}!${columnLetter(place.column + j)}${header}`, `the column “${c}”`);
  });
  return q.rows.map((label, i) => {
    if (text(ws.getCell(place.row + i, 1).value) !== label)
      throw restructured(`${ws.name}!A${place.row + i}`, `the row “${label}”`);
    return q.columns.map((_, j) => cellValue(ws.getCell(place.row + i, place.column + j).value));
  });
}
