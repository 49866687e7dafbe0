import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { lineChart, LONDON_TILE_GRID, quartileChart, tileMap } from '../../platform/charts/index.ts';
import { sendDownload } from '../../platform/export/index.ts';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { can } from '../../platform/auth/permissions.ts';
import { ENGLAND, findArea, LONDON, listAreas } from '../network/service.ts';
import { POLARITIES } from './benchmark/index.ts';
import { StatisticsQueryError } from './errors.ts';
import {
  comparisonTag,
  downloadCell,
  filterText,
  formatNumber,
  measureTitle,
  polarityLabels,
  published,
  publishedText,
  quartileLabels,
  view,
  withPublishedCells,
} from './present.ts';
import * as statistics from './service.ts';
import { requireDataset, requireMeasure, resolveFilterSet, type Series } from './store/series.ts';
import { seriesTrend } from './store/trend-series.ts';

const params = z.object({ name: z.string().max(200), measure: z.string().max(200) });
const query = z.object({
  filters: z.string().uuid().optional().catch(undefined),
  period: z.string().max(40).optional(),
  comparator: z.string().max(200).optional(),
  area: z.string().max(20).optional(),
  format: z.enum(['csv', 'xlsx']).optional(),
});

async function seriesOf(app: FastifyInstance, request: FastifyRequest): Promise<Series> {
  const p = params.parse(request.params);
  const q = query.parse(request.query);
  const dataset = await requireDataset(app.db, p.name);
  const measure = await requireMeasure(app.db, dataset, p.measure);
  const sets = await statistics.listFilterSets(app.db, dataset.id);
  let filterSet = sets.find((s) => s.id === q.filters);
  if (!filterSet) filterSet = await resolveFilterSet(app.db, dataset, {}).catch(() => sets[0]);
  if (!filterSet) throw new StatisticsQueryError(`dataset ${dataset.name} has no figures`);
  return { dataset, measure, filterSet };
}

