import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../../tests/support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('API tokens', () => {
  it('are shown once, work as bearer tokens without CSRF, and stop working when revoked', async () => {
    const user = await signedInAs(t, 'viewer');
    const empty = await user.post('/account/tokens', { name: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('href="#name"');

    const created = await user.post('/account/tokens', { name: 'Dashboard refresh' });
    const token = /(hub_[A-Za-z0-9_-]{20,})/.exec(created.body)![1]!;
    const api = () => t.app.inject({ method: 'GET', url: '/api/v1/network/boards', headers: { authorization: `Bearer ${token}` } });
    expect((await api()).statusCode).toBe(200);
    expect((await user.get('/account')).body).not.toContain(token);

    const id = /\/account\/tokens\/([0-9a-f-]{36})\/revoke/.exec((await user.get('/account')).body)![1]!;
    expect((await user.post(`/account/tokens/${id}/revoke`, {})).statusCode).toBe(303);
    expect((await api()).statusCode).toBe(401);
  });

  it('cannot be revoked by another user', async () => {
    const owner = await signedInAs(t, 'viewer');
    await owner.post('/account/tokens', { name: 'Mine' });
    const id = /\/account\/tokens\/([0-9a-f-]{36})\/revoke/.exec((await owner.get('/account')).body)![1]!;
    const other = await signedInAs(t, 'viewer');
    expect((await other.post(`/account/tokens/${id}/revoke`, {})).statusCode).toBe(404);
  });

  it('an unknown bearer token gets 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/network/boards', headers: { authorization: 'Bearer hub_nonsense' } });
    expect(res.statusCode).toBe(401);
  });
});
