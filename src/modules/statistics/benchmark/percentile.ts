/**
 * Continuous percentile with linear interpolation between the two nearest ranks, the same
 * rule (and the same arithmetic, so the same floating-point result) as PostgreSQL's
 * `percentile_cont(p) WITHIN GROUP (ORDER BY x)` and Excel's PERCENTILE.INC:
 * position = p × (n − 1) in the sorted values; result = lower + (upper − lower) × fraction.
 * Returns null for no values, as PostgreSQL does.
 */
export function percentileCont(numbers: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a percentile must be between 0 and 1, not ${p}`);
  if (numbers.length === 0) return null;
  for (const n of numbers) {
    if (!Number.isFinite(n)) throw new RangeError(`percentiles need finite numbers, not ${n}`);
  }
  const sorted = [...numbers].sort((a, b) => a - b);
  return percentileOfSorted(sorted, p);
}

/** As percentileCont, for values already sorted ascending (no copy, no checks). */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = p * (sorted.length - 1);
  const lowerIndex = Math.floor(position);
  const upperIndex = Math.ceil(position);
  const lower = sorted[lowerIndex]!;
  if (upperIndex === lowerIndex) return lower;
  const upper = sorted[upperIndex]!;
  return lower + (upper - lower) * (position - lowerIndex);
}

/** The middle value (mean of the middle two for an even count); null for no values. */
export function median(numbers: readonly number[]): number | null {
  return percentileCont(numbers, 0.5);
}
