import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../support/app.ts';
import { createProject } from '../../src/modules/risks/projects.ts';
import { systemActor } from '../../src/platform/audit/service.ts';

let t: TestApp;
let manager: Awaited<ReturnType<typeof signedInAs>>;
let slug: string;

beforeAll(async () => {
  t = await createTestApp();
  manager = await signedInAs(t, 'board-manager', 'camden');
  slug = (
    await createProject(t.database.db, systemActor('test'), {
      name: 'Token project',
      boardId: manager.board!.id,
      status: 'active',
    })
  ).slug;
}, 60_000);
afterAll(async () => t?.close());

async function token(access: 'read' | 'write'): Promise<string> {
  const res = await manager.post('/account/tokens', { name: `${access} token`, access });
  const found = /hub_[A-Za-z0-9_-]+/.exec(res.body);
  if (!found) throw new Error('no token shown');
  return found[0];
}

const bearer = (tk: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${tk}`, 'content-type': 'application/json' },
    payload: payload ? JSON.stringify(payload) : undefined,
  });

const risk = {
  title: 'Late data',
  event: 'Data arrives late',
  category: 'delivery',
  inherentLikelihood: 3,
  inherentImpact: 3,
  status: 'open',
};

describe('API tokens: scoped, API only, revocable', () => {
  it('a read-only token reads the API but may not write through it', async () => {
    const tk = await token('read');
    expect((await bearer(tk, 'GET', `/api/v1/risks/projects/${slug}/risks`)).statusCode).toBe(200);
    const write = await bearer(tk, 'POST', `/api/v1/risks/projects/${slug}/risks`, risk);
    expect(write.statusCode).toBe(403);
    expect(write.json().error).toContain('may only read');
  });

  it('a token that may write does, with the owner’s permissions', async () => {
    const tk = await token('write');
    const write = await bearer(tk, 'POST', `/api/v1/risks/projects/${slug}/risks`, risk);
    expect(write.statusCode).toBeLessThan(300);
  });

  it('counts for nothing on pages: no signed-in page, no CSRF-free form post', async () => {
    const tk = await token('write');
    const page = await bearer(tk, 'GET', '/account');
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toMatch(/^\/sign-in/);
    const form = await t.app.inject({
      method: 'POST',
      url: '/account/tokens',
      headers: { authorization: `Bearer ${tk}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=sneaky&access=write',
    });
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe('/sign-in');
  });

  it('stops working once revoked', async () => {
    const tk = await token('read');
    const account = await manager.get('/account');
    const revoke = [...account.body.matchAll(/action="(\/account\/tokens\/[^"]+\/revoke)"/g)].map(
      (m) => m[1]!,
    );
    for (const url of revoke) await manager.post(url, {});
    expect((await bearer(tk, 'GET', '/api/v1/network/boards')).statusCode).toBe(401);
  });
});
