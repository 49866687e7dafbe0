import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { queryRows } from '../../platform/db/count.ts';
import { recordAudit, systemActor } from '../../platform/audit/service.ts';
import { enqueueEmail } from '../../platform/mail/service.ts';
import { listActions, ownerPeopleOf } from './actions.ts';

/** One number for the advisory lock all instances contend for ("meeting action reminders"). */
const LOCK_KEY = 720_413_001;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO 8601 week, e.g. "2025-W07": the reminder dedupe period. */
export function isoWeek(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface ReminderRun {
  /** False when another instance held the lock: it is doing this run. */
  ran: boolean;
  due: number;
  queued: number;
  alreadyReminded: number;
  noOneToTell: number;
}

/**
 * Emails the owners of open actions due within 7 days or overdue, at most once an ISO week
 * per action (the outbox's dedupe key). A transaction-scoped advisory lock keeps two
 * instances from working at once; the key keeps a second run in the same week silent.
 */
export async function sendActionReminders(db: Db, opts: { today: string; publicUrl?: string }): Promise<ReminderRun> {
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${LOCK_KEY}) as locked`);
    if (!lock?.locked) return { ran: false, due: 0, queued: 0, alreadyReminded: 0, noOneToTell: 0 };
    const { rows } = await listActions(tx, { dueBy: addDays(opts.today, 7), today: opts.today }, { limit: 100_000, offset: 0 });
    const week = isoWeek(opts.today);
    let queued = 0;
    let alreadyReminded = 0;
    let noOneToTell = 0;
    for (const row of rows) {
      const recipients = (await ownerPeopleOf(tx, row.action.id)).filter((p) => p.email);
      if (!recipients.length) {
        noOneToTell++;
        continue;
      }
      const due = row.effectiveDue!;
      const when = due < opts.today ? `was due on ${due}` : due === opts.today ? 'is due today' : `is due on ${due}`;
      const link = opts.publicUrl ? `\n\n${opts.publicUrl}/meetings/actions/${row.action.id}` : '';
      const added = await enqueueEmail(tx, {
        to: recipients.map((p) => p.email).join(', '),
        kind: 'meeting-action-reminder',
        subject: `${due < opts.today ? 'Overdue action' : 'Action due soon'}: ${row.groupName}`,
        text:
          `Hello,\n\nAn action from the ${row.groupName} meeting of ${row.meetingDate} (${row.meetingTitle}) ${when}:\n\n` +
          `${row.action.text}\n\nOwners: ${row.ownerText}\n\nWhen it is done, mark it done (or add a note) in Safeguarding Hub.${link}\n\nSafeguarding Hub`,
        dedupeKey: `meeting-action:${row.action.id}:${week}`,
      });
      if (added) queued++;
      else alreadyReminded++;
    }
    if (queued) {
      await recordAudit(tx, systemActor('action reminders'), {
        action: 'create',
        entity: 'meeting-action-reminder',
        summary: `Queued ${queued} reminder${queued === 1 ? '' : 's'} of actions due or overdue`,
      });
    }
    return { ran: true, due: rows.length, queued, alreadyReminded, noOneToTell };
  });
}
