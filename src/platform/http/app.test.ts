import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, csrfFrom, CookieJar, signedInAs, signIn, testPassword, type TestApp } from '../../../tests/support/app.ts';
import { listAudit } from '../audit/service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('health', () => {
  it('answers 200 with the database status', async () => {
    const res = await t.app.inject('/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('pages and errors', () => {
  it('shows the GOV.UK 404 page for an unknown address, with our header and no GOV.UK crown', async () => {
    const res = await t.app.inject('/no-such-page');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Page not found');
    expect(res.body).toContain('govuk-generic-header');
    expect(res.body).toContain('Safeguarding Hub');
    expect(res.body).not.toContain('govuk-footer__crown');
    expect(res.body).not.toContain('Crown copyright');
  });

  it('answers unknown API addresses with JSON', async () => {
    const res = await t.app.inject('/api/v1/nothing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'Not found', details: [] });
  });

  it('sends signed-out visitors to sign in, and answers the API with 401', async () => {
    const page = await t.app.inject('/network/people');
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('/sign-in?next=%2Fnetwork%2Fpeople');
    const api = await t.app.inject('/api/v1/network/boards');
    expect(api.statusCode).toBe(401);
  });

  it('sets a nonce-based CSP with no unsafe-inline, and forbids framing', async () => {
    const res = await t.app.inject('/sign-in');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(res.body).toContain(`nonce="${nonce}"`);
  });
});

describe('header', () => {
  it('lists the sections in the service navigation, marks the current one, and keeps the account in the header bar', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const boards = (await viewer.get('/network/boards')).body;
    const sections = boards.slice(boards.indexOf('govuk-service-navigation'), boards.indexOf('</header>'));
    expect(sections).toMatch(/href="\/network" aria-current="true"/);
    expect(sections).toContain('href="/meetings"');
    expect(sections).not.toContain('Administration');
    expect(sections).not.toContain('Sign out');
    expect(sections).not.toContain('/account');
    const bar = boards.slice(boards.indexOf('govuk-generic-header'), boards.indexOf('govuk-service-navigation'));
    expect(bar).toMatch(/<nav class="hub-account" aria-label="Account">[\s\S]*href="\/account"[\s\S]*action="\/sign-out"/);
    expect((await viewer.get('/network')).body).toMatch(/href="\/network" aria-current="page"/);
    expect((await viewer.get('/account')).body).toMatch(/href="\/account" aria-current="page"/);
    // govuk-frontend's script (the narrow-screen menu button) carries the page's CSP nonce.
    const page = await viewer.get('/network');
    const nonce = /'nonce-([^']+)'/.exec(String(page.headers['content-security-policy']))![1];
    expect(page.body).toContain(`<script type="module" src="/scripts/init.js" nonce="${nonce}">`);
  });
});

describe('sign-in form', () => {
  it('refuses a post without the CSRF token, saving nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/sign-in', payload: { email: 'a@b.org', password: 'x' } });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Your form has expired');
  });

  it('shows an error summary linked to the field and keeps the email typed', async () => {
    const jar = new CookieJar();
    const form = await t.app.inject('/sign-in');
    jar.take(form);
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie: jar.header },
      payload: { email: 'someone@example.org', password: 'not right at all', _csrf: csrfFrom(form.body) },
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#email"');
    expect(res.body).toContain('value="someone@example.org"');
  });

  it('signs in with a new session cookie (HttpOnly, SameSite=Lax) and records it in the audit log', async () => {
    const jar = new CookieJar();
    const form = await t.app.inject('/sign-in');
    jar.take(form);
    const before = await signedInAs(t, 'viewer');
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie: jar.header },
      payload: { email: before.email, password: testPassword, _csrf: csrfFrom(form.body), next: '/network' },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/network');
    const cookie = res.cookies.find((c) => c.name === 'hub_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.value).not.toBe(before.jar.header);
    const audit = await listAudit(t.database.db, { action: 'sign-in' }, { limit: 10, offset: 0 });
    expect(audit.rows.some((r) => r.summary.includes(before.email))).toBe(true);
  });

  it('never redirects off-site after sign-in', async () => {
    const jar = new CookieJar();
    const form = await t.app.inject('/sign-in');
    jar.take(form);
    const user = await signedInAs(t, 'viewer');
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie: jar.header },
      payload: { email: user.email, password: testPassword, _csrf: csrfFrom(form.body), next: '//evil.example/' },
    });
    expect(res.headers.location).toBe('/');
  });

  it('signs out: the old cookie no longer works', async () => {
    const user = await signedInAs(t, 'viewer');
    expect((await user.get('/network')).statusCode).toBe(200);
    const oldCookie = user.jar.header;
    await user.post('/sign-out', {});
    const res = await t.app.inject({ method: 'GET', url: '/network', headers: { cookie: oldCookie } });
    expect(res.statusCode).toBe(302);
  });
});

describe('administration', () => {
  it('lets admins invite a user: the invitation email lands in the outbox and its link sets a password', async () => {
    const admin = await signedInAs(t, 'network-admin');
    const res = await admin.post('/admin/users/invite', { name: 'Ivy Invited', email: 'ivy@example.org', role: 'viewer', boardId: '' }, '/admin/users/invite');
    expect(res.statusCode).toBe(303);
    const outbox = await admin.get('/admin/outbox');
    const link = /https?:\/\/[^\s<]+\/invitations\/[A-Za-z0-9_-]+/.exec(outbox.body)![0];
    const path = new URL(link).pathname;
    const jar = new CookieJar();
    const page = await t.app.inject(path);
    jar.take(page);
    expect(page.body).toContain('Choose your password');
    const weak = await t.app.inject({ method: 'POST', url: path, headers: { cookie: jar.header }, payload: { password: 'short', _csrf: csrfFrom(page.body) } });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('at least 10 characters');
    const ok = await t.app.inject({ method: 'POST', url: path, headers: { cookie: jar.header }, payload: { password: 'lantern meadow quartz', _csrf: csrfFrom(page.body) } });
    expect(ok.statusCode).toBe(303);
    const session = await signIn(t, 'ivy@example.org', 'lantern meadow quartz');
    expect(session.response.statusCode).toBe(303);
  });

  it('rejects an invitation for a board role without a board, naming the field', async () => {
    const admin = await signedInAs(t, 'network-admin');
    const res = await admin.post('/admin/users/invite', { name: 'Bo', email: 'bo@example.org', role: 'board-manager', boardId: '' }, '/admin/users/invite');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#boardId"');
    expect((await admin.get('/admin/users?q=bo%40example.org')).body).not.toContain('bo@example.org</td>');
  });

  it('shows the audit log to admins only, filterable by what changed', async () => {
    const admin = await signedInAs(t, 'network-admin');
    const page = await admin.get('/admin/audit?entity=user');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Created user');
    const csv = await admin.get('/admin/audit?entity=user&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const coordinator = await signedInAs(t, 'network-coordinator');
    expect((await coordinator.get('/admin/audit')).statusCode).toBe(403);
  });
});

describe('when the database is down', () => {
  it('health says 503 and pages show the 500 page with a reference, not a stack trace', async () => {
    const other = await createTestApp();
    const user = await signedInAs(other, 'viewer');
    await other.database.close();
    const health = await other.app.inject('/health');
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    const page = await user.get('/network');
    expect(page.statusCode).toBe(500);
    expect(page.body).toMatch(/quote reference <strong>[0-9A-F]{8}<\/strong>/);
    expect(page.body).not.toMatch(/at .*\.ts:\d+/);
    await other.app.close();
  });
});
