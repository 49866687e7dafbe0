/**
 * Spearman's rank correlation, for phase two: does an indicator move with an outcome
 * across boards? Ranks, not raw values, so one extreme board cannot dominate.
 */

export type Strength = 'very weak' | 'weak' | 'moderate' | 'strong' | 'very strong';

export interface RankCorrelation {
  /** Between -1 and 1; null when it cannot be worked out (fewer than 2 pairs, or no spread). */
  rho: number | null;
  /** Pairs used: those where both figures are finite numbers. */
  n: number;
  strength: Strength | null;
  direction: 'positive' | 'negative' | 'none' | null;
  /** Under 10 pairs a rank correlation is too unstable to lean on. */
  smallSample: boolean;
  /** The result in words, e.g. "strong positive (rho 0.71, 12 boards)". */
  summary: string;
}

export const SMALL_SAMPLE = 10;

/** Average ranks (1-based): tied values share the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.index] = rank;
    start = end + 1;
  }
  return ranks;
}

export function strengthOf(rho: number): Strength {
  const size = Math.abs(rho);
  if (size < 0.2) return 'very weak';
  if (size < 0.4) return 'weak';
  if (size < 0.6) return 'moderate';
  if (size < 0.8) return 'strong';
  return 'very strong';
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  const mx = x.reduce((t, v) => t + v, 0) / n;
  const my = y.reduce((t, v) => t + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Rank correlation of paired figures (x[i] with y[i]). Pairs where either figure is
 * missing or not finite are left out. Pearson's r on average ranks, which is exact with ties.
 */
export function spearman(x: readonly (number | null)[], y: readonly (number | null)[]): RankCorrelation {
  if (x.length !== y.length)
    throw new RangeError(`spearman needs pairs: got ${x.length} and ${y.length} figures`);
  const xs: number[] = [];
  const ys: number[] = [];
  x.forEach((a, i) => {
    const b = y[i];
    if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)) {
      xs.push(a);
      ys.push(b);
    }
  });
  const n = xs.length;
  const smallSample = n < SMALL_SAMPLE;
  const rho = n < 2 ? null : pearson(averageRanks(xs), averageRanks(ys));
  if (rho === null) {
    const why = n < 2 ? `only ${n} pair${n === 1 ? '' : 's'}` : 'one of the figures does not vary';
    return { rho, n, strength: null, direction: null, smallSample, summary: `cannot be worked out (${why})` };
  }
  const strength = strengthOf(rho);
  const direction = rho > 0 ? 'positive' : rho < 0 ? 'negative' : 'none';
  const caveat = smallSample ? '; too few pairs to rely on' : '';
  const shape = direction === 'none' ? 'no correlation' : `${strength} ${direction}`;
  return {
    rho,
    n,
    strength,
    direction,
    smallSample,
    summary: `${shape} (rho ${rho.toFixed(2)}, n = ${n}${caveat})`,
  };
}
