import { sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { ENGLAND, LONDON } from '../../network/service.ts';
import { areas } from '../../network/schema.ts';
import { trend, type Polarity, type Trend } from '../benchmark/index.ts';
import { statDatasets, statFilterSets, statMeasures, statValues } from '../schema.ts';
import { authoritiesBelow, neighboursSql, statisticalNeighbours } from './places.ts';
import { queryPrepared } from './prepared.ts';

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
  londonMedian: number | null;
  neighbourMedian: number | null;
  /** Among all authorities in England, 1 = highest; null when the area has no number. */
  englandRank: number | null;
  englandCount: number;
  englandQuartile: 1 | 2 | 3 | 4 | null;
  /** Oldest first; `raw` is each figure exactly as published, for tables to print. */
  history: { period: string; value: number | null; code?: string; raw: string }[];
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
    history.push({ period: r.time_period, value, ...(r.status ? { code: r.status } : {}), raw: r.raw });
    lines.set(key, {
      dataset: r.dataset, measureId: r.measure_id, measure: r.measure, label: r.label, unit: r.unit, decimals: r.decimals, polarity: r.polarity,
      filterSetId: r.filter_set_id, filters, timePeriod: r.time_period, timeIdentifier: r.time_identifier, raw: r.raw, value, status: r.status,
      england: null, london: null, englandMedian: null, londonMedian: null, neighbourMedian: null, englandRank: null, englandCount: 0, englandQuartile: null, history,
      trend: trend([]),
    });
  }
  if (lines.size === 0) return [];
  const targets: Target[] = [...lines.values()].map((l) => ({ m: l.measureId, f: l.filterSetId, p: l.timePeriod, t: l.timeIdentifier }));
  const england = await authoritiesBelow(db, ENGLAND);
  const neighbours = await statisticalNeighbours(db, areaCode);
  const rows = await compareAll(db, targets, areaCode, england, neighbours, await authoritiesBelow(db, LONDON));
  for (const line of lines.values()) {
    const r = rows.get(`${line.measureId}|${line.filterSetId}`);
    line.trend = trend(line.history, { periods: 3, polarity: line.polarity });
    if (!r) continue;
    line.england = r.england;
    line.london = r.london;
    line.englandMedian = r.eng_median;
    line.neighbourMedian = r.sn_median;
    line.londonMedian = r.lon_median;
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
  eng: unknown;
  sn_median: number | null;
  lon_median: number | null;
  higher: number;
}

/** One statement: each series' England spread, London and neighbours' medians, published England/London rows. */
export async function compareAll(db: Queryable, targets: Target[], areaCode: string, england: string[], neighbours: string[], london: string[]) {
  // Membership as (code, letters): e England, l London, s statistical neighbours; one hash join.
  const groups: Record<string, string> = {};
  const mark = (codes: string[], letter: string) => codes.forEach((c) => (groups[c] = (groups[c] ?? '') + letter));
  mark(england, 'e');
  mark(london, 'l');
  mark(neighbours, 's');
  return runComparison(
    db,
    sql`select * from json_to_recordset(${JSON.stringify(targets)}::json) as x(m uuid, f uuid, p text, t text)`,
    sql`select key as code, value as g from jsonb_each_text(${JSON.stringify(groups)}::jsonb)`,
    areaCode,
  );
}

/**
 * The comparison itself, given the series to compare (m, f, p, t) and the membership (code,
 * letters): e England, l London, s statistical neighbours. Per series, one lateral subquery
 * reads its figures for the period from the primary key alone (value and status ride in
 * it) and aggregates them there, so no row leaves the series it belongs to; the published
 * England and London rows are two more look-ups by key.
 */
async function runComparison(db: Queryable, targets: SQL, members: SQL, areaCode: string, recursive: SQL = sql``) {
  const key = (area: SQL) => sql`sv.measure_id = t.m and sv.filter_set_id = t.f and sv.time_period = t.p and sv.time_identifier = t.t${area}`;
  const published = (code: string) => sql`(select sv.raw from ${statValues} sv where ${key(sql` and sv.area_code = ${code}`)})`;
  const rows = await queryPrepared<Compared>(
    db,
    sql`with ${recursive} t as materialized (${targets}),
        k as materialized (select code, strpos(g, 'e') > 0 as e, strpos(g, 'l') > 0 as l, strpos(g, 's') > 0 as s from (${members}) x)
        select t.m, t.f, ${published(ENGLAND)} as england, ${published(LONDON)} as london, c.*
        from t
        left join lateral (
          select case when sv.status is null then sv.value end as own from ${statValues} sv where ${key(sql` and sv.area_code = ${areaCode}`)}) o on true
        cross join lateral (
          select count(*) as n,
            count(v.x) filter (where k.e)::int as eng_count,
            percentile_cont(array[0.25, 0.5, 0.75]) within group (order by v.x) filter (where k.e) as eng,
            percentile_cont(0.5) within group (order by v.x) filter (where k.s) as sn_median,
            percentile_cont(0.5) within group (order by v.x) filter (where k.l) as lon_median,
            count(*) filter (where k.e and v.x > o.own)::int as higher
          from (select sv.area_code, case when sv.status is null then sv.value end as x from ${statValues} sv where ${key(sql``)}) v
          left join k on k.code = v.area_code) c
        where c.n > 0`,
  );
  return new Map(
    rows.map((row) => {
      const eng = parseFloatArray(row.eng);
      return [`${row.m}|${row.f}`, { ...row, eng_q1: eng?.[0] ?? null, eng_median: eng?.[1] ?? null, eng_q3: eng?.[2] ?? null }];
    }),
  );
}

/** percentile_cont over an array answers an array: a JS array from node-postgres, and maybe text elsewhere. */
function parseFloatArray(value: unknown): number[] | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(Number);
  if (typeof value === 'string') return value.replace(/[{}]/g, '').split(',').map(Number);
  return null;
}

/** Names of areas that have figures, for the area picker. */
export async function areasWithFigures(db: Queryable) {
  return queryRows<{ code: string; name: string; kind: string }>(
    db,
    sql`select a.code, a.name, a.kind from ${areas} a where exists (select 1 from ${statValues} v where v.area_code = a.code) order by a.kind <> 'local-authority', a.name`,
  );
}

/**
 * The full benchmark table for one area: every series of a dataset in one period, with the
 * England spread, London and statistical-neighbour medians and the area's England rank,
 * in one statement (comparator membership worked out in SQL too).
 */
export async function benchmarkTable(db: Queryable, q: { dataset: string; period: string; area: string }) {
  const recursive = sql`recursive tree(code, kind, lon) as (
      select code, kind, code = ${LONDON} from ${areas} where parent_code = ${ENGLAND}
      union all select a.code, a.kind, t.lon or a.code = ${LONDON} from ${areas} a join tree t on a.parent_code = t.code),`;
  const targets = sql`select m.id as m, f.id as f, ${q.period}::text as p,
      (select min(time_identifier) from ${statValues} v where v.measure_id = m.id and v.filter_set_id = f.id and v.time_period = ${q.period}) as t
    from ${statMeasures} m join ${statDatasets} d on d.id = m.dataset_id join ${statFilterSets} f on f.dataset_id = d.id
    where d.name = ${q.dataset}`;
  const members = sql`select code, string_agg(g, '') as g from (
        select code, case when lon then 'el' else 'e' end as g from tree where kind = 'local-authority'
        union all
        select code, 's' from (${neighboursSql(sql`${q.area}::text`)}) nb
      ) x group by code`;
  return runComparison(db, targets, members, q.area, recursive);
}
