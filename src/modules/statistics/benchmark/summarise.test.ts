import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarise, type AreaValue } from './summarise.ts';

const area = (code: string, value: number | null, status: string | null = null): AreaValue => ({
  code,
  name: `Area ${code}`,
  value,
  status,
});

describe('summarise', () => {
  const values = [
    area('A', 10),
    area('B', 20),
    area('C', 20),
    area('D', 30),
    area('E', null, 'c'),
    area('F', null),
  ];
  const summary = summarise(values, { polarity: 'lower-better' });

  it('works out the spread from the numbers only', () => {
    // 10, 20, 20, 30: q1 at position 0.75 = 17.5; median 20; q3 at position 2.25 = 22.5.
    expect(summary).toMatchObject({ count: 4, min: 10, max: 30, mean: 20, median: 20, q1: 17.5, q3: 22.5 });
  });

  it('ranks the highest value first and lets ties share the better rank', () => {
    const ranks = Object.fromEntries(summary.areas.map((a) => [a.code, a.rank]));
    expect(ranks).toEqual({ D: 1, B: 2, C: 2, A: 4, E: null, F: null });
    expect(summary.areas.map((a) => a.code)).toEqual(['D', 'B', 'C', 'A', 'E', 'F']);
  });

  it('bands by value: 1 at or below q1 … 4 above q3, whatever the polarity', () => {
    const bands = Object.fromEntries(summary.areas.map((a) => [a.code, a.quartile]));
    expect(bands).toEqual({ A: 1, B: 2, C: 2, D: 4, E: null, F: null });
    expect(summarise(values, { polarity: 'higher-better' }).areas.map((a) => a.quartile)).toEqual(
      summary.areas.map((a) => a.quartile),
    );
  });

  it('lists status-coded areas without a number even if one was given', () => {
    const coded = summarise([area('A', 5), area('B', 99, 'u')], { polarity: 'context' });
    expect(coded.count).toBe(1);
    expect(coded.max).toBe(5);
    expect(coded.areas[1]).toMatchObject({ code: 'B', value: null, status: 'u', rank: null, quartile: null });
  });

  it('gives empty figures when no area has a number', () => {
    expect(summarise([area('A', null, 'x')], { polarity: 'context' })).toMatchObject({
      count: 0,
      min: null,
      max: null,
      mean: null,
      median: null,
      q1: null,
      q3: null,
    });
  });

  it('ranks are one more than the number of strictly higher values, for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 }), (numbers) => {
        const result = summarise(
          numbers.map((n, i) => area(String(i), n)),
          { polarity: 'higher-better' },
        );
        for (const a of result.areas) {
          expect(a.rank).toBe(numbers.filter((n) => n > a.value!).length + 1);
          expect(a.quartile).not.toBeNull();
        }
        const bands = result.areas.map((a) => a.quartile!);
        // Down the ranking (highest value first) the band never goes up.
        expect([...bands]).toEqual([...bands].sort((x, y) => y - x));
      }),
    );
  });
});
