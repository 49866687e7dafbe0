import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { sendDownload } from '../../platform/export/index.ts';
import { listBoards } from '../network/service.ts';
import { bestFit, indicatorsOfNode } from './best-fit.ts';
import { computeIndicators, displayValue, periodsOf, ragOf, RAG_LABELS, type Unit } from './compute.ts';
import { findElement, itemId } from './elements.ts';
import { outcomesOfGoal } from './framework-elements.ts';
import { RATING_LABELS, TIMESCALE_LABELS } from './framework-schema.ts';
import { compare, statisticsData, summarise } from './indicator-data.ts';
import { renderModelSvg } from './diagram.ts';
import { SMALL_SAMPLE } from './spearman.ts';
import * as framework from './service.ts';
import { quantitativeIndicators } from './synthetic.ts';
import { labels, modelList, numberParam, placeOf, versionView, view } from './routes-shared.ts';

const ENGLAND: Unit = { code: 'E92000001', name: 'England', areaCodes: ['E92000001'] };
const LONDON: Unit = { code: 'E12000007', name: 'London', areaCodes: ['E12000007'] };
const toStatisticsPolarity = { 'higher-is-better': 'higher-better', 'lower-is-better': 'lower-better', context: 'context' } as const;

export async function readRoutes(app: FastifyInstance) {
  const boardUnits = async (): Promise<Unit[]> =>
    (await listBoards(app.db)).map((b) => ({ code: b.code, name: b.name, areaCodes: b.areas.map((a) => a.code) })).filter((u) => u.areaCodes.length > 0);

  app.get('/framework/versions/:number/model', { preHandler: requireSignIn }, async (request, reply) => {
    const { number } = numberParam.parse(request.params);
    const version = await framework.requireVersion(app.db, number);
    const diagram = await renderModelSvg(version.document);
    return reply.page(view('model.njk'), {
      title: `Logic model – version ${number}`,
      version: versionView(version),
      diagram,
      groups: modelList(version.document),
      labels,
    });
  });

  app.get('/framework/versions/:number/hierarchy', { preHandler: requireSignIn }, async (request, reply) => {
    const { number } = numberParam.parse(request.params);
    const version = await framework.requireVersion(app.db, number);
    const comments = await framework.commentCounts(app.db, version.id);
    return reply.page(view('hierarchy.njk'), {
      title: `Goals, outcomes and indicators – version ${number}`,
      version: versionView(version),
      goals: version.document.goals,
      comments: Object.fromEntries(comments),
      labels,
    });
  });

  app.get('/framework/versions/:number/outcomes', { preHandler: requireSignIn }, async (request, reply) => {
    const { number } = numberParam.parse(request.params);
    const { format } = z.object({ format: z.enum(['csv', 'xlsx']).optional().catch(undefined) }).parse(request.query);
    const version = await framework.requireVersion(app.db, number);
    const rows = version.document.goals.flatMap((goal) =>
      outcomesOfGoal(goal).map((o) => ({
        key: o.key,
        goal: goal.title,
        outcome: o.title,
        rating: RATING_LABELS[o.rating],
        timescale: `${TIMESCALE_LABELS[o.timescale]} (${o.expectedLag.minMonths} to ${o.expectedLag.maxMonths} months)`,
        indicators: o.indicators.map((i) => i.code).join(', '),
      })),
    );
    if (format) {
      return sendDownload(reply, {
        filename: `framework-version-${number}-outcomes`,
        format,
        columns: [
          { key: 'goal', header: 'Goal' },
          { key: 'outcome', header: 'Outcome' },
          { key: 'rating', header: 'Rating' },
          { key: 'timescale', header: 'Timescale' },
          { key: 'indicators', header: 'Indicators' },
        ],
        rows,
      });
    }
    const page = pageOf(request.query, 50);
    return reply.page(view('outcomes.njk'), {
      title: `Outcomes – version ${number}`,
      version: versionView(version),
      rows: rows.slice(page.offset, page.offset + page.limit),
      pagination: paginationView(page, rows.length, `/framework/versions/${number}/outcomes`, request.query as Record<string, unknown>),
    });
  });

  app.get('/framework/versions/:number/indicators/:key', { preHandler: requireSignIn }, async (request, reply) => {
    const { number, key } = numberParam.extend({ key: z.string().max(100) }).parse(request.params);
    const query = z.object({ period: z.string().max(40).optional(), format: z.enum(['csv', 'xlsx']).optional().catch(undefined) }).parse(request.query);
    const version = await framework.requireVersion(app.db, number);
    const found = findElement(version.document, itemId(key));
    if (!found || found.type !== 'indicator') return reply.callNotFound();
    const indicator = found.item;
    const nodes = version.document.model.nodes.filter((n) => indicatorsOfNode(version.document, n).some((i) => i.key === key));
    let values = null;
    let periods: string[] = [];
    let benchmark = null;
    if (indicator.kind === 'quantitative') {
      const data = statisticsData(app.db);
      periods = await periodsOf(data, indicator);
      const period = query.period && periods.includes(query.period) ? query.period : periods[0];
      const units = await boardUnits();
      if (period) {
        const results = (await computeIndicators(data, [indicator], period, [...units, ENGLAND, LONDON])).get(key)!;
        const figure = (u: Unit) => results.get(u.code)!;
        const england = figure(ENGLAND);
        const polarity = toStatisticsPolarity[indicator.polarity];
        values = {
          period,
          rows: units.map((u) => {
            const result = figure(u);
            const rag = ragOf(indicator, result);
            return {
              board: u.name,
              value: displayValue(indicator, result),
              rag,
              ragLabel: rag ? RAG_LABELS[rag] : '',
              comparison: compare('value' in result ? result.value : null, 'value' in england ? england.value : null, polarity, {
                referenceName: 'England',
                valueStatus: 'status' in result ? result.status : null,
                referenceStatus: 'status' in england ? england.status : null,
                decimalPlaces: indicator.decimals,
              }).text,
            };
          }),
        };
        const spread = summarise(
          units.map((u) => {
            const r = figure(u);
            return { code: u.code, name: u.name, value: 'value' in r ? r.value : null, status: 'status' in r ? r.status : null };
          }),
          { polarity },
        );
        const fmt = (v: number | null) => (v === null ? 'no data' : displayValue(indicator, { value: v }));
        benchmark = { england: displayValue(indicator, england), london: displayValue(indicator, figure(LONDON)), median: fmt(spread.median), q1: fmt(spread.q1), q3: fmt(spread.q3), count: spread.count };
        if (query.format) {
          return sendDownload(reply, {
            filename: `${indicator.code}-${period}`,
            format: query.format,
            columns: [
              { key: 'board', header: 'Board' },
              { key: 'value', header: `${indicator.name} (${indicator.unit})` },
              { key: 'ragLabel', header: 'Against target' },
              { key: 'comparison', header: 'Compared with England' },
            ],
            rows: values.rows,
          });
        }
      }
    }
    return reply.page(view('indicator.njk'), {
      title: `${indicator.code} ${indicator.name}`,
      version: versionView(version),
      indicator,
      place: [...placeOf(version.document, key)],
      nodes,
      periods,
      values,
      benchmark,
      labels,
    });
  });

  app.get('/framework/versions/:number/best-fit', { preHandler: requireSignIn }, async (request, reply) => {
    const { number } = numberParam.parse(request.params);
    const version = await framework.requireVersion(app.db, number);
    const data = statisticsData(app.db);
    const all = new Set<string>();
    for (const i of quantitativeIndicators(version.document)) for (const p of await periodsOf(data, i)) all.add(p);
    const available = [...all].sort().reverse();
    const asked = z.object({ period: z.union([z.string(), z.array(z.string())]).optional() }).parse(request.query).period;
    const chosen = (asked === undefined ? available.slice(0, 1) : [asked].flat()).filter((p) => all.has(p));
    const evidence = chosen.length ? await bestFit(data, version.document, chosen, await boardUnits()) : [];
    return reply.page(view('best-fit.njk'), {
      title: `Which links the data supports – version ${number}`,
      version: versionView(version),
      periodItems: available.map((p) => ({ value: p, text: p, checked: chosen.includes(p) })),
      chosen,
      evidence,
      smallSample: SMALL_SAMPLE,
    });
  });
}
