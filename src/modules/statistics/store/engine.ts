import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { areas } from '../../network/schema.ts';
import { quartileBand, type Polarity, type RankedArea } from '../benchmark/index.ts';
import { statPlaces, statValues } from '../schema.ts';
import { candidateAreaCodes, resolveComparator, statisticalNeighbours, type Comparator } from './places.ts';
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

export interface AreaPosition {
  code: string;
  name: string;
  value: number | null;
  status: string | null;
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
  areas: RankedArea[];
  area: AreaPosition | null;
}

interface Row {
  code: string;
  name: string;
  value: number | null;
  status: string | null;
  rank: number | null;
  quartile: number | null;
  n: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
}

const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Spread, ranks and quartile bands of one series in one period over a set of areas, all in
 * one SQL statement over the stored values: percentile_cont on float8 (the same arithmetic
 * as the pure `summarise`), the mean summed in ascending order as `summarise` does,
 * competition ranks with rank(). Status-coded values are listed but left out of the figures.
 */
export async function benchmarkSeries(
  db: Queryable,
  series: Series,
  period: { timePeriod: string; timeIdentifier: string },
  codes: readonly string[],
) {
  const rows = await queryRows<Row>(
    db,
    sql`with members as (select distinct value as code from json_array_elements_text(${JSON.stringify(codes)}::json)),
        v as (
          select sv.area_code as code, coalesce(a.name, p.name, sv.area_code) as name,
                 case when sv.status is null then sv.value::float8 end as value, sv.status
          from ${statValues} sv
          join members m on m.code = sv.area_code
          left join ${areas} a on a.code = sv.area_code
          left join ${statPlaces} p on p.code = sv.area_code
          where sv.measure_id = ${series.measure.id} and sv.filter_set_id = ${series.filterSet.id}
            and sv.time_period = ${period.timePeriod} and sv.time_identifier = ${period.timeIdentifier}
        ),
        s as (
          select count(value)::int as n, min(value) as min, max(value) as max, avg(value order by value) as mean,
                 percentile_cont(0.25) within group (order by value) as q1,
                 percentile_cont(0.5) within group (order by value) as median,
                 percentile_cont(0.75) within group (order by value) as q3
          from v
        )
        select v.code, v.name, v.value, v.status,
               case when v.value is not null then rank() over (order by v.value desc nulls last) end::int as rank,
               case when v.value is null then null when v.value <= s.q1 then 1 when v.value <= s.median then 2
                    when v.value <= s.q3 then 3 else 4 end as quartile,
               s.*
        from s left join v on true`,
  );
  const first = rows[0];
  const areasOut: RankedArea[] = rows
    .filter((r) => r.code !== null)
    .map((r) => ({
      code: r.code,
      name: r.name,
      value: toNumber(r.value),
      status: r.status,
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
  return {
    count: Number(first?.n ?? 0),
    min: toNumber(first?.min),
    max: toNumber(first?.max),
    mean: toNumber(first?.mean),
    median: toNumber(first?.median),
    q1: toNumber(first?.q1),
    q3: toNumber(first?.q3),
    areas: areasOut,
  };
}

/** The value of one area, as stored: for a DfE code that was reused, the area that has a figure. */
export async function valueOfArea(db: Queryable, series: Series, period: { timePeriod: string; timeIdentifier: string }, areaText: string) {
  const candidates = await candidateAreaCodes(db, areaText);
  const rows = await queryRows<{ area_code: string; value: string | null; status: string | null; raw: string }>(
    db,
    sql`select area_code, value, status, raw from ${statValues}
        where measure_id = ${series.measure.id} and filter_set_id = ${series.filterSet.id}
          and time_period = ${period.timePeriod} and time_identifier = ${period.timeIdentifier}
          and area_code in (select value from json_array_elements_text(${JSON.stringify(candidates)}::json))`,
  );
  const row = candidates.map((c) => rows.find((r) => r.area_code === c)).find((r) => r !== undefined);
  return { code: row?.area_code ?? candidates[0] ?? areaText, row: row ?? null };
}

/** `statistics benchmark`: the whole answer for a measure, period and comparator, and the area's place in it. */
export async function benchmark(db: Queryable, q: BenchmarkQuery): Promise<Benchmark> {
  const series = await resolveSeries(db, q);
  const period = await resolvePeriod(db, series, q.period);
  const comparator = await resolveComparator(db, q.comparator);
  const summary = await benchmarkSeries(db, series, period, comparator.codes);
  let area: AreaPosition | null = null;
  if (q.area) {
    const { code, row } = await valueOfArea(db, series, period, q.area);
    const value = row && row.status === null && row.value !== null ? Number(row.value) : null;
    const neighbours = await statisticalNeighbours(db, code);
    const neighbourFigures = neighbours.length ? await benchmarkSeries(db, series, period, neighbours) : null;
    const numbers = summary.areas.filter((a) => a.value !== null).map((a) => a.value!);
    const { q1, median, q3 } = summary;
    const [nameRow] = await queryRows<{ name: string }>(
      db,
      sql`select coalesce((select name from ${areas} where code = ${code}), (select name from ${statPlaces} where code = ${code}), ${code}) as name`,
    );
    area = {
      code,
      name: nameRow?.name ?? code,
      value,
      status: row?.status ?? null,
      rank: value === null || numbers.length === 0 ? null : numbers.filter((n) => n > value).length + 1,
      quartile: value === null || q1 === null || median === null || q3 === null ? null : quartileBand(value, q1, median, q3),
      statisticalNeighbours: { codes: neighbours, median: neighbourFigures?.median ?? null },
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
