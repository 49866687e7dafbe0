import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import { contentDisposition } from '../../platform/export/index.ts';
import { safeFileName } from '../../platform/files/index.ts';
import { renderMinutesDocx } from './minutes/index.ts';
import { longDate } from './minutes/render.ts';
import * as meetings from './service.ts';
import { ageText, view } from './routes-support.ts';
import { describeMeetingsApi } from './openapi.ts';

const idParam = z.object({ id: z.string().uuid() });

export async function minutesRoutes(app: FastifyInstance) {
  describeMeetingsApi(app);

  /** The minutes in the conventional layout, to print or save as PDF from the browser. */
  app.get('/meetings/:id/minutes', { preHandler: requireSignIn }, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const today = meetings.londonToday();
    const m = await meetings.getMeeting(app.db, id);
    if (!m) return reply.callNotFound();
    const minutes = (await meetings.meetingAsMinutes(app.db, id, today))!;
    return reply.page(view('minutes-print.njk'), {
      title: `Minutes: ${m.title}, ${m.date}`,
      m,
      minutes,
      longDate,
      items: m.items.map((i) => ({
        ...i,
        blocks: meetings.minutesBlocks(i.number, i.minutes),
        actions: minutes.actions.filter((a) => a.item === i.number.split('.')[0] && !i.number.includes('.')),
      })),
      looseActions: minutes.actions.filter((a) => a.item === null),
    });
  });

  /** The agenda pack: items with presenters and papers, and actions outstanding from earlier meetings with their age. */
  app.get('/meetings/:id/agenda', { preHandler: requireSignIn }, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const today = meetings.londonToday();
    const m = await meetings.getMeeting(app.db, id);
    if (!m) return reply.callNotFound();
    const outstanding = await meetings.outstandingAt(app.db, m, today);
    return reply.page(view('agenda-pack.njk'), {
      title: `Agenda: ${m.title}, ${m.date}`,
      m,
      longDate,
      outstanding: outstanding.map((a) => ({ ...a, age: ageText(a.ageDays), statusLabel: meetings.actionStatusLabels[a.action.status] })),
    });
  });

  app.get('/meetings/:id/minutes.docx', { preHandler: requireSignIn }, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const stored = await meetings.meetingAsMinutes(app.db, id, meetings.londonToday());
    if (!stored) return reply.callNotFound();
    const buffer = await renderMinutesDocx(meetings.minutesDocument(stored));
    const name = `${safeFileName(`${stored.title} ${stored.date}`, 'minutes').replace(/\.docx$/i, '')}.docx`;
    return reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('Content-Disposition', contentDisposition(name))
      .header('Cache-Control', 'private, no-store')
      .send(buffer);
  });

  app.get('/api/v1/meetings/:id', { preHandler: requireSignIn }, async (request, reply) => {
    const parsed = idParam.safeParse(request.params);
    const stored = parsed.success ? await meetings.meetingAsMinutes(app.db, parsed.data.id, meetings.londonToday()) : null;
    if (!stored) return reply.code(404).send({ error: 'Not found', details: [] });
    return stored;
  });
}
