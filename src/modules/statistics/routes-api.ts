import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorResponses, jsonResponse } from '../../platform/http/openapi.ts';
import { requireSignIn } from '../../platform/http/session.ts';
import { findArea } from '../network/service.ts';
import { StatisticsQueryError } from './errors.ts';
import * as statistics from './service.ts';
import { areaProfile } from './store/profile.ts';
import { requireDataset } from './store/series.ts';

/** `filter=category=Children in Need` (repeatable), as on the command line. */
const filterParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v, ctx) => {
    const filters: Record<string, string> = {};
    for (const pair of v === undefined ? [] : Array.isArray(v) ? v : [v]) {
      const at = pair.indexOf('=');
      if (at <= 0) {
        ctx.addIssue({ code: 'custom', message: `filter takes COLUMN=VALUE, not "${pair}"`, path: ['filter'] });
        return z.NEVER;
      }
      filters[pair.slice(0, at)] = pair.slice(at + 1);
    }
    return filters;
  });

const valueQuery = z.object({
  dataset: z.string().min(1).max(200),
  measure: z.string().min(1).max(200),
  area: z.string().min(1).max(20),
  period: z.string().min(1).max(40),
  filter: filterParam,
});

const benchmarkQuery = z.object({
  dataset: z.string().min(1).max(200),
  measure: z.string().min(1).max(200),
  period: z.string().min(1).max(40),
  comparator: z.string().min(1).max(200),
  area: z.string().max(20).optional(),
  filter: filterParam,
});

const param = (name: string, description: string, required = true, extra: Record<string, unknown> = {}) => ({
  name,
  in: 'query',
  required,
  description,
  schema: { type: 'string' },
  ...extra,
});
const filterDoc = param('filter', 'COLUMN=VALUE; repeat for several. Filters left out default to their only value or "Total".', false, {
  schema: { type: 'array', items: { type: 'string' } },
  style: 'form',
  explode: true,
});

