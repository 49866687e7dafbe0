import { z } from 'zod';
import type { RiskBand } from './schema.ts';

export const likelihoodLabels = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const impactLabels = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

export const DEFAULT_BANDS: readonly RiskBand[] = [
  { label: 'Low', from: 1, to: 3 },
  { label: 'Moderate', from: 4, to: 6 },
  { label: 'High', from: 8, to: 12 },
  { label: 'Extreme', from: 15, to: 25 },
];

/** The scores a 5 × 5 matrix can give: 7, 11, 13, 14 … are not products of 1-5. */
export const ACHIEVABLE_SCORES: readonly number[] = [
  ...new Set(Array.from({ length: 25 }, (_, i) => (Math.floor(i / 5) + 1) * ((i % 5) + 1))),
].sort((a, b) => a - b);

export const scoreOf = (likelihood: number | null, impact: number | null): number | null =>
  likelihood !== null && impact !== null ? likelihood * impact : null;

export function bandOf(score: number | null, bands: readonly RiskBand[]): RiskBand | null {
  if (score === null) return null;
  return bands.find((b) => score >= b.from && score <= b.to) ?? null;
}

const bandRow = z.object({
  label: z.string().trim().min(1, 'Enter a name for each band').max(40, 'Band names must be 40 characters or fewer'),
  from: z.coerce.number({ message: 'Enter the lowest score as a number' }).int('Scores are whole numbers').min(1, 'Scores start at 1').max(25, 'Scores end at 25'),
  to: z.coerce.number({ message: 'Enter the highest score as a number' }).int('Scores are whole numbers').min(1, 'Scores start at 1').max(25, 'Scores end at 25'),
});

/**
 * Bands as score ranges. Every score a 5 × 5 matrix can give must fall in exactly one
 * band; gaps are allowed only at scores that cannot occur (so the usual 8-12, 15-25 is fine).
 */
export const bandsInput = z
  .array(bandRow)
  .min(2, 'Enter at least two bands')
  .max(6, 'Enter at most six bands')
  .superRefine((bands, ctx) => {
    bands.forEach((b, i) => {
      if (b.from > b.to) ctx.addIssue({ code: 'custom', path: [i, 'to'], message: `Band “${b.label}” ends before it starts` });
    });
    const sorted = [...bands].sort((a, b) => a.from - b.from);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.from <= sorted[i - 1]!.to) {
        ctx.addIssue({ code: 'custom', path: [bands.indexOf(sorted[i]!), 'from'], message: `Bands “${sorted[i - 1]!.label}” and “${sorted[i]!.label}” overlap` });
        return;
      }
    }
    const labels = new Set<string>();
    bands.forEach((b, i) => {
      const key = b.label.toLowerCase();
      if (labels.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'label'], message: `Two bands are called “${b.label}”` });
      labels.add(key);
    });
    const missing = ACHIEVABLE_SCORES.filter((s) => !bands.some((b) => s >= b.from && s <= b.to));
    if (missing.length) ctx.addIssue({ code: 'custom', path: [], message: `No band covers score${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` });
  })
  .transform((bands) => [...bands].sort((a, b) => a.from - b.from));

export const describeBand = (b: RiskBand) => `${b.label} (${b.from === b.to ? b.from : `${b.from}-${b.to}`})`;
