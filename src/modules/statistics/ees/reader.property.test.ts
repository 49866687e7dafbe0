import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EesFormatError, readEesFile, STATUS_CODES, type EesObservation } from './index.ts';
import { dfeFile, HEADER, tempFile } from './test-support.ts';

// The first rows of a real file: national, regional and authority rows with quoted blanks.
const seed = readFileSync(dfeFile('d3_cpps_subsequent_plan_2013_to_2025.csv'), 'utf8')
  .split('\n')
  .slice(0, 25)
  .join('\n');

async function readAll(file: string): Promise<EesObservation[]> {
  const all: EesObservation[] = [];
  for await (const batch of readEesFile(file)) all.push(...batch.observations);
  return all;
}

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 6 }),
  insert: fc.array(
    fc.constantFrom('"', ',', '\n', '\r', ' ', '1', ',', 'x', 'low', '1,234', '\uFEFF', 'é', '\0'),
    {
      maxLength: 4,
    },
  ),
});

describe('mutated EES files', () => {
  it('either read or fail with an EesFormatError, never anything else and never hang', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (edits) => {
        let text = seed;
        for (const { at, remove, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert.join('') + text.slice(i + remove);
        }
        try {
          const observations = await readAll(tempFile(text));
          for (const o of observations) expect(o.value === null ? o.status : String(o.value)).not.toBeNull();
        } catch (error) {
          if (!(error instanceof EesFormatError)) throw error;
          expect(error.message).toMatch(/^\d+-data\.csv/);
        }
      }),
      { numRuns: 300, timeout: 2000 },
    );
  });

  it('keep every generated value exactly as written', async () => {
    const number = fc
      .tuple(fc.integer({ min: -99999, max: 999999 }), fc.option(fc.nat({ max: 999 })))
      .map(([whole, part]) => (part === null ? String(whole) : `${whole}.${part}`));
    const cell = fc.oneof(number, fc.constantFrom(...STATUS_CODES));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 30 }), async (rows) => {
        const lines = rows.map(
          ([a, b], i) =>
            `2024,Reporting year,Local authority,E92000001,England,E12000007,London,${200 + i},E0900${i},Area ${i},Total,${a},${b}`,
        );
        const observations = await readAll(tempFile([`${HEADER},category,count,rate`, ...lines].join('\n')));
        expect(observations.map((o) => o.raw)).toEqual(rows.flat());
        for (const o of observations) {
          if (o.status === null) expect(o.value).toBe(Number(o.raw));
          else expect(o.value).toBeNull();
        }
      }),
      { numRuns: 100 },
    );
  });
});
