import type { TopLevelSpec } from 'vega-lite';
import { bandFor, bandScale, equalIntervalBands, NO_DATA_BAND, type Band } from './bands.ts';
import { formatFigure } from './format.ts';
import { BASE_CONFIG } from './palette.ts';
import { renderChart } from './render.ts';
import type { ChartResult, ChartText } from './types.ts';

export interface HeatCell {
  row: string;
  column: string;
  value: number | null;
  /** Text in the cell instead of the value, e.g. the number of risks scored there. */
  label?: string;
}

export interface HeatMapOptions extends ChartText {
  /** Row names top to bottom, e.g. likelihood "Almost certain" … "Rare". */
  rows: readonly string[];
  /** Column names left to right, e.g. impact "Negligible" … "Severe". */
  columns: readonly string[];
  cells: readonly HeatCell[];
  rowTitle: string;
  columnTitle: string;
  valueTitle: string;
  /** Explicit bands (e.g. risk ratings); otherwise five equal intervals. */
  bands?: readonly Band[];
  cellSize?: number;
}

/** A grid of named rows and columns, each cell shaded by band and labelled with its value. */
export async function heatMap(options: HeatMapOptions): Promise<ChartResult> {
  const bands = options.bands ?? equalIntervalBands(options.cells.map((cell) => cell.value));
  let anyMissing = false;
  const values = options.cells.map((cell) => {
    const band = bandFor(cell.value, bands) ?? NO_DATA_BAND;
    if (cell.value === null) anyMissing = true;
    return {
      row: cell.row,
      column: cell.column,
      band: band.label,
      textColour: band.textColour,
      text: cell.label ?? (cell.value === null ? '–' : formatFigure(cell.value)),
    };
  });
  const size = options.cellSize ?? 64;
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: BASE_CONFIG,
    width: { step: size },
    height: { step: size },
    data: { values },
    encoding: {
      x: {
        field: 'column',
        type: 'nominal',
        scale: { domain: [...options.columns] },
        title: options.columnTitle,
        axis: { orient: 'bottom', labelAngle: 0, labelLimit: size * 1.6, ticks: false, domain: false },
      },
      y: {
        field: 'row',
        type: 'nominal',
        scale: { domain: [...options.rows] },
        title: options.rowTitle,
        axis: { ticks: false, domain: false },
      },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: '#FFFFFF', strokeWidth: 2 },
        encoding: {
          color: {
            field: 'band',
            type: 'nominal',
            scale: bandScale(bands, anyMissing),
            legend: { title: options.valueTitle, symbolType: 'square', symbolStrokeColor: '#505a5f' },
          },
        },
      },
      {
        mark: { type: 'text', baseline: 'middle', fontSize: 13, fontWeight: 'bold' },
        encoding: { text: { field: 'text' }, color: { field: 'textColour', type: 'nominal', scale: null } },
      },
    ],
  } as unknown as TopLevelSpec;
  const description =
    options.description ??
    `Grid of ${options.rows.length} ${options.rowTitle} rows by ${options.columns.length} ` +
      `${options.columnTitle} columns, each cell shaded by ${options.valueTitle}.`;
  const svg = await renderChart(spec, { title: options.title, description, id: options.id });

  const columnKeys = options.columns.map((_, index) => `column${index}`);
  return {
    svg,
    table: {
      caption: options.title,
      columns: [
        { key: 'row', header: `${options.rowTitle} \\ ${options.columnTitle}` },
        ...options.columns.map((column, index) => ({ key: columnKeys[index]!, header: column })),
      ],
      rows: options.rows.map((row) => {
        const tableRow: Record<string, string | number | null> = { row };
        options.columns.forEach((column, index) => {
          const cell = options.cells.find(
            (candidate) => candidate.row === row && candidate.column === column,
          );
          tableRow[columnKeys[index]!] = cell ? (cell.label ?? cell.value) : null;
        });
        return tableRow;
      }),
    },
  };
}
