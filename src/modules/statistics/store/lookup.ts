import { and, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { StatisticsQueryError } from '../errors.ts';
import { statDatasets, statMeasures, statValues } from '../schema.ts';
import { valueOfArea } from './engine.ts';
import { parsePeriod } from './keys.ts';
import { periodsOf, resolvePeriod, resolveSeries } from './series.ts';

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
  const byArea = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!byArea.has(r.area_code)) byArea.set(r.area_code, r);
  return q.areaCodes.map((areaCode) => {
    const r = byArea.get(areaCode);
    return { areaCode, value: r && r.status === null && r.value !== null ? Number(r.value) : null, status: r?.status ?? null };
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
