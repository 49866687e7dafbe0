import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { Client, repoRoot, startServer, type RunningServer } from './server.ts';
import { coordinatorEmail, count, password, withStore, type Prepared, type Store } from './prepare.ts';

export interface CrashResult {
  store: Store['kind'];
  operation: string;
  killedAfterMs: number;
  /** How the kill was timed, and what it saw. */
  moment: string;
  found: 'nothing' | 'all' | 'PARTIAL';
  detail: string;
  servedAfterRestart: boolean;
}

const eesFile = path.resolve(
  repoRoot,
  '..',
  'shared',
  'data',
  'dfe',
  'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
);

/** Minutes long enough that saving them (people, items, actions) takes a while. */
function bigMinutes(seed: string): Buffer {
  const people = Array.from(
    { length: 40 },
    (_, i) => `Person${seed}${String.fromCharCode(65 + (i % 26))}${i} Tester${i}`,
  );
  const lines = [
    'Meeting:\tFaults Test Group',
    'Date of meeting:\t11/02/2021',
    'Time:\t10am - 12 noon',
    'Venue:\tRoom 1',
    '',
    'Present',
    'Name\tOrganisation',
  ];
  for (const p of people) lines.push(`${p}\tWestbury Council`);
  lines.push('');
  for (let i = 1; i <= 120; i++) {
    lines.push(
      `${i}) Agenda item ${i}`,
      `The group discussed item ${i} at length and agreed next steps.`,
      `ACTION: ${people[i % people.length]} to report back on item ${i} by next meeting`,
      '',
    );
  }
  return Buffer.from(lines.join('\n'));
}

/** The review form's choices as a person would accept them: existing selections, else 'new', else the first option. */
function reviewChoices(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  const radio = /<input[^>]*name="((?:person|owner)-[\d-]+)"[^>]*value="([^"]*)"([^>]*)>/g;
  for (const m of html.matchAll(radio)) {
    const [, name, value, rest] = m;
    if (/checked/.test(rest!) || !(name! in out) || (value === 'new' && !/checked/.test(out[name!] ?? '')))
      out[name!] = value!;
  }
  const select = /<select[^>]*name="((?:person|owner)-[\d-]+)"[^>]*>([\s\S]*?)<\/select>/g;
  for (const m of html.matchAll(select)) {
    const options = [...m[2]!.matchAll(/<option value="([^"]*)"([^>]*)>/g)].filter((o) => o[1] !== '');
    const chosen = options.find((o) => /selected/.test(o[2]!)) ?? options[0];
    if (chosen) out[m[1]!] = chosen[1]!;
  }
  return out;
}

interface Operation {
  name: string;
  /** Does what a person does first (open the form, download the template), then returns the one request that writes. */
  prepare: (
    client: Client,
    target: 'calibration' | 'crash',
  ) => Promise<(signal: AbortSignal) => Promise<Response>>;
  /** Counts what the operation stored for a target: 0 for nothing. */
  measure: (
    db: Parameters<Parameters<typeof withStore>[1]>[0],
    target: 'calibration' | 'crash',
  ) => Promise<number>;
}

function operations(prepared: Prepared): Operation[] {
  const [calibrationBoard, crashBoard] = [prepared.boards[0]!, prepared.boards[1]!];
  const [calibrationGroup, crashGroup] = [prepared.groups[0]!, prepared.groups[1]!];
  const boardOf = (t: string) => (t === 'calibration' ? calibrationBoard : crashBoard);
  const groupOf = (t: string) => (t === 'calibration' ? calibrationGroup : crashGroup);
  return [
    {
      name: 'EES import',
      prepare: async (client, target) => {
        await client.page('/statistics/import');
        return (signal) =>
          client.upload(
            '/statistics/import',
            { dataset: `faults-${target}` },
            { field: 'file', name: 'referrals.csv', content: fs.readFileSync(eesFile) },
            signal,
          );
      },
      measure: (db, target) =>
        count(
          db,
          sql`select count(*)::int as n from stat_values v join stat_measures m on m.id = v.measure_id join stat_datasets d on d.id = m.dataset_id where d.name = ${`faults-${target}`}`,
        ),
    },
    {
      name: 'XLSX return upload',
      prepare: async (client, target) => {
        const url = `/collections/${prepared.crashCollection}/returns/${boardOf(target).code}`;
        const template = Buffer.from(
          await (await client.request('GET', `${url}/template.xlsx`)).arrayBuffer(),
        );
        const filled = await fillTemplate(template);
        await client.page(url);
        return (signal) =>
          client.upload(`${url}/upload`, {}, { field: 'file', name: 'return.xlsx', content: filled }, signal);
      },
      measure: (db, target) =>
        count(
          db,
          sql`select count(*)::int as n from collection_returns r, jsonb_object_keys(r.answers) k where r.collection_id = ${prepared.crashCollection} and r.board_id = ${boardOf(target).id}`,
        ),
    },
    {
      name: 'minutes import',
      prepare: async (client, target) => {
        await client.page('/meetings/import');
        const uploaded = await client.upload(
          '/meetings/import',
          { groupId: groupOf(target).id },
          { field: 'file', name: 'minutes.txt', content: bigMinutes(target === 'crash' ? 'K' : 'C') },
        );
        const draftUrl = uploaded.headers.get('location');
        if (uploaded.status !== 303 || !draftUrl)
          throw new Error(`minutes upload answered ${uploaded.status}`);
        const review = await client.page(draftUrl);
        return (signal) =>
          client.request('POST', draftUrl, {
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ ...reviewChoices(review), _csrf: client.csrf }).toString(),
            signal,
          });
      },
      measure: async (db, target) => {
        const group = groupOf(target).id;
        const meetings = await count(
          db,
          sql`select count(*)::int as n from meetings where group_id = ${group} and date = '2021-02-11'`,
        );
        if (meetings === 0) return 0;
        const items = await count(
          db,
          sql`select count(*)::int as n from agenda_items i join meetings m on m.id = i.meeting_id where m.group_id = ${group} and m.date = '2021-02-11'`,
        );
        const actions = await count(
          db,
          sql`select count(*)::int as n from meeting_actions a join meetings m on m.id = a.meeting_id where m.group_id = ${group} and m.date = '2021-02-11'`,
        );
        return meetings * 1_000_000 + items * 1000 + actions;
      },
    },
  ];
}