export async function statisticsApi(app: FastifyInstance) {
  app.get('/api/v1/statistics/datasets', { preHandler: requireSignIn }, async () => ({ datasets: await statistics.listDatasets(app.db) }));

  app.get('/api/v1/statistics/datasets/:name', { preHandler: requireSignIn }, async (request) => {
    const { name } = z.object({ name: z.string().max(200) }).parse(request.params);
    const dataset = await requireDataset(app.db, name);
    const [measures, filterSets] = await Promise.all([statistics.listMeasures(app.db, dataset.id), statistics.listFilterSets(app.db, dataset.id)]);
    return {
      name: dataset.name,
      filters: dataset.filters,
      measures: measures.map((m) => ({ name: m.name, label: m.label, unit: m.unit, decimals: m.decimals, polarity: m.polarity })),
      filterSets: filterSets.map((f) => f.filters),
    };
  });

  app.get('/api/v1/statistics/value', { preHandler: requireSignIn }, async (request) => {
    const q = valueQuery.parse(request.query);
    return statistics.getValue(app.db, { ...q, filters: q.filter });
  });

  app.get('/api/v1/statistics/benchmark', { preHandler: requireSignIn }, async (request) => {
    const q = benchmarkQuery.parse(request.query);
    return statistics.benchmarkJson(await statistics.benchmark(app.db, { ...q, filters: q.filter }));
  });

  app.get('/api/v1/statistics/areas/:code', { preHandler: requireSignIn }, async (request) => {
    const { code } = z.object({ code: z.string().max(20) }).parse(request.params);
    const area = await findArea(app.db, code);
    if (!area) throw new StatisticsQueryError(`no area ${code}`);
    const lines = await areaProfile(app.db, area.code);
    return {
      area: { code: area.code, name: area.name, dfeCode: area.dfeCode },
      measures: lines.map((l) => ({
        dataset: l.dataset,
        measure: l.measure,
        filters: l.filters,
        period: l.timePeriod,
        timeIdentifier: l.timeIdentifier,
        raw: l.raw,
        value: l.value,
        status: l.status,
        england: l.england,
        london: l.london,
        englandMedian: l.englandMedian,
        statisticalNeighbourMedian: l.neighbourMedian,
        englandRank: l.englandRank,
        englandQuartile: l.englandQuartile,
        trend: { direction: l.trend.direction, judgement: l.trend.judgement, text: l.trend.text },
      })),
    };
  });

  app.openApi.addTag('statistics', 'Official statistics and live benchmarking');
  app.openApi.addSchemas({
    Benchmark: {
      type: 'object',
      required: ['count', 'min', 'max', 'mean', 'median', 'q1', 'q3', 'areas', 'area'],
      properties: {
        count: { type: 'integer', description: 'Areas with a number (status-coded areas are listed but not counted)' },
        min: { type: ['number', 'null'] },
        max: { type: ['number', 'null'] },
        mean: { type: ['number', 'null'] },
        median: { type: ['number', 'null'] },
        q1: { type: ['number', 'null'], description: 'percentile_cont(0.25), as Excel PERCENTILE.INC' },
        q3: { type: ['number', 'null'] },
        areas: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              code: { type: 'string' },
              name: { type: 'string' },
              value: { type: ['number', 'null'] },
              status: { type: ['string', 'null'], description: 'c, z, x, u, k, low … as published' },
              rank: { type: ['integer', 'null'], description: '1 = highest; ties share the best rank' },
              quartile: { type: ['integer', 'null'], minimum: 1, maximum: 4, description: '1 = lowest quarter of values' },
            },
          },
        },
        area: {
          type: ['object', 'null'],
          properties: {
            code: { type: 'string' },
            value: { type: ['number', 'null'] },
            rank: { type: ['integer', 'null'] },
            quartile: { type: ['integer', 'null'] },
            statisticalNeighbours: {
              type: 'object',
              properties: { codes: { type: 'array', items: { type: 'string' } }, median: { type: ['number', 'null'] } },
            },
          },
        },
      },
    },
    StatisticsValue: {
      type: 'object',
      properties: {
        dataset: { type: 'string' },
        measure: { type: 'string' },
        filters: { type: 'object', additionalProperties: { type: 'string' } },
        area: { type: 'string' },
        timePeriod: { type: 'string' },
        timeIdentifier: { type: 'string' },
        raw: { type: 'string', description: 'Exactly as published, e.g. "18.3" or "c"' },
        value: { type: ['number', 'null'] },
        status: { type: ['string', 'null'] },
      },
    },
  });
  const common = [param('dataset', 'Dataset name (the EES file name without .csv)'), param('measure', 'Indicator column')];
  app.openApi.addPaths({
    '/statistics/datasets': { get: { tags: ['statistics'], summary: 'Imported datasets', responses: { '200': { description: 'Datasets with their measures count and periods' }, ...errorResponses } } },
    '/statistics/datasets/{name}': {
      get: {
        tags: ['statistics'],
        summary: 'A dataset’s measures and filter combinations',
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'Measures (label, unit, decimals, polarity) and filter sets' }, ...errorResponses },
      },
    },
    '/statistics/value': {
      get: {
        tags: ['statistics'],
        summary: 'One figure exactly as published',
        parameters: [...common, param('area', 'ONS code (E09000007) or DfE code (202)'), param('period', 'Time period, e.g. 2025'), filterDoc],
        responses: { '200': jsonResponse('The figure', 'StatisticsValue'), ...errorResponses },
      },
    },
    '/statistics/benchmark': {
      get: {
        tags: ['statistics'],
        summary: 'Benchmark a measure across a comparator group, live from the stored values',
        parameters: [
          ...common,
          param('period', 'Time period'),
          param('comparator', 'england, london, inner-london, outer-london, region:CODE, neighbours:CODE or group:NAME'),
          param('area', 'The area to place among them (ONS or DfE code)', false),
          filterDoc,
        ],
        responses: { '200': jsonResponse('Spread, ranks and quartile bands', 'Benchmark'), ...errorResponses },
      },
    },
    '/statistics/areas/{code}': {
      get: {
        tags: ['statistics'],
        summary: 'Area profile: every measure’s latest figure with England, London and neighbour comparisons',
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The profile' }, ...errorResponses },
      },
    },
  });
}
