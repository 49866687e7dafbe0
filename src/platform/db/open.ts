import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import * as schema from '../../schema.ts';
import type { Db } from './types.ts';
import { lockDataDir } from './lock.ts';
import { repoRoot } from '../paths.ts';

export const migrationsFolder = path.join(repoRoot, 'drizzle');

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate: () => Promise<void>;
  /** True when the database answers a trivial query. */
  ping: () => Promise<boolean>;
  close: () => Promise<void>;
}

export function fromPglite(client: PGlite, release: () => void = () => {}): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
    },
    ping: async () => {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      if (!client.closed) await client.close();
      release();
    },
  };
}

export function fromPool(pool: pg.Pool): Database {
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      await migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder });
    },
    ping: async () => {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await pool.end();
    },
  };
}

/** PostgreSQL when a URL is given; otherwise PGlite in the data directory, locked to this process. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (opts.databaseUrl) {
    // Loaded only when used: an embedded start should not pay for the PostgreSQL driver.
    const { default: pgModule } = await import('pg');
    const pool = new pgModule.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle client losing its server must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    return fromPool(pool);
  }
  const display = path.relative(process.cwd(), opts.dataDir) || '.';
  const release = lockDataDir(opts.dataDir, display.startsWith('..') ? opts.dataDir : `./${display}`);
  try {
    const client = await PGlite.create(path.join(opts.dataDir, 'pgdata'));
    return fromPglite(client, release);
  } catch (e) {
    release();
    throw e;
  }
}
