import { and, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { StatisticsQueryError } from '../errors.ts';
import { statDatasets, statMeasures, statValues } from '../schema.ts';
import { valueOfArea } from './engine.ts';
import { parsePeriod } from './keys.ts';
import { queryPrepared } from './prepared.ts';
import { periodsOf, resolvePeriod, resolveSeries, resolveSeriesMany } from './series.ts';

export interface LookupQuery {
  dataset: string;
  measure: string;
  filters: Record<string, string>;
  period: string;
  areaCodes: string[];
}

export interface LookedUpValue {
  areaCode: string;
  value: number | null;
  status: string | null;
}

/**
 * Figures of one measure for several areas in one period: one entry per requested area,
 * in the order asked, with value and status null where nothing is stored.
 */
export async function lookupValues(db: Queryable, q: LookupQuery): Promise<LookedUpValue[]> {
  const series = await resolveSeries(db, q);
  const wanted = parsePeriod(q.period);
  const rows = await queryRows<{ area_code: string; value: string | null; status: string | null; time_identifier: string }>(
    db,
    sql`select area_code, value, status, time_identifier from ${statValues}
        where measure_id = ${series.measure.id} and filter_set_id = ${series.filterSet.id} and time_period = ${wanted.timePeriod}
          ${wanted.timeIdentifier ? sql`and lower(time_identifier) = lower(${wanted.timeIdentifier})` : sql``}
          and area_code in (select value from json_array_elements_text(${JSON.stringify(q.areaCodes)}::json))
        order by time_identifier`,
  );
  return inAskedOrder(q.areaCodes, rows);
}

type StoredFigure = { area_code: string; value: string | number | null; status: string | null };

/** One entry per area asked for, in that order; of several time identifiers, the first (rows come sorted by it). */
function inAskedOrder(areaCodes: readonly string[], rows: readonly StoredFigure[]): LookedUpValue[] {
  const byArea = new Map<string, StoredFigure>();
  for (const r of rows) if (!byArea.has(r.area_code)) byArea.set(r.area_code, r);
  return areaCodes.map((areaCode) => {
    const r = byArea.get(areaCode);
    return { areaCode, value: r && r.status === null && r.value !== null ? Number(r.value) : null, status: r?.status ?? null };
  });
}

/** A lookup's answer, or why it has none (an unknown dataset, measure or filter). */
export type LookupOutcome = { values: LookedUpValue[] } | { error: StatisticsQueryError };

/**
 * Many lookups at once, each answered as lookupValues would answer it: the series of all of
 * them resolved together (see resolveSeriesMany), then every figure in one statement, each
 * request's period and areas read from the primary key in its own lateral subquery. A page
 * that needs figures of forty measures makes three round trips instead of eighty.
 */
export async function lookupValuesMany(db: Queryable, qs: readonly LookupQuery[]): Promise<LookupOutcome[]> {
  const series = await resolveSeriesMany(db, qs);
  const requests = qs.flatMap((q, i) => {
    const s = series[i]!;
    if (s instanceof StatisticsQueryError) return [];
    const wanted = parsePeriod(q.period);
    return [{ i, m: s.measure.id, f: s.filterSet.id, p: wanted.timePeriod, ti: wanted.timeIdentifier, a: q.areaCodes }];
  });
  const rows =
    requests.length === 0
      ? []
      : await queryPrepared<StoredFigure & { i: number }>(
          db,
          sql`select r.i, sv.area_code, sv.value, sv.status
              from json_to_recordset(${JSON.stringify(requests)}::json) as r(i int, m uuid, f uuid, p text, ti text, a json)
              cross join lateral (
                select sv.area_code, sv.value, sv.status, sv.time_identifier from ${statValues} sv
                where sv.measure_id = r.m and sv.filter_set_id = r.f and sv.time_period = r.p
                  and (r.ti is null or lower(sv.time_identifier) = lower(r.ti))
                  and sv.area_code in (select value from json_array_elements_text(r.a))) sv
              order by r.i, sv.time_identifier`,
        );
  const byRequest = new Map<number, StoredFigure[]>();
  for (const r of rows) {
    const list = byRequest.get(Number(r.i)) ?? [];
    if (list.length === 0) byRequest.set(Number(r.i), list);
    list.push(r);
  }
  return qs.map((q, i) => {
    const s = series[i]!;
    return s instanceof StatisticsQueryError ? { error: s } : { values: inAskedOrder(q.areaCodes, byRequest.get(i) ?? []) };
  });
}

export async function measureExists(db: Queryable, dataset: string, measure: string): Promise<boolean> {
  const [row] = await db
    .select({ id: statMeasures.id })
    .from(statMeasures)
    .innerJoin(statDatasets, eq(statDatasets.id, statMeasures.datasetId))
    .where(and(eq(statDatasets.name, dataset), eq(statMeasures.name, measure)));
  return !!row;
}

/** Time periods with figures for a measure (any filters), newest first. */
export async function listPeriods(db: Queryable, dataset: string, measure: string): Promise<string[]> {
  const [row] = await db
    .select({ id: statMeasures.id })
    .from(statMeasures)
    .innerJoin(statDatasets, eq(statDatasets.id, statMeasures.datasetId))
    .where(and(eq(statDatasets.name, dataset), eq(statMeasures.name, measure)));
  if (!row) return [];
  return [...new Set((await periodsOf(db, row.id)).map((p) => p.timePeriod))];
}

export interface GetQuery {
  dataset: string;
  measure: string;
  area: string;
  period: string;
  filters?: Record<string, string>;
}

/** `statistics get`: one figure exactly as published ("18.3", or a code such as "c"). */
export async function getValue(db: Queryable, q: GetQuery) {
  const series = await resolveSeries(db, q);
  const period = await resolvePeriod(db, series, q.period);
  const { code, row } = await valueOfArea(db, series, period, q.area);
  if (!row) throw new StatisticsQueryError(`no figure for area ${q.area} in ${q.period} (${series.measure.name} of ${series.dataset.name})`);
  return {
    dataset: series.dataset.name,
    measure: series.measure.name,
    filters: series.filterSet.filters,
    area: code,
    timePeriod: period.timePeriod,
    timeIdentifier: period.timeIdentifier,
    raw: row.raw,
    value: row.status === null && row.value !== null ? Number(row.value) : null,
    status: row.status,
  };
}
