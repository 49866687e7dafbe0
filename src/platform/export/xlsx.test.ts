import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx.ts';

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const columns = [
  { key: 'area', header: 'Area' },
  { key: 'rate', header: 'Rate per 10,000', numFmt: '0.0' },
  { key: 'due', header: 'Due' },
];

describe('toXlsx', () => {
  it('writes a bold header row frozen in place, with the data below it', async () => {
    const buffer = await toXlsx([{ name: 'Referrals', columns, rows: [{ area: 'Camden', rate: 519.2 }] }]);
    const sheet = (await open(buffer)).getWorksheet('Referrals')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Area', 'Rate per 10,000', 'Due']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(1).value).toBe('Camden');
  });

  it('stores numbers as numbers (negative ones too) and dates as dates', async () => {
    const due = new Date(Date.UTC(2025, 2, 31));
    const buffer = await toXlsx([{ name: 'Data', columns, rows: [{ area: 'Brent', rate: -3.25, due }] }]);
    const row = (await open(buffer)).getWorksheet('Data')!.getRow(2);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(2).value).toBe(-3.25);
    expect(row.getCell(2).numFmt).toBe('0.0');
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(3).value as Date).toISOString()).toBe('2025-03-31T00:00:00.000Z');
    expect(row.getCell(3).numFmt).toBe('yyyy-mm-dd');
  });

  it('never writes a formula: formula-like text is stored as text with an apostrophe', async () => {
    const rows = [{ area: '=1+1' }, { area: '-cmd|calc' }, { area: { formula: 'SUM(A1:A2)' } }];
    const buffer = await toXlsx([{ name: 'Data', columns, rows }]);
    const sheet = (await open(buffer)).getWorksheet('Data')!;
    const cells = [2, 3, 4].map((n) => sheet.getRow(n).getCell(1));
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cells.map((cell) => cell.value)).toEqual(["'=1+1", "'-cmd|calc", '{"formula":"SUM(A1:A2)"}']);
  });

  it('puts a title and notes above the table and freezes below the header', async () => {
    const buffer = await toXlsx([
      {
        name: 'Data',
        title: 'Re-referrals within 12 months',
        notes: ['Source: DfE children in need census', 'c = suppressed'],
        columns,
        rows: [{ area: 'Ealing', rate: 20 }],
      },
    ]);
    const sheet = (await open(buffer)).getWorksheet('Data')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Re-referrals within 12 months');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(3).getCell(1).value).toBe('c = suppressed');
    expect(sheet.getRow(5).getCell(1).value).toBe('Area');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  });

  it('sizes columns to their contents within sensible bounds', async () => {
    const rows = [{ area: 'Richmond upon Thames', rate: 1, due: 'x'.repeat(500) }];
    const sheet = (await open(await toXlsx([{ name: 'Data', columns, rows }]))).getWorksheet('Data')!;
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('Richmond upon Thames'.length);
    expect(sheet.getColumn(3).width).toBeLessThanOrEqual(60);
  });

  it('makes sheet names Excel accepts: short, no forbidden characters, unique', async () => {
    const buffer = await toXlsx([
      { name: 'Returns: 2024/25 [draft] for all thirty-two boards', columns, rows: [] },
      { name: 'Returns: 2024/25 [draft] for all thirty-two boards', columns, rows: [] },
    ]);
    const names = (await open(buffer)).worksheets.map((sheet) => sheet.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });
});
