import { percentileOfSorted } from './percentile.ts';
import type { Polarity } from './polarity.ts';

export interface AreaValue {
  code: string;
  name: string;
  value: number | null;
  /** A published status code (c, x, z …) in place of a number. */
  status: string | null;
}

export interface RankedArea extends AreaValue {
  /** 1 = highest value; tied values share the best rank (1, 2, 2, 4). Null without a number. */
  rank: number | null;
  /** 1–4 by value, see QUARTILE BANDS below. Null without a number. */
  quartile: 1 | 2 | 3 | 4 | null;
}

export interface Summary {
  polarity: Polarity;
  /** Areas with a number; status-coded areas are listed but not counted. */
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Ranked areas by rank (then name), then areas without a number by name. */
  areas: RankedArea[];
}

/**
 * QUARTILE BANDS, by value whatever the polarity (q1, median and q3 as percentile_cont):
 *   band 1: value ≤ q1
 *   band 2: q1 < value ≤ median
 *   band 3: median < value ≤ q3
 *   band 4: value > q3
 * So band 1 is always the lowest values; whether that is good is the polarity's business.
 */
export function quartileBand(value: number, q1: number, medianValue: number, q3: number): 1 | 2 | 3 | 4 {
  if (value <= q1) return 1;
  if (value <= medianValue) return 2;
  if (value <= q3) return 3;
  return 4;
}

const hasNumber = (area: AreaValue): area is AreaValue & { value: number } =>
  area.status === null && area.value !== null && Number.isFinite(area.value);

/** Benchmarks a set of areas on one indicator: spread, ranks and quartile bands. */
export function summarise(values: readonly AreaValue[], { polarity }: { polarity: Polarity }): Summary {
  const counted = values.filter(hasNumber);
  const sorted = counted.map((a) => a.value).sort((a, b) => a - b);
  const count = sorted.length;
  const q1 = percentileOfSorted(sorted, 0.25);
  const med = percentileOfSorted(sorted, 0.5);
  const q3 = percentileOfSorted(sorted, 0.75);
  const descending = [...sorted].reverse();

  const areas: RankedArea[] = values.map((area) => {
    if (!hasNumber(area)) return { ...area, value: null, rank: null, quartile: null };
    // Competition ranking: one more than the number of areas with a strictly higher value.
    const rank = firstIndexAtMost(descending, area.value) + 1;
    return { ...area, rank, quartile: quartileBand(area.value, q1!, med!, q3!) };
  });
  areas.sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank || a.name.localeCompare(b.name);
    if (a.rank !== null) return -1;
    if (b.rank !== null) return 1;
    return a.name.localeCompare(b.name);
  });

  return {
    polarity,
    count,
    min: count > 0 ? sorted[0]! : null,
    max: count > 0 ? sorted[count - 1]! : null,
    mean: count > 0 ? sorted.reduce((sum, v) => sum + v, 0) / count : null,
    median: med,
    q1,
    q3,
    areas,
  };
}

/** Index of the first value ≤ target in a descending array (binary search). */
function firstIndexAtMost(descending: readonly number[], target: number): number {
  let lo = 0;
  let hi = descending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (descending[mid]! > target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
