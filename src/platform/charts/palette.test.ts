import { describe, expect, it } from 'vitest';
import { equalIntervalBands, bandFor } from './bands.ts';
import { CATEGORICAL, contrastRatio, SEQUENTIAL, textColourOn } from './palette.ts';
import { quartiles } from './quartiles.ts';

describe('colours', () => {
  it('every categorical colour stands out from the white background by at least 3:1', () => {
    for (const colour of CATEGORICAL) expect(contrastRatio(colour, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });

  it('text on every band colour reads at 4.5:1 or better', () => {
    for (const fill of SEQUENTIAL)
      expect(contrastRatio(fill, textColourOn(fill))).toBeGreaterThanOrEqual(4.5);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });
});

describe('quartiles', () => {
  it('matches Excel QUARTILE.INC', () => {
    expect(quartiles([1, 2, 3, 4])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25 });
    expect(quartiles([7, null, 15, 36, 39, 40, 41])).toEqual({ q1: 20.25, median: 37.5, q3: 39.75 });
    expect(quartiles([null])).toBeNull();
  });
});

describe('bands', () => {
  it('splits the range into five equal bands and places values in them', () => {
    const bands = equalIntervalBands([0, 10, 20, 30, 40, 50, null]);
    expect(bands.map((band) => band.label)).toEqual([
      '0 to 10',
      '10 to 20',
      '20 to 30',
      '30 to 40',
      '40 to 50',
    ]);
    expect(bandFor(50, bands)?.label).toBe('40 to 50');
    expect(bandFor(10, bands)?.label).toBe('10 to 20');
    expect(bandFor(null, bands)).toBeNull();
  });
});
