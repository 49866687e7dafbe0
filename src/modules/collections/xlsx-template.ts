import type ExcelJS from 'exceljs';
import type { Answers, FormDefinition, Question } from './form-model.ts';

/**
 * A board's return as an XLSX workbook: an instructions sheet, the questions with locked
 * labels and validated answer cells, one sheet per table question (with totals worked out
 * by formulas), and a hidden sheet naming the board, collection, form version and revision,
 * and where each answer sits, so an upload is checked against exactly what was sent.
 */

export const TEMPLATE_MARKER = 'safeguarding-hub-return-template';
export const MAIN_SHEET = 'Return';
export const KEY_SHEET = 'Template key';
const LISTS_SHEET = 'Choices';

export interface TemplateIdentity {
  collectionId: string;
  collectionName: string;
  period: string;
  closesOn: string;
  boardId: string;
  boardName: string;
  formId: string;
  formVersion: number;
  revision: number;
}

/** Where an answer lives: one cell, or a table's grid (rows × columns from its top-left cell). */
export interface AnswerPlace {
  code: string;
  sheet: string;
  /** Row and column (1-based) of the answer cell, or of the table grid's first cell. */
  row: number;
  column: number;
}

const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F2F1' } };
const ANSWER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } };
const ANSWER_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function numberRule(q: Question): ExcelJS.DataValidation {
  const min = q.min ?? (q.kind === 'percentage' ? 0 : null);
  const max = q.max ?? (q.kind === 'percentage' ? 100 : null);
  const type = q.integer ? 'whole' : 'decimal';
  const base = {
    type,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Not a valid answer',
  } as const;
  if (min !== null && max !== null)
    return {
      ...base,
      operator: 'between',
      formulae: [min, max],
      error: `Enter a ${q.integer ? 'whole ' : ''}number from ${min} to ${max}`,
    };
  if (min !== null)
    return {
      ...base,
      operator: 'greaterThanOrEqual',
      formulae: [min],
      error: `Enter a ${q.integer ? 'whole ' : ''}number, ${min} or more`,
    };
  if (max !== null)
    return {
      ...base,
      operator: 'lessThanOrEqual',
      formulae: [max],
      error: `Enter a ${q.integer ? 'whole ' : ''}number, ${max} or less`,
    };
  return { ...base, operator: 'between', formulae: [-1e15, 1e15], error: 'Enter a number' };
}

function describeAnswer(q: Question): string {
  switch (q.kind) {
    case 'number':
      return [
        q.integer ? 'Whole number' : 'Number',
        q.unit,
        q.min !== null ? `min ${q.min}` : '',
        q.max !== null ? `max ${q.max}` : '',
      ]
        .filter(Boolean)
        .join(', ');
    case 'percentage':
      return 'Percentage, 0 to 100';
    case 'date':
      return 'Date, e.g. 31/03/2025';
    case 'single-choice':
      return `One of: ${q.options.join('; ')}`;
    case 'multiple-choice':
      return `Any of, separated by “;”: ${q.options.join('; ')}`;
    case 'text':
      return 'Text, up to 500 characters';
    case 'long-text':
      return 'Text, up to 10,000 characters';
    case 'table':
      return '';
  }
}

function lock(cell: ExcelJS.Cell) {
  cell.protection = { locked: true };
}
function openForAnswer(cell: ExcelJS.Cell) {
  cell.protection = { locked: false };
  cell.fill = ANSWER_FILL;
  cell.border = ANSWER_BORDER;
}

function instructions(wb: ExcelJS.Workbook, id: TemplateIdentity) {
  const ws = wb.addWorksheet('Instructions', { properties: { tabColor: { argb: 'FF1D70B8' } } });
  ws.getColumn(1).width = 110;
  const lines = [
    `${id.collectionName}: ${id.boardName}`,
    `Period: ${id.period}. Closes on ${id.closesOn}.`,
    '',
    'How to fill this in',
    `1. Answer in the white cells of the “${MAIN_SHEET}” sheet, and in the white cells of each table sheet. Grey cells are locked.`,
    '2. Leave a cell blank if you do not know the answer yet: blank is kept as “not answered”, never as zero.',
    '3. Numbers must be numbers (no words such as “about” or “n/a”). Choices must be typed exactly as offered.',
    '4. Do not add, remove or move rows, columns or sheets: the upload checks that the layout is the one sent to you.',
    '5. Upload the file on the return’s page. Nothing is saved unless every answer can be taken; each problem is listed with its cell.',
    '6. This file is only for your board and this collection. Download a fresh one if the form has changed or someone else has saved answers since.',
    '',
    'Validation rules are checked when you upload and again when you submit; broken rules are shown beside the questions they name.',
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 16 };
    if (text === 'How to fill this in') cell.font = { bold: true, size: 13 };
  });
}

