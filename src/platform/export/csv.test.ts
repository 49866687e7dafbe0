import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

const columns = [
  { key: 'area', header: 'Area' },
  { key: 'value', header: 'Value' },
];

function readBack(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends records with CRLF so Excel opens it right', () => {
    const csv = toCsv(columns, [{ area: 'Hackney', value: 12 }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFArea,Value\r\nHackney,12\r\n');
  });

  it('keeps commas, quotes, new lines and non-ASCII names intact', () => {
    const rows = [{ area: 'Kensington and Chelsea, "Royal"\nBorough', value: 'Ŵ café' }];
    expect(readBack(toCsv(columns, rows))).toEqual([
      ['Area', 'Value'],
      ['Kensington and Chelsea, "Royal"\nBorough', 'Ŵ café'],
    ]);
  });

  it('puts an apostrophe before text that a spreadsheet would run as a formula', () => {
    const rows = ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\r=1'].map((area) => ({
      area,
      value: 1,
    }));
    const cells = readBack(toCsv(columns, rows))
      .slice(1)
      .map((row) => row[0]);
    expect(cells).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "'\r=1"]);
  });

  it('leaves real negative numbers as numbers', () => {
    const rows = [{ area: 'Barnet', value: -4.5 }];
    expect(readBack(toCsv(columns, rows))[1]).toEqual(['Barnet', '-4.5']);
  });

  it('writes missing values and non-finite numbers as empty cells, dates as ISO dates', () => {
    const rows = [
      { area: null, value: Number.NaN },
      { area: new Date(Date.UTC(2025, 2, 31)), value: undefined },
      { area: new Date(Date.UTC(2025, 2, 31, 9, 30)), value: true },
    ];
    expect(readBack(toCsv(columns, rows)).slice(1)).toEqual([
      ['', ''],
      ['2025-03-31', ''],
      ['2025-03-31T09:30:00.000Z', 'TRUE'],
    ]);
  });

  it('protects the header row too', () => {
    expect(readBack(toCsv([{ key: 'a', header: '=cmd' }], []))[0]).toEqual(["'=cmd"]);
  });

  it('never lets a cell begin with a formula trigger unless it was a real number', () => {
    const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' ', 'a');
    const text = fc
      .tuple(trigger, fc.string({ unit: 'grapheme-ascii' }))
      .map(([first, rest]) => first + rest);
    const cell = fc.oneof(
      text,
      fc.string({ unit: 'binary' }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const table = fc.array(fc.tuple(cell, cell), { maxLength: 20 });
    fc.assert(
      fc.property(table, (pairs) => {
        const rows = pairs.map(([area, value]) => ({ area, value }));
        const parsed = readBack(toCsv(columns, rows)).slice(1);
        expect(parsed).toHaveLength(rows.length);
        parsed.forEach((parsedRow, rowIndex) => {
          const inputs = [rows[rowIndex]!.area, rows[rowIndex]!.value];
          parsedRow.forEach((parsedCell, columnIndex) => {
            const input = inputs[columnIndex];
            if (typeof input === 'number') {
              if (Number.isFinite(input)) expect(Number(parsedCell)).toBe(input === 0 ? 0 : input);
              else expect(parsedCell).toBe('');
              return;
            }
            expect(parsedCell).not.toMatch(/^[=+\-@\t\r]/);
            if (typeof input === 'string') expect([input, `'${input}`]).toContain(parsedCell);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
