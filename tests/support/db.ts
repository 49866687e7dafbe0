import fs from 'node:fs';
import crypto from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { fromPglite, fromPool, type Database } from '../../src/platform/db/open.ts';
import { withDatabase } from './global-setup.ts';

/**
 * A fresh, migrated database for one test file: PGlite from the run's template by default,
 * or a copy of the PostgreSQL template when TEST_DATABASE_URL is set.
 */
export async function createTestDatabase(): Promise<Database> {
  const pgTemplate = inject('postgresTemplate');
  if (pgTemplate) {
    const name = `hub_t_${pgTemplate.template.replace('hub_template_', '')}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgTemplate.url });
    await admin.connect();
    await admin.query(`create database ${name} template ${pgTemplate.template}`);
    await admin.end();
    const pool = new pg.Pool({ connectionString: withDatabase(pgTemplate.url, name), max: 5 });
    pool.on('error', () => {});
    const database = fromPool(pool);
    const close = database.close;
    database.close = async () => {
      await close();
      const dropper = new pg.Client({ connectionString: pgTemplate.url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    };
    return database;
  }
  const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  const client = await PGlite.create({ loadDataDir: blob });
  return fromPglite(client);
}
