import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/types.ts';

interface Internals {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(query: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: boolean): { execute(): Promise<unknown> };
  };
}

/**
 * Rows of a statement run as a named prepared statement, named after its text: node-postgres
 * prepares it once per connection, so PostgreSQL stops planning the engine's larger
 * statements on every call (a few milliseconds each, on a benchmark that takes ten or so).
 * This is the path drizzle's own `.prepare(name)` takes; PGlite runs it as usual.
 */
export async function queryPrepared<T>(db: Queryable, query: SQL): Promise<T[]> {
  const { dialect, session } = db as unknown as Internals;
  const built = dialect.sqlToQuery(query);
  const name = `stat_${createHash('sha1').update(built.sql).digest('hex').slice(0, 24)}`;
  const result = (await session.prepareQuery(built, undefined, name, false).execute()) as { rows: T[] };
  return result.rows;
}
