import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { can } from '../../platform/auth/permissions.ts';
import { loadPrincipal } from '../../platform/auth/users.ts';
import { requireSignIn } from '../../platform/http/session.ts';
import * as network from '../network/service.ts';
import * as meetings from './service.ts';
import { view } from './routes-support.ts';

const sendIcs = (reply: FastifyReply, name: string, body: string) =>
  reply
    .header('Content-Type', 'text/calendar; charset=utf-8')
    .header('Content-Disposition', `inline; filename="${name}.ics"`)
    .header('Cache-Control', 'private, no-store')
    .send(body);

export async function calendarRoutes(app: FastifyInstance) {
  app.get('/meetings/calendar', { preHandler: requireSignIn }, async (request, reply) => {
    const active = await meetings.activeFeedToken(app.db, request.principal!.userId);
    return reply.page(view('calendar.njk'), { title: 'Calendar feeds', active, groups: await network.listGroups(app.db), publicUrl: app.config.publicUrl });
  });

  app.post('/meetings/calendar/token', { preHandler: requireSignIn }, async (request, reply) => {
    const token = await app.db.transaction((tx) => meetings.createFeedToken(tx, request.actor, request.principal!.userId));
    // Shown once on this response only: it is stored hashed.
    return reply.page(view('calendar.njk'), {
      title: 'Calendar feeds',
      active: await meetings.activeFeedToken(app.db, request.principal!.userId),
      token,
      groups: await network.listGroups(app.db),
      personId: request.principal!.personId,
      publicUrl: app.config.publicUrl,
    });
  });

  app.post('/meetings/calendar/revoke', { preHandler: requireSignIn }, async (request, reply) => {
    await app.db.transaction((tx) => meetings.revokeFeedTokens(tx, request.actor, request.principal!.userId));
    await reply.flash('success', 'Calendar links revoked', 'Calendars using the old links will stop updating.');
    return reply.redirect('/meetings/calendar', 303);
  });

  /** The secret in the URL stands for a user who may still read the hub; anything else is 404, giving nothing away. */
  async function feedUser(token: string) {
    const userId = await meetings.feedTokenUser(app.db, token);
    const principal = userId ? await loadPrincipal(app.db, userId) : null;
    return principal && can(principal, 'hub:read') ? principal : null;
  }
  const tokenParam = z.string().min(10).max(100);
  // The secret in the URL is the credential: no session, so not behind the sign-in guard.
  const feedRoute = { config: { public: true } };

  app.get('/calendar/:token/groups/:slug.ics', feedRoute, async (request, reply) => {
    const { token, slug } = z.object({ token: tokenParam, slug: z.string().max(100) }).parse(request.params);
    const group = (await feedUser(token)) ? await network.getGroup(app.db, slug) : null;
    if (!group) return reply.code(404).send('Not found');
    return sendIcs(reply, group.slug, await meetings.groupCalendar(app.db, group, app.config.publicUrl, meetings.londonToday()));
  });

  app.get('/calendar/:token/people/:personId.ics', feedRoute, async (request, reply) => {
    const { token, personId } = z.object({ token: tokenParam, personId: z.string().uuid() }).parse(request.params);
    const person = (await feedUser(token)) ? await network.getPerson(app.db, personId) : null;
    if (!person) return reply.code(404).send('Not found');
    return sendIcs(reply, 'meetings-and-actions', await meetings.personCalendar(app.db, person, app.config.publicUrl, meetings.londonToday()));
  });
}
