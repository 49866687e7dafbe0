import { sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { areas } from '../../network/schema.ts';
import { quartileBand, type Polarity, type RankedArea } from '../benchmark/index.ts';
import { statPlaces, statValues } from '../schema.ts';
import { parsePeriod } from './keys.ts';
import { queryPrepared } from './prepared.ts';
import { candidatesSql, neighboursSql, resolveComparator, type Comparator } from './places.ts';
import { resolvePeriod, resolveSeries, type Series } from './series.ts';

export interface BenchmarkQuery {
  dataset: string;
  measure: string;
  period: string;
  comparator: string;
  filters?: Record<string, string>;
  /** ONS or DfE code of the area being looked at. */
  area?: string;
}

/** An area of a benchmark, with its figure exactly as published ("18.30", "c") for tables to print. */
export interface BenchmarkedArea extends RankedArea {
  raw: string;
}

export interface AreaPosition {
  code: string;
  name: string;
  value: number | null;
  status: string | null;
  /** The figure as published; null when the area has none in the period. */
  raw: string | null;
  /** Where the area's value sits among the comparator's: as if it were one of them. */
  rank: number | null;
  quartile: 1 | 2 | 3 | 4 | null;
  statisticalNeighbours: { codes: string[]; median: number | null };
}

export interface Benchmark {
  series: Series;
  period: { timePeriod: string; timeIdentifier: string };
  comparator: Comparator;
  polarity: Polarity;
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  areas: BenchmarkedArea[];
  area: AreaPosition | null;
}

interface Row {
  code: string | null;
  name: string | null;
  value: number | null;
  status: string | null;
  raw: string | null;
  rank: number | null;
  quartile: number | null;
  n: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  /** The time identifier the figures are for, and how many the period matched (1 unless the period needs saying more exactly). */
  ti: string | null;
  periods: number;
  own_code: string | null;
  own_name: string | null;
  own_value: number | null;
  own_status: string | null;
  own_raw: string | null;
  neighbour_codes: string[] | string | null;
  neighbour_median: number | null;
}

const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

type PeriodWanted = { timePeriod: string; timeIdentifier: string } | { timePeriod: string; timeIdentifier: string | null; loosely: true };

/** The series' figures for the period (and time identifier worked out in the statement). */
function seriesValues(series: Series, period: PeriodWanted, area?: SQL) {
  return sql`sv.measure_id = ${series.measure.id} and sv.filter_set_id = ${series.filterSet.id}
    and sv.time_period = ${period.timePeriod} and sv.time_identifier = (select ti from chosen)${area ? sql` and sv.area_code = ${area}` : sql``}`;
}

/**
 * The time identifier: given exactly, or (loosely) the one stored for the period, matched
 * without regard to case when the user typed one; `periods` says how many matched.
 */
function chosenPeriod(series: Series, period: PeriodWanted) {
  if (!('loosely' in period)) return sql`select ${period.timeIdentifier}::text as ti, 1 as periods`;
  return sql`select min(time_identifier) as ti, count(distinct time_identifier)::int as periods from ${statValues}
    where measure_id = ${series.measure.id} and filter_set_id = ${series.filterSet.id} and time_period = ${period.timePeriod}
    ${period.timeIdentifier === null ? sql`` : sql`and lower(time_identifier) = lower(${period.timeIdentifier})`}`;
}

/** Of the codes a typed area may mean, the first with a figure in the period, else the first (as `valueOfArea`). */
function figureOfArea(series: Series, period: PeriodWanted, areaText: string) {
  return sql`select coalesce(f.code, ${areaText}) as code, f.area_code, f.value, f.status, f.raw
    from (select 1) one left join lateral (
      select c.code, sv.area_code, sv.value, sv.status, sv.raw from (${candidatesSql(areaText)}) c
      left join ${statValues} sv on ${seriesValues(series, period, sql`c.code`)}
      order by sv.area_code is null, c.ord limit 1) f on true`;
}

/**
 * Spread, ranks and quartile bands of one series in one period over a set of areas, all in
 * one SQL statement over the stored values, each area's published text beside its figure
 * (so pages print "18.30" without asking again): percentile_cont
 * on float8 (the same arithmetic as the pure `summarise`), the mean summed in ascending order
 * as `summarise` does, competition ranks with rank(). Status-coded values are listed but left
 * out of the figures. With an area, the same statement finds its figure and its statistical
 * neighbours' median, so a benchmark is one round trip.
 */
async function compareSeries(db: Queryable, series: Series, period: PeriodWanted, codes: readonly string[], areaText?: string) {
  const areaPart = areaText
    ? sql`own as (${figureOfArea(series, period, areaText)}),
        nb as (${neighboursSql(sql`(select code from own)`)}),
        about as materialized (
          select own.code as own_code, own.value as own_value, own.status as own_status, own.raw as own_raw,
            coalesce((select name from ${areas} where code = own.code), (select name from ${statPlaces} where code = own.code), own.code) as own_name,
            (select array_agg(code order by rank) from nb) as neighbour_codes,
            (select percentile_cont(0.5) within group (order by case when sv.status is null then sv.value end)
             from ${statValues} sv where ${seriesValues(series, period)} and sv.area_code in (select code from nb)) as neighbour_median
          from own)`
    : sql`about as materialized (select null::text as own_code, null::float8 as own_value, null::text as own_status, null::text as own_raw, null::text as own_name,
            null::text[] as neighbour_codes, null::float8 as neighbour_median)`;
  const rows = await queryPrepared<Row>(
    db,
    sql`with chosen as (${chosenPeriod(series, period)}),
        members as (select distinct value as code from json_array_elements_text(${JSON.stringify(codes)}::json)),
        v as (
          select sv.area_code as code, coalesce(a.name, p.name, sv.area_code) as name,
                 case when sv.status is null then sv.value end as value, sv.status, sv.raw
          from ${statValues} sv
          join members m on m.code = sv.area_code
          left join ${areas} a on a.code = sv.area_code
          left join ${statPlaces} p on p.code = sv.area_code
          where ${seriesValues(series, period)}
        ),
        s as (
          select count(value)::int as n, min(value) as min, max(value) as max, avg(value order by value) as mean,
                 percentile_cont(0.25) within group (order by value) as q1,
                 percentile_cont(0.5) within group (order by value) as median,
                 percentile_cont(0.75) within group (order by value) as q3
          from v
        ),
        ${areaPart}
        select v.code, v.name, v.value, v.status, v.raw,
               case when v.value is not null then rank() over (order by v.value desc nulls last) end::int as rank,
               case when v.value is null then null when v.value <= s.q1 then 1 when v.value <= s.median then 2
                    when v.value <= s.q3 then 3 else 4 end as quartile,
               s.*, chosen.ti, chosen.periods, about.*
        from s cross join chosen cross join about left join v on true`,
  );
  const first = rows[0]!;
  const areasOut: BenchmarkedArea[] = rows
    .filter((r) => r.code !== null)
    .map((r) => ({
      code: r.code!,
      name: r.name!,
      value: toNumber(r.value),
      status: r.status,
      raw: r.raw!,
      rank: r.rank === null ? null : Number(r.rank),
      quartile: r.quartile === null ? null : (Number(r.quartile) as 1 | 2 | 3 | 4),
    }));
  // The same order as `summarise`: by rank then name, then areas without a number by name.
  areasOut.sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank || a.name.localeCompare(b.name);
    if (a.rank !== null) return -1;
    if (b.rank !== null) return 1;
    return a.name.localeCompare(b.name);
  });
  const summary = {
    count: Number(first.n ?? 0),
    min: toNumber(first.min),
    max: toNumber(first.max),
    mean: toNumber(first.mean),
    median: toNumber(first.median),
    q1: toNumber(first.q1),
    q3: toNumber(first.q3),
    areas: areasOut,
  };
  return { summary, first, period: { timePeriod: period.timePeriod, timeIdentifier: first.ti }, periods: Number(first.periods) };
}

