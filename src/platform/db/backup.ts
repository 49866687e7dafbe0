import fs from 'node:fs';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Db, Queryable } from './types.ts';
import { queryRows } from './count.ts';

const format = 'safeguarding-hub-backup';
const batchSize = 2000;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every application table, parents before children (foreign keys decide the order). */
export async function tablesInDependencyOrder(db: Queryable): Promise<string[]> {
  const tables = (await queryRows<{ name: string }>(db, sql`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)
  ).map((r) => r.name);
  const edges = (await queryRows<{ child: string; parent: string }>(db, sql`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`)
  ).map((r) => ({ child: r.child.replace(/"/g, ''), parent: r.parent.replace(/"/g, '') }));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent);
    ordered.push(t);
  };
  tables.forEach(visit);
  return ordered;
}

async function* dumpLines(db: Db): AsyncGenerator<string> {
  const tables = await tablesInDependencyOrder(db);
  const migrations = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  yield JSON.stringify({ format, version: 1, createdAt: new Date().toISOString(), migrations: migrations[0]?.n ?? 0, tables });
  for (const table of tables) {
    let last = '(0,0)';
    for (;;) {
      // Keyset on the physical row id: works for every table, keyed or not, without OFFSET's cost.
      const rows = await queryRows<{ tid: string; row: Record<string, unknown> }>(
        db,
        sql.raw(
            `select ctid::text as tid, to_jsonb(t) as row from ${ident(table)} t where ctid > '${last}'::tid order by ctid limit ${batchSize}`,
        ),
      );
      for (const r of rows) yield JSON.stringify({ t: table, r: r.row });
      if (rows.length < batchSize) break;
      last = rows[rows.length - 1]!.tid;
    }
  }
}

/** A portable dump: gzip'd JSON lines, a header then one line per row, parents first. */
export async function backupTo(db: Db, file: string): Promise<{ rows: number }> {
  let rows = -1;
  await db.transaction(
    async (tx) => {
      const lines = Readable.from(
        (async function* () {
          for await (const line of dumpLines(tx as unknown as Db)) {
            rows++;
            yield `${line}\n`;
          }
        })(),
      );
      await pipeline(lines, zlib.createGzip(), fs.createWriteStream(file));
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return { rows };
}

export class RestoreError extends Error {}

/** Replaces every row with the backup's, in one transaction: all restored or nothing changed. */
export async function restoreFrom(db: Db, file: string, opts: { force?: boolean } = {}): Promise<{ rows: number }> {
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const lines = input[Symbol.asyncIterator]();
  const first = await lines.next().catch(() => ({ done: true, value: '' }) as const);
  let header: { format?: string; tables?: string[] };
  try {
    header = first.done ? {} : JSON.parse(first.value);
  } catch {
    header = {};
  }
  if (header.format !== format || !Array.isArray(header.tables)) {
    throw new RestoreError(`${file} is not a Safeguarding Hub backup`);
  }
  return db.transaction(async (tx) => {
    const present = new Set(await tablesInDependencyOrder(tx));
    const unknown = header.tables!.filter((t) => !present.has(t));
    if (unknown.length) throw new RestoreError(`the backup has tables this version does not know: ${unknown.join(', ')}`);
    if (!opts.force) {
      const users = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from users`);
      if ((users[0]?.n ?? 0) > 0) throw new RestoreError('the database already has users; restore only into an empty database (or use --force)');
    }
    // The audit log refuses truncation except during a restore; the setting ends with this transaction.
    await tx.execute(sql`select set_config('hub.restoring', 'on', true)`);
    await tx.execute(sql.raw(`truncate ${[...present].map(ident).join(', ')} restart identity cascade`));
    const stored = await storedColumns(tx);
    let rows = 0;
    let pending: { table: string; rows: unknown[] } | null = null;
    const flush = async () => {
      if (!pending || pending.rows.length === 0) return;
      const t = ident(pending.table);
      const columns = sql.raw((stored.get(pending.table) ?? []).map(ident).join(', '));
      await tx.execute(
        sql`insert into ${sql.raw(t)} (${columns}) select ${columns} from jsonb_populate_recordset(null::${sql.raw(t)}, ${JSON.stringify(pending.rows)}::jsonb)`,
      );
      rows += pending.rows.length;
      pending = null;
    };
    for (;;) {
      const next = await lines.next();
      if (next.done) break;
      if (!next.value.trim()) continue;
      const { t, r } = JSON.parse(next.value) as { t: string; r: unknown };
      if (!present.has(t)) throw new RestoreError(`unknown table ${t} in the backup`);
      if (pending && pending.table !== t) await flush();
      pending ??= { table: t, rows: [] };
      pending.rows.push(r);
      if (pending.rows.length >= batchSize) await flush();
    }
    await flush();
    await resetSequences(tx);
    return { rows };
  });
}

/** Columns a restore writes: generated columns (e.g. search vectors) are computed again, never inserted. */
async function storedColumns(db: Queryable): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ table_name: string; column_name: string }>(db, sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`);
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.column_name]);
  return out;
}

async function resetSequences(db: Queryable) {
  const serials = await queryRows<{ table_name: string; column_name: string }>(db, sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and column_default like 'nextval(%'`);
  for (const s of serials) {
    const t = ident(s.table_name);
    const c = ident(s.column_name);
    await db.execute(
      sql.raw(`select setval(pg_get_serial_sequence('${t}', '${s.column_name}'), coalesce((select max(${c}) from ${t}), 0) + 1, false)`),
    );
  }
}

/** Row count and a content checksum per table, to prove a round trip lost nothing. */
export async function tableChecksums(db: Queryable): Promise<Record<string, { rows: number; checksum: string }>> {
  const out: Record<string, { rows: number; checksum: string }> = {};
  for (const table of await tablesInDependencyOrder(db)) {
    const t = ident(table);
    const r = await queryRows<{ rows: number; checksum: string }>(
      db,
      sql.raw(`select count(*)::int as rows, coalesce(md5(string_agg(x, '|' order by x)), '') as checksum from (select to_jsonb(t)::text as x from ${t} t) s`),
    );
    out[table] = r[0]!;
  }
  return out;
}
