import type { TopLevelSpec } from 'vega-lite';
import { formatFigure, tableValue } from './format.ts';
import { BASE_CONFIG, HIGHLIGHT, MAIN } from './palette.ts';
import { renderChart } from './render.ts';
import type { ChartResult, ChartText } from './types.ts';

export interface Bar {
  label: string;
  value: number | null;
  /** Status code shown in the table when there is no value (c, x, z…). */
  code?: string;
  /** Draw this bar in the highlight colour, e.g. the reader's own board. */
  highlight?: boolean;
}

export interface BarChartOptions extends ChartText {
  bars: readonly Bar[];
  /** Axis title for the values, e.g. "Rate per 10,000 children". */
  valueTitle: string;
  /** Header of the label column in the table, e.g. "Local authority". */
  labelTitle?: string;
  sort?: 'descending' | 'ascending' | 'none';
  width?: number;
}

// Above this many bars the value labels would crowd each other; the table has them.
const MAX_LABELLED_BARS = 40;

function sortedBars(bars: readonly Bar[], sort: BarChartOptions['sort']): Bar[] {
  if (sort === 'none') return [...bars];
  const direction = sort === 'ascending' ? 1 : -1;
  return [...bars].sort((a, b) => {
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return direction * (a.value - b.value);
  });
}

/** Horizontal bars, one per label, largest first by default; highlighted bars in orange. */
export async function barChart(options: BarChartOptions): Promise<ChartResult> {
  const bars = sortedBars(options.bars, options.sort ?? 'descending');
  const labelTitle = options.labelTitle ?? 'Area';
  const values = bars.map((bar) => ({
    label: bar.label,
    value: bar.value,
    // Bars without a value still get their row, labelled with the code or "no data".
    textX: bar.value ?? 0,
    valueText: bar.value === null ? (bar.code ?? 'no data') : formatFigure(bar.value),
    colour: bar.highlight ? HIGHLIGHT : MAIN,
  }));
  const labelled = bars.length <= MAX_LABELLED_BARS;
  const y = {
    field: 'label',
    type: 'nominal',
    sort: null,
    title: null,
    axis: {
      labelFontWeight: { expr: "datum.value && indexof(highlighted, datum.value) >= 0 ? 'bold' : 'normal'" },
    },
  } as const;
  const highlighted = bars.filter((bar) => bar.highlight).map((bar) => bar.label);

  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: BASE_CONFIG,
    params: [{ name: 'highlighted', value: highlighted }],
    width: options.width ?? 480,
    height: { step: bars.length > MAX_LABELLED_BARS ? 12 : 20 },
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: options.valueTitle },
          color: { field: 'colour', type: 'nominal', scale: null },
        },
      },
      ...(labelled
        ? [
            {
              mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3 },
              encoding: {
                x: { field: 'textX', type: 'quantitative' },
                text: { field: 'valueText' },
              },
            },
          ]
        : []),
    ],
  } as unknown as TopLevelSpec;

  const withValues = bars.filter((bar) => bar.value !== null);
  const top = withValues[0];
  const description =
    options.description ??
    `Bar chart of ${options.valueTitle} for ${bars.length} ${bars.length === 1 ? 'item' : 'items'}` +
      (top ? `; the first shown is ${top.label} at ${formatFigure(top.value)}.` : '.');
  const svg = await renderChart(spec, { title: options.title, description, id: options.id });
  return {
    svg,
    table: {
      caption: options.title,
      columns: [
        { key: 'label', header: labelTitle },
        { key: 'value', header: options.valueTitle },
      ],
      rows: bars.map((bar) => ({ label: bar.label, value: tableValue(bar.value, bar.code) })),
    },
  };
}
