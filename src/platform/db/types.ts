import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type * as schema from '../../schema.ts';

export type Schema = typeof schema;

/**
 * One database type for both drivers (PGlite embedded, node-postgres in production), so
 * services never know which one they run on.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a service can run queries on: the database or a transaction inside it. */
export type Queryable = Db | Tx;
