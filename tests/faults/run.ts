/**
 * `npm run test:faults`: crash safety (SIGKILL mid-write, restart, all or nothing) on the
 * embedded database and on PostgreSQL, then the load test against PostgreSQL with two app
 * instances. Every request goes to 127.0.0.1. Prints a summary table; exits 1 on any failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crashCases, type CrashResult } from './crash.ts';
import { loadTest, type LoadResult } from './load.ts';
import { dropPostgres, freshPostgres, prepareStore, type Store } from './prepare.ts';

const only = process.argv.slice(2);
const wants = (part: string) => only.length === 0 || only.includes(part);
const log = (s: string) => console.error(`  ${s}`);
const started = performance.now();
const dbName = `hub_faults_${process.pid}`;
const dirs: string[] = [];

async function embeddedStore(): Promise<Store> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-faults-'));
  dirs.push(dataDir);
  return { kind: 'embedded', dataDir, env: { HUB_DATA_DIR: dataDir } };
}

async function postgresStore(name: string): Promise<Store> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-faults-pg-'));
  dirs.push(dataDir);
  const databaseUrl = await freshPostgres(name);
  return {
    kind: 'postgres',
    dataDir,
    databaseUrl,
    env: { HUB_DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
  };
}

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

async function main() {
  const crash: CrashResult[] = [];
  let load: LoadResult | null = null;
  try {
    if (wants('crash')) {
      for (const make of [embeddedStore, () => postgresStore(`${dbName}_crash`)]) {
        const store = await make();
        console.error(`crash safety on ${store.kind}: preparing`);
        const prepared = await prepareStore(store);
        crash.push(...(await crashCases(store, prepared, log)));
      }
    }
    if (wants('load')) {
      const store = await postgresStore(`${dbName}_load`);
      console.error('load on PostgreSQL: preparing');
      const prepared = await prepareStore(store);
      load = await loadTest(store, prepared, log);
    }
  } finally {
    await dropPostgres(`${dbName}_crash`).catch(() => {});
    await dropPostgres(`${dbName}_load`).catch(() => {});
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }

  const failures: string[] = [];
  console.log('\nCrash safety (SIGKILL part-way, restart on the same data)');
  console.log(
    table(
      [
        'database',
        'operation',
        'killed after',
        'moment of the kill',
        'after restart',
        'rows found',
        'app serves',
      ],
      crash.map((c) => [
        c.store,
        c.operation,
        `${c.killedAfterMs} ms`,
        c.moment,
        c.found === 'PARTIAL' ? 'PARTIAL (fail)' : `${c.found} (all-or-nothing)`,
        c.detail,
        c.servedAfterRestart ? 'yes' : 'NO',
      ]),
    ),
  );
  for (const c of crash) {
    if (c.found === 'PARTIAL')
      failures.push(`${c.store} ${c.operation}: partial data after a crash (${c.detail})`);
    if (!c.servedAfterRestart)
      failures.push(`${c.store} ${c.operation}: the app did not serve after restart`);
  }
  if (load) {
    console.log(
      `\nLoad: ${load.connections} connections for ${load.seconds} s against PostgreSQL, two app instances`,
    );
    console.log(
      table(
        [
          'requests',
          'errors',
          'non-2xx/3xx',
          'req/s',
          'p50',
          'p99',
          'max',
          'writes acknowledged',
          'writes stored',
          'action reminders queued',
          'actions due a reminder',
        ],
        [
          [
            load.requests,
            load.errors,
            load.badStatus,
            load.perSecond,
            `${load.p50} ms`,
            `${load.p99} ms`,
            `${load.max} ms`,
            load.acknowledged,
            load.stored,
            load.reminders,
            load.remindersDue,
          ],
        ],
      ),
    );
    console.log(
      table(
        ['write', 'acknowledged', 'stored'],
        load.byKind.map((k) => [k.kind, k.acknowledged, k.stored]),
      ),
    );
    if (load.errors > 0 || load.badStatus > 0)
      failures.push(`load: ${load.errors} errors and ${load.badStatus} bad statuses`);
    if (load.acknowledged !== load.stored)
      failures.push(`load: ${load.acknowledged} writes acknowledged but ${load.stored} stored`);
    if (load.reminders !== load.remindersDue || load.reminders === 0)
      failures.push(
        `load: ${load.reminders} action reminders queued for ${load.remindersDue} due actions (two instances must send each once)`,
      );
  }
  console.log(`\nfaults suite took ${Math.round((performance.now() - started) / 1000)} s`);
  const checks = crash.length * 2 + (load ? 3 : 0);
  console.log(`faults: ${checks - failures.length} passed, ${failures.length} failed`);
  for (const f of failures) console.log(`FAILED: ${f}`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
