import crypto from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';

const wantsJson = (request: FastifyRequest) =>
  request.url.startsWith('/api/') || (request.headers.accept ?? '').startsWith('application/json');

/** Errors a user can cause carry a status and a message meant for them. */
export class UserFacingError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message);
  }
}

export function setUpErrorPages(app: FastifyInstance): void {
  app.setNotFoundHandler(async (request, reply) => {
    if (wantsJson(request)) return reply.code(404).send({ error: 'Not found', details: [] });
    return reply.code(404).page('errors/404.njk');
  });

  app.setErrorHandler(async (error: FastifyError, request, reply: FastifyReply) => {
    if (error instanceof ZodError) {
      const details = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      if (wantsJson(request)) return reply.code(400).send({ error: 'Invalid request', details });
      return reply.code(400).page('errors/400.njk', { message: details.map((d) => d.message).join('; ') });
    }
    const status = error instanceof UserFacingError ? error.statusCode : (error.statusCode ?? 500);
    if (status < 500) {
      const message =
        error instanceof UserFacingError || error.code?.startsWith('FST_') ? error.message : 'The request could not be handled';
      if (status === 403 && error.code?.startsWith('FST_CSRF')) {
        if (wantsJson(request)) return reply.code(403).send({ error: 'Missing or invalid CSRF token', details: [] });
        return reply.code(403).page('errors/csrf.njk');
      }
      if (status === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
      const details = error instanceof UserFacingError ? error.details : [];
      if (wantsJson(request)) return reply.code(status).send({ error: message, details });
      return reply.code(status).page('errors/400.njk', { message, status });
    }
    const reference = crypto.randomBytes(4).toString('hex').toUpperCase();
    request.log.error({ err: error, reference }, 'unhandled error');
    if (wantsJson(request)) return reply.code(500).send({ error: 'Something went wrong', details: [{ reference }] });
    return reply.code(500).page('errors/500.njk', { reference });
  });
}
