import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ensureThemes } from './themes.ts';
import { searchRoutes } from './routes-search.ts';
import { reviewRoutes } from './routes-reviews.ts';
import { recommendationRoutes } from './routes-recommendations.ts';
import { exampleRoutes } from './routes-examples.ts';
import { registerRoutes } from './routes-register.ts';
import { themeRoutes } from './routes-themes.ts';
import { learningApi } from './routes-api.ts';

/** Learning from case reviews: reviews, recommendations and their evidence, good practice, the register, themes and search. */
export const learningModule = fp(async (app: FastifyInstance) => {
  app.addNavigation({ href: '/learning', text: 'Learning', order: 60 });
  // The themes taxonomy starts from a seed list the first time the app meets an empty table.
  app.addHook('onReady', async () => {
    await app.db.transaction((tx) => ensureThemes(tx));
  });
  await app.register(searchRoutes);
  await app.register(reviewRoutes);
  await app.register(recommendationRoutes);
  await app.register(exampleRoutes);
  await app.register(registerRoutes);
  await app.register(themeRoutes);
  await app.register(learningApi);
});
