import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectionRoutes } from './routes-collections.ts';
import { pilotRoutes } from './routes-pilots.ts';
import { formRoutes } from './routes-forms.ts';
import { returnRoutes } from './routes-returns.ts';
import { resultRoutes } from './routes-results.ts';
import { collectionsApi } from './routes-api.ts';

/** Returns and surveys sent to boards: forms, collections, returns, completeness and results. */
export const collectionsModule = fp(async (app: FastifyInstance) => {
  app.addNavigation({ href: '/collections', text: 'Collections', order: 40 });
  await app.register(formRoutes);
  await app.register(pilotRoutes);
  await app.register(collectionRoutes);
  await app.register(returnRoutes);
  await app.register(resultRoutes);
  await app.register(collectionsApi);
});