async function fillTemplate(template: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const key = wb.getWorksheet('Template key')!;
  for (let r = 7; r <= key.rowCount; r++) {
    if (String(key.getCell(r, 1).value ?? '') !== 'answer') continue;
    const sheet = wb.getWorksheet(String(key.getCell(r, 3).value))!;
    sheet.getCell(Number(key.getCell(r, 4).value), Number(key.getCell(r, 5).value)).value = r;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function signedIn(server: RunningServer): Promise<Client> {
  const client = new Client(server.base);
  await client.signIn(coordinatorEmail, password);
  return client;
}

/** After a restart: health is ok, a person signs in and reads pages. */
async function serves(server: RunningServer): Promise<boolean> {
  const health = await fetch(`${server.base}/health`);
  const client = await signedIn(server);
  const pages = await Promise.all(
    ['/statistics', '/collections', '/meetings'].map((u) => client.request('GET', u)),
  );
  return health.ok && pages.every((p) => p.status === 200);
}

/**
 * For each operation: run it once to the end (calibration: how long it takes, what "all"
 * looks like), then start it again on another target and SIGKILL the server part-way,
 * restart on the same data, and compare what was stored with nothing and with all.
 */
export async function crashCases(
  store: Store,
  prepared: Prepared,
  log: (s: string) => void,
): Promise<CrashResult[]> {
  const results: CrashResult[] = [];
  for (const op of operations(prepared)) {
    let server = await startServer(store.env);
    const client = await signedIn(server);
    const send = await op.prepare(client, 'calibration');
    const began = performance.now();
    const done = await send(new AbortController().signal);
    const took = performance.now() - began;
    if (done.status >= 400)
      throw new Error(`${op.name} calibration answered ${done.status}: ${(await done.text()).slice(0, 500)}`);
    await server.stop();
    const all = await withStore(store, (db) => op.measure(db, 'calibration'));
    log(`${store.kind}: ${op.name} takes ${Math.round(took)} ms; complete = ${all}`);

    server = await startServer(store.env);
    const crashClient = await signedIn(server);
    const sendCrash = await op.prepare(crashClient, 'crash');
    const abort = new AbortController();
    const started = performance.now();
    const sent = sendCrash(abort.signal).catch(() => null);
    // PostgreSQL shows the write transaction: kill while it is open. Embedded: half-way through the calibrated time.
    const moment = store.databaseUrl
      ? await writeTransactionOpen(store.databaseUrl, took)
      : (await new Promise((r) => setTimeout(r, took * 0.5)), 'at half the calibrated time');
    const killAfter = Math.round(performance.now() - started);
    await server.kill();
    abort.abort();
    await sent;
    server = await startServer(store.env);
    const servedAfterRestart = await serves(server).catch(() => false);
    await server.stop();
    const found = await withStore(store, (db) => op.measure(db, 'crash'));
    const verdict = found === 0 ? 'nothing' : found === all ? 'all' : 'PARTIAL';
    log(
      `${store.kind}: ${op.name} killed after ${killAfter} ms (${moment}): ${verdict} (${found} of ${all})`,
    );
    results.push({
      store: store.kind,
      operation: op.name,
      killedAfterMs: killAfter,
      moment,
      found: verdict,
      detail: `${found} of ${all}`,
      servedAfterRestart,
    });
  }
  return results;
}

/**
 * Waits until the app holds an uncommitted write (a transaction with an id, other than the
 * session bookkeeping every request does) and returns at once, so the kill lands inside it.
 */
async function writeTransactionOpen(databaseUrl: string, calibrated: number): Promise<string> {
  const watcher = new pg.Client({ connectionString: databaseUrl });
  await watcher.connect();
  try {
    const deadline = performance.now() + calibrated * 3 + 5000;
    while (performance.now() < deadline) {
      const { rows } = await watcher.query<{ ms: number }>(
        `select extract(epoch from now() - xact_start) * 1000 as ms from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null
           and query not ilike '%"sessions"%' and query not ilike '%sign_in_failures%'
         order by xact_start limit 1`,
      );
      if (rows[0]) return `inside a write transaction open ${Math.round(rows[0].ms)} ms`;
    }
    return 'no write transaction seen';
  } finally {
    await watcher.end();
  }
}
