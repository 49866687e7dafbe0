import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { editRoutes } from './routes-edit.ts';
import { readRoutes } from './routes-read.ts';
import { versionRoutes } from './routes-versions.ts';

/** The outcomes framework: logic model, goals → outcomes → indicators, versions. */
export const frameworkModule = fp(async (app: FastifyInstance) => {
  app.addNavigation({ href: '/framework', text: 'Framework', order: 30 });
  await app.register(versionRoutes);
  await app.register(readRoutes);
  await app.register(editRoutes);
});
