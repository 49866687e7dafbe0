import { describe, expect, it } from 'vitest';
import { compare } from './compare.ts';

describe('compare', () => {
  it('says better or worse by polarity', () => {
    expect(compare(25.1, 22.6, 'lower-better', { referenceName: 'England' })).toEqual({
      outcome: 'worse',
      difference: 25.1 - 22.6,
      text: '25.1 is higher than England (22.6), which is worse.',
    });
    expect(compare(25.1, 22.6, 'higher-better', { referenceName: 'England' }).outcome).toBe('better');
    expect(compare(18, 22.6, 'lower-better').text).toBe(
      '18 is lower than the comparison (22.6), which is better.',
    );
  });

  it('only says higher or lower for context indicators', () => {
    expect(compare(300, 250, 'context', { referenceName: 'London' })).toMatchObject({
      outcome: 'higher',
      text: '300 is higher than London (250).',
    });
    expect(compare(200, 250, 'context').outcome).toBe('lower');
  });

  it('treats figures that print the same, or fall within the tolerance, as similar', () => {
    expect(
      compare(22.64, 22.6, 'lower-better', { decimalPlaces: 1, referenceName: 'England' }),
    ).toMatchObject({
      outcome: 'similar',
      text: '22.6 is about the same as England (22.6).',
    });
    expect(compare(23, 22.6, 'lower-better', { tolerance: 0.5 }).outcome).toBe('similar');
    expect(compare(23.2, 22.6, 'lower-better', { tolerance: 0.5 }).outcome).toBe('worse');
  });

  it('will not compare a suppressed or missing figure', () => {
    expect(compare(null, 22.6, 'lower-better', { valueStatus: 'c', referenceName: 'England' })).toEqual({
      outcome: 'not-comparable',
      difference: null,
      text: 'Cannot be compared with England: the figure is suppressed to protect confidentiality (c).',
    });
    expect(compare(10, null, 'higher-better', { referenceName: 'statistical neighbours' }).text).toBe(
      'Cannot be compared with statistical neighbours: the figure for statistical neighbours is not available.',
    );
    expect(compare(10, 12, 'higher-better', { referenceStatus: 'x' }).outcome).toBe('not-comparable');
  });
});
