import type { FastifyInstance } from 'fastify';
import { deliverOutbox } from './platform/mail/service.ts';
import { purgeExpiredSessions } from './platform/auth/sessions.ts';
import { londonToday, sendActionReminders } from './modules/meetings/service.ts';
import { sendRiskReviewReminders } from './modules/risks/reviews.ts';
import { sendCollectionReminders } from './modules/collections/reminders.ts';

const startDelayMs = 10_000;

/** Background work each instance runs; each job is safe to run on several instances at once. */
export function startSchedules(app: FastifyInstance): () => void {
  const run = (name: string, job: () => Promise<unknown>) => async () => {
    try {
      await job();
    } catch (err) {
      app.log.error({ err }, `scheduled job ${name} failed`);
    }
  };
  const jobs: [() => Promise<void>, number][] = [
    [run('deliver outbox', () => deliverOutbox(app.db, app.config.smtpUrl, app.config.mailFrom)), 60_000],
    [run('purge sessions', () => purgeExpiredSessions(app.db)), 3_600_000],
    [run('risk review reminders', () => app.db.transaction((tx) => sendRiskReviewReminders(tx, new Date(), { publicUrl: app.config.publicUrl }))), 86_400_000],
    [run('action reminders', () => sendActionReminders(app.db, { today: londonToday(), publicUrl: app.config.publicUrl })), 86_400_000],
    [run('collection reminders', () => app.db.transaction((tx) => sendCollectionReminders(tx, new Date(), { publicUrl: app.config.publicUrl }))), 3_600_000],
  ];
  // Each job also runs once soon after start: an instance restarted more often than a job's
  // interval (a daily deploy) would otherwise never run its daily reminders.
  const timers = jobs.flatMap(([job, every]) => [setTimeout(job, startDelayMs), setInterval(job, every)]);
  for (const t of timers) t.unref();
  return () => timers.forEach((t) => clearTimeout(t));
}
