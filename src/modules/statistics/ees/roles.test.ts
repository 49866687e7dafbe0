import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEesFile, EesFormatError, readEesFile, STATUS_CODES, type EesObservation } from './index.ts';
import { HEADER, tempFile } from './test-support.ts';

const camden = (i: number) =>
  `202425,Academic year,Local authority,E92000001,England,E12000007,London,${200 + i},E0900${String(i).padStart(4, '0')},Area ${i}`;
const quoted = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A file with one filter (category) and the given columns, one row per area. */
function eesFile(columns: Record<string, string[]>): string {
  const names = Object.keys(columns);
  const rows = columns[names[0]!]!.map((_, i) =>
    [camden(i), 'Total', ...names.map((n) => quoted(columns[n]![i]!))].join(','),
  );
  return tempFile([`${HEADER},category,${names.join(',')}`, ...rows].join('\n'));
}

async function observations(file: string, options = {}): Promise<EesObservation[]> {
  const all: EesObservation[] = [];
  for await (const batch of readEesFile(file, options)) all.push(...batch.observations);
  return all;
}

async function refusal(file: string, options = {}): Promise<EesFormatError> {
  const error = await describeEesFile(file, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof EesFormatError) return error;
  throw new Error(`expected an EesFormatError, got ${String(error)}`);
}

describe('telling indicators from filters by content', () => {
  it('takes numbers with thousands separators as numbers, stored without the separators', async () => {
    const file = eesFile({
      pupils: ['1,234', '-12,345.60', '987', '1,000,000'],
      percent: ['5.0', '6.1', '7', '8'],
    });
    const description = await describeEesFile(file);
    expect(description.indicators).toEqual(['pupils', 'percent']);
    const pupils = (await observations(file)).filter((o) => o.measure === 'pupils');
    expect(pupils.map((o) => [o.value, o.raw])).toEqual([
      [1234, '1234'],
      [-12345.6, '-12345.60'],
      [987, '987'],
      [1000000, '1000000'],
    ]);
  });

  it('takes every EES status code as an indicator value, even in a column of nothing else', async () => {
    const codes = [...STATUS_CODES];
    const file = eesFile({ published: codes.map((c, i) => (i % 2 ? c : String(i))), withheld: codes });
    const description = await describeEesFile(file);
    expect(description.indicators).toEqual(['published', 'withheld']);
    expect(description.statusCounts).toMatchObject({ c: 1, low: 2, '..': 1 });
  });

  it('refuses a column of numbers with a stray word, naming the column, the first such line and its value', async () => {
    const file = eesFile({
      pupils: ['12', '30', 'about 40', '55', 'n/a', '8'],
      percent: ['1', '2', '3', '4', '5', '6'],
    });
    const error = await refusal(file);
    expect(error).toMatchObject({ line: 4, column: 'pupils', columnNumber: 12 });
    expect(error.message).toMatch(
      /, line 4, column "pupils": "about 40" is not a number or a status code \(c, z, x, u, k, low, ~, :, \.\.\), yet 4 of the 6 values in this column are/,
    );
    expect(error.problem).toMatch(/import the file with the \.meta\.csv published beside it/);
  });

  it('names the earliest stray word when two columns have one', async () => {
    const error = await refusal(eesFile({ a: ['1', '2', '3', 'later'], b: ['1', 'first', '3', '4'] }));
    expect(error).toMatchObject({ line: 3, column: 'b' });
  });

  it('keeps a column of numbers whose words recur (an age filter with "Total") as a filter', async () => {
    const file = eesFile({
      age: ['5', '6', 'Total', '5', '6', 'Total'],
      pupils: ['1', '2', '3', '4', '5', '6'],
    });
    const description = await describeEesFile(file);
    expect(description.filters).toEqual(['category', 'age']);
    expect(description.indicators).toEqual(['pupils']);
  });

  it('keeps a column mostly of words as a filter, numbers among them or not', async () => {
    const file = eesFile({ phase: ['Primary', 'Secondary', '16 to 18', '6'], pupils: ['1', '2', '3', '4'] });
    const description = await describeEesFile(file);
    expect(description.filters).toEqual(['category', 'phase']);
    expect(description.indicators).toEqual(['pupils']);
  });

  it('follows the meta file for a mixed column: a filter when it says filter, refused when it says indicator', async () => {
    const file = eesFile({ age: ['0', '1', '2', '16+'], pupils: ['1', '2', '3', '4'] });
    const asFilter = tempFile(
      'col_name,col_type,label\ncategory,Filter,Category\nage,Filter,Age\npupils,Indicator,Pupils\n',
      'f.meta.csv',
    );
    const description = await describeEesFile(file, { meta: asFilter });
    expect(description.filters).toEqual(['category', 'age']);
    expect((await observations(file, { meta: asFilter })).map((o) => o.filters.age)).toEqual([
      '0',
      '1',
      '2',
      '16+',
    ]);
    const asIndicator = tempFile(
      'col_name,col_type,label\ncategory,Filter,Category\nage,Indicator,Age\npupils,Indicator,Pupils\n',
      'i.meta.csv',
    );
    const error = await refusal(file, { meta: asIndicator });
    expect(error).toMatchObject({ line: 5, column: 'age' });
    expect(error.problem).toMatch(/^"16\+" is not a number or a published status code/);
  });

  it('classifies any column of numbers, thousands-separated numbers and status codes as an indicator', async () => {
    const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const number = fc
      .tuple(fc.boolean(), fc.nat({ max: 2_000_000_000 }), fc.option(fc.nat({ max: 999 })), fc.boolean())
      .map(
        ([negative, whole, part, separated]) =>
          `${negative ? '-' : ''}${separated ? grouped(whole) : String(whole)}${part === null ? '' : `.${part}`}`,
      );
    const cell = fc.oneof(number, fc.constantFrom(...STATUS_CODES));
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 40 }), async (cells) => {
        const file = eesFile({ figure: cells });
        const description = await describeEesFile(file);
        expect(description.indicators).toEqual(['figure']);
        expect(description.filters).toEqual(['category']);
        const read = await observations(file);
        expect(read.map((o) => o.raw)).toEqual(cells.map((c) => c.replace(/,/g, '')));
        for (const o of read)
          expect(o.status === null ? o.value : o.status).toEqual(o.status === null ? Number(o.raw) : o.raw);
      }),
      { numRuns: 150 },
    );
  });
});
