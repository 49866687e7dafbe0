import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sparkline } from '../../platform/charts/index.ts';
import { sendDownload } from '../../platform/export/index.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { requireSignIn } from '../../platform/http/session.ts';
import { findArea } from '../network/service.ts';
import { downloadCell, filterText, formatNumber, measureTitle, published, publishedText, quartileLabels, view, comparisonTag } from './present.ts';
import * as statistics from './service.ts';
import { areaProfile, areasWithFigures } from './store/profile.ts';

const format = z.object({ format: z.enum(['csv', 'xlsx']).optional() });

export async function pageRoutes(app: FastifyInstance) {
  app.get('/statistics', { preHandler: requireSignIn }, async (_request, reply) => {
    const [datasets, areaList, model, groups] = await Promise.all([
      statistics.listDatasets(app.db),
      areasWithFigures(app.db),
      statistics.neighbourModel(app.db),
      statistics.listGroups(app.db),
    ]);
    return reply.page(view('index.njk'), {
      title: 'Statistics',
      datasets,
      model,
      groups,
      areaItems: [{ value: '', text: 'Choose an area' }, ...areaList.map((a) => ({ value: a.code, text: `${a.name} (${a.code})` }))],
    });
  });

  // The area picker is a GET form; it lands here and goes on to the profile.
  app.get('/statistics/area', { preHandler: requireSignIn }, async (request, reply) => {
    const { code } = z.object({ code: z.string().max(20).default('') }).parse(request.query);
    if (!code) return reply.redirect('/statistics', 303);
    return reply.redirect(`/statistics/areas/${encodeURIComponent(code)}`, 303);
  });

  app.get('/statistics/datasets/:name', { preHandler: requireSignIn }, async (request, reply) => {
    const { name } = z.object({ name: z.string().max(200) }).parse(request.params);
    const dataset = await statistics.findDataset(app.db, name);
    if (!dataset) return reply.callNotFound();
    const page = pageOf(request.query, 50);
    const [measures, batches, filterSets] = await Promise.all([
      statistics.listMeasures(app.db, dataset.id),
      statistics.listImportBatches(app.db, dataset.id),
      statistics.listFilterSets(app.db, dataset.id),
    ]);
    return reply.page(view('dataset.njk'), {
      title: dataset.name,
      dataset,
      measures: measures.slice(page.offset, page.offset + page.limit).map((m) => ({ ...m, title: measureTitle(m) })),
      pagination: paginationView(page, measures.length, `/statistics/datasets/${encodeURIComponent(name)}`),
      batches,
      filterSets: filterSets.map((f) => ({ ...f, text: filterText(f.filters) || 'no filters' })),
    });
  });

  app.get('/statistics/areas/:code', { preHandler: requireSignIn }, async (request, reply) => {
    const { code } = z.object({ code: z.string().max(20) }).parse(request.params);
    const { format: fmt } = format.parse(request.query);
    const area = await findArea(app.db, code);
    if (!area) return reply.callNotFound();
    if (area.code !== code) return reply.redirect(`/statistics/areas/${area.code}`, 301);
    const threshold = app.config.suppressionThreshold;
    const lines = await areaProfile(app.db, area.code);
    const rows = await Promise.all(
      lines.map(async (l, i) => {
        const m = { name: l.measure, unit: l.unit, decimals: l.decimals, label: l.label };
        const shown = published(m, l.value, l.status, l.raw, threshold);
        const spark = await sparkline({
          id: `spark-${i}`,
          title: `${measureTitle(m)}: ${area.name} over time`,
          points: l.history.map((h) => ({ period: h.period, value: published(m, h.value, h.code ?? null, null, threshold).value })),
        });
        return {
          ...l,
          title: measureTitle(m),
          filterText: filterText(l.filters),
          shown: shown.text,
          englandText: publishedText(m, l.england, threshold),
          englandMedianText: formatNumber(l.englandMedian, m),
          // Datasets without a published London row (boards' returns) show the London median instead.
          londonText: l.london === null ? formatNumber(l.londonMedian, m) : publishedText(m, l.london, threshold),
          neighbourMedianText: formatNumber(l.neighbourMedian, m),
          quartileText: l.englandQuartile ? quartileLabels[l.englandQuartile] : '',
          versusEngland: comparisonTag(shown.value, l.england !== null && /^-?[\d.]+$/.test(l.england) ? Number(l.england) : l.englandMedian, l.polarity, 'England', m),
          versusNeighbours: comparisonTag(shown.value, l.neighbourMedian, l.polarity, 'statistical neighbours', m),
          spark: spark.svg,
          historyText: l.history.map((h) => `${h.period}: ${published(m, h.value, h.code ?? null, h.raw, threshold).text}`).join(', '),
          href: `/statistics/datasets/${encodeURIComponent(l.dataset)}/measures/${encodeURIComponent(l.measure)}?filters=${l.filterSetId}&period=${encodeURIComponent(l.timePeriod)}&area=${area.code}`,
        };
      }),
    );
    if (fmt) {
      return sendDownload(reply, {
        filename: `${area.name} statistics profile`,
        format: fmt,
        title: `${area.name}: latest published figures`,
        notes: [`Counts from 1 to ${threshold - 1} are shown as c.`],
        columns: [
          { key: 'dataset', header: 'Dataset' },
          { key: 'measure', header: 'Measure' },
          { key: 'filterText', header: 'Filters' },
          { key: 'timePeriod', header: 'Period' },
          { key: 'shown', header: area.name },
          { key: 'englandText', header: 'England' },
          { key: 'londonText', header: 'London' },
          { key: 'englandMedianText', header: 'Median of England’s authorities' },
          { key: 'neighbourMedianText', header: 'Statistical neighbours’ median' },
          { key: 'englandRank', header: 'Rank in England (1 = highest)' },
          { key: 'quartileText', header: 'Quartile in England' },
        ],
        rows: rows.map((r) => ({ ...r, shown: downloadCell(r.shown), englandText: downloadCell(r.englandText), londonText: downloadCell(r.londonText) })),
      });
    }
    const byDataset = new Map<string, typeof rows>();
    for (const r of rows) byDataset.set(r.dataset, [...(byDataset.get(r.dataset) ?? []), r]);
    return reply.page(view('area.njk'), {
      title: `${area.name}: statistics`,
      area,
      datasets: [...byDataset].map(([name, list]) => ({ name, rows: list })),
      threshold,
    });
  });
}
