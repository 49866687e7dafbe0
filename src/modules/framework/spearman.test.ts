import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, spearman, strengthOf } from './spearman.ts';

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(averageRanks([3, 1, 2])).toEqual([3, 1, 2]);
  });
});

describe('spearman', () => {
  it('matches a hand-worked example without ties', () => {
    // Ranks x: 1..5; ranks y: 2,1,4,3,5; d² = 1+1+1+1+0 = 4; rho = 1 - 6·4/(5·24) = 0.8
    const result = spearman([1, 2, 3, 4, 5], [20, 10, 40, 30, 50]);
    expect(result.rho).toBeCloseTo(0.8, 12);
    expect(result.n).toBe(5);
    expect(result.strength).toBe('very strong');
    expect(result.direction).toBe('positive');
    expect(result.smallSample).toBe(true);
  });

  it('matches a hand-worked example with ties', () => {
    // x ranks 1, 2.5, 2.5, 4; y ranks 1, 2, 3, 4. Deviations from 2.5:
    // x: -1.5, 0, 0, 1.5; y: -1.5, -0.5, 0.5, 1.5; Σxy = 4.5; Σx² = 4.5; Σy² = 5; rho = 4.5/√22.5
    const result = spearman([1, 2, 2, 3], [1, 2, 3, 4]);
    expect(result.rho).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
    expect(result.rho).toBeCloseTo(0.9487, 4);
  });

  it('finds a perfect negative relationship and describes it', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const result = spearman(
      x,
      x.map((v) => 100 - v * v),
    );
    expect(result.rho).toBe(-1);
    expect(result.smallSample).toBe(false);
    expect(result.summary).toBe('very strong negative (rho -1.00, n = 12)');
  });

  it('leaves out pairs with a missing figure', () => {
    // Kept pairs (1,1), (3,3), (4,2): ranks x 1,2,3, y 1,3,2; Σd² = 2; rho = 1 - 12/24
    const result = spearman([1, null, 3, 4, Number.NaN], [1, 5, 3, 2, 7]);
    expect(result.n).toBe(3);
    expect(result.rho).toBeCloseTo(0.5, 12);
  });

  it('says when it cannot be worked out', () => {
    expect(spearman([1], [2])).toMatchObject({
      rho: null,
      n: 1,
      summary: 'cannot be worked out (only 1 pair)',
    });
    expect(spearman([1, 2, 3], [4, 4, 4]).summary).toBe(
      'cannot be worked out (one of the figures does not vary)',
    );
    expect(() => spearman([1, 2], [1])).toThrow(RangeError);
  });

  it('names strengths at the agreed cut-offs', () => {
    expect([0.19, 0.2, 0.39, 0.4, 0.59, 0.6, 0.79, 0.8, -0.85].map(strengthOf)).toEqual([
      'very weak',
      'weak',
      'weak',
      'moderate',
      'moderate',
      'strong',
      'strong',
      'very strong',
      'very strong',
    ]);
  });

  it('is always within [-1, 1] and symmetric in its two arguments', () => {
    const pairs = fc.array(
      fc.tuple(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(pairs, (rows) => {
        const x = rows.map((r) => r[0]);
        const y = rows.map((r) => r[1]);
        const forward = spearman(x, y);
        const backward = spearman(y, x);
        if (forward.rho === null) {
          expect(backward.rho).toBeNull();
          return;
        }
        expect(forward.rho).toBeGreaterThanOrEqual(-1);
        expect(forward.rho).toBeLessThanOrEqual(1);
        expect(backward.rho).toBeCloseTo(forward.rho, 12);
      }),
      { numRuns: 500 },
    );
  });
});
