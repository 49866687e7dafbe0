import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** The only routes a signed-out visitor may reach. A new one must be added here on purpose. */
const publicRoutes = new Set([
  'GET /',
  'GET /health',
  'GET /sign-in',
  'POST /sign-in',
  'POST /sign-out',
  'GET /invitations/:token',
  'POST /invitations/:token',
  'GET /accessibility',
  'GET /privacy',
  'GET /projects/:slug',
  'GET /projects/:slug/documents/:documentId',
  'GET /build/*',
  'GET /scripts/*',
  // The API's description: what the endpoints are, no data.
  'GET /api/v1/openapi.json',
  // Calendar feeds: calendar apps cannot sign in; a revocable secret in the URL stands for the user.
  'GET /calendar/:token/groups/:slug.ics',
  'GET /calendar/:token/people/:personId.ics',
]);

const fill = (url: string) => url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000').replace('*', 'x');

describe('signed-out probes of every registered route', () => {
  it('declares public only the routes meant to be public', () => {
    const declared = t.app.routeTable.filter((r) => r.public).map((r) => `${r.method} ${r.url}`);
    expect(declared.sort()).toEqual([...publicRoutes].sort());
  });

  it('gets a sign-in redirect (pages) or 401 (API) from every other route, never data', async () => {
    const routes = t.app.routeTable.filter((r) => !r.public);
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const res = await t.app.inject({ method: route.method as 'GET', url: fill(route.url), payload: route.method === 'GET' ? undefined : {} });
      const where = `${route.method} ${route.url}`;
      if (route.url.startsWith('/api/')) {
        expect(res.statusCode, where).toBe(401);
        expect(res.json(), where).toEqual({ error: 'Sign in required', details: [] });
      } else {
        expect([302, 303], where).toContain(res.statusCode);
        expect(res.headers.location, where).toMatch(/^\/sign-in/);
      }
    }
  });
});
