import type { TopLevelSpec } from 'vega-lite';
import { formatFigure, tableValue } from './format.ts';
import { BASE_CONFIG, CATEGORICAL, DASHES } from './palette.ts';
import { renderChart } from './render.ts';
import type { ChartResult, ChartText } from './types.ts';

export interface TrendPoint {
  period: string;
  value: number | null;
  code?: string;
}

export interface TrendSeries {
  /** e.g. "Hackney", "England", "London". */
  name: string;
  points: readonly TrendPoint[];
}

export interface LineChartOptions extends ChartText {
  /** The first series is the main one (solid, with points); the rest are comparators. */
  series: readonly TrendSeries[];
  valueTitle: string;
  periodTitle?: string;
  /** Period order; defaults to the order periods first appear in. */
  periods?: readonly string[];
  width?: number;
  height?: number;
}

function periodOrder(options: LineChartOptions): string[] {
  if (options.periods) return [...options.periods];
  const seen = new Set<string>();
  for (const series of options.series) for (const point of series.points) seen.add(point.period);
  return [...seen];
}

/**
 * A trend over periods for one area with comparator lines (England, London…). Series
 * differ by dash pattern as well as colour, and a missing period breaks the line
 * rather than drawing across the gap.
 */
export async function lineChart(options: LineChartOptions): Promise<ChartResult> {
  const periods = periodOrder(options);
  const names = options.series.map((series) => series.name);
  const values = options.series.flatMap((series) =>
    series.points.map((point) => ({ series: series.name, period: point.period, value: point.value })),
  );
  const main = names[0];
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: BASE_CONFIG,
    width: options.width ?? 560,
    height: options.height ?? 280,
    data: { values },
    encoding: {
      x: {
        field: 'period',
        type: 'ordinal',
        scale: { domain: periods },
        title: options.periodTitle ?? null,
        axis: { labelAngle: 0 },
      },
      y: { field: 'value', type: 'quantitative', title: options.valueTitle },
      color: {
        field: 'series',
        type: 'nominal',
        scale: { domain: names, range: CATEGORICAL.slice(0, Math.max(names.length, 1)) },
        legend: { title: null, orient: 'bottom', symbolType: 'stroke', symbolStrokeWidth: 3 },
      },
      strokeDash: {
        field: 'series',
        type: 'nominal',
        scale: { domain: names, range: names.map((_, index) => DASHES[index % DASHES.length]) },
        legend: { title: null, orient: 'bottom', symbolType: 'stroke', symbolStrokeWidth: 3 },
      },
    },
    layer: [
      { mark: { type: 'line', strokeWidth: 2.5, invalid: 'break-paths-filter-domains' } },
      {
        mark: { type: 'point', filled: true, size: 45 },
        transform: [{ filter: { field: 'series', equal: main ?? '' } }],
      },
    ],
  } as unknown as TopLevelSpec;

  const description =
    options.description ??
    options.series
      .map((series) => {
        const known = series.points.filter((point) => point.value !== null);
        const first = known[0];
        const last = known.at(-1);
        return first && last
          ? `${series.name}: ${formatFigure(first.value)} in ${first.period}, ${formatFigure(last.value)} in ${last.period}.`
          : `${series.name}: no data.`;
      })
      .join(' ');
  const svg = await renderChart(spec, { title: options.title, description, id: options.id });

  const rows = periods.map((period) => {
    const row: Record<string, string | number | null> = { period };
    options.series.forEach((series, index) => {
      const point = series.points.find((candidate) => candidate.period === period);
      row[`series${index}`] = point ? tableValue(point.value, point.code) : null;
    });
    return row;
  });
  return {
    svg,
    table: {
      caption: options.title,
      columns: [
        { key: 'period', header: options.periodTitle ?? 'Period' },
        ...options.series.map((series, index) => ({ key: `series${index}`, header: series.name })),
      ],
      rows,
    },
  };
}
