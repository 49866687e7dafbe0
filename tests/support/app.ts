import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/platform/db/open.ts';
import { createUser } from '../../src/platform/auth/users.ts';
import { systemActor } from '../../src/platform/audit/service.ts';
import { findBoard } from '../../src/modules/network/service.ts';
import type { Role } from '../../src/platform/auth/schema.ts';
import { createTestDatabase } from './db.ts';

export const testPassword = 'correct horse battery staple';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close: () => Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: 'test-secret-that-is-long-enough-for-cookies-0123456789',
    HUB_DATA_DIR: '/nonexistent-test-data-dir',
    HUB_DEMO: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Cookies from a response, merged into a jar, as a browser would keep them. */
export class CookieJar {
  private cookies = new Map<string, string>();
  take(response: LightMyRequestResponse): this {
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return this;
  }
  get header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('page has no CSRF token');
  return match[1]!;
}

let counter = 0;

/** A user with one role, signed in through the real form. */
export async function signedInAs(t: TestApp, role: Role, boardCode?: string) {
  const email = `user${++counter}-${role}@example.org`;
  const board = boardCode ? await findBoard(t.database.db, boardCode) : null;
  await createUser(t.database.db, systemActor('test'), {
    email,
    name: `Test ${role} ${counter}`,
    role,
    boardId: board?.id ?? null,
    password: testPassword,
  });
  const session = await signIn(t, email, testPassword);
  return { ...session, email, board };
}

export async function signIn(t: TestApp, email: string, password: string) {
  const jar = new CookieJar();
  const form = await t.app.inject({ method: 'GET', url: '/sign-in' });
  jar.take(form);
  const response = await t.app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie: jar.header },
    payload: { email, password, _csrf: csrfFrom(form.body) },
  });
  jar.take(response);
  const session = {
    jar,
    response,
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: jar.header } }),
    /** Posts a form with a CSRF token taken from `formUrl` (a page this user may see). */
    post: async (url: string, payload: Record<string, string | string[]>, formUrl = '/account') => {
      const page = await t.app.inject({ method: 'GET', url: formUrl, headers: { cookie: jar.header } });
      jar.take(page);
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: jar.header, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(
          Object.entries({ ...payload, _csrf: csrfFrom(page.body) }).flatMap(([k, v]) =>
            Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]],
          ),
        ).toString(),
      });
      jar.take(res);
      return res;
    },
  };
  return session;
}
