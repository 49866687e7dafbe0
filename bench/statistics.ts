// Statistics: live benchmarks over England-sized synthetic data, and import throughput.
// Full size (153 authorities × 500 measures × 52 periods ≈ 4M values) on PostgreSQL
// (BENCH_DATABASE_URL); scaled down on embedded PGlite, which says so in the notes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { sql, TransactionRollbackError } from 'drizzle-orm';
import type { Report } from './run.ts';
import { median, timeMedian } from './support.ts';
import { fromPglite, fromPool, type Database } from '../src/platform/db/open.ts';
import type { Queryable } from '../src/platform/db/types.ts';
import { queryRows } from '../src/platform/db/count.ts';
import { systemActor } from '../src/platform/audit/service.ts';
import { ensureAreas, ensureReferenceData, LONDON } from '../src/modules/network/service.ts';
import { benchmark, importEesFile } from '../src/modules/statistics/service.ts';
import { benchmarkTable } from '../src/modules/statistics/store/profile.ts';
import {
  copyData,
  copyValueData,
  copyValueRows,
  type ValueRow,
} from '../src/modules/statistics/store/copy-values.ts';
import { queryPrepared } from '../src/modules/statistics/store/prepared.ts';
import { sharedDir } from '../tests/support/shared.ts';

const actor = systemActor('bench');
const DATASET = 'bench-synthetic';
const PERIODS = 52;
const REGIONS = [
  'E12000001',
  'E12000002',
  'E12000003',
  'E12000004',
  'E12000005',
  'E12000006',
  'E12000008',
  'E12000009',
];

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

/** Values carry no foreign key (imports replace them by measure), so they go first. */
async function dropDatasets(h: Handle, names: string[]) {
  const list = sql.join(
    names.map((n) => sql`${n}`),
    sql`, `,
  );
  await h.database.db.execute(
    sql`delete from stat_values where measure_id in (select m.id from stat_measures m join stat_datasets d on d.id = m.dataset_id where d.name in (${list}))`,
  );
  await h.database.db.execute(sql`delete from stat_datasets where name in (${list})`);
}

