import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { recordAudit, type Actor } from '../audit/service.ts';
import { apiTokens } from './schema.ts';
import { newToken, tokenHash } from './sessions.ts';
import { loadPrincipal } from './users.ts';
import type { Principal } from './permissions.ts';

/** What a token may do: read the API, or also write through it. A token without scopes only reads. */
export const tokenScopes = ['read', 'write'] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** Integrations authenticate with a bearer token; only its hash is stored, shown once at creation. */
export async function createApiToken(db: Queryable, actor: Actor, userId: string, name: string, scopes: TokenScope[] = ['read']) {
  const token = `hub_${newToken()}`;
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: tokenHash(token), scopes })
    .returning({ id: apiTokens.id });
  await recordAudit(db, actor, { action: 'create', entity: 'api-token', entityId: row?.id, summary: `Created API token “${name}” (${scopes.join(', ')})`, after: { name, scopes } });
  return { id: row!.id, token };
}

export async function revokeApiToken(db: Queryable, actor: Actor, id: string) {
  await db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id));
  await recordAudit(db, actor, { action: 'update', entity: 'api-token', entityId: id, summary: 'Revoked API token' });
}

export async function authenticateApiToken(db: Queryable, token: string): Promise<{ principal: Principal; scopes: string[] } | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date(), uses: sql`${apiTokens.uses} + 1` })
    .where(and(eq(apiTokens.tokenHash, tokenHash(token)), isNull(apiTokens.revokedAt)))
    .returning({ userId: apiTokens.userId, scopes: apiTokens.scopes });
  const principal = row ? await loadPrincipal(db, row.userId) : null;
  return row && principal ? { principal, scopes: row.scopes } : null;
}
