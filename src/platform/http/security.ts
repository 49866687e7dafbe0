import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import csrf from '@fastify/csrf-protection';

export async function setUpSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: app.config.production ? [] : null,
      },
    },
    hsts: app.config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}

export async function setUpRateLimit(app: FastifyInstance): Promise<void> {
  // A generous ceiling per client against floods; sign-in has its own, per account, in the database.
  await app.register(rateLimit, {
    global: true,
    max: 1200,
    timeWindow: '1 minute',
    allowList: (request: FastifyRequest) => request.url.startsWith('/build/') || request.url === '/health',
  });
}

/** Tokens are bound to the account: one taken while signed out is no use once signed in, and vice versa. */
export const csrfUserInfo = (request: FastifyRequest): string => request.principal?.userId ?? 'signed-out';

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every state-changing request made with a session cookie carries a CSRF token: in the
 * form's `_csrf` field, the `x-csrf-token` header, or (for file uploads, whose body is read
 * later) the `_csrf` query parameter. API calls with a bearer token carry no cookie to abuse.
 */
export async function setUpCsrf(app: FastifyInstance): Promise<void> {
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'hub_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.production, signed: true },
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: app.config.sessionSecret },
    getToken: (request: FastifyRequest) => {
      const body = request.body as Record<string, unknown> | undefined;
      const query = request.query as Record<string, unknown> | undefined;
      const fromBody = body && typeof body === 'object' && typeof body._csrf === 'string' ? body._csrf : undefined;
      const fromQuery = typeof query?._csrf === 'string' ? query._csrf : undefined;
      return fromBody ?? (request.headers['x-csrf-token'] as string | undefined) ?? fromQuery;
    },
  });
  app.addHook('preHandler', (request, reply, done) => {
    if (!unsafe.has(request.method) || request.apiToken) return done();
    app.csrfProtection(request, reply, done);
  });
}
