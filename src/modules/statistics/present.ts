import type { ChartResult } from '../../platform/charts/index.ts';
import { suppressSmallNumbers } from '../../platform/export/index.ts';
import { compare, type Polarity } from './benchmark/index.ts';
import { isStatusCode, type SkippedLevel } from './ees/index.ts';
import { isCountMeasure } from './store/keys.ts';

export const view = (name: string) => `modules/statistics/views/${name}`;

export interface MeasureLike {
  name: string;
  unit: string | null;
  decimals: number | null;
  label?: string | null;
}

/** A figure worked out here (a median, a mean): at the publisher's decimal places, else up to two. */
export function formatNumber(value: number | null | undefined, measure: MeasureLike): string {
  if (value === null || value === undefined) return '';
  if (measure.decimals !== null) return value.toFixed(measure.decimals);
  return String(Math.round(value * 100) / 100);
}

/**
 * A stored figure as the hub publishes it: the text as published, except that small counts
 * (1 up to the threshold) are shown as c, as official statistics do.
 */
export function published(measure: MeasureLike, value: number | null, status: string | null, raw: string | null, threshold: number) {
  if (status) return { text: status, value: null as number | null, code: status };
  if (value === null) return { text: '', value: null, code: null as string | null };
  if (isCountMeasure(measure.name, measure.unit)) {
    const shown = suppressSmallNumbers(value, threshold);
    if (shown === 'c') return { text: 'c', value: null, code: 'c' };
  }
  return { text: raw ?? String(value), value, code: null };
}

/** A stored figure's published text ("18.30", "c") as the hub shows it: small counts become c. */
export function publishedText(measure: MeasureLike, raw: string | null | undefined, threshold: number): string {
  if (raw === null || raw === undefined) return '';
  if (isStatusCode(raw)) return raw;
  const value = Number(raw);
  return Number.isFinite(value) ? published(measure, value, null, raw, threshold).text : raw;
}

/**
 * A figure in a download: a real number when its published text is exactly how the number
 * prints (so spreadsheets can add it up, and "-3.5" is not mistaken for a formula), else the
 * text as published ("18.30", "c").
 */
export const downloadCell = (text: string): string | number => (text !== '' && String(Number(text)) === text ? Number(text) : text);

/** A chart's table with the figures it drew shown as published; cells without a text stay as they were. */
export function withPublishedCells(
  chart: ChartResult,
  columns: readonly string[],
  textOf: (row: ChartResult['table']['rows'][number], column: string) => string | null,
): ChartResult {
  const rows = chart.table.rows.map((row) => {
    const out = { ...row };
    for (const column of columns) {
      const text = textOf(row, column);
      if (text !== null) out[column] = text;
    }
    return out;
  });
  return { ...chart, table: { ...chart.table, rows } };
}

export const polarityLabels: Record<Polarity, string> = {
  'higher-better': 'Higher is better',
  'lower-better': 'Lower is better',
  context: 'Context (neither way is better)',
};

export const quartileLabels = ['', '1 (lowest quarter)', '2', '3', '4 (highest quarter)'];

/** A short tag for a comparison: better/worse by the polarity, or higher/lower for context measures. */
export function comparisonTag(value: number | null, reference: number | null, polarity: Polarity, name: string, measure: MeasureLike) {
  const result = compare(value, reference, polarity, { referenceName: name, decimalPlaces: measure.decimals ?? undefined });
  const colour: Record<string, string> = { better: 'govuk-tag--green', worse: 'govuk-tag--red', similar: 'govuk-tag--grey', higher: 'govuk-tag--blue', lower: 'govuk-tag--blue', 'not-comparable': 'govuk-tag--grey' };
  return { outcome: result.outcome, text: result.text, classes: colour[result.outcome] };
}

export const measureTitle = (m: MeasureLike) => m.label ?? m.name.replace(/_/g, ' ');

export const filterText = (filters: Record<string, string>) =>
  Object.entries(filters)
    .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${v}`)
    .join('; ');

/** What an import left out because the hub holds no areas at those levels. */
export function skippedLevelsText(skipped: readonly SkippedLevel[]): string {
  const rows = skipped.reduce((n, s) => n + s.rows, 0);
  const levels = skipped.map((s) => `${s.level} (${s.rows} from line ${s.firstLine})`).join(', ');
  return `Skipped ${rows} rows at levels the hub holds no areas for: ${levels}. Their figures were not imported.`;
}
