import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import type { Report } from './run.ts';
import { median } from './support.ts';

const root = path.resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning the process until GET /health answers 200. */
async function startToServing(args: string[], env: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error('server did not start within 60 s');
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`);
        if (res.ok) return performance.now() - started;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

/** Cold start after the first run (database exists), against a bare Node HTTP server as baseline. */
export async function coldStart(report: Report): Promise<void> {
  // What `npm start` runs: the bundled server (scripts/build-server.mjs).
  await import('../scripts/build-server.mjs');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  const env = { HUB_DATA_DIR: dataDir, HUB_DEMO: '1', LOG_LEVEL: 'silent' };
  const port = await freePort();
  const first = await startToServing(['dist/server.mjs'], env, port);
  report('first start (new database, migrations, demo)', first);
  const hub: number[] = [];
  const bare: number[] = [];
  const bareServer = `require('http').createServer((q,s)=>s.end('{}')).listen(${port})`;
  for (let i = 0; i < 5; i++) {
    hub.push(await startToServing(['dist/server.mjs'], env, port));
    bare.push(await startToServing(['-e', bareServer], {}, port));
  }
  const h = median(hub);
  const b = median(bare);
  report('cold start to serving /health (after first run)', h, `target < 3000 ms; ${(h / b).toFixed(1)}× a bare Node server (${b.toFixed(0)} ms)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
