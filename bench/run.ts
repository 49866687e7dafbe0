// `npm run bench`: medians, each beside a baseline measured in the same run, because these
// 2-core machines are shared and noisy: compare the ratios more than the milliseconds.
import fs from 'node:fs';
import path from 'node:path';
import { coldStart } from './cold-start.ts';
import { charts, pages } from './pages.ts';

export type Report = (name: string, medianMs: number, note?: string) => void;

const rows: { name: string; medianMs: number; note: string }[] = [];
const report: Report = (name, medianMs, note = '') => {
  rows.push({ name, medianMs, note });
  console.log(`${name.padEnd(58)} ${medianMs.toFixed(2).padStart(10)} ms  ${note}`);
};

// BENCH=statistics,pages runs only those parts (a module's file name without .ts, or cold-start, pages, charts).
const only = process.env.BENCH ? new Set(process.env.BENCH.split(',').map((s) => s.trim())) : null;
const wanted = (part: string) => !only || only.has(part);

console.log(`Safeguarding Hub benchmarks — ${new Date().toISOString()} — node ${process.version}, ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}`);
if (wanted('cold-start')) await coldStart(report);
if (wanted('pages')) await pages(report);
if (wanted('charts')) await charts(report);

// Module benchmarks live beside this file as bench/<module>.ts, each exporting run(report).
const here = import.meta.dirname;
const own = new Set(['run.ts', 'cold-start.ts', 'pages.ts', 'support.ts']);
const modules = fs.readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !own.has(f) && wanted(f.slice(0, -3)));
for (const file of modules.sort()) {
  const mod = (await import(path.join(here, file))) as { run?: (r: Report) => Promise<void> };
  if (typeof mod.run === 'function') {
    console.log(`-- ${file}`);
    await mod.run(report);
  }
}
console.log(`${rows.length} measurements.`);
