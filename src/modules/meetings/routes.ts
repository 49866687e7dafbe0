import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { meetingRoutes } from './routes-meetings.ts';
import { actionRoutes } from './routes-actions.ts';
import { importRoutes } from './routes-import.ts';
import { calendarRoutes } from './routes-calendar.ts';
import { minutesRoutes } from './routes-minutes.ts';
import { itemRoutes } from './routes-items.ts';
import { attendanceRoutes } from './routes-attendance.ts';
import { actionFormRoutes } from './routes-action-form.ts';
import { eq } from 'drizzle-orm';
import { can } from '../../platform/auth/permissions.ts';
import { registerAttachmentKind } from '../documents/service.ts';
import { agendaItems } from './schema.ts';
import { findMeeting } from './meetings.ts';

/** Papers uploaded to a meeting or one of its items: every member reads them, coordinators add them. */
export function registerMeetingAttachments(): void {
  registerAttachmentKind({
    kind: 'meeting',
    label: 'Meeting',
    resolve: async (db, principal, id) => {
      const m = await findMeeting(db, id);
      if (!m) return null;
      return { canRead: can(principal, 'hub:read'), canEdit: can(principal, 'network:manage'), title: `${m.title}, ${m.date}`, href: `/meetings/${m.id}` };
    },
  });
  registerAttachmentKind({
    kind: 'agenda-item',
    label: 'Agenda item',
    resolve: async (db, principal, id) => {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, id));
      const m = item ? await findMeeting(db, item.meetingId) : null;
      if (!item || !m) return null;
      return { canRead: can(principal, 'hub:read'), canEdit: can(principal, 'network:manage'), title: `Item ${item.number} ${item.title} (${m.title}, ${m.date})`, href: `/meetings/${m.id}#items` };
    },
  });
}

/** Meetings, minutes and actions of the network's groups. */
export const meetingsModule = fp(async (app: FastifyInstance) => {
  app.addNavigation({ href: '/meetings', text: 'Meetings', order: 20 });
  registerMeetingAttachments();
  await app.register(meetingRoutes);
  await app.register(itemRoutes);
  await app.register(attendanceRoutes);
  await app.register(actionFormRoutes);
  await app.register(actionRoutes);
  await app.register(importRoutes);
  await app.register(calendarRoutes);
  await app.register(minutesRoutes);
});
