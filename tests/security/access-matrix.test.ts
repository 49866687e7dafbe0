import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { csrfFrom } from '../support/app.ts';
import { queryRows } from '../../src/platform/db/count.ts';
import {
  buildSecurityFixture,
  roles,
  secretOfB,
  type Role,
  type SecurityFixture,
  type Session,
} from './fixture.ts';
import { accessRules, type Access } from './access-rules.ts';
import { fillRoute, routeValues } from './urls.ts';

let fx: SecurityFixture;
let values: Record<string, string>;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  fx = await buildSecurityFixture();
  values = await routeValues(fx);
  for (const [role, session] of Object.entries(fx.sessions) as [Role, Session][]) {
    const page = await session.get('/account');
    session.jar.take(page);
    tokens.set(role, csrfFrom(page.body));
  }
}, 180_000);
afterAll(async () => fx?.close());

type Outcome = 'allowed' | 'denied' | 'sign-in' | 'server-error';

function outcomeOf(res: LightMyRequestResponse): Outcome {
  if (res.statusCode >= 500) return 'server-error';
  if (res.statusCode === 401) return 'sign-in';
  if ([301, 302, 303].includes(res.statusCode) && String(res.headers.location ?? '').startsWith('/sign-in'))
    return 'sign-in';
  if (res.statusCode === 403 || res.statusCode === 404) return 'denied';
  return 'allowed';
}

/** What each role should get: allowed (404 tolerated for things the fixture lacks), denied, or sent to sign in. */
function expected(access: Access, role: Role, side: 'A' | 'B'): Outcome[] {
  const allowed: Outcome[] = ['allowed', 'denied'];
  if (access === 'public') return allowed;
  if (role === 'signed-out') return ['sign-in'];
  const central = role === 'coordinator' || role === 'admin';
  const yes = (ok: boolean): Outcome[] =>
    ok ? (access === 'signed-in' || central ? allowed : ['allowed']) : ['denied'];
  switch (access) {
    case 'signed-in':
      return allowed;
    case 'central':
      return yes(central);
    case 'admin':
      return yes(role === 'admin');
    case 'board-read':
      return yes(central || (side === 'A' && (role === 'member-A' || role === 'manager-A')));
    case 'board-edit':
      return yes(central || (side === 'A' && role === 'manager-A'));
  }
}

async function request(role: Role, method: string, url: string): Promise<LightMyRequestResponse> {
  const session = role === 'signed-out' ? null : fx.sessions[role];
  const token = tokens.get(role);
  const api = url.startsWith('/api/');
  const headers: Record<string, string> = {};
  if (session) headers.cookie = session.jar.header;
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  let payload: string | undefined;
  if (method !== 'GET') {
    headers['content-type'] = api ? 'application/json' : 'application/x-www-form-urlencoded';
    payload = api ? '{}' : token ? `_csrf=${encodeURIComponent(token)}` : '';
  }
  // One client address per role, so the per-client flood limit sees six ordinary clients.
  const remoteAddress = `127.0.0.${10 + roles.indexOf(role)}`;
  return fx.t.app.inject({ method: method as 'GET', url, headers, payload, remoteAddress });
}

async function snapshotOfB(): Promise<string> {
  const rows = await queryRows<{ s: unknown }>(
    fx.t.database.db,
    sql`select json_build_array(
      (select json_agg(r order by r.id) from collection_returns r where r.board_id = ${fx.boardB.id}),
      (select json_agg(d) from documents d where d.id = ${fx.document.B}),
      (select json_agg(p) from projects p where p.id = ${fx.project.B.id}),
      (select json_agg(x order by x.id) from risks x where x.project_id = ${fx.project.B.id}),
      (select json_agg(v) from learning_reviews v where v.id = ${fx.review.B}),
      (select json_agg(x) from learning_recommendations x where x.id = ${fx.recommendation.B}),
      (select json_agg(u) from users u where u.id = ${fx.userB}),
      (select json_agg(a order by a.role) from role_assignments a where a.user_id = ${fx.userB})
    )::text as s`,
  );
  return String(rows[0]!.s);
}

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const secrets = Object.values(secretOfB);

describe('access matrix over every registered route', () => {
  it('classifies every route the app registers (a new route must be declared)', () => {
    const registered = fx.t.app.routeTable.map(key).sort();
    const unclassified = registered.filter((k) => !(k in accessRules));
    const stale = Object.keys(accessRules).filter((k) => !registered.includes(k));
    expect(unclassified, 'routes with no declared access rule').toEqual([]);
    expect(stale, 'declared rules for routes that no longer exist').toEqual([]);
    const publicRoutes = fx.t.app.routeTable
      .filter((r) => r.public)
      .map(key)
      .sort();
    expect(publicRoutes).toEqual(
      Object.entries(accessRules)
        .filter(([, r]) => r.access === 'public')
        .map(([k]) => k)
        .sort(),
    );
  });

  it('gives each role exactly what its permissions allow, and never board B’s unpublished material to board A', async () => {
    const before = await snapshotOfB();
    const mismatches: string[] = [];
    const leaks: string[] = [];
    // The central team last: their allowed writes must not be mistaken for board A's.
    for (const role of roles) {
      if (role === 'coordinator') {
        expect(
          await snapshotOfB(),
          'board B’s return, documents, project, review and users after every request by signed-out, viewer and board A',
        ).toBe(before);
      }
      for (const route of fx.t.app.routeTable) {
        const rule = accessRules[key(route)];
        if (!rule) continue;
        if (rule.signedOutOnly && role !== 'signed-out') continue;
        const sides: ('A' | 'B')[] =
          rule.access === 'board-read' || rule.access === 'board-edit' ? ['A', 'B'] : ['B'];
        for (const side of sides) {
          const url = rule.url ? rule.url(fx, side) : fillRoute(fx, values, route.url, side);
          const res = await request(role, route.method, url);
          const got = outcomeOf(res);
          const want = expected(rule.access, role, side);
          if (!want.includes(got))
            mismatches.push(
              `${role} ${route.method} ${url} (${rule.access}, ${side}): got ${res.statusCode} ${got}, want ${want.join('|')}`,
            );
          if (role !== 'coordinator' && role !== 'admin') {
            for (const s of secrets)
              if (res.body.includes(s)) leaks.push(`${role} ${route.method} ${url}: response carries ${s}`);
          }
        }
      }
    }
    expect(
      leaks,
      'responses that carried board B’s unpublished material to someone outside B and the central team',
    ).toEqual([]);
    expect(mismatches).toEqual([]);
  }, 600_000);

  it('shows board B’s unpublished return to the central team (the fixture really holds it)', async () => {
    const page = await fx.sessions.coordinator.get(
      `/collections/${fx.collectionId}/returns/${fx.boardB.code}`,
    );
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(secretOfB.returnAnswer);
    const document = await fx.sessions.coordinator.get(`/documents/${fx.document.B}`);
    expect(document.body).toContain(secretOfB.document);
  });
});
