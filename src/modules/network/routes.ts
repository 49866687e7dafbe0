import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { boardRoutes } from './routes-boards.ts';
import { directoryRoutes } from './routes-directory.ts';
import { groupRoutes } from './routes-groups.ts';
import { networkApi } from './routes-api.ts';

/** The network directory: areas, boards, organisations, people and groups. */
export const networkModule = fp(async (app: FastifyInstance) => {
  app.addNavigation({ href: '/network', text: 'Network', order: 10 });
  await app.register(boardRoutes);
  await app.register(directoryRoutes);
  await app.register(groupRoutes);
  await app.register(networkApi);
});
