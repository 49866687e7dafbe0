import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { createSession, destroySession, findSession, pushFlash, type SessionPolicy } from '../auth/sessions.ts';
import { loadPrincipal } from '../auth/users.ts';
import { authenticateApiToken } from '../auth/api-tokens.ts';
import { can, type Action, type Principal, type Resource } from '../auth/permissions.ts';

export const sessionCookie = 'hub_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function cookieOptions(app: FastifyInstance, expires?: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.production,
    ...(expires ? { expires } : {}),
  };
}

const policyOf = (app: FastifyInstance): SessionPolicy => ({
  idleMinutes: app.config.sessionIdleMinutes,
  absoluteHours: app.config.sessionAbsoluteHours,
});

/** Reads the session cookie (or an API bearer token) into request.principal on every request. */
export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('apiToken', false);
  app.decorateRequest('actor', {
    getter(this: FastifyRequest) {
      return this.principal
        ? { userId: this.principal.userId, label: this.principal.name }
        : { userId: null, label: 'signed-out visitor' };
    },
  });
  app.decorateReply('flash', async function (this: FastifyReply, kind, title, text) {
    if (this.request.sessionToken) await pushFlash(app.db, this.request.sessionToken, { kind, title, text });
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/build/') || request.url === '/health') return;
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      // Tokens are for the API only: on pages (whose forms trust the CSRF check tokens skip) they count for nothing.
      if (!request.url.startsWith('/api/')) return;
      const found = await authenticateApiToken(app.db, auth.slice(7).trim());
      if (found) {
        if (unsafeMethods.has(request.method) && !found.scopes.includes('write')) {
          return reply.code(403).send({ error: 'This API token may only read; create a token that may write', details: [] });
        }
        request.principal = found.principal;
        request.apiToken = true;
      }
      return;
    }
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const session = await findSession(app.db, token, policyOf(app));
    if (!session) return;
    request.sessionToken = token;
    if (session.userId) request.principal = await loadPrincipal(app.db, session.userId);
  });
});

/** Replaces any existing session with a fresh one for this user (session fixation defence). */
export async function startSession(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, principal: Principal) {
  if (request.sessionToken) await destroySession(app.db, request.sessionToken);
  const { token } = await createSession(app.db, principal.userId, policyOf(app));
  request.sessionToken = token;
  request.principal = principal;
  reply.setCookie(sessionCookie, token, cookieOptions(app));
}

export async function endSession(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  if (request.sessionToken) await destroySession(app.db, request.sessionToken);
  request.sessionToken = null;
  request.principal = null;
  reply.clearCookie(sessionCookie, cookieOptions(app));
}

const wantsJson = (request: FastifyRequest) =>
  request.url.startsWith('/api/') || (request.headers.accept ?? '').startsWith('application/json');

/**
 * Route guard: signed-out visitors are sent to sign in (401 for the API); signed-in users
 * without the permission get 403. The resource may depend on the request (e.g. its board).
 */
export function requireCan(
  action: Action,
  resourceOf?: (request: FastifyRequest) => Resource | Promise<Resource>,
): preHandlerHookHandler {
  return async function guard(request, reply) {
    if (!request.principal) {
      if (wantsJson(request)) return reply.code(401).send({ error: 'Sign in required', details: [] });
      return reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`);
    }
    const resource = resourceOf ? await resourceOf(request) : {};
    if (!can(request.principal, action, resource)) {
      if (wantsJson(request)) return reply.code(403).send({ error: 'You do not have permission to do that', details: [] });
      return reply.code(403).page('errors/403.njk');
    }
  };
}

export const requireSignIn = requireCan('hub:read');

/** Stylesheets, scripts and images: the same for everyone. */
export const isAsset = (url: string): boolean => url.startsWith('/build/') || url.startsWith('/scripts/');

/**
 * Secure by default: a route is for signed-in users unless it says `config: { public: true }`.
 * Runs before the CSRF check, so signed-out probes of any route get a sign-in redirect or 401.
 */
export function setUpSignInByDefault(app: FastifyInstance) {
  app.addHook('preHandler', async (request, reply) => {
    const route = request.routeOptions;
    if (request.principal || route.config?.public || !route.url || isAsset(route.url)) return;
    if (wantsJson(request)) return reply.code(401).send({ error: 'Sign in required', details: [] });
    const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
    return reply.redirect(`/sign-in${next}`, request.method === 'GET' ? 302 : 303);
  });
}
