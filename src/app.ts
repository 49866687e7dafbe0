import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import path from 'node:path';
import qs from 'node:querystring';
import type { Config } from './config.ts';
import { repoRoot } from './platform/paths.ts';
import type { Database } from './platform/db/open.ts';
import './platform/http/types.ts';
import { setUpSecurityHeaders, setUpRateLimit, setUpCsrf } from './platform/http/security.ts';
import { setUpViews } from './platform/http/views.ts';
import { isAsset, sessionPlugin, setUpSignInByDefault } from './platform/http/session.ts';
import { renderPlugin } from './platform/http/render.ts';
import { setUpErrorPages } from './platform/http/errors.ts';
import { healthRoutes } from './platform/http/health.ts';
import { authRoutes } from './platform/auth/routes.ts';
import { accountRoutes } from './platform/auth/account-routes.ts';
import { adminRoutes } from './platform/admin/routes.ts';
import { homeRoutes } from './platform/http/home.ts';
import { openApiPlugin } from './platform/http/openapi.ts';
import { networkModule } from './modules/network/routes.ts';
import { risksModule } from './modules/risks/routes.ts';
import { documentsModule } from './modules/documents/routes.ts';
import { meetingsModule } from './modules/meetings/routes.ts';
import { statisticsModule } from './modules/statistics/routes.ts';
import { learningModule } from './modules/learning/routes.ts';
import { frameworkModule } from './modules/framework/routes.ts';
import { collectionsModule } from './modules/collections/routes.ts';

export interface AppOptions {
  config: Config;
  database: Database;
  logger?: boolean | object;
}

const publicDir = path.join(repoRoot, 'public');

/** Built in a fixed order (after hmpps-template-typescript): health first, then security, sessions, views, routes, errors. */
export async function buildApp({ config, database, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    trustProxy: config.production,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  });
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('db', database.db);
  app.decorate('routeTable', [] as { method: string; url: string; public: boolean }[]);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, public: !!route.config?.public || isAsset(route.url) });
    }
  });

  await app.register(healthRoutes);
  await setUpSecurityHeaders(app);
  await setUpRateLimit(app);
  await app.register(cookie, { secret: config.sessionSecret });
  // Repeated fields (checkboxes) arrive as arrays; one parser for every form.
  await app.register(formbody, { parser: (body) => qs.parse(body) });
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 5, fields: 50 } });
  await app.register(fastifyStatic, { root: path.join(publicDir, 'build'), prefix: '/build/', maxAge: '1h' });
  await app.register(fastifyStatic, { root: path.join(publicDir, 'scripts'), prefix: '/scripts/', decorateReply: false });
  await setUpViews(app);
  await app.register(sessionPlugin);
  await app.register(renderPlugin);
  setUpSignInByDefault(app);
  await setUpCsrf(app);
  // Before the route plugins: each plugin keeps the error handler it was registered under.
  setUpErrorPages(app);

  await app.register(openApiPlugin);
  await app.register(homeRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(adminRoutes);
  await app.register(networkModule);
  await app.register(documentsModule);
  await app.register(risksModule);
  await app.register(meetingsModule);
  await app.register(statisticsModule);
  await app.register(learningModule);
  await app.register(frameworkModule);
  await app.register(collectionsModule);
  return app;
}