/** Spread, ranks and quartile bands of one series in one period over a set of areas. */
export async function benchmarkSeries(
  db: Queryable,
  series: Series,
  period: { timePeriod: string; timeIdentifier: string },
  codes: readonly string[],
) {
  return (await compareSeries(db, series, period, codes)).summary;
}

/** The value of one area, as stored: for a DfE code that was reused, the area that has a figure. */
export async function valueOfArea(db: Queryable, series: Series, period: { timePeriod: string; timeIdentifier: string }, areaText: string) {
  const [found] = await queryRows<{ code: string; area_code: string | null; value: number | null; status: string | null; raw: string | null }>(
    db,
    sql`with chosen as (${chosenPeriod(series, period)}) ${figureOfArea(series, period, areaText)}`,
  );
  const row = found?.area_code ? { area_code: found.area_code, value: found.value, status: found.status, raw: found.raw! } : null;
  return { code: found?.code ?? areaText, row };
}

/** node-postgres reads text[] as an array; other drivers may hand over PostgreSQL's text form. */
function textArray(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  return value === '{}' ? [] : value.replace(/^\{|\}$/g, '').split(',').map((c) => c.replace(/^"|"$/g, ''));
}

/**
 * `statistics benchmark`: the whole answer for a measure, period and comparator, and the
 * area's place in it. Three round trips: the series, the comparator's areas, then one
 * statement for the period, the figures, the area and its neighbours. When the period needs
 * explaining, resolvePeriod's message says which periods there are.
 */
