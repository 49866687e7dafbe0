export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

// Linear interpolation between closest ranks: Excel's QUARTILE.INC and R's default
// (type 7), so figures match what analysts get in their own spreadsheets.
function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const fraction = position - lower;
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * fraction;
}

/** Lower quartile, median and upper quartile of the values present, or null if none. */
export function quartiles(values: readonly (number | null)[]): Quartiles | null {
  const sorted = values
    .filter((value): value is number => value !== null && Number.isFinite(value))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return { q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75) };
}

/** Which quarter of the distribution a value sits in, 1 (lowest) to 4. */
export function quarterOf(value: number, q: Quartiles): 1 | 2 | 3 | 4 {
  if (value <= q.q1) return 1;
  if (value <= q.median) return 2;
  if (value <= q.q3) return 3;
  return 4;
}
