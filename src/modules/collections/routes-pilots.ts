import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import { singleError, type FieldErrors } from '../../platform/http/forms.ts';
import { can } from '../../platform/auth/permissions.ts';
import * as service from './service.ts';
import { dateText, view } from './routes-support.ts';

/** Pilot boards: board managers volunteer (and withdraw) their board; coordinators confirm. */
export async function pilotRoutes(app: FastifyInstance) {
  app.get('/collections/pilots', { preHandler: requireSignIn }, async (request, reply) =>
    pilotsPage(request, reply),
  );
  const pilotsPage = async (request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
    const principal = request.principal!;
    const rows = await service.listPilots(app.db);
    return reply.code(errors ? 400 : 200).page(view('pilots.njk'), {
      title: 'Pilot boards',
      errors,
      rows: rows.map((r) => ({
        board: r.board,
        status: r.pilot?.status ?? null,
        statusLabel: r.pilot ? service.pilotStatusLabels[r.pilot.status] : 'Not a pilot',
        changed: r.pilot ? `${r.pilot.changedBy}, ${dateText(r.pilot.changedAt)}` : '',
        canVolunteer: can(principal, 'board:edit', { boardId: r.board.id }),
        coordinator: can(principal, 'network:manage'),
      })),
    });
  };
  app.post('/collections/pilots', { preHandler: requireSignIn }, async (request, reply) => {
    const { board, status } = z
      .object({ board: z.string().uuid(), status: z.enum(['volunteered', 'confirmed', 'withdrawn']) })
      .parse(request.body);
    const principal = request.principal!;
    const allowed =
      status === 'confirmed'
        ? can(principal, 'network:manage')
        : can(principal, 'board:edit', { boardId: board });
    if (!allowed) return reply.code(403).page('errors/403.njk');
    try {
      await app.db.transaction((tx) => service.setPilotStatus(tx, request.actor, { boardId: board, status }));
    } catch (e) {
      if (!(e instanceof Error) || (e as { statusCode?: number }).statusCode !== 409) throw e;
      return pilotsPage(request, reply, singleError(`pilot-${board}`, e.message));
    }
    await reply.flash('success', 'Pilot status saved');
    return reply.redirect('/collections/pilots', 303);
  });
}
