import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { ENGLAND, LONDON } from '../../network/service.ts';
import { areas } from '../../network/schema.ts';
import { trend, type Polarity, type Trend } from '../benchmark/index.ts';
import { statDatasets, statFilterSets, statMeasures, statValues } from '../schema.ts';
import { authoritiesBelow, statisticalNeighbours } from './places.ts';

export interface ProfileLine {
  dataset: string;
  measureId: string;
  measure: string;
  label: string | null;
  unit: string | null;
  decimals: number | null;
  polarity: Polarity;
  filterSetId: string;
  filters: Record<string, string>;
  timePeriod: string;
  timeIdentifier: string;
  raw: string;
  value: number | null;
  status: string | null;
  /** Published figures for England and London (the national and regional rows), when the dataset has them. */
  england: string | null;
  london: string | null;
  englandMedian: number | null;
  neighbourMedian: number | null;
  /** Among all authorities in England, 1 = highest; null when the area has no number. */
  englandRank: number | null;
  englandCount: number;
  englandQuartile: 1 | 2 | 3 | 4 | null;
  history: { period: string; value: number | null; code?: string }[];
  trend: Trend;
}

interface Target {
  m: string;
  f: string;
  p: string;
  t: string;
}

/**
 * Every series with a figure for the area, at its latest period, with England and London
 * figures, England's median and the area's statistical neighbours' median, and the area's
 * rank among England's authorities: one statement for the comparisons of all series.
 */
export async function areaProfile(db: Queryable, areaCode: string): Promise<ProfileLine[]> {
  const own = await queryRows<{
    dataset: string; measure_id: string; measure: string; label: string | null; unit: string | null; decimals: number | null; polarity: Polarity; position: number;
    filter_set_id: string; filters: Record<string, string> | string; time_period: string; time_identifier: string; raw: string; value: string | null; status: string | null;
  }>(
    db,
    sql`select d.name as dataset, m.id as measure_id, m.name as measure, m.label, m.unit, m.decimals, m.polarity, m.position,
               f.id as filter_set_id, f.filters, v.time_period, v.time_identifier, v.raw, v.value, v.status
        from ${statValues} v
        join ${statMeasures} m on m.id = v.measure_id
        join ${statDatasets} d on d.id = m.dataset_id
        join ${statFilterSets} f on f.id = v.filter_set_id
        where v.area_code = ${areaCode}
        order by d.name, m.position, f.key, v.time_period, v.time_identifier`,
  );
  const lines = new Map<string, ProfileLine>();
  for (const r of own) {
    const key = `${r.measure_id}|${r.filter_set_id}`;
    const value = r.status === null && r.value !== null ? Number(r.value) : null;
    const filters = typeof r.filters === 'string' ? (JSON.parse(r.filters) as Record<string, string>) : r.filters;
    const previous = lines.get(key);
    const history = previous?.history ?? [];
    history.push({ period: r.time_period, value, ...(r.status ? { code: r.status } : {}) });
    lines.set(key, {
      dataset: r.dataset, measureId: r.measure_id, measure: r.measure, label: r.label, unit: r.unit, decimals: r.decimals, polarity: r.polarity,
      filterSetId: r.filter_set_id, filters, timePeriod: r.time_period, timeIdentifier: r.time_identifier, raw: r.raw, value, status: r.status,
      england: null, london: null, englandMedian: null, neighbourMedian: null, englandRank: null, englandCount: 0, englandQuartile: null, history,
      trend: trend([]),
    });
  }
  if (lines.size === 0) return [];
  const targets: Target[] = [...lines.values()].map((l) => ({ m: l.measureId, f: l.filterSetId, p: l.timePeriod, t: l.timeIdentifier }));
  const england = await authoritiesBelow(db, ENGLAND);
  const neighbours = await statisticalNeighbours(db, areaCode);
  const rows = await compareAll(db, targets, areaCode, england, neighbours);
  for (const line of lines.values()) {
    const r = rows.get(`${line.measureId}|${line.filterSetId}`);
    line.trend = trend(line.history, { periods: 3, polarity: line.polarity });
    if (!r) continue;
    line.england = r.england;
    line.london = r.london;
    line.englandMedian = r.eng_median;
    line.neighbourMedian = r.sn_median;
    line.englandCount = Number(r.eng_count);
    if (line.value !== null && r.eng_median !== null) {
      line.englandRank = Number(r.higher) + 1;
      line.englandQuartile = line.value <= r.eng_q1! ? 1 : line.value <= r.eng_median ? 2 : line.value <= r.eng_q3! ? 3 : 4;
    }
  }
  return [...lines.values()];
}

interface Compared {
  m: string;
  f: string;
  england: string | null;
  london: string | null;
  eng_count: number;
  eng_q1: number | null;
  eng_median: number | null;
  eng_q3: number | null;
  sn_median: number | null;
  higher: number;
}

/** One statement: each series' England spread, neighbours' median and published England/London rows. */
export async function compareAll(db: Queryable, targets: Target[], areaCode: string, england: string[], neighbours: string[]) {
  const rows = await queryRows<Compared>(
    db,
    sql`with t as (select * from json_to_recordset(${JSON.stringify(targets)}::json) as x(m uuid, f uuid, p text, t text)),
        eng as (select value as code from json_array_elements_text(${JSON.stringify(england)}::json)),
        sn as (select value as code from json_array_elements_text(${JSON.stringify(neighbours)}::json)),
        own as (select t.m, t.f, case when v.status is null then v.value::float8 end as value from t
                left join ${statValues} v on v.measure_id = t.m and v.filter_set_id = t.f and v.time_period = t.p and v.time_identifier = t.t and v.area_code = ${areaCode})
        select t.m, t.f,
          max(v.raw) filter (where v.area_code = ${ENGLAND}) as england,
          max(v.raw) filter (where v.area_code = ${LONDON}) as london,
          count(x.value) filter (where eng.code is not null)::int as eng_count,
          percentile_cont(0.25) within group (order by x.value) filter (where eng.code is not null) as eng_q1,
          percentile_cont(0.5) within group (order by x.value) filter (where eng.code is not null) as eng_median,
          percentile_cont(0.75) within group (order by x.value) filter (where eng.code is not null) as eng_q3,
          percentile_cont(0.5) within group (order by x.value) filter (where sn.code is not null) as sn_median,
          count(*) filter (where eng.code is not null and x.value > own.value)::int as higher
        from t
        join own on own.m = t.m and own.f = t.f
        join ${statValues} v on v.measure_id = t.m and v.filter_set_id = t.f and v.time_period = t.p and v.time_identifier = t.t
        cross join lateral (select case when v.status is null then v.value::float8 end as value) x
        left join eng on eng.code = v.area_code
        left join sn on sn.code = v.area_code
        group by t.m, t.f`,
  );
  return new Map(rows.map((r) => [`${r.m}|${r.f}`, r]));
}

/** Names of areas that have figures, for the area picker. */
export async function areasWithFigures(db: Queryable) {
  return queryRows<{ code: string; name: string; kind: string }>(
    db,
    sql`select a.code, a.name, a.kind from ${areas} a where exists (select 1 from ${statValues} v where v.area_code = a.code) order by a.kind <> 'local-authority', a.name`,
  );
}