export async function benchmark(db: Queryable, q: BenchmarkQuery): Promise<Benchmark> {
  const series = await resolveSeries(db, q);
  let comparator: Comparator;
  try {
    comparator = await resolveComparator(db, q.comparator);
  } catch (error) {
    // A wrong period is reported before a wrong comparator, as the questions are asked in that order.
    await resolvePeriod(db, series, q.period);
    throw error;
  }
  const wanted = parsePeriod(q.period);
  let result = await compareSeries(db, series, { ...wanted, loosely: true }, comparator.codes, q.area);
  if (result.periods !== 1) result = await compareSeries(db, series, await resolvePeriod(db, series, q.period), comparator.codes, q.area);
  const { summary, first } = result;
  const period = { timePeriod: result.period.timePeriod, timeIdentifier: result.period.timeIdentifier! };
  let area: AreaPosition | null = null;
  if (q.area) {
    const code = first.own_code!;
    const value = first.own_status === null && first.own_value !== null ? Number(first.own_value) : null;
    const numbers = summary.areas.filter((a) => a.value !== null).map((a) => a.value!);
    const { q1, median, q3 } = summary;
    area = {
      code,
      name: first.own_name ?? code,
      value,
      status: first.own_status,
      raw: first.own_raw,
      rank: value === null || numbers.length === 0 ? null : numbers.filter((n) => n > value).length + 1,
      quartile: value === null || q1 === null || median === null || q3 === null ? null : quartileBand(value, q1, median, q3),
      statisticalNeighbours: { codes: textArray(first.neighbour_codes), median: toNumber(first.neighbour_median) },
    };
  }
  return { series, period, comparator, polarity: series.measure.polarity, ...summary, area };
}

/** The contract JSON of `statistics benchmark --json` and GET /api/v1/statistics/benchmark. */
export function benchmarkJson(b: Benchmark) {
  return {
    count: b.count,
    min: b.min,
    max: b.max,
    mean: b.mean,
    median: b.median,
    q1: b.q1,
    q3: b.q3,
    areas: b.areas.map((a) => ({ code: a.code, name: a.name, value: a.value, status: a.status, rank: a.rank, quartile: a.quartile })),
    area: b.area
      ? {
          code: b.area.code,
          value: b.area.value,
          rank: b.area.rank,
          quartile: b.area.quartile,
          statisticalNeighbours: b.area.statisticalNeighbours,
        }
      : null,
  };
}
