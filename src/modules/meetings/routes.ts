import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { meetingRoutes } from './routes-meetings.ts';
import { actionRoutes } from './routes-actions.ts';
import { importRoutes } from './routes-import.ts';
import { calendarRoutes } from './routes-calendar.ts';
import { minutesRoutes } from './routes-minutes.ts';

/** Meetings, minutes and actions of the network's groups. */
export const meetingsModule = fp(async (app: FastifyInstance) => {
  app.addNavigation({ href: '/meetings', text: 'Meetings', order: 20 });
  await app.register(meetingRoutes);
  await app.register(actionRoutes);
  await app.register(importRoutes);
  await app.register(calendarRoutes);
  await app.register(minutesRoutes);
});
