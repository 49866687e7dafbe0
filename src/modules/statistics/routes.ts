import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { manageRoutes } from './routes-manage.ts';
import { measureRoutes } from './routes-measure.ts';
import { pageRoutes } from './routes-pages.ts';
import { statisticsApi } from './routes-api.ts';

/** Official statistics: datasets, area profiles, measure pages with live benchmarks, imports. */
export const statisticsModule = fp(async (app: FastifyInstance) => {
  app.addNavigation({ href: '/statistics', text: 'Statistics', order: 40 });
  await app.register(pageRoutes);
  await app.register(measureRoutes);
  await app.register(manageRoutes);
  await app.register(statisticsApi);
});
