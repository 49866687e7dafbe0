import { sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { ENGLAND, LONDON } from '../../network/service.ts';
import { statValues } from '../schema.ts';
import type { Series } from './series.ts';

export interface TrendRow {
  timePeriod: string;
  timeIdentifier: string;
  comparatorMedian: number | null;
  england: number | null;
  london: number | null;
  area: number | null;
  areaStatus: string | null;
  /** The figures exactly as published ("18.30", "c"), null where the period has none. */
  englandRaw: string | null;
  londonRaw: string | null;
  areaRaw: string | null;
}

/** Per period: the comparator's median, the published England and London figures, and the area's figure. */
export async function seriesTrend(db: Queryable, series: Series, codes: readonly string[], areaCode: string | null): Promise<TrendRow[]> {
  // The texts by key after grouping: the median still reads value and status from the primary key alone.
  const published = (code: string) => sql`(select s.raw from ${statValues} s where s.measure_id = ${series.measure.id} and s.filter_set_id = ${series.filterSet.id}
      and s.time_period = g.p and s.time_identifier = g.t and s.area_code = ${code})`;
  const rows = await queryRows<{
    p: string; t: string; med: number | null; eng: number | null; lon: number | null; area: number | null; area_status: string | null;
    eng_raw: string | null; lon_raw: string | null; area_raw: string | null;
  }>(
    db,
    sql`with members as (select value as code from json_array_elements_text(${JSON.stringify(codes)}::json)),
        g as (
          select v.time_period as p, v.time_identifier as t,
            percentile_cont(0.5) within group (order by case when v.status is null then v.value::float8 end) filter (where m.code is not null) as med,
            max(v.value::float8) filter (where v.area_code = ${ENGLAND} and v.status is null) as eng,
            max(v.value::float8) filter (where v.area_code = ${LONDON} and v.status is null) as lon,
            max(v.value::float8) filter (where v.area_code = ${areaCode ?? ''} and v.status is null) as area,
            max(v.status) filter (where v.area_code = ${areaCode ?? ''}) as area_status
          from ${statValues} v left join members m on m.code = v.area_code
          where v.measure_id = ${series.measure.id} and v.filter_set_id = ${series.filterSet.id}
          group by v.time_period, v.time_identifier)
        select g.*, ${published(ENGLAND)} as eng_raw, ${published(LONDON)} as lon_raw, ${areaCode === null ? sql`null::text` : published(areaCode)} as area_raw
        from g order by g.p, g.t`,
  );
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    timePeriod: r.p,
    timeIdentifier: r.t,
    comparatorMedian: num(r.med),
    england: num(r.eng),
    london: num(r.lon),
    area: num(r.area),
    areaStatus: r.area_status,
    englandRaw: r.eng_raw,
    londonRaw: r.lon_raw,
    areaRaw: r.area_raw,
  }));
}
