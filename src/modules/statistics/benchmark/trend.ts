import type { Polarity } from './polarity.ts';

export interface TrendPoint {
  /** An EES time period ("2024", "202324"); these sort correctly as text. */
  period: string;
  value: number | null;
}

export interface Trend {
  /** up / down / flat over the window, or not-enough-data with fewer than two numbers. */
  direction: 'up' | 'down' | 'flat' | 'not-enough-data';
  /** improving / worsening from the polarity; null for 'context' indicators or no trend. */
  judgement: 'improving' | 'worsening' | 'stable' | null;
  from: { period: string; value: number } | null;
  to: { period: string; value: number } | null;
  change: number | null;
  /** True when every step in the window moved the same way (or stayed put). */
  steady: boolean;
  /** Periods in the window with a number. */
  periodsWithValues: number;
  text: string;
}

export interface TrendOptions {
  /** How many of the latest periods to look at (default 3). */
  periods?: number;
  polarity?: Polarity;
  /** Changes up to this size (absolute) count as flat. Default 0. */
  tolerance?: number;
}

/**
 * Direction over the last N periods of a series: from the first to the last period in the
 * window that has a number. Periods published as status codes (value null) are skipped.
 */
export function trend(series: readonly TrendPoint[], options: TrendOptions = {}): Trend {
  const periods = Math.max(2, Math.floor(options.periods ?? 3));
  const window = [...series]
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .slice(-periods);
  const points = window.filter(
    (p): p is { period: string; value: number } => p.value !== null && Number.isFinite(p.value),
  );
  if (points.length < 2) {
    return {
      direction: 'not-enough-data',
      judgement: null,
      from: points[0] ?? null,
      to: points[0] ?? null,
      change: null,
      steady: false,
      periodsWithValues: points.length,
      text: `Not enough published figures in the last ${periods} periods to show a trend.`,
    };
  }
  const from = points[0]!;
  const to = points[points.length - 1]!;
  const change = to.value - from.value;
  const tolerance = options.tolerance ?? 0;
  const direction = Math.abs(change) <= tolerance ? 'flat' : change > 0 ? 'up' : 'down';
  const steps = points.slice(1).map((p, i) => p.value - points[i]!.value);
  const steady = steps.every((s) => s >= 0) || steps.every((s) => s <= 0);
  const polarity = options.polarity ?? 'context';
  let judgement: Trend['judgement'] = null;
  if (polarity !== 'context') {
    judgement =
      direction === 'flat'
        ? 'stable'
        : (direction === 'up') === (polarity === 'higher-better')
          ? 'improving'
          : 'worsening';
  }
  const movement =
    direction === 'flat' ? 'stayed about the same' : direction === 'up' ? 'went up' : 'went down';
  const verdict = judgement === null || judgement === 'stable' ? '' : `, which is ${judgement}`;
  return {
    direction,
    judgement,
    from,
    to,
    change,
    steady,
    periodsWithValues: points.length,
    text: `From ${from.period} to ${to.period} the figure ${movement} (${from.value} to ${to.value})${verdict}.`,
  };
}
