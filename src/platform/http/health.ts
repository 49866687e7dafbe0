import type { FastifyInstance } from 'fastify';

/** Registered before sessions and auth, so load balancers get an answer even when those fail. */
export async function healthRoutes(app: FastifyInstance) {
  app.get('/health', { config: { rateLimit: false, public: true } }, async (_request, reply) => {
    const ok = await app.database.ping();
    reply.header('cache-control', 'no-store');
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', database: ok ? 'ok' : 'unreachable' });
  });
}
