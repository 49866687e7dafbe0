import type { FastifyInstance } from 'fastify';
import { requireCan } from '../../platform/http/session.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import * as service from './service.ts';
import { idParam } from './routes-support.ts';

/** JSON for other tools: collections and their completeness (coordinators' API tokens). */
export async function collectionsApi(app: FastifyInstance) {
  const manage = { preHandler: requireCan('network:manage') };
  app.openApi.addTag('collections', 'Returns and surveys sent to boards: completeness (coordinators only)');
  app.openApi.addPaths({
    '/collections': {
      get: {
        tags: ['collections'],
        summary: 'Every collection past draft with invited, started, submitted, on-time and accepted counts',
        responses: { '200': { description: '{ collections: [...] }' }, ...errorResponses },
      },
    },
    '/collections/{id}/completeness': {
      get: {
        tags: ['collections'],
        summary: 'One collection’s completeness and each invited board’s status, reminders and bounces',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: { '200': { description: '{ collection, completeness, boards }' }, ...errorResponses },
      },
    },
  });
  app.get('/api/v1/collections', manage, async () => ({
    collections: await service.networkCompleteness(app.db),
  }));
  app.get('/api/v1/collections/:id/completeness', manage, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const c = await service.getCollection(app.db, id);
    if (!c) return reply.code(404).send({ error: 'Not found', details: [] });
    const [figures, boards] = await Promise.all([
      service.completeness(app.db, id),
      service.boardLines(app.db, id, c.closesOn),
    ]);
    return {
      collection: { id: c.id, name: c.name, status: c.status, closesOn: c.closesOn },
      completeness: figures,
      boards,
    };
  });
}
