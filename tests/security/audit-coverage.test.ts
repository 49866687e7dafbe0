import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { csrfFrom } from '../support/app.ts';
import { queryRows } from '../../src/platform/db/count.ts';
import { buildSecurityFixture, type Role, type SecurityFixture } from './fixture.ts';
import { accessRules } from './access-rules.ts';

let fx: SecurityFixture;
const tokens = new Map<Role, string>();

/** Tables whose rows are bookkeeping, not a person's change: sessions, throttling, the audit log itself, transient drafts. */
const bookkeeping = new Set(['sessions', 'sign_in_failures', 'audit_events', 'zz_write_log', 'import_drafts']);

/**
 * Writing routes that change nothing worth auditing, with the reason. Everything else that
 * writes a row must leave at least one audit entry in the same request.
 */
const exempt: Record<string, string> = {
  'POST /sign-in': 'a session is bookkeeping; failed attempts are throttled in sign_in_failures',
  'POST /sign-out': 'ends a session only',
};

/** Valid input for writing routes, so the check sees real writes, not only refusals. */
const validInput: Record<string, { as: Role; url?: (fx: SecurityFixture) => string; fields: Record<string, string> }> = {
  'POST /account/tokens': { as: 'manager-A', fields: { name: 'Integration' } },
  'POST /network/people/new': { as: 'coordinator', fields: { name: 'Audit Coverage Person', email: 'acp@example.org' } },
  'POST /network/organisations/new': { as: 'coordinator', fields: { name: 'Audit Coverage Org', kind: 'local-authority' } },
  'POST /network/groups/new': { as: 'coordinator', fields: { name: 'Audit Coverage Group', kind: 'sub-group' } },
  'POST /projects/new': { as: 'coordinator', fields: { name: 'Audit coverage project', status: 'active' } },
  'POST /projects/:slug/risks/new': {
    as: 'manager-A',
    url: (f) => `/projects/${f.project.A.slug}/risks/new`,
    fields: { title: 'Coverage risk', event: 'Something happens', category: 'delivery', inherentLikelihood: '3', inherentImpact: '3', status: 'open' },
  },
  'POST /projects/:slug/phases/new': { as: 'manager-A', url: (f) => `/projects/${f.project.A.slug}/phases/new`, fields: { name: 'Coverage phase', status: 'not-started' } },
  'POST /projects/:slug/milestones/new': { as: 'manager-A', url: (f) => `/projects/${f.project.A.slug}/milestones/new`, fields: { name: 'Coverage milestone', status: 'not-started' } },
  'POST /collections/:id/returns/:board': { as: 'manager-A', url: (f) => `/collections/${f.collectionId}/returns/${f.boardA.code}`, fields: { revision: '1', q_budget_total: '4321' } },
  'POST /learning/reviews/:id/recommendations/new': {
    as: 'manager-A',
    url: (f) => `/learning/reviews/${f.review.A}/recommendations/new`,
    fields: { text: 'Coverage recommendation', agency: 'Health', owner: 'Named nurse', status: 'not-started' },
  },
  'POST /meetings/calendar/token': { as: 'viewer', fields: {} },
  'POST /collections/forms/new': { as: 'coordinator', fields: { name: 'Coverage form', start: 'blank' } },
  'POST /learning/themes/new': { as: 'coordinator', fields: { name: 'Coverage theme' } },
};

beforeAll(async () => {
  fx = await buildSecurityFixture();
  const db = fx.t.database.db;
  // Test-only: a row-level trigger on every table records which tables a request wrote.
  await db.execute(sql`create table zz_write_log (tbl text not null, op text not null)`);
  await db.execute(sql.raw(`create function zz_log_write() returns trigger language plpgsql as $$ begin insert into zz_write_log values (TG_TABLE_NAME, TG_OP); return null; end $$`));
  const tables = await queryRows<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'zz_write_log'`);
  for (const { name } of tables) {
    await db.execute(sql.raw(`create trigger zz_log after insert or update or delete on "${name}" for each row execute function zz_log_write()`));
  }
  for (const role of ['viewer', 'manager-A', 'coordinator', 'admin'] as const) {
    const page = await fx.sessions[role].get('/account');
    fx.sessions[role].jar.take(page);
    tokens.set(role, csrfFrom(page.body));
  }
}, 180_000);
afterAll(async () => fx?.close());

async function writesAndAudit(): Promise<{ tables: string[]; audit: number }> {
  const rows = await queryRows<{ tbl: string }>(fx.t.database.db, sql`select distinct tbl from zz_write_log`);
  const audit = await queryRows<{ n: number }>(fx.t.database.db, sql`select count(*)::int as n from audit_events`);
  return { tables: rows.map((r) => r.tbl).filter((t) => !bookkeeping.has(t)), audit: audit[0]!.n };
}

async function post(role: Role, url: string, fields: Record<string, string>) {
  const session = fx.sessions[role as Exclude<Role, 'signed-out'>];
  const token = tokens.get(role)!;
  const api = url.startsWith('/api/');
  return fx.t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.jar.header, 'x-csrf-token': token, 'content-type': api ? 'application/json' : 'application/x-www-form-urlencoded' },
    payload: api ? JSON.stringify(fields) : new URLSearchParams({ ...fields, _csrf: token }).toString(),
  });
}

const fill = (url: string) => url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');

describe('every write through a route leaves an audit entry', () => {
  it('covers each writing route: valid input writes and is audited; any other write is audited too', async () => {
    const writing = fx.t.app.routeTable.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    expect(writing.length).toBeGreaterThan(50);
    const unaudited: string[] = [];
    const failedValid: string[] = [];
    for (const route of writing) {
      const key = `${route.method} ${route.url}`;
      if (key in exempt) continue;
      const valid = validInput[key];
      const rule = accessRules[key];
      const as: Role = valid?.as ?? (rule?.access === 'admin' ? 'admin' : 'coordinator');
      const url = valid?.url ? valid.url(fx) : fill(route.url);
      await fx.t.database.db.execute(sql`delete from zz_write_log`);
      const before = await writesAndAudit();
      const res = await post(as, url, valid?.fields ?? {});
      const after = await writesAndAudit();
      if (valid && (res.statusCode >= 400 || after.tables.length === 0)) failedValid.push(`${key} as ${as}: ${res.statusCode}, wrote ${after.tables.join(', ') || 'nothing'}`);
      if (after.tables.length > 0 && after.audit <= before.audit) unaudited.push(`${key} (${res.statusCode}) wrote ${after.tables.join(', ')} with no audit entry`);
    }
    expect(failedValid, 'declared valid input that did not write').toEqual([]);
    expect(unaudited).toEqual([]);
  }, 300_000);

  it('declares exemptions only for routes that exist', () => {
    const keys = new Set(fx.t.app.routeTable.map((r) => `${r.method} ${r.url}`));
    expect(Object.keys(exempt).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(validInput).filter((k) => !keys.has(k))).toEqual([]);
  });
});
