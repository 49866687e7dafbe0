import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { fromPglite, fromPool, type Database } from '../src/platform/db/open.ts';
import { prepareDatabase } from '../src/platform/db/prepare.ts';
import type { Report } from './run.ts';
import { timeMedian } from './support.ts';

export async function benchDatabase(): Promise<Database> {
  const url = process.env.BENCH_DATABASE_URL;
  return url ? fromPool(new pg.Pool({ connectionString: url, max: 10 })) : fromPglite(await PGlite.create());
}

/** Server time of typical pages through inject(), against /health (no database work) as baseline. */
export async function pages(report: Report): Promise<void> {
  const database = await benchDatabase();
  const config = loadConfig({ NODE_ENV: 'test', HUB_DEMO: '1', LOG_LEVEL: 'silent', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-1234', HUB_DATA_DIR: '/nonexistent' });
  await prepareDatabase(database, config);
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const health = await timeMedian(() => app.inject('/health'), 200);
  const signIn = await timeMedian(() => app.inject('/sign-in'), 100);
  report('GET /health (baseline)', health);
  report('GET /sign-in (rendered GOV.UK page)', signIn, `${(signIn / health).toFixed(1)}× /health`);
  await app.close();
  await database.close();
}

/** A 153-authority bar chart (all of England), against rendering its data table alone. */
export async function charts(report: Report): Promise<void> {
  const { barChart } = await import('../src/platform/charts/index.ts');
  const bars = Array.from({ length: 153 }, (_, i) => ({ label: `Authority ${i}`, value: (i * 37) % 101 }));
  const chart = await timeMedian(() => barChart({ title: 'England', valueTitle: 'Value', bars }), 15, 3);
  const table = await timeMedian(() => JSON.stringify(bars.map((b) => [b.label, b.value])), 15, 3);
  report('bar chart of 153 authorities (Vega-Lite → SVG)', chart, `target < 50 ms; ${(chart / Math.max(table, 0.001)).toFixed(0)}× serialising its table`);
}
