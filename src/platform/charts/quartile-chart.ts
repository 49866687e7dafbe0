import type { TopLevelSpec } from 'vega-lite';
import { formatFigure, tableValue } from './format.ts';
import { BASE_CONFIG, HIGHLIGHT, MAIN, REFERENCE, TEXT } from './palette.ts';
import { quarterOf, quartiles } from './quartiles.ts';
import { renderChart } from './render.ts';
import type { ChartResult, ChartText } from './types.ts';

export interface AreaValue {
  /** ONS code or any other key; `selected` may name it. */
  code?: string;
  name: string;
  value: number | null;
  /** Status code shown in the table when there is no value. */
  statusCode?: string;
}

export interface QuartileChartOptions extends ChartText {
  areas: readonly AreaValue[];
  /** Code or name of the area the reader is looking at. */
  selected?: string;
  valueTitle: string;
  width?: number;
}

const QUARTER_NAMES = ['1 (lowest)', '2', '3', '4 (highest)'] as const;
const MAX_LABELLED_BARS = 40;

/**
 * Every area's value, lowest to highest, with the lower quartile, median and upper
 * quartile drawn across and the selected area in orange, bold and labelled, so that
 * where it sits among the others shows without relying on colour.
 */
export async function quartileChart(options: QuartileChartOptions): Promise<ChartResult> {
  const q = quartiles(options.areas.map((area) => area.value));
  const isSelected = (area: AreaValue) =>
    options.selected !== undefined && (area.code === options.selected || area.name === options.selected);
  const sorted = [...options.areas]
    .filter((area) => area.value !== null)
    .sort((a, b) => a.value! - b.value!)
    .concat(options.areas.filter((area) => area.value === null));
  const labelAll = sorted.length <= MAX_LABELLED_BARS;
  const bars = sorted.map((area) => ({
    name: area.name,
    value: area.value,
    textX: area.value ?? 0,
    colour: isSelected(area) ? HIGHLIGHT : MAIN,
    label:
      labelAll || isSelected(area)
        ? area.value === null
          ? (area.statusCode ?? 'no data')
          : formatFigure(area.value)
        : '',
  }));
  const lines = q
    ? [
        { line: 'Lower quartile', value: q.q1, text: `Q1 ${formatFigure(q.q1)}`, offset: -30, dash: [4, 3] },
        { line: 'Median', value: q.median, text: `Median ${formatFigure(q.median)}`, offset: -18, dash: [] },
        { line: 'Upper quartile', value: q.q3, text: `Q3 ${formatFigure(q.q3)}`, offset: -6, dash: [4, 3] },
      ]
    : [];
  const selectedNames = sorted.filter(isSelected).map((area) => area.name);
  const x = { field: 'value', type: 'quantitative', title: options.valueTitle };

  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: BASE_CONFIG,
    params: [{ name: 'selectedNames', value: selectedNames }],
    width: options.width ?? 480,
    height: { step: sorted.length > MAX_LABELLED_BARS ? 12 : 18 },
    padding: { top: 36, left: 5, right: 5, bottom: 5 },
    layer: [
      {
        data: { values: bars },
        encoding: {
          y: {
            field: 'name',
            type: 'nominal',
            sort: null,
            title: null,
            axis: {
              labelFontWeight: { expr: "indexof(selectedNames, datum.value) >= 0 ? 'bold' : 'normal'" },
              labelColor: TEXT,
            },
          },
        },
        layer: [
          { mark: 'bar', encoding: { x, color: { field: 'colour', type: 'nominal', scale: null } } },
          {
            mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontWeight: 'bold' },
            encoding: { x: { field: 'textX', type: 'quantitative' }, text: { field: 'label' } },
          },
        ],
      },
      {
        data: { values: lines },
        layer: [
          {
            mark: { type: 'rule', color: REFERENCE, strokeWidth: 1.5 },
            encoding: {
              x: { field: 'value', type: 'quantitative' },
              strokeDash: { field: 'dash', type: 'nominal', scale: null },
            },
          },
          // One text layer per line, each at its own height, so close labels do not collide.
          ...lines.map((line) => ({
            data: { values: [line] },
            mark: {
              type: 'text',
              align: 'center',
              baseline: 'bottom',
              color: TEXT,
              fontSize: 11,
              y: line.offset,
            },
            encoding: { x: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
          })),
        ],
      },
    ],
  } as unknown as TopLevelSpec;

  const selected = sorted.find(isSelected);
  const description =
    options.description ??
    (q
      ? `${sorted.length} areas. Lower quartile ${formatFigure(q.q1)}, median ${formatFigure(q.median)}, ` +
        `upper quartile ${formatFigure(q.q3)}.` +
        (selected && selected.value !== null
          ? ` ${selected.name} is ${formatFigure(selected.value)}, in quarter ${QUARTER_NAMES[quarterOf(selected.value, q) - 1]}.`
          : '')
      : 'No data.');
  const svg = await renderChart(spec, { title: options.title, description, id: options.id });
  return {
    svg,
    table: {
      caption: q
        ? `${options.title}. Lower quartile ${formatFigure(q.q1)}, median ${formatFigure(q.median)}, upper quartile ${formatFigure(q.q3)}.`
        : options.title,
      columns: [
        { key: 'area', header: 'Area' },
        { key: 'value', header: options.valueTitle },
        { key: 'quarter', header: 'Quarter' },
      ],
      rows: sorted.map((area) => ({
        area: area.name,
        value: tableValue(area.value, area.statusCode),
        quarter: q && area.value !== null ? (QUARTER_NAMES[quarterOf(area.value, q) - 1] ?? null) : null,
      })),
    },
  };
}
