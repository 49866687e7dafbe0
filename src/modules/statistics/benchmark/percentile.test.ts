import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, percentileCont } from './percentile.ts';

describe('percentileCont, worked by hand', () => {
  it('interpolates between the two nearest values', () => {
    // Positions p × (n − 1) in 1,2,3,4: 0.75 → 1.75; 1.5 → 2.5; 2.25 → 3.25.
    expect(percentileCont([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(percentileCont([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileCont([1, 2, 3, 4], 0.75)).toBe(3.25);
    // Excel's PERCENTILE.INC({15,20,35,40,50}, 0.4) = 29: position 1.6, 20 + 0.6 × 15.
    expect(percentileCont([50, 15, 40, 20, 35], 0.4)).toBe(29);
  });

  it('gives the ends at 0 and 1, the value itself for one value, and null for none', () => {
    expect(percentileCont([9, 3, 6], 0)).toBe(3);
    expect(percentileCont([9, 3, 6], 1)).toBe(9);
    expect(percentileCont([7], 0.3)).toBe(7);
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it('refuses percentiles outside 0–1 and values that are not finite', () => {
    expect(() => percentileCont([1, 2], 1.5)).toThrow(RangeError);
    expect(() => percentileCont([1, 2], Number.NaN)).toThrow(RangeError);
    expect(() => percentileCont([1, Number.NaN], 0.5)).toThrow(RangeError);
  });

  it('median is the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('never leaves the range of the values and does not change the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const before = [...values];
          const result = percentileCont(values, p)!;
          expect(result).toBeGreaterThanOrEqual(Math.min(...values));
          expect(result).toBeLessThanOrEqual(Math.max(...values));
          expect(values).toEqual(before);
        },
      ),
    );
  });
});
