import type { FastifyInstance } from 'fastify';

export async function homeRoutes(app: FastifyInstance) {
  app.get('/', async (request, reply) => {
    if (!request.principal) return reply.page('pages/start.njk', { title: 'Safeguarding Hub' });
    return reply.page('pages/home.njk', { title: 'Home' });
  });
  app.get('/account', async (request, reply) => {
    if (!request.principal) return reply.redirect('/sign-in?next=/account');
    return reply.page('pages/account.njk', { title: 'Your account' });
  });
  app.get('/accessibility', async (_request, reply) => reply.page('pages/accessibility.njk', { title: 'Accessibility statement' }));
  app.get('/privacy', async (_request, reply) => reply.page('pages/privacy.njk', { title: 'Privacy' }));
}
