import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import * as network from './service.ts';

/** Read-only JSON for integrations (bearer tokens or sessions). */
export async function networkApi(app: FastifyInstance) {
  app.get('/api/v1/network/areas', { preHandler: requireSignIn }, async () => ({ areas: await network.listAreas(app.db) }));
  app.get('/api/v1/network/boards', { preHandler: requireSignIn }, async () => ({ boards: await network.listBoards(app.db) }));
  app.get('/api/v1/network/groups', { preHandler: requireSignIn }, async () => ({ groups: await network.listGroups(app.db) }));
  app.get('/api/v1/network/people', { preHandler: requireSignIn }, async (request) => {
    const q = z.object({ q: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(500).default(100), offset: z.coerce.number().int().min(0).default(0) }).parse(request.query);
    return network.listPeople(app.db, { text: q.q, limit: q.limit, offset: q.offset });
  });
}