export async function measureRoutes(app: FastifyInstance) {
  const base = (s: Series) => `/statistics/datasets/${encodeURIComponent(s.dataset.name)}/measures/${encodeURIComponent(s.measure.name)}`;

  app.get('/statistics/datasets/:name/measures/:measure', { preHandler: requireSignIn }, async (request, reply) => {
    const q = query.parse(request.query);
    const series = await seriesOf(app, request);
    const m = series.measure;
    const threshold = app.config.suppressionThreshold;
    const periods = await statistics.periodsOf(app.db, m.id, series.filterSet.id);
    const period = q.period ? await statistics.resolvePeriod(app.db, series, q.period) : periods[0];
    if (!period) throw new StatisticsQueryError('this measure has no figures yet');
    const area = q.area ? await findArea(app.db, q.area) : null;
    const comparatorKey = q.comparator || 'england';
    const comparator = await statistics.resolveComparator(app.db, comparatorKey);
    const result = await statistics.benchmarkSeries(app.db, series, period, comparator.codes);
    // Tables print each figure as published ("18.30", "c"), as the engine returns it; its numbers draw the charts.
    const show = (value: number | null, status: string | null, raw: string | null = null) => published(m, value, status, raw, threshold);
    const league = result.areas.map((a) => {
      const shown = show(a.value, a.status, a.raw);
      return {
        ...a,
        shown: shown.text,
        quartileText: a.quartile ? quartileLabels[a.quartile] : '',
        versus: comparisonTag(shown.value, result.median, m.polarity, `the ${comparator.label} median`, m),
        selected: area?.code === a.code,
      };
    });
    const title = measureTitle(m);
    const periodText = `${period.timePeriod}${periods.filter((p) => p.timePeriod === period.timePeriod).length > 1 ? ` ${period.timeIdentifier}` : ''}`;
    if (q.format) {
      return sendDownload(reply, {
        filename: `${series.dataset.name} ${m.name} ${period.timePeriod} ${comparator.key}`,
        format: q.format,
        title: `${title}, ${periodText}, ${comparator.label}`,
        notes: [`Counts from 1 to ${threshold - 1} are shown as c.`, `Median ${formatNumber(result.median, m)}; lower quartile ${formatNumber(result.q1, m)}; upper quartile ${formatNumber(result.q3, m)}.`],
        columns: [
          { key: 'rank', header: 'Rank (1 = highest)' },
          { key: 'code', header: 'ONS code' },
          { key: 'name', header: 'Area' },
          { key: 'shown', header: title },
          { key: 'quartileText', header: 'Quartile' },
        ],
        rows: league.map((a) => ({ ...a, shown: downloadCell(a.shown) })),
      });
    }
    const londonCodes = (await statistics.resolveComparator(app.db, 'london')).codes;
    const london = await statistics.benchmarkSeries(app.db, series, period, londonCodes);
    const trendRows = await seriesTrend(app.db, series, comparator.codes, area?.code ?? null);
    const trendByPeriod = new Map<string, (typeof trendRows)[number]>();
    for (const r of trendRows) if (!trendByPeriod.has(r.timePeriod)) trendByPeriod.set(r.timePeriod, r);
    const trendRaw = (code: string, period: string) => {
      const r = trendByPeriod.get(period);
      if (!r) return undefined;
      return code === ENGLAND ? r.englandRaw : code === LONDON ? r.londonRaw : code === area?.code ? r.areaRaw : undefined;
    };
    const londonRaw = new Map(london.areas.map((a) => [a.code, a.raw]));
    const trendSeries = [...(area ? [area.code] : []), 'median', ...(trendRows.some((r) => r.england !== null) ? [ENGLAND] : []), ...(trendRows.some((r) => r.london !== null) ? [LONDON] : [])];
    const tileCode = new Map(LONDON_TILE_GRID.map((tile) => [tile.name, tile.onsCode]));
    const [quartile, trendChart, tiles] = await Promise.all([
      quartileChart({
        id: 'quartiles',
        title: `${title}: ${comparator.label}, ${periodText}`,
        valueTitle: title,
        selected: area?.code,
        areas: league.map((a) => ({ code: a.code, name: a.name, value: show(a.value, a.status, a.raw).value, statusCode: show(a.value, a.status, a.raw).code ?? undefined })),
      }),
      lineChart({
        id: 'trend',
        title: `${title} over time`,
        valueTitle: title,
        series: [
          ...(area ? [{ name: area.name, points: trendRows.map((r) => ({ period: r.timePeriod, value: show(r.area, r.areaStatus).value })) }] : []),
          { name: `${comparator.label} median`, points: trendRows.map((r) => ({ period: r.timePeriod, value: r.comparatorMedian })) },
          ...(trendRows.some((r) => r.england !== null) ? [{ name: 'England', points: trendRows.map((r) => ({ period: r.timePeriod, value: show(r.england, null).value })) }] : []),
          ...(trendRows.some((r) => r.london !== null) ? [{ name: 'London', points: trendRows.map((r) => ({ period: r.timePeriod, value: show(r.london, null).value })) }] : []),
        ],
      }),
      tileMap({
        id: 'tiles',
        title: `${title}: London boroughs, ${periodText}`,
        valueTitle: title,
        selected: area?.code,
        values: london.areas.map((a) => ({ onsCode: a.code, value: show(a.value, a.status, a.raw).value, statusCode: show(a.value, a.status, a.raw).code ?? undefined })),
      }),
    ]);
    const shownByName = new Map(league.map((a) => [a.name, a.shown]));
    const charts = {
      quartile: withPublishedCells(quartile, ['value'], (row) => shownByName.get(String(row.area)) ?? null),
      trend: withPublishedCells(
        trendChart,
        trendSeries.map((_, i) => `series${i}`),
        (row, column) => {
          const code = trendSeries[Number(column.slice('series'.length))]!;
          if (code === 'median') return formatNumber(trendByPeriod.get(String(row.period))?.comparatorMedian, m);
          const raw = trendRaw(code, String(row.period));
          return raw === undefined || raw === null ? null : publishedText(m, raw, threshold);
        },
      ),
      tiles: withPublishedCells(tiles, ['value'], (row) => {
        const raw = londonRaw.get(tileCode.get(String(row.area)) ?? '');
        return raw === undefined ? null : publishedText(m, raw, threshold);
      }),
    };
    const [regions, groups, sets] = await Promise.all([listAreas(app.db, { kind: 'region' }), statistics.listGroups(app.db), statistics.listFilterSets(app.db, series.dataset.id)]);
    const comparatorItems = [
      { value: 'england', text: 'England (all local authorities)' },
      { value: 'london', text: 'London' },
      { value: 'inner-london', text: 'Inner London' },
      { value: 'outer-london', text: 'Outer London' },
      ...regions.filter((r) => r.code !== 'E12000007').map((r) => ({ value: `region:${r.code}`, text: r.name })),
      ...(area ? [{ value: `neighbours:${area.code}`, text: `Statistical neighbours of ${area.name}` }] : []),
      ...groups.map((g) => ({ value: `group:${g.name}`, text: `Group: ${g.name}` })),
    ].map((i) => ({ ...i, selected: i.value === comparator.key }));
    const selfQuery = new URLSearchParams({ filters: series.filterSet.id, period: periodText, comparator: comparator.key, ...(area ? { area: area.code } : {}) });
    return reply.page(view('measure.njk'), {
      title: `${title} (${series.dataset.name})`,
      heading: title,
      series,
      filterText: filterText(series.filterSet.filters),
      period,
      periodText,
      comparator,
      area,
      result,
      stats: {
        count: result.count,
        min: [...league].reverse().find((a) => a.value !== null)?.shown ?? formatNumber(result.min, m),
        q1: formatNumber(result.q1, m),
        median: formatNumber(result.median, m),
        q3: formatNumber(result.q3, m),
        max: league.find((a) => a.value !== null)?.shown ?? formatNumber(result.max, m),
        mean: formatNumber(result.mean, m),
      },
      league,
      charts,
      periodItems: [...new Set(periods.map((p) => p.timePeriod))].map((p) => ({ value: p, text: p, selected: p === period.timePeriod })),
      filterItems: sets.map((s) => ({ value: s.id, text: filterText(s.filters) || 'All', selected: s.id === series.filterSet.id })),
      comparatorItems,
      areaItems: [{ value: '', text: 'None' }, ...league.map((a) => ({ value: a.code, text: a.name, selected: a.code === area?.code }))],
      polarityItems: POLARITIES.map((p) => ({ value: p, text: polarityLabels[p], checked: p === m.polarity })),
      polarityText: polarityLabels[m.polarity],
      canManage: can(request.principal, 'network:manage'),
      base: base(series),
      downloadQuery: selfQuery.toString(),
      threshold,
    });
  });

  app.post('/statistics/datasets/:name/measures/:measure/polarity', { preHandler: requireCan('network:manage') }, async (request, reply) => {
    const series = await seriesOf(app, request);
    const form = z.object({ polarity: z.enum(['higher-better', 'lower-better', 'context']) }).safeParse(request.body);
    if (!form.success) return reply.redirect(`${base(series)}?filters=${series.filterSet.id}`, 303);
    await app.db.transaction((tx) => statistics.setPolarity(tx, request.actor, series.measure.id, form.data.polarity));
    await reply.flash('success', 'Polarity saved', `${measureTitle(series.measure)}: ${polarityLabels[form.data.polarity]}`);
    return reply.redirect(`${base(series)}?filters=${series.filterSet.id}`, 303);
  });
}
