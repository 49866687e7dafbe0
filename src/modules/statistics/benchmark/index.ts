export { compare, type CompareOptions, type Comparison, type ComparisonOutcome } from './compare.ts';
export { median, percentileCont, percentileOfSorted } from './percentile.ts';
export { POLARITIES, type Polarity } from './polarity.ts';
export { quartileBand, summarise, type AreaValue, type RankedArea, type Summary } from './summarise.ts';
export { trend, type Trend, type TrendOptions, type TrendPoint } from './trend.ts';
