// Statistics: live benchmarks over England-sized synthetic data, and import throughput.
// Full size (153 authorities × 500 measures × 52 periods ≈ 4M values) on PostgreSQL
// (BENCH_DATABASE_URL); scaled down on embedded PGlite, which says so in the notes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'drizzle-orm';
import type { Report } from './run.ts';
import { timeMedian } from './support.ts';
import { fromPglite, fromPool, type Database } from '../src/platform/db/open.ts';
import { queryRows } from '../src/platform/db/count.ts';
import { systemActor } from '../src/platform/audit/service.ts';
import { ensureAreas, ensureReferenceData, LONDON } from '../src/modules/network/service.ts';
import { benchmark, importEesFile } from '../src/modules/statistics/service.ts';
import { benchmarkTable } from '../src/modules/statistics/store/profile.ts';
import { copyValueRows, type ValueRow } from '../src/modules/statistics/store/copy-values.ts';
import { sharedDir } from '../tests/support/shared.ts';

const actor = systemActor('bench');
const DATASET = 'bench-synthetic';
const PERIODS = 52;
const REGIONS = ['E12000001', 'E12000002', 'E12000003', 'E12000004', 'E12000005', 'E12000006', 'E12000008', 'E12000009'];

interface Handle {
  database: Database;
  pglite: PGlite | null;
  pool: pg.Pool | null;
}

export async function open(): Promise<Handle> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    return { database: fromPool(pool), pglite: null, pool };
  }
  const pglite = await PGlite.create();
  return { database: fromPglite(pglite), pglite, pool: null };
}

/** 120 authorities outside London (so 153 with London's 33), each with ten neighbours. */
export async function seedGeography(h: Handle) {
  const db = h.database.db;
  await db.transaction((tx) => ensureReferenceData(tx));
  await ensureAreas(
    db,
    Array.from({ length: 120 }, (_, i) => ({
      code: `E069${String(i + 1).padStart(5, '0')}`,
      name: `Synthetic authority ${i + 1}`,
      kind: 'local-authority' as const,
      parentCode: REGIONS[i % REGIONS.length]!,
      dfeCode: `9${String(i + 1).padStart(2, '0')}x`,
    })),
  );
  await db.execute(sql`delete from stat_neighbours where model = 'bench'`);
  await db.execute(sql`
    with las as (select dfe_code, row_number() over (order by code) - 1 as n, count(*) over () as total from areas where kind = 'local-authority' and dfe_code is not null)
    insert into stat_neighbours (la_code, neighbour_code, rank, closeness, historic, model)
    select a.dfe_code, b.dfe_code, k, 'Close', false, 'bench'
    from las a cross join generate_series(1, 10) k join las b on b.n = (a.n + k * 7) % a.total
    on conflict do nothing`);
}

