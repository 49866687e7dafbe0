import { describe, expect, it } from 'vitest';
import { suppressColumns, suppressSmallNumbers } from './suppression.ts';

describe('suppressSmallNumbers', () => {
  it('publishes counts of 1 to threshold-1 as the code c', () => {
    expect([1, 2, 5].map((n) => suppressSmallNumbers(n, 6))).toEqual(['c', 'c', 'c']);
    expect(suppressSmallNumbers(6, 6)).toBe(6);
    expect(suppressSmallNumbers(9, 10)).toBe('c');
  });

  it('keeps a true zero as 0', () => {
    expect(suppressSmallNumbers(0, 6)).toBe(0);
  });

  it('passes rates, negative changes, existing codes and missing values through', () => {
    expect(suppressSmallNumbers(2.3, 6)).toBe(2.3);
    expect(suppressSmallNumbers(-3, 6)).toBe(-3);
    expect(suppressSmallNumbers('x', 6)).toBe('x');
    expect(suppressSmallNumbers(null, 6)).toBeNull();
    expect(suppressSmallNumbers(undefined, 6)).toBeNull();
  });

  it('uses a threshold of 6 by default', () => {
    expect(suppressSmallNumbers(5)).toBe('c');
    expect(suppressSmallNumbers(6)).toBe(6);
  });

  it('suppresses only the named count columns of a table', () => {
    const rows = [{ area: 'Sutton', plans: 3, rate: 4.2 }];
    expect(suppressColumns(rows, ['plans'])).toEqual([{ area: 'Sutton', plans: 'c', rate: 4.2 }]);
    expect(rows[0]!.plans).toBe(3);
  });
});
