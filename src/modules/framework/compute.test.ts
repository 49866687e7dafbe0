import { describe, expect, it } from 'vitest';
import { referenceAreas } from '../network/service.ts';
import { computeIndicators, displayValue, ragOf } from './compute.ts';
import { defaultFramework } from './content/index.ts';
import { quantitative } from './content/build.ts';
import { memoryData } from './memory-data.ts';
import { quantitativeIndicators, referencesOf, syntheticFigures } from './synthetic.ts';

const rereferrals = quantitative({
  key: 'ind-rereferrals',
  code: 'REF2',
  name: 'Re-referrals within 12 months',
  definition: 'Re-referrals as a percentage of referrals.',
  polarity: 'lower-is-better',
  numerator: '[c1.rereferral_count]',
  denominator: '[c1.referral_count]',
  factor: 100,
  unit: '%',
  bands: { green: 20, amber: 25 },
});
const attendance = quantitative({
  key: 'ind-attendance',
  code: 'BRD1',
  name: 'Attendance',
  definition: 'Attendance at board meetings.',
  polarity: 'higher-is-better',
  numerator: '{attended}',
  denominator: '{places}',
  factor: 100,
  unit: '%',
  target: 80,
});

const figures = [
  { dataset: 'c1', measure: 'rereferral_count', period: '2025', areaCode: 'E09000007', value: 150 },
  { dataset: 'c1', measure: 'referral_count', period: '2025', areaCode: 'E09000007', value: 1000 },
  { dataset: 'c1', measure: 'rereferral_count', period: '2025', areaCode: 'E09000001', value: 3 },
  { dataset: 'c1', measure: 'referral_count', period: '2025', areaCode: 'E09000001', value: 20 },
  { dataset: 'c1', measure: 'rereferral_count', period: '2025', areaCode: 'E09000012', value: 600 },
  { dataset: 'c1', measure: 'referral_count', period: '2025', areaCode: 'E09000012', value: 2000 },
  { dataset: 'c1', measure: 'rereferral_count', period: '2025', areaCode: 'E09000002', value: null, status: 'c' },
  { dataset: 'c1', measure: 'referral_count', period: '2025', areaCode: 'E09000002', value: 900 },
  { dataset: 'board-returns', measure: 'attended', period: '2025', areaCode: 'E09000007', value: 41 },
  { dataset: 'board-returns', measure: 'places', period: '2025', areaCode: 'E09000007', value: 48 },
];

const units = [
  { code: 'camden', name: 'Camden', areaCodes: ['E09000007'] },
  { code: 'city-and-hackney', name: 'City and Hackney', areaCodes: ['E09000001', 'E09000012'] },
  { code: 'barking', name: 'Barking and Dagenham', areaCodes: ['E09000002'] },
  { code: 'barnet', name: 'Barnet', areaCodes: ['E09000003'] },
];

describe('computed values', () => {
  it('works out each board’s value, adding up a shared board’s authorities, with status codes and gaps as published', async () => {
    const data = memoryData(figures);
    const results = await computeIndicators(data, [rereferrals, attendance], '2025', units);
    const shown = (key: string, indicator: typeof rereferrals) =>
      units.map((u) => displayValue(indicator, results.get(key)!.get(u.code)!));
    expect(shown('ind-rereferrals', rereferrals)).toEqual(['15.0%', `${((603 / 2020) * 100).toFixed(1)}%`, 'c', 'no data']);
    expect(shown('ind-attendance', attendance)).toEqual(['85.4%', 'no data', 'no data', 'no data']);
    // One lookup per distinct figure, for all areas at once.
    expect(data.queries).toHaveLength(4);
    expect(data.queries[0]!.areaCodes).toHaveLength(5);
  });

  it('rates against the bands and the target as the value is shown', () => {
    expect(ragOf(rereferrals, { value: 20.04 })).toBe('green');
    expect(ragOf(rereferrals, { value: 24.9 })).toBe('amber');
    expect(ragOf(rereferrals, { value: 25.1 })).toBe('red');
    expect(ragOf(attendance, { value: 80 })).toBe('green');
    expect(ragOf(attendance, { value: 79 })).toBe('red');
    expect(ragOf(attendance, { status: 'c' })).toBeNull();
  });

  it('computes every indicator of the default framework for the 33 London authorities with one lookup per figure', async () => {
    const doc = defaultFramework();
    const authorities = referenceAreas.filter((a) => a.kind === 'local-authority');
    expect(authorities).toHaveLength(33);
    const data = memoryData(syntheticFigures(doc, authorities.map((a) => a.code), '2025'));
    const indicators = quantitativeIndicators(doc);
    const results = await computeIndicators(data, indicators, '2025', authorities.map((a) => ({ code: a.code, name: a.name, areaCodes: [a.code] })));
    expect(data.queries).toHaveLength(referencesOf(indicators).length);
    for (const i of indicators) for (const a of authorities) expect(results.get(i.key)!.get(a.code)).toHaveProperty('value');
  });
});
