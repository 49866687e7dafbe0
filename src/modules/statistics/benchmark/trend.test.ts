import { describe, expect, it } from 'vitest';
import { trend } from './trend.ts';

const series = (...pairs: [string, number | null][]) => pairs.map(([period, value]) => ({ period, value }));

describe('trend', () => {
  it('looks at the last N periods, in period order', () => {
    const result = trend(series(['2025', 20], ['2021', 50], ['2023', 30], ['2024', 25], ['2022', 40]), {
      periods: 3,
      polarity: 'lower-better',
    });
    expect(result).toMatchObject({
      direction: 'down',
      judgement: 'improving',
      from: { period: '2023', value: 30 },
      to: { period: '2025', value: 20 },
      change: -10,
      steady: true,
      periodsWithValues: 3,
    });
    expect(result.text).toBe('From 2023 to 2025 the figure went down (30 to 20), which is improving.');
  });

  it('skips periods published as status codes, and notices a wobble', () => {
    const result = trend(series(['201920', 10], ['202021', null], ['202122', 14], ['202223', 12]), {
      periods: 4,
    });
    expect(result).toMatchObject({
      direction: 'up',
      judgement: null,
      change: 2,
      steady: false,
      periodsWithValues: 3,
    });
  });

  it('calls small changes flat and needs two numbers', () => {
    expect(
      trend(series(['2024', 10], ['2025', 10.2]), { tolerance: 0.5, polarity: 'higher-better' }),
    ).toMatchObject({
      direction: 'flat',
      judgement: 'stable',
    });
    expect(trend(series(['2024', null], ['2025', 3])).direction).toBe('not-enough-data');
  });
});
