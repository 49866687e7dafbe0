import type { TopLevelSpec } from 'vega-lite';
import { formatFigure, tableValue } from './format.ts';
import type { TrendPoint } from './line-chart.ts';
import { BASE_CONFIG, MAIN } from './palette.ts';
import { renderChart } from './render.ts';
import type { ChartResult, ChartText } from './types.ts';

export interface SparklineOptions extends ChartText {
  points: readonly TrendPoint[];
  width?: number;
  height?: number;
}

/** A word-sized trend line with a dot on the latest value; no axes (the table has them). */
export async function sparkline(options: SparklineOptions): Promise<ChartResult> {
  const values = options.points.map((point, index) => ({ index, period: point.period, value: point.value }));
  const known = options.points.filter((point) => point.value !== null);
  const latest = known.at(-1);
  const latestIndex = latest ? options.points.lastIndexOf(latest) : -1;
  const x = { field: 'index', type: 'quantitative', axis: null, scale: { zero: false, nice: false } };
  const y = { field: 'value', type: 'quantitative', axis: null, scale: { zero: false } };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: { ...BASE_CONFIG, background: null },
    width: options.width ?? 120,
    height: options.height ?? 28,
    // Exactly the size asked for, so it sits in a line of text; the padding keeps the dot whole.
    autosize: { type: 'none' },
    padding: 3,
    data: { values },
    encoding: { x, y },
    layer: [
      { mark: { type: 'line', color: MAIN, strokeWidth: 1.5, invalid: 'break-paths-filter-domains' } },
      {
        mark: { type: 'point', filled: true, color: MAIN, size: 20, opacity: 1 },
        transform: [{ filter: { field: 'index', equal: latestIndex } }],
      },
    ],
  } as unknown as TopLevelSpec;
  const first = known[0];
  const description =
    options.description ??
    (first && latest
      ? `From ${formatFigure(first.value)} in ${first.period} to ${formatFigure(latest.value)} in ${latest.period}.`
      : 'No data.');
  const svg = await renderChart(spec, { title: options.title, description, id: options.id });
  return {
    svg,
    table: {
      caption: options.title,
      columns: [
        { key: 'period', header: 'Period' },
        { key: 'value', header: 'Value' },
      ],
      rows: options.points.map((point) => ({
        period: point.period,
        value: tableValue(point.value, point.code),
      })),
    },
  };
}