/** Builds the workbook; `answers` pre-fills what the board has already saved. */
export async function buildTemplate(
  id: TemplateIdentity,
  form: FormDefinition,
  answers: Answers,
): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Safeguarding Hub';
  wb.created = new Date();
  instructions(wb, id);
  const main = wb.addWorksheet(MAIN_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  main.columns = [
    { header: 'Code', key: 'code', width: 24 },
    { header: 'Question', key: 'label', width: 60 },
    { header: 'Your answer', key: 'answer', width: 30 },
    { header: 'Kind of answer', key: 'kind', width: 40 },
    { header: 'Help', key: 'help', width: 60 },
  ];
  main.getRow(1).font = { bold: true };
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  let listColumn = 0;
  const places: AnswerPlace[] = [];
  let tableNumber = 0;

  for (const section of form.sections) {
    const titleRow = main.addRow([section.title]);
    titleRow.font = { bold: true, size: 13 };
    if (section.help) main.addRow(['', section.help]).getCell(2).alignment = { wrapText: true };
    for (const q of section.questions) {
      const row = main.addRow([
        q.code,
        `${q.label}${q.required ? ' (required)' : ''}`,
        null,
        describeAnswer(q),
        q.help ?? '',
      ]);
      row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
      const answerCell = row.getCell(3);
      if (q.kind === 'table') {
        const sheetName = `Table ${++tableNumber}`;
        answerCell.value = `See sheet “${sheetName}”`;
        places.push({
          code: q.code,
          sheet: sheetName,
          ...addTableSheet(wb, sheetName, q, answers[q.code] as (number | null)[][] | undefined),
        });
        continue;
      }
      openForAnswer(answerCell);
      const a = answers[q.code];
      if (a !== undefined)
        answerCell.value = Array.isArray(a)
          ? (a as string[]).join('; ')
          : q.kind === 'date'
            ? new Date(`${a as string}T00:00:00Z`)
            : (a as string | number);
      if (q.kind === 'number' || q.kind === 'percentage') answerCell.dataValidation = numberRule(q);
      if (q.kind === 'date') {
        answerCell.numFmt = 'dd/mm/yyyy';
        answerCell.dataValidation = {
          type: 'date',
          operator: 'greaterThan',
          formulae: [new Date(Date.UTC(1900, 0, 2))],
          allowBlank: true,
          showErrorMessage: true,
          error: 'Enter a date, e.g. 31/03/2025',
        };
      }
      if (q.kind === 'single-choice') {
        listColumn++;
        q.options.forEach((o, i) => (lists.getCell(i + 1, listColumn).value = o));
        const letter = columnLetter(listColumn);
        answerCell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`'${LISTS_SHEET}'!$${letter}$1:$${letter}$${q.options.length}`],
          showErrorMessage: true,
          error: 'Choose one of the options in the list',
        };
      }
      if (q.kind === 'text')
        answerCell.dataValidation = {
          type: 'textLength',
          operator: 'lessThanOrEqual',
          formulae: [500],
          allowBlank: true,
          showErrorMessage: true,
          error: 'At most 500 characters',
        };
      if (q.kind === 'long-text') answerCell.alignment = { wrapText: true, vertical: 'top' };
      places.push({ code: q.code, sheet: MAIN_SHEET, row: row.number, column: 3 });
    }
  }
  main.eachRow((row) =>
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.protection?.locked !== false) {
        lock(cell);
        if (row.number > 1 && column !== 3) cell.fill = LOCKED_FILL;
      }
    }),
  );
  await main.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const key = wb.addWorksheet(KEY_SHEET, { state: 'veryHidden' });
  key.addRows([
    [TEMPLATE_MARKER, 1],
    ['collection', id.collectionId],
    ['board', id.boardId],
    ['form', id.formId],
    ['form version', id.formVersion],
    ['revision', id.revision],
    ...places.map((p) => ['answer', p.code, p.sheet, p.row, p.column]),
  ]);
  await key.protect('', {});
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  q: Question,
  cells: (number | null)[][] | undefined,
) {
  const ws = wb.addWorksheet(name);
  ws.getColumn(1).width = 36;
  ws.getCell(1, 1).value = q.label;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = [q.help, q.unit ? `Figures in ${q.unit}.` : ''].filter(Boolean).join(' ');
  const headerRow = 3;
  const firstRow = headerRow + 1;
  const firstColumn = 2;
  ws.getCell(headerRow, 1).value = q.code;
  q.columns.forEach((c, j) => {
    ws.getCell(headerRow, firstColumn + j).value = c;
    ws.getColumn(firstColumn + j).width = 16;
  });
  const totalColumn = firstColumn + q.columns.length;
  ws.getCell(headerRow, totalColumn).value = 'Total';
  ws.getRow(headerRow).font = { bold: true };
  q.rows.forEach((label, i) => {
    const r = firstRow + i;
    ws.getCell(r, 1).value = label;
    q.columns.forEach((_, j) => {
      const cell = ws.getCell(r, firstColumn + j);
      openForAnswer(cell);
      cell.dataValidation = numberRule(q);
      const v = cells?.[i]?.[j];
      if (typeof v === 'number') cell.value = v;
    });
    ws.getCell(r, totalColumn).value = {
      formula: `SUM(${columnLetter(firstColumn)}${r}:${columnLetter(totalColumn - 1)}${r})`,
    };
  });
  const totalRow = firstRow + q.rows.length;
  ws.getCell(totalRow, 1).value = 'Total';
  ws.getRow(totalRow).font = { bold: true };
  for (let j = 0; j <= q.columns.length; j++) {
    const letter = columnLetter(firstColumn + j);
    ws.getCell(totalRow, firstColumn + j).value = {
      formula: `SUM(${letter}${firstRow}:${letter}${totalRow - 1})`,
    };
  }
  ws.eachRow((row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked !== false) lock(cell);
    }),
  );
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  return { row: firstRow, column: firstColumn };
}
