import type { TopLevelSpec } from 'vega-lite';
import { bandFor, bandScale, equalIntervalBands, NO_DATA_BAND, type Band } from './bands.ts';
import { formatFigure, tableValue } from './format.ts';
import { LONDON_TILE_GRID } from './london-tile-grid.ts';
import { BASE_CONFIG, TEXT } from './palette.ts';
import { renderChart } from './render.ts';
import type { ChartResult, ChartText } from './types.ts';

export interface TileValue {
  onsCode: string;
  value: number | null;
  /** Status code shown on the tile and in the table when there is no value. */
  statusCode?: string;
}

export interface TileMapOptions extends ChartText {
  values: readonly TileValue[];
  valueTitle: string;
  /** ONS code of the borough to outline. */
  selected?: string;
  /** Explicit bands (e.g. agreed thresholds); otherwise five equal intervals. */
  bands?: readonly Band[];
  tileSize?: number;
}

const COLUMNS = Array.from({ length: 8 }, (_, index) => index + 1);
const ROWS = Array.from({ length: 6 }, (_, index) => index + 1);

/**
 * London's 33 local authorities as squares in their customary tile-map places,
 * coloured by band with a legend; every tile carries its abbreviation and value so
 * colour is never the only way to read it.
 */
export async function tileMap(options: TileMapOptions): Promise<ChartResult> {
  const byCode = new Map(options.values.map((entry) => [entry.onsCode, entry]));
  const bands = options.bands ?? equalIntervalBands(options.values.map((entry) => entry.value));
  let anyMissing = false;
  const tiles = LONDON_TILE_GRID.map((tile) => {
    const entry = byCode.get(tile.onsCode);
    const value = entry?.value ?? null;
    const band = bandFor(value, bands) ?? NO_DATA_BAND;
    if (value === null) anyMissing = true;
    return {
      ...tile,
      value,
      band: band.label,
      textColour: band.textColour,
      valueText: value === null ? (entry?.statusCode ?? '–') : formatFigure(value),
      outline: tile.onsCode === options.selected ? 3 : 0.75,
      outlineColour: tile.onsCode === options.selected ? TEXT : '#FFFFFF',
    };
  });
  const size = options.tileSize ?? 52;
  const position = {
    x: { field: 'col', type: 'ordinal', scale: { domain: COLUMNS, paddingInner: 0.08 }, axis: null },
    y: { field: 'row', type: 'ordinal', scale: { domain: ROWS, paddingInner: 0.08 }, axis: null },
  };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    config: BASE_CONFIG,
    width: { step: size },
    height: { step: size },
    data: { values: tiles },
    encoding: position,
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          color: {
            field: 'band',
            type: 'nominal',
            scale: bandScale(bands, anyMissing),
            legend: {
              title: options.valueTitle,
              orient: 'right',
              symbolType: 'square',
              symbolStrokeColor: '#505a5f',
            },
          },
          stroke: { field: 'outlineColour', type: 'nominal', scale: null },
          strokeWidth: { field: 'outline', type: 'quantitative', scale: null },
        },
      },
      {
        mark: { type: 'text', baseline: 'middle', fontWeight: 'bold', fontSize: 12, dy: -7 },
        encoding: {
          text: { field: 'abbreviation' },
          color: { field: 'textColour', type: 'nominal', scale: null },
        },
      },
      {
        mark: { type: 'text', baseline: 'middle', fontSize: 11, dy: 8 },
        encoding: {
          text: { field: 'valueText' },
          color: { field: 'textColour', type: 'nominal', scale: null },
        },
      },
    ],
  } as unknown as TopLevelSpec;

  const known = tiles.filter((tile) => tile.value !== null).sort((a, b) => a.value! - b.value!);
  const lowest = known[0];
  const highest = known.at(-1);
  const description =
    options.description ??
    (lowest && highest
      ? `Map of London's 33 local authorities as squares, shaded by ${options.valueTitle}: lowest ` +
        `${lowest.name} (${formatFigure(lowest.value)}), highest ${highest.name} (${formatFigure(highest.value)}).`
      : `Map of London's 33 local authorities as squares; no data for ${options.valueTitle}.`);
  const svg = await renderChart(spec, { title: options.title, description, id: options.id });
  return {
    svg,
    table: {
      caption: options.title,
      columns: [
        { key: 'area', header: 'Local authority' },
        { key: 'value', header: options.valueTitle },
        { key: 'band', header: 'Band' },
      ],
      rows: [...tiles]
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((tile) => ({
          area: tile.name,
          value: tableValue(tile.value, byCode.get(tile.onsCode)?.statusCode),
          band: tile.band,
        })),
    },
  };
}