/** A deterministic, well-spread 32-bit number for a figure's place (murmur3's finaliser). */
function spread(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ p, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/**
 * Synthetic values, 2% published as c, stored as the importer stores a file and in its order:
 * as if from 50 EES files of ten indicators, each by period then area, one transaction each.
 * Then VACUUM ANALYZE, as autovacuum leaves a table some time after an import: the
 * visibility map lets benchmarks read figures from the primary key alone.
 */
export async function seedValues(h: Handle, measures: number) {
  const db = h.database.db;
  await dropDatasets(h, [DATASET]);
  const [dataset] = await queryRows<{ id: string }>(
    db,
    sql`insert into stat_datasets (name, kind) values (${DATASET}, 'synthetic') returning id`,
  );
  const [filterSet] = await queryRows<{ id: string }>(
    db,
    sql`insert into stat_filter_sets (dataset_id, key, filters) values (${dataset!.id}, '[]', '{}') returning id`,
  );
  const ids = (
    await queryRows<{ id: string; position: number }>(
      db,
      sql`insert into stat_measures (dataset_id, name, position) select ${dataset!.id}, 'measure_' || lpad(i::text, 3, '0'), i from generate_series(1, ${measures}) i returning id, position`,
    )
  )
    .sort((a, b) => a.position - b.position)
    .map((m) => m.id);
  const areas = (
    await queryRows<{ code: string }>(
      db,
      sql`select code from areas where kind = 'local-authority' order by code`,
    )
  ).map((a) => a.code);
  const started = performance.now();
  for (let file = 0; file < ids.length; file += 10) {
    const rows: ValueRow[] = [];
    for (let p = 1; p <= PERIODS; p++) {
      for (const [a, area] of areas.entries()) {
        for (let m = file; m < Math.min(file + 10, ids.length); m++) {
          const x = spread(m, a, p);
          const raw = x % 50 === 0 ? 'c' : ((x % 100000) / 100).toFixed(1);
          rows.push([
            ids[m]!,
            filterSet!.id,
            String(1973 + p),
            'Reporting year',
            area,
            raw === 'c' ? null : Number(raw),
            raw === 'c' ? 'c' : null,
            raw,
          ]);
        }
      }
    }
    await db.transaction((tx) => copyValueRows(tx, rows, null));
  }
  await db.execute(sql`vacuum analyze stat_values`);
  await db.execute(sql`analyze`);
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from stat_values v join stat_measures m on m.id = v.measure_id where m.dataset_id = ${dataset!.id}`,
  );
  return { values: Number(count!.n), ms: performance.now() - started };
}

/**
 * The best single statement we could write by hand for the same answer (the baseline for
 * the engine): membership as flags, then per series one lateral aggregate over its figures
 * for the period, read from the primary key alone, with the area's own value beside it.
 * (It skips what the engine also does: time identifiers, published England/London rows.)
 */
export async function handWrittenTable(h: Handle, period: string, area: string) {
  // Prepared, as the engine's statement is: the two are compared on execution, not planning.
  return queryPrepared(
    h.database.db,
    sql`with recursive tree(code, kind, lon) as (
          select code, kind, code = ${LONDON} from areas where parent_code = 'E92000001'
          union all select a.code, a.kind, t.lon or a.code = ${LONDON} from areas a join tree t on a.parent_code = t.code),
        members as materialized (
          select code, bool_or(e) as e, bool_or(l) as l, bool_or(s) as s from (
            select code, true as e, lon as l, false as s from tree where kind = 'local-authority'
            union all
            select a.code, false, false, true from stat_neighbours n join areas a on a.dfe_code = n.neighbour_code
            where n.historic = false and n.la_code = (select dfe_code from areas where code = ${area})) x
          group by code),
        series as materialized (
          select m.id as m, f.id as f from stat_measures m join stat_datasets d on d.id = m.dataset_id
          join stat_filter_sets f on f.dataset_id = d.id where d.name = ${DATASET})
        select s.m, s.f, agg.*
        from series s
        left join lateral (select case when status is null then value end as own from stat_values
          where measure_id = s.m and filter_set_id = s.f and time_period = ${period} and area_code = ${area}) o on true
        cross join lateral (
          select percentile_cont(array[0.25, 0.5, 0.75]) within group (order by v.x) filter (where k.e) as england,
                 percentile_cont(0.5) within group (order by v.x) filter (where k.l) as london,
                 percentile_cont(0.5) within group (order by v.x) filter (where k.s) as neighbours,
                 count(*) filter (where k.e and v.x > o.own) + 1 as rank
          from stat_values v0 cross join lateral (select case when v0.status is null then v0.value end as x) v
          join members k on k.code = v0.area_code
          where v0.measure_id = s.m and v0.filter_set_id = s.f and v0.time_period = ${period}) agg`,
  );
}

/** The rows the importer would write, for its store and PostgreSQL's COPY to race on. */
function syntheticRows(measureId: string, filterSetId: string, count: number, areas: string[]) {
  const rows: ValueRow[] = [];
  for (let i = 0; i < count; i++) {
    const value = ((i * 7919) % 100000) / 10;
    rows.push([
      measureId,
      filterSetId,
      String(100000 + Math.floor(i / areas.length)),
      'Reporting year',
      areas[i % areas.length]!,
      value,
      null,
      String(value),
    ]);
  }
  return rows;
}

/** The baseline: COPY of the same rows already in COPY's binary form (its fastest), so only PostgreSQL's work is timed. */
/** Times `work` inside a transaction that is then rolled back, so a run leaves nothing to delete. */
async function timedAndUndone(h: Handle, work: (tx: Queryable) => Promise<unknown>): Promise<number> {
  let ms = 0;
  await h.database.db
    .transaction(async (tx) => {
      const start = performance.now();
      await work(tx);
      ms = performance.now() - start;
      tx.rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof TransactionRollbackError)) throw e;
    });
  return ms;
}

/**
 * The importer's store against COPY, alternately, three times each: every run writes a
 * million values of a measure of its own (so no run meets another's keys) and is rolled back.
 */
async function importThroughput(h: Handle, report: Report, count: number, scaleNote: string) {
  const db = h.database.db;
  const [d] = await queryRows<{ id: string; f: string }>(
    db,
    sql`select d.id, f.id as f from stat_datasets d join stat_filter_sets f on f.dataset_id = d.id where d.name = ${DATASET}`,
  );
  const areas = (
    await queryRows<{ code: string }>(db, sql`select code from areas where kind = 'local-authority'`)
  ).map((a) => a.code);
  const freshRows = async (run: string) => {
    const [m] = await queryRows<{ id: string }>(
      db,
      sql`insert into stat_measures (dataset_id, name) values (${d!.id}, ${`import_run_${run}`}) returning id`,
    );
    return syntheticRows(m!.id, d!.f, count, areas);
  };
  const ours: number[] = [];
  const copy: number[] = [];
  for (let i = 0; i < 3; i++) {
    const rows = await freshRows(`ours_${i}`);
    ours.push(await timedAndUndone(h, (tx) => copyValueRows(tx, rows, null)));
    const data = [...copyData(await freshRows(`copy_${i}`), null)];
    copy.push(await timedAndUndone(h, (tx) => copyValueData(tx, data)));
  }
  const [a, b] = [median(ours), median(copy)];
  const rate = (ms: number) => `${Math.round(count / (ms / 1000)).toLocaleString('en-GB')} values/s`;
  report(
    `statistics: store ${count.toLocaleString('en-GB')} values (importer's COPY)`,
    a,
    `${rate(a)}; ${(a / b).toFixed(2)}× COPY of the same rows (target ≥ 100,000 values/s on PostgreSQL)${scaleNote}`,
  );
  report(`statistics: COPY ${count.toLocaleString('en-GB')} values, binary (baseline)`, b, rate(b));
}

/** Medians of two pieces of work run turn about, so a change in the machine's load falls on both. */
async function turnAbout(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  times: number,
  warmup = 2,
): Promise<[number, number]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < times; i++) {
    for (const [work, samples] of [
      [a, ta],
      [b, tb],
    ] as const) {
      const start = performance.now();
      await work();
      samples.push(performance.now() - start);
    }
  }
  return [median(ta), median(tb)];
}

