import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { fromPglite, fromPool } from '../../src/platform/db/open.ts';
import { ensureReferenceData } from '../../src/modules/network/service.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: { url: string; template: string } | null;
  }
}

/**
 * Migrating a new database costs seconds; do it once per run. PGlite: migrate, dump the data
 * directory, and let each test file load the dump. PostgreSQL: migrate a template database
 * that each test file copies with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  const client = await PGlite.create();
  const database = fromPglite(client);
  await database.migrate();
  await database.db.transaction((tx) => ensureReferenceData(tx));
  const dump = await client.dumpDataDir('none');
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.TEST_DATABASE_URL;
  let template: string | null = null;
  if (url) {
    template = `hub_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    await admin.end();
    const pool = new pg.Pool({ connectionString: withDatabase(url, template), max: 2 });
    const pgDatabase = fromPool(pool);
    await pgDatabase.migrate();
    await pgDatabase.db.transaction((tx) => ensureReferenceData(tx));
    await pgDatabase.close();
  }
  project.provide('postgresTemplate', url && template ? { url, template } : null);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const leftovers = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'hub_t_${process.pid}_%' or datname = '${template}'`,
      );
      for (const row of leftovers.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
