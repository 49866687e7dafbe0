/**
 * Codes that published statistics show instead of a number (GSS / DfE practice):
 * c suppressed, z not applicable, x not available, u low reliability, k rounds to zero.
 */
export type StatisticsCode = 'c' | 'z' | 'x' | 'u' | 'k' | 'low';
export type PublishedValue = number | StatisticsCode | null;

export const STATISTICS_CODES: readonly StatisticsCode[] = ['c', 'z', 'x', 'u', 'k', 'low'];

/** Common in children's social care statistics: counts of 1 to 5 are not published. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 6;

/**
 * A count as it may be published: counts from 1 up to `threshold - 1` become `c`.
 *
 * Zero stays 0. That is what DfE and ONS do for counts of children: a true zero says
 * nothing about any individual child, while suppressing it would hide a real absence
 * (e.g. "no children on a plan for 2+ years") and make every zero look like a small
 * number. Where a zero itself would be disclosive the publisher must suppress by hand.
 * Negative numbers and non-integers are not counts (changes, rates), so they pass
 * unchanged; rates must be suppressed through their numerators. Values already
 * published as a code, or missing, pass through. Secondary suppression (stopping a
 * suppressed cell being worked out from totals) is out of this function's reach.
 */
export function suppressSmallNumbers(
  value: PublishedValue | undefined,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): PublishedValue {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number') return value;
  if (Number.isInteger(value) && value >= 1 && value < threshold) return 'c';
  return value;
}

/** A copy of each row with the named count columns suppressed, ready for a download. */
export function suppressColumns<Row extends Record<string, unknown>>(
  rows: readonly Row[],
  keys: readonly (keyof Row & string)[],
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Row[] {
  return rows.map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const key of keys) {
      const value = row[key];
      if (typeof value === 'number') copy[key] = suppressSmallNumbers(value, threshold);
    }
    return copy as Row;
  });
}