/** A synthetic EES file: every area, 13 filter values, ten indicators per row. */
function writeEesFile(rowsWanted: number, areas: string[]) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-')), 'synthetic_ees.csv');
  const lines = [
    'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,group,' +
      Array.from({ length: 10 }, (_, i) => `indicator_${i + 1}`).join(','),
  ];
  for (let i = 0; i < rowsWanted; i++) {
    const area = areas[i % areas.length]!;
    const rest = Math.floor(i / areas.length);
    const values = Array.from({ length: 10 }, (_, k) =>
      (i * 31 + k * 17) % 997 === 0 ? 'c' : String(((i * 7 + k * 13) % 10000) / 10),
    );
    lines.push(
      `${1900 + (rest % 120)},Reporting year,Local authority,E92000001,England,E12000007,London,${area},Area ${area},group ${Math.floor(rest / 120)},${values.join(',')}`,
    );
  }
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

/** All DfE files into a fresh embedded database, as `npm start` users would import them: the median of three. */
async function importDfeEmbedded(report: Report) {
  const dir = path.join(sharedDir, 'data', 'dfe');
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter(
          (f) => f.endsWith('.csv') && fs.readFileSync(path.join(dir, f), 'utf8').startsWith('time_period,'),
        )
    : [];
  if (files.length === 0) return;
  const times: number[] = [];
  let values = 0;
  for (let run = 0; run < 3; run++) {
    const embedded = fromPglite(await PGlite.create());
    await embedded.migrate();
    await embedded.db.transaction((tx) => ensureReferenceData(tx));
    const start = performance.now();
    values = 0;
    for (const f of files) values += (await importEesFile(embedded.db, actor, path.join(dir, f))).values;
    times.push(performance.now() - start);
    await embedded.close();
  }
  const ms = median(times);
  report(
    `statistics: import all ${files.length} DfE files (embedded)`,
    ms,
    `${values.toLocaleString('en-GB')} values; target < 5000 ms (${(ms / 5000).toFixed(2)}× the target; median of 3)`,
  );
}

export async function run(report: Report): Promise<void> {
  const onPostgres = !!process.env.BENCH_DATABASE_URL;
  const measures = onPostgres ? 500 : 20;
  const scaleNote = onPostgres
    ? ''
    : ` (PGlite: scaled to ${measures} measures; full size on PostgreSQL with BENCH_DATABASE_URL)`;

  await importDfeEmbedded(report);

  const h = await open();
  try {
    await h.database.migrate();
    await seedGeography(h);
    const seeded = await seedValues(h, measures);
    report(
      `statistics: generate ${seeded.values.toLocaleString('en-GB')} synthetic values (importer's COPY, ${Math.ceil(measures / 10)} files)`,
      seeded.ms,
      `153 authorities × ${measures} measures × ${PERIODS} periods${scaleNote}`,
    );

    const period = String(1973 + PERIODS);
    const area = 'E09000012';
    const one = await timeMedian(
      () =>
        benchmark(h.database.db, {
          dataset: DATASET,
          measure: 'measure_007',
          period,
          comparator: 'england',
          area,
        }),
      30,
    );
    const trivial = await timeMedian(() => h.database.db.execute(sql`select 1`), 50);
    report(
      'statistics: benchmark one measure/period vs England (+area, neighbours)',
      one,
      `target < 20 ms; ${(one / trivial).toFixed(0)}× a 'select 1' round trip${scaleNote}`,
    );

    const [engine, hand] = await turnAbout(
      () => benchmarkTable(h.database.db, { dataset: DATASET, period, area }),
      () => handWrittenTable(h, period, area),
      11,
    );
    report(
      `statistics: full table for one area (${measures} measures, England/London/neighbours)`,
      engine,
      `${(engine / hand).toFixed(2)}× the hand-written single query (target ≤ 1.5×; < 300 ms on PostgreSQL)${scaleNote}`,
    );
    report('statistics: hand-written single query (baseline)', hand);

    await importThroughput(h, report, onPostgres ? 1_000_000 : 100_000, scaleNote);

    const areas = (
      await queryRows<{ code: string }>(
        h.database.db,
        sql`select code from areas where kind = 'local-authority' and code like 'E09%'`,
      )
    ).map((a) => a.code);
    const eesRows = onPostgres ? 100_000 : 10_000;
    const file = writeEesFile(eesRows, areas);
    const start = performance.now();
    const result = await importEesFile(h.database.db, actor, file, { dataset: 'bench-ees' });
    const ms = performance.now() - start;
    report(
      `statistics: import-ees of a synthetic file (${result.values.toLocaleString('en-GB')} values)`,
      ms,
      `${Math.round(result.values / (ms / 1000)).toLocaleString('en-GB')} values/s end to end: read, check twice, store`,
    );
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    await dropDatasets(h, [DATASET, 'bench-ees']);
  } finally {
    await h.database.close();
  }
}
