import { bandsFromThresholds, heatMap, lineChart } from '../../platform/charts/index.ts';
import { describeBand, impactLabels, likelihoodLabels, scoreOf, bandOf } from './bands.ts';
import { scoreKindLabels, type HeatBasis } from './register.ts';
import type { RiskBand, ScoreKind } from './schema.ts';

export const basisLabels: Record<HeatBasis, string> = {
  current: 'Current (residual where assessed, otherwise inherent)',
  inherent: 'Inherent (before controls)',
  residual: 'Residual (with controls)',
  target: 'Target',
};

const rowName = (l: number) => `${l} ${likelihoodLabels[l - 1]}`;
const columnName = (i: number) => `${i} ${impactLabels[i - 1]}`;

/**
 * The 5 × 5 matrix as an SVG (likelihood 5 at the top) shaded by the project's bands, and
 * the same counts as a table whose cells link to the risks in them.
 */
export async function heatMapView(counts: number[][], bands: readonly RiskBand[], basis: HeatBasis, registerPath: string) {
  const rows = [5, 4, 3, 2, 1];
  const columns = [1, 2, 3, 4, 5];
  const cells = rows.flatMap((l) =>
    columns.map((i) => {
      const n = counts[l - 1]![i - 1]!;
      return { row: rowName(l), column: columnName(i), value: l * i, label: n > 0 ? String(n) : '' };
    }),
  );
  const total = counts.flat().reduce((a, b) => a + b, 0);
  const chart = await heatMap({
    title: `Open risks by likelihood and impact: ${basisLabels[basis].split(' (')[0]!.toLowerCase()} scores`,
    description: `${total} open risk${total === 1 ? '' : 's'} placed by likelihood (rows, 5 at the top) and impact (columns). Each cell is shaded by the risk band of its score and shows how many risks are in it.`,
    id: 'risk-heat-map',
    rows: rows.map(rowName),
    columns: columns.map(columnName),
    cells,
    rowTitle: 'Likelihood',
    columnTitle: 'Impact',
    valueTitle: 'Risk band',
    bands: bandsFromThresholds(bands.map((b) => ({ label: describeBand(b), from: b.from }))),
  });
  const table = rows.map((l) => ({
    likelihood: rowName(l),
    cells: columns.map((i) => {
      const n = counts[l - 1]![i - 1]!;
      return { count: n, score: l * i, band: bandOf(l * i, bands)?.label ?? '', href: `${registerPath}?basis=${basis}&likelihood=${l}&impact=${i}#register` };
    }),
  }));
  return { svg: chart.svg, columns: columns.map(columnName), table, total };
}

export interface ScoreChange {
  kind: ScoreKind;
  likelihood: number | null;
  impact: number | null;
  changedAt: Date;
  changedByLabel: string;
}

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** Each change as a table row, and a small line chart of each score after every change. */
export async function historyView(changes: readonly ScoreChange[], bands: readonly RiskBand[]) {
  const rows = changes.map((c) => {
    const score = scoreOf(c.likelihood, c.impact);
    return { ...c, kindLabel: scoreKindLabels[c.kind], score, band: bandOf(score, bands)?.label ?? null, when: when.format(c.changedAt) };
  });
  if (changes.length === 0) return { rows, chart: null };
  const periods = rows.map((r, index) => `${index + 1}. ${r.when.split(',')[0]}`);
  const latest: Record<ScoreKind, number | null> = { inherent: null, residual: null, target: null };
  const points: Record<ScoreKind, { period: string; value: number | null }[]> = { inherent: [], residual: [], target: [] };
  rows.forEach((r, index) => {
    latest[r.kind] = r.score;
    for (const kind of Object.keys(points) as ScoreKind[]) points[kind].push({ period: periods[index]!, value: latest[kind] });
  });
  const series = (Object.keys(points) as ScoreKind[]).filter((k) => points[k].some((p) => p.value !== null)).map((k) => ({ name: scoreKindLabels[k], points: points[k] }));
  const chart = await lineChart({
    title: 'Scores after each change',
    description: 'How the risk’s scores (likelihood times impact, 1 to 25) changed, one point per recorded change. The table below has every change with who made it and when.',
    id: 'risk-history',
    series,
    periods,
    valueTitle: 'Score',
    periodTitle: 'Change',
    width: 420,
    height: 160,
  });
  return { rows, chart: chart.svg };
}
