import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/platform/db/open.ts';
import { ensureReferenceData, listBoards } from '../../src/modules/network/service.ts';
import { loadDemo } from '../../src/demo/load.ts';
import { systemActor } from '../../src/platform/audit/service.ts';
import { createUser } from '../../src/platform/auth/users.ts';
import { queryRows } from '../../src/platform/db/count.ts';
import * as collections from '../../src/modules/collections/service.ts';
import { budgetSurveyForm, largeForm } from '../../src/modules/collections/fixtures.ts';

export const password = 'correct horse battery staple';
export const coordinatorEmail = 'faults-coordinator@example.org';
const actor = systemActor('faults suite');

/** Where a server keeps its data: an embedded directory, or a PostgreSQL database. */
export interface Store {
  kind: 'embedded' | 'postgres';
  env: Record<string, string>;
  dataDir: string;
  databaseUrl?: string;
}

export const adminUrl = process.env.FAULTS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function freshPostgres(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPostgres(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

/** Opens the store in this process (the server must not be running on an embedded store). */
export async function withStore<T>(store: Store, work: (db: Database['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

export async function count(db: Database['db'], query: ReturnType<typeof sql>): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, query);
  return Number(rows[0]?.n ?? 0);
}

export interface Prepared {
  crashCollection: string;
  loadCollections: string[];
  boards: { id: string; code: string }[];
  groups: { id: string; slug: string }[];
  managers: { email: string; boardCode: string }[];
  coordinators: string[];
}

/**
 * Migrations, the demo, and what the suite writes to: a collection with a large form (so an
 * XLSX upload takes long enough to be interrupted), four small collections for the load test,
 * a manager for every board and ten coordinators.
 */
export async function prepareStore(store: Store): Promise<Prepared> {
  const database = await openDatabase({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
  try {
    await database.migrate();
    const db = database.db;
    await db.transaction((tx) => ensureReferenceData(tx));
    await loadDemo(db);
    const big = await collections.createForm(db, actor, { name: 'Large dataset return' }, largeForm(1500));
    const crash = await collections.createCollection(db, actor, {
      name: 'Crash test return',
      kind: 'return',
      period: '2024-25',
      formId: big.id,
      audience: 'all',
      opensOn: '2025-01-01',
      closesOn: '2099-12-31',
    });
    await collections.openCollection(db, actor, crash.id);
    const small = await collections.createForm(db, actor, { name: 'Budget survey' }, budgetSurveyForm());
    const loadCollections: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const c = await collections.createCollection(db, actor, {
        name: `Budget survey ${i}`,
        kind: 'survey',
        period: `202${i}-2${i + 1}`,
        formId: small.id,
        audience: 'all',
        opensOn: '2025-01-01',
        closesOn: '2099-12-31',
      });
      await collections.openCollection(db, actor, c.id);
      loadCollections.push(c.id);
    }
    const boards = (await listBoards(db)).map((b) => ({ id: b.id, code: b.code }));
    const managers: Prepared['managers'] = [];
    for (const b of boards) {
      const email = `faults-manager-${b.code}@example.org`;
      await createUser(db, actor, {
        email,
        name: `Manager of ${b.code}`,
        role: 'board-manager',
        boardId: b.id,
        password,
      });
      managers.push({ email, boardCode: b.code });
    }
    const coordinators = [coordinatorEmail];
    await createUser(db, actor, {
      email: coordinatorEmail,
      name: 'Faults coordinator',
      role: 'network-coordinator',
      password,
    });
    for (let i = 1; i < 10; i++) {
      const email = `faults-coordinator-${i}@example.org`;
      await createUser(db, actor, { email, name: `Coordinator ${i}`, role: 'network-coordinator', password });
      coordinators.push(email);
    }
    const groups = await queryRows<{ id: string; slug: string }>(
      db,
      sql`select id, slug from groups order by slug`,
    );
    return { crashCollection: crash.id, loadCollections, boards, groups, managers, coordinators };
  } finally {
    await database.close();
  }
}
