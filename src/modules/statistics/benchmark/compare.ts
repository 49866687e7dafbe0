import { isStatusCode, STATUS_MEANINGS } from '../ees/values.ts';
import type { Polarity } from './polarity.ts';

/**
 * better / worse: the value differs from the reference and the polarity says which is good.
 * higher / lower: it differs, but the indicator is 'context' (neither way is good).
 * similar: the same, within the tolerance or at the published decimal places.
 * not-comparable: either figure is missing or published as a status code.
 */
export type ComparisonOutcome = 'better' | 'worse' | 'similar' | 'higher' | 'lower' | 'not-comparable';

export interface Comparison {
  outcome: ComparisonOutcome;
  /** value − reference, or null when not comparable. */
  difference: number | null;
  /** One plain-English sentence, e.g. "25.1 is higher than England (22.6), which is worse." */
  text: string;
}

export interface CompareOptions {
  /** What the reference is, for the sentence: "England", "statistical neighbours". */
  referenceName?: string;
  /** Status codes published instead of the numbers, if any. */
  valueStatus?: string | null;
  referenceStatus?: string | null;
  /** Compare as published: both figures rounded to these decimal places first. */
  decimalPlaces?: number;
  /** Differences up to this size (absolute) count as similar. Default 0. */
  tolerance?: number;
}

const formatNumber = (n: number, dp: number | undefined) => (dp === undefined ? String(n) : n.toFixed(dp));

function whyMissing(label: string, value: number | null, status: string | null | undefined): string | null {
  if (status) {
    const meaning = isStatusCode(status) ? STATUS_MEANINGS[status] : 'published without a number';
    return `${label} is ${meaning} (${status})`;
  }
  if (value === null || !Number.isFinite(value)) return `${label} is not available`;
  return null;
}

/** Compares a value with a reference (England, region, neighbours) and says it in plain words. */
export function compare(
  value: number | null,
  reference: number | null,
  polarity: Polarity,
  options: CompareOptions = {},
): Comparison {
  const referenceName = options.referenceName ?? 'the comparison';
  const missing =
    whyMissing('the figure', value, options.valueStatus) ??
    whyMissing(`the figure for ${referenceName}`, reference, options.referenceStatus);
  if (missing !== null || value === null || reference === null) {
    return {
      outcome: 'not-comparable',
      difference: null,
      text: `Cannot be compared with ${referenceName}: ${missing ?? 'a figure is missing'}.`,
    };
  }
  const dp = options.decimalPlaces;
  const round = (n: number) => (dp === undefined ? n : Number(n.toFixed(dp)));
  const shownValue = round(value);
  const shownReference = round(reference);
  const difference = value - reference;
  const valueText = formatNumber(value, dp);
  const referenceText = `${referenceName} (${formatNumber(reference, dp)})`;
  if (shownValue === shownReference || Math.abs(shownValue - shownReference) <= (options.tolerance ?? 0)) {
    return { outcome: 'similar', difference, text: `${valueText} is about the same as ${referenceText}.` };
  }
  const higher = shownValue > shownReference;
  const direction = higher ? 'higher' : 'lower';
  if (polarity === 'context') {
    return { outcome: direction, difference, text: `${valueText} is ${direction} than ${referenceText}.` };
  }
  const better = higher === (polarity === 'higher-better');
  return {
    outcome: better ? 'better' : 'worse',
    difference,
    text: `${valueText} is ${direction} than ${referenceText}, which is ${better ? 'better' : 'worse'}.`,
  };
}