/** Values made inside the database with generate_series: 2% published as c. */
export async function seedValues(h: Handle, measures: number) {
  const db = h.database.db;
  await db.execute(sql`delete from stat_datasets where name = ${DATASET}`);
  const [dataset] = await queryRows<{ id: string }>(db, sql`insert into stat_datasets (name, kind) values (${DATASET}, 'synthetic') returning id`);
  await db.execute(sql`insert into stat_filter_sets (dataset_id, key, filters) values (${dataset!.id}, '[]', '{}')`);
  await db.execute(sql`insert into stat_measures (dataset_id, name, position) select ${dataset!.id}, 'measure_' || lpad(i::text, 3, '0'), i from generate_series(1, ${measures}) i`);
  const started = performance.now();
  await db.execute(sql`
    insert into stat_values (measure_id, filter_set_id, time_period, time_identifier, area_code, value, status, raw)
    select m.id, f.id, (1973 + p)::text, 'Reporting year', a.code,
      case when h % 50 = 0 then null else round((h % 100000) / 100.0, 1) end,
      case when h % 50 = 0 then 'c' end,
      case when h % 50 = 0 then 'c' else round((h % 100000) / 100.0, 1)::text end
    from stat_measures m join stat_filter_sets f on f.dataset_id = m.dataset_id
    cross join generate_series(1, ${PERIODS}) p
    cross join (select code from areas where kind = 'local-authority') a
    cross join lateral (select abs(hashtext(m.name || a.code || p::text)) as h) x
    where m.dataset_id = ${dataset!.id}`);
  await db.execute(sql`analyze`);
  const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from stat_values v join stat_measures m on m.id = v.measure_id where m.dataset_id = ${dataset!.id}`);
  return { values: Number(count!.n), ms: performance.now() - started };
}

/** The best single statement a person would write for the same table: the baseline for the engine. */
export async function handWrittenTable(h: Handle, period: string, area: string) {
  return queryRows(
    h.database.db,
    sql`with recursive tree(code, kind) as (
          select code, kind from areas where parent_code = 'E92000001'
          union all select a.code, a.kind from areas a join tree t on a.parent_code = t.code),
        lon_tree(code, kind) as (
          select code, kind from areas where parent_code = ${LONDON}
          union all select a.code, a.kind from areas a join lon_tree t on a.parent_code = t.code),
        sn as (select a.code from stat_neighbours n join areas a on a.dfe_code = n.neighbour_code
               where n.historic = false and n.la_code = (select dfe_code from areas where code = ${area})),
        series as (
          select m.id as measure_id, f.id as filter_set_id from stat_measures m
          join stat_datasets d on d.id = m.dataset_id join stat_filter_sets f on f.dataset_id = d.id where d.name = ${DATASET}),
        vals as (
          select s.measure_id, s.filter_set_id, v.area_code, v.x from series s cross join lateral (
            select sv.area_code, case when sv.status is null then sv.value::float8 end as x from stat_values sv
            where sv.measure_id = s.measure_id and sv.filter_set_id = s.filter_set_id and sv.time_period = ${period} offset 0) v)
        select v.measure_id, v.filter_set_id,
          percentile_cont(array[0.25, 0.5, 0.75]) within group (order by v.x) filter (where e.code is not null) as england,
          percentile_cont(0.5) within group (order by v.x) filter (where l.code is not null) as london,
          percentile_cont(0.5) within group (order by v.x) filter (where s.code is not null) as neighbours,
          count(*) filter (where e.code is not null and v.x > o.x) + 1 as rank
        from vals v
        left join vals o on o.measure_id = v.measure_id and o.filter_set_id = v.filter_set_id and o.area_code = ${area}
        left join (select code from tree where kind = 'local-authority') e on e.code = v.area_code
        left join (select code from lon_tree where kind = 'local-authority') l on l.code = v.area_code
        left join sn s on s.code = v.area_code
        group by v.measure_id, v.filter_set_id`,
  );
}

/** The rows the importer would write, for the insert path and PostgreSQL's COPY to race on. */
function syntheticRows(measureId: string, filterSetId: string, count: number, areas: string[]) {
  const rows: ValueRow[] = [];
  for (let i = 0; i < count; i++) {
    const value = ((i * 7919) % 100000) / 10;
    rows.push([measureId, filterSetId, String(100000 + Math.floor(i / areas.length)), 'Reporting year', areas[i % areas.length]!, value, null, String(value)]);
  }
  return rows;
}

async function copyRows(h: Handle, rows: ValueRow[]) {
  const csv = rows.map((r) => r.map((x) => x ?? '').join(',')).join('\n');
  const columns = '(measure_id, filter_set_id, time_period, time_identifier, area_code, value, status, raw)';
  if (h.pglite) {
    await h.pglite.query(`copy stat_values ${columns} from '/dev/blob' with (format csv)`, [], { blob: new Blob([csv]) });
    return;
  }
  const client = await h.pool!.connect();
  try {
    await pipeline(Readable.from([csv]), client.query(copyFrom(`copy stat_values ${columns} from stdin with (format csv)`)));
  } finally {
    client.release();
  }
}

async function importThroughput(h: Handle, report: Report, count: number, scaleNote: string) {
  const db = h.database.db;
  const [m] = await queryRows<{ m: string; f: string }>(
    db,
    sql`select m.id as m, f.id as f from stat_measures m join stat_filter_sets f on f.dataset_id = m.dataset_id join stat_datasets d on d.id = m.dataset_id where d.name = ${DATASET} limit 1`,
  );
  const areas = (await queryRows<{ code: string }>(db, sql`select code from areas where kind = 'local-authority'`)).map((a) => a.code);
  const rows = syntheticRows(m!.m, m!.f, count, areas);
  const clear = () => db.execute(sql`delete from stat_values where measure_id = ${m!.m} and time_period >= '100000'`);
  await clear();
  let start = performance.now();
  await db.transaction((tx) => copyValueRows(tx, rows, null));
  const ours = performance.now() - start;
  await clear();
  start = performance.now();
  await copyRows(h, rows);
  const copy = performance.now() - start;
  await clear();
  report(`statistics: store ${count.toLocaleString('en-GB')} values (importer's insert)`, ours, `${Math.round(count / (ours / 1000)).toLocaleString('en-GB')} values/s; ${(ours / copy).toFixed(2)}× COPY of the same rows${scaleNote}`);
  report(`statistics: COPY ${count.toLocaleString('en-GB')} values (baseline)`, copy, `${Math.round(count / (copy / 1000)).toLocaleString('en-GB')} values/s`);
}

/** A synthetic EES file: every area, 13 filter values, ten indicators per row. */
function writeEesFile(rowsWanted: number, areas: string[]) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-')), 'synthetic_ees.csv');
  const lines = ['time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,group,' + Array.from({ length: 10 }, (_, i) => `indicator_${i + 1}`).join(',')];
  for (let i = 0; i < rowsWanted; i++) {
    const area = areas[i % areas.length]!;
    const rest = Math.floor(i / areas.length);
    const values = Array.from({ length: 10 }, (_, k) => ((i * 31 + k * 17) % 997 === 0 ? 'c' : String(((i * 7 + k * 13) % 10000) / 10)));
    lines.push(`${1900 + (rest % 120)},Reporting year,Local authority,E92000001,England,E12000007,London,${area},Area ${area},group ${Math.floor(rest / 120)},${values.join(',')}`);
  }
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

export async function run(report: Report): Promise<void> {
  const onPostgres = !!process.env.BENCH_DATABASE_URL;
  const measures = onPostgres ? 500 : 20;
  const scaleNote = onPostgres ? '' : ` (PGlite: scaled to ${measures} measures; full size on PostgreSQL with BENCH_DATABASE_URL)`;

  // All DfE files, embedded, as `npm start` users would import them.
  {
    const embedded = fromPglite(await PGlite.create());
    await embedded.migrate();
    await embedded.db.transaction((tx) => ensureReferenceData(tx));
    const dir = path.join(sharedDir, 'data', 'dfe');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.csv') && fs.readFileSync(path.join(dir, f), 'utf8').startsWith('time_period,')) : [];
    if (files.length) {
      const start = performance.now();
      let values = 0;
      for (const f of files) values += (await importEesFile(embedded.db, actor, path.join(dir, f))).values;
      const ms = performance.now() - start;
      report(`statistics: import all ${files.length} DfE files (embedded)`, ms, `${values.toLocaleString('en-GB')} values; target < 5000 ms (${(ms / 5000).toFixed(2)}× the target)`);
    }
    await embedded.close();
  }

  const h = await open();
  try {
    await h.database.migrate();
    await seedGeography(h);
    const seeded = await seedValues(h, measures);
    report(`statistics: generate ${seeded.values.toLocaleString('en-GB')} synthetic values (SQL)`, seeded.ms, `153 authorities × ${measures} measures × ${PERIODS} periods${scaleNote}`);

    const period = String(1973 + PERIODS);
    const area = 'E09000012';
    const one = await timeMedian(() => benchmark(h.database.db, { dataset: DATASET, measure: 'measure_007', period, comparator: 'england', area }), 30);
    const trivial = await timeMedian(() => h.database.db.execute(sql`select 1`), 50);
    report('statistics: benchmark one measure/period vs England (+area, neighbours)', one, `target < 20 ms; ${(one / trivial).toFixed(0)}× a 'select 1' round trip${scaleNote}`);

    const engine = await timeMedian(() => benchmarkTable(h.database.db, { dataset: DATASET, period, area }), 10, 2);
    const hand = await timeMedian(() => handWrittenTable(h, period, area), 10, 2);
    report(`statistics: full table for one area (${measures} measures, England/London/neighbours)`, engine, `${(engine / hand).toFixed(2)}× the hand-written single query (target ≤ 1.5×; < 300 ms on PostgreSQL)${scaleNote}`);
    report('statistics: hand-written single query (baseline)', hand);

    await importThroughput(h, report, onPostgres ? 1_000_000 : 100_000, scaleNote);

    const areas = (await queryRows<{ code: string }>(h.database.db, sql`select code from areas where kind = 'local-authority' and code like 'E09%'`)).map((a) => a.code);
    const eesRows = onPostgres ? 100_000 : 10_000;
    const file = writeEesFile(eesRows, areas);
    const start = performance.now();
    const result = await importEesFile(h.database.db, actor, file, { dataset: 'bench-ees' });
    const ms = performance.now() - start;
    report(`statistics: import-ees of a synthetic file (${result.values.toLocaleString('en-GB')} values)`, ms, `${Math.round(result.values / (ms / 1000)).toLocaleString('en-GB')} values/s end to end: read, check twice, store`);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await h.database.db.execute(sql`delete from stat_values where measure_id in (select m.id from stat_measures m join stat_datasets d on d.id = m.dataset_id where d.name in (${DATASET}, 'bench-ees'))`);
    await h.database.db.execute(sql`delete from stat_datasets where name in (${DATASET}, 'bench-ees')`);
  } finally {
    await h.database.close();
  }
}
