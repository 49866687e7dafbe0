import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { apiTokens } from './schema.ts';
import { createApiToken, revokeApiToken } from './api-tokens.ts';
import { parseForm } from '../http/forms.ts';

const view = (name: string) => `platform/auth/views/${name}`;
const tokenForm = z.object({
  name: z.string().trim().min(1, 'Give the token a name, like “Power BI refresh”').max(100, 'Name must be 100 characters or fewer'),
  access: z.enum(['read', 'write'], { message: 'Choose what the token may do' }).default('read'),
});

/** Your account: details, and API tokens for integrations (shown once, stored hashed, revocable). */
export async function accountRoutes(app: FastifyInstance) {
  const tokensOf = (userId: string) =>
    app.db
      .select({ id: apiTokens.id, name: apiTokens.name, scopes: apiTokens.scopes, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt, uses: apiTokens.uses })
      .from(apiTokens)
      .where(eq(apiTokens.userId, userId))
      .orderBy(desc(apiTokens.createdAt));

  app.get('/account', async (request, reply) =>
    reply.page(view('account.njk'), { title: 'Your account', tokens: await tokensOf(request.principal!.userId), values: {} }),
  );

  app.post('/account/tokens', async (request, reply) => {
    const userId = request.principal!.userId;
    const form = parseForm(tokenForm, request.body);
    if (!form.ok) {
      return reply.code(400).page(view('account.njk'), { title: 'Your account', tokens: await tokensOf(userId), values: request.body, errors: form.errors });
    }
    const created = await app.db.transaction((tx) => createApiToken(tx, request.actor, userId, form.value.name, form.value.access === 'write' ? ['read', 'write'] : ['read']));
    return reply.page(view('account.njk'), { title: 'Your account', tokens: await tokensOf(userId), values: {}, newToken: { name: form.value.name, token: created.token } });
  });

  app.post('/account/tokens/:id/revoke', async (request, reply) => {
    const { id } = z.object({ id: z.string().uuid() }).parse(request.params);
    const userId = request.principal!.userId;
    const [mine] = await app.db.select({ id: apiTokens.id }).from(apiTokens).where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)));
    if (!mine) return reply.callNotFound();
    await app.db.transaction((tx) => revokeApiToken(tx, request.actor, id));
    await reply.flash('success', 'Token revoked', 'Anything using it can no longer reach the API.');
    return reply.redirect('/account', 303);
  });
}
