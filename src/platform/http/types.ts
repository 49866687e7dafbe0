import type { Principal } from '../auth/permissions.ts';
import type { Actor } from '../audit/service.ts';
import type { Db } from '../db/types.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../db/open.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    database: Database;
    config: Config;
  }
  interface FastifyRequest {
    principal: Principal | null;
    sessionToken: string | null;
    /** Set when the request authenticated with an API token instead of a session. */
    apiToken: boolean;
    actor: Actor;
  }
  interface FastifyReply {
    /** Render a page of the layout with the common context (user, navigation, CSRF, flash). */
    page: (template: string, data?: Record<string, unknown>) => Promise<FastifyReply>;
    flash: (kind: 'success' | 'important', title: string, text?: string) => Promise<void>;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in. Every other route requires a signed-in user. */
    public?: boolean;
  }
  interface FastifyInstance {
    /** Every route registered, for the access tests: a new route cannot be forgotten. */
    routeTable: { method: string; url: string; public: boolean }[];
  }
}
