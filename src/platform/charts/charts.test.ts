import { describe, expect, it } from 'vitest';
import { bandsFromThresholds } from './bands.ts';
import { barChart } from './bar-chart.ts';
import { heatMap } from './heat-map.ts';
import { lineChart } from './line-chart.ts';
import { LONDON_TILE_GRID } from './london-tile-grid.ts';
import { quartileChart } from './quartile-chart.ts';
import { sparkline } from './sparkline.ts';
import { tileMap } from './tile-map.ts';
import type { ChartResult } from './types.ts';

function expectAccessibleSvg(result: ChartResult, title: string): void {
  const { svg } = result;
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  const openTag = svg.slice(0, svg.indexOf('>') + 1);
  expect(openTag).toContain('role="img"');
  const labelledBy = /aria-labelledby="([^"]+)"/.exec(openTag)?.[1]?.split(' ') ?? [];
  expect(labelledBy).toHaveLength(2);
  expect(svg).toContain(`<title id="${labelledBy[0]}">${title}</title>`);
  expect(svg).toMatch(new RegExp(`<desc id="${labelledBy[1]}">[^<]+</desc>`));
  expect(svg).not.toMatch(/@import|url\(|<image|href="http/);
  const families = [...svg.matchAll(/font-family="([^"]+)"/g)].map((match) => match[1]);
  if (svg.includes('<text')) expect(families.length).toBeGreaterThan(0);
  for (const family of families) expect(family).toMatch(/^Arial/);
}

const periods = ['2021-22', '2022-23', '2023-24', '2024-25'];

describe('barChart', () => {
  it('draws a labelled bar for each area and gives the table beside it', async () => {
    const result = await barChart({
      title: 'Referral rate per 10,000 children',
      valueTitle: 'Rate per 10,000',
      labelTitle: 'Local authority',
      bars: [
        { label: 'Hackney', value: 612.4, highlight: true },
        { label: 'Barnet', value: 401 },
        { label: 'Sutton', value: null, code: 'x' },
      ],
    });
    expectAccessibleSvg(result, 'Referral rate per 10,000 children');
    for (const text of ['>Hackney<', '>Barnet<', '>Sutton<', '>612.4<', '>Rate per 10,000<']) {
      expect(result.svg).toContain(text);
    }
    expect(result.svg).toContain('#F46A25');
    expect(result.table.rows).toEqual([
      { label: 'Hackney', value: 612.4 },
      { label: 'Barnet', value: 401 },
      { label: 'Sutton', value: 'x' },
    ]);
    expect(result.table.columns.map((column) => column.header)).toEqual([
      'Local authority',
      'Rate per 10,000',
    ]);
  });

  it('draws all 153 local authorities, each labelled (its speed is measured in npm run bench)', async () => {
    const bars = Array.from({ length: 153 }, (_, index) => ({
      label: `Authority ${index}`,
      value: (index * 37) % 101,
    }));
    const result = await barChart({ title: 'England', valueTitle: 'Value', bars });
    expect(result.svg).toContain('>Authority 0<');
    expect(result.svg).toContain('>Authority 152<');
    expect(result.table.rows).toHaveLength(153);
  });
});

describe('lineChart', () => {
  it('draws the trend with comparator lines, a legend and a table by period', async () => {
    const result = await lineChart({
      title: 'Re-referrals within 12 months',
      valueTitle: 'Per cent',
      series: [
        { name: 'Hackney', points: periods.map((period, index) => ({ period, value: 20 + index })) },
        { name: 'London', points: periods.map((period) => ({ period, value: 19.5 })) },
        {
          name: 'England',
          points: periods.map((period, index) => ({ period, value: index === 1 ? null : 22.6 })),
        },
      ],
    });
    expectAccessibleSvg(result, 'Re-referrals within 12 months');
    for (const text of ['>Hackney<', '>London<', '>England<', '>2021-22<', '>2024-25<', '>Per cent<']) {
      expect(result.svg).toContain(text);
    }
    expect(result.svg).toContain('stroke-dasharray');
    expect(result.table.rows[1]).toEqual({ period: '2022-23', series0: 21, series1: 19.5, series2: null });
    expect(result.table.columns.map((column) => column.header)).toEqual([
      'Period',
      'Hackney',
      'London',
      'England',
    ]);
  });
});

describe('quartileChart', () => {
  const areas = LONDON_TILE_GRID.map((tile, index) => ({
    code: tile.onsCode,
    name: tile.name,
    value: index + 1,
  }));

  it('shows every area, the quartile lines and the selected area highlighted', async () => {
    const result = await quartileChart({
      title: 'Plans lasting 2+ years',
      valueTitle: 'Per cent',
      areas,
      selected: 'E09000012',
    });
    expectAccessibleSvg(result, 'Plans lasting 2+ years');
    // 33 values 1..33: quartiles (QUARTILE.INC) are 9, 17 and 25.
    for (const text of ['>Q1 9<', '>Median 17<', '>Q3 25<', '>Hackney<', '>Westminster<'])
      expect(result.svg).toContain(text);
    expect(result.svg).toContain('#F46A25');
    expect(result.svg).toMatch(/font-weight="bold"[^>]*>Hackney</);
    expect(result.table.caption).toContain('median 17');
    expect(result.table.rows.find((row) => row.area === 'Hackney')).toEqual({
      area: 'Hackney',
      value: 12,
      quarter: '2',
    });
    expect(result.table.rows[0]).toMatchObject({ area: 'City of London', quarter: '1 (lowest)' });
  });
});

describe('sparkline', () => {
  it('is a tiny accessible trend with its figures in the table', async () => {
    const result = await sparkline({
      title: 'Hackney trend',
      points: periods.map((period, index) => ({ period, value: [5, 7, 6, 9][index]! })),
    });
    expectAccessibleSvg(result, 'Hackney trend');
    expect(result.svg).toContain('width="126"');
    expect(result.svg).toContain('From 5 in 2021-22 to 9 in 2024-25.');
    expect(result.table.rows).toHaveLength(4);
  });
});

describe('heatMap', () => {
  it('draws a 5×5 risk matrix with each cell labelled and a legend of ratings', async () => {
    const levels = ['1', '2', '3', '4', '5'];
    const cells = levels.flatMap((likelihood) =>
      levels.map((impact) => ({
        row: likelihood,
        column: impact,
        value: Number(likelihood) * Number(impact),
      })),
    );
    const result = await heatMap({
      title: 'Risk matrix',
      rows: [...levels].reverse(),
      columns: levels,
      cells,
      rowTitle: 'Likelihood',
      columnTitle: 'Impact',
      valueTitle: 'Risk rating',
      bands: bandsFromThresholds([
        { label: 'Low', from: 1 },
        { label: 'Medium', from: 5 },
        { label: 'High', from: 10 },
        { label: 'Very high', from: 20 },
      ]),
    });
    expectAccessibleSvg(result, 'Risk matrix');
    for (const text of ['>Likelihood<', '>Impact<', '>Very high<', '>25<', '>Low<'])
      expect(result.svg).toContain(text);
    expect(result.table.rows[0]).toEqual({
      row: '5',
      column0: 5,
      column1: 10,
      column2: 15,
      column3: 20,
      column4: 25,
    });
  });
});

describe('tileMap', () => {
  it('draws all 33 London authorities with their abbreviations, values and a legend', async () => {
    const values = LONDON_TILE_GRID.filter((tile) => tile.onsCode !== 'E09000029').map((tile, index) => ({
      onsCode: tile.onsCode,
      value: 100 + index * 10,
    }));
    values.push({ onsCode: 'E09000029', value: null, statusCode: 'c' } as never);
    const result = await tileMap({
      title: 'Plan rate',
      valueTitle: 'Rate per 10,000',
      values,
      selected: 'E09000010',
    });
    expectAccessibleSvg(result, 'Plan rate');
    for (const tile of LONDON_TILE_GRID) expect(result.svg).toContain(`>${tile.abbreviation}<`);
    for (const text of ['>Rate per 10,000<', '>No data<', '>c<']) expect(result.svg).toContain(text);
    expect(result.table.rows).toHaveLength(33);
    expect(result.table.rows.find((row) => row.area === 'Sutton')).toEqual({
      area: 'Sutton',
      value: 'c',
      band: 'No data',
    });
    expect(result.table.rows[0]!.area).toBe('Barking and Dagenham');
  });
});

describe('names from the data are inert', () => {
  const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "Bob's & <b>bold</b>"];

  it('escapes area names, series names and titles in every chart', async () => {
    const results = await Promise.all([
      barChart({
        title: hostile[0]!,
        valueTitle: hostile[1]!,
        bars: hostile.map((label, index) => ({ label, value: index })),
      }),
      lineChart({
        title: hostile[2]!,
        valueTitle: 'x',
        series: hostile.map((name) => ({ name, points: [{ period: hostile[0]!, value: 1 }] })),
      }),
      quartileChart({
        title: 'q',
        description: hostile[1],
        valueTitle: 'v',
        areas: hostile.map((name, index) => ({ name, value: index })),
        selected: hostile[0],
      }),
      heatMap({
        title: 'h',
        rows: [hostile[0]!],
        columns: [hostile[1]!],
        cells: [{ row: hostile[0]!, column: hostile[1]!, value: 1, label: hostile[2] }],
        rowTitle: hostile[2]!,
        columnTitle: 'c',
        valueTitle: hostile[0]!,
      }),
    ]);
    for (const { svg } of results) {
      expect(svg).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/i);
      expect(svg).toContain('&lt;script&gt;');
    }
    expect(results[0]!.svg).toContain('<title id="');
    expect(results[0]!.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });
});
