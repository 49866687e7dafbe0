import type { FastifyInstance } from 'fastify';

export async function homeRoutes(app: FastifyInstance) {
  const open = { config: { public: true } };
  app.get('/', open, async (request, reply) => {
    if (!request.principal) return reply.page('pages/start.njk', { title: 'Safeguarding Hub' });
    return reply.page('pages/home.njk', { title: 'Home' });
  });
  app.get('/accessibility', open, async (_request, reply) => reply.page('pages/accessibility.njk', { title: 'Accessibility statement' }));
  app.get('/privacy', open, async (_request, reply) => reply.page('pages/privacy.njk', { title: 'Privacy' }));
}
