import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit, systemActor, type Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { enqueueEmail } from '../../platform/mail/service.ts';
import * as network from '../network/service.ts';
import { requireCollection, type Collection } from './collections.ts';
import { boardManagerEmails } from './recipients.ts';
import { collectionReturnEvents, collectionReturns, collections, type ReturnStatus } from './schema.ts';
import type { BoardReturn } from './returns.ts';

const DAY = 86_400_000;
/** Boards that have not submitted; a board that has submitted (or been sent back) is never chased. */
export const awaitingStatuses: readonly ReturnStatus[] = ['not-started', 'in-progress'];

/** When the policy next reminds this board, or null when it never will again. */
export function nextReminderAt(
  c: Pick<
    Collection,
    'status' | 'openedAt' | 'opensOn' | 'reminderFirstAfterDays' | 'reminderEveryDays' | 'reminderMax'
  >,
  r: Pick<BoardReturn, 'status' | 'remindersSent' | 'lastRemindedAt'>,
): Date | null {
  if (c.status !== 'open' || !awaitingStatuses.includes(r.status) || r.remindersSent >= c.reminderMax)
    return null;
  if (r.lastRemindedAt) return new Date(r.lastRemindedAt.getTime() + c.reminderEveryDays * DAY);
  const opened = Math.max(c.openedAt?.getTime() ?? 0, new Date(`${c.opensOn}T00:00:00Z`).getTime());
  return new Date(opened + c.reminderFirstAfterDays * DAY);
}

async function remind(
  db: Queryable,
  actor: Actor,
  c: Collection,
  r: BoardReturn,
  now: Date,
  publicUrl: string,
) {
  const board = await network.findBoard(db, r.boardId);
  if (!board) return 0;
  const recipients = await boardManagerEmails(db, r.boardId);
  const count = r.remindersSent + 1;
  const base = `collection-reminder:${c.id}:${r.boardId}:${count}`;
  for (const to of recipients) {
    await enqueueEmail(db, {
      to,
      kind: 'collection-reminder',
      dedupeKey: `${base}:${to}`,
      subject: `Reminder: ${c.name} closes on ${c.closesOn}`,
      text: `${board.name} has not yet submitted its return to ${c.name} (${c.period}). It closes on ${c.closesOn}.\n\nFill it in on the web or download the spreadsheet: ${publicUrl}/collections/${c.id}/returns/${board.code}\n`,
    });
    await db.insert(collectionReturnEvents).values({
      returnId: r.id,
      kind: 'reminded',
      emailKey: `${base}:${to}`,
      byLabel: actor.label,
      at: now,
      comment: `Reminder ${count} to ${to}`,
    });
  }
  if (recipients.length === 0) {
    await db.insert(collectionReturnEvents).values({
      returnId: r.id,
      kind: 'reminded',
      byLabel: actor.label,
      at: now,
      comment: `Reminder ${count}: the board has no board manager to email`,
    });
  }
  await db
    .update(collectionReturns)
    .set({ remindersSent: count, lastRemindedAt: now })
    .where(eq(collectionReturns.id, r.id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection-return',
    entityId: r.id,
    summary: `Reminder ${count} about ${c.name} to ${board.name} (${recipients.length} recipients)`,
  });
  return recipients.length;
}

/**
 * The reminder policy, run on a schedule: every open collection's boards that have not
 * submitted get a reminder first N days after opening, then every M days, at most K times.
 */
export async function sendCollectionReminders(
  db: Queryable,
  now = new Date(),
  opts: { publicUrl?: string } = {},
) {
  const actor = systemActor('collection reminders');
  const open = await db.select().from(collections).where(eq(collections.status, 'open'));
  let boards = 0;
  let emails = 0;
  for (const c of open) {
    const waiting = await db
      .select()
      .from(collectionReturns)
      .where(
        and(
          eq(collectionReturns.collectionId, c.id),
          inArray(collectionReturns.status, [...awaitingStatuses]),
        ),
      );
    for (const r of waiting) {
      const due = nextReminderAt(c, r);
      if (!due || due > now) continue;
      emails += await remind(db, actor, c, r, now, opts.publicUrl ?? '');
      boards++;
    }
  }
  return { boards, emails };
}

/** "Remind now" from the completeness page: outside the schedule, but never to a board that has submitted. */
export async function remindNow(
  db: Queryable,
  actor: Actor,
  collectionId: string,
  boardId: string,
  opts: { publicUrl?: string } = {},
  now = new Date(),
) {
  const c = await requireCollection(db, collectionId);
  if (c.status !== 'open') throw new UserFacingError(409, 'Reminders go only while the collection is open');
  const [r] = await db
    .select()
    .from(collectionReturns)
    .where(and(eq(collectionReturns.collectionId, collectionId), eq(collectionReturns.boardId, boardId)));
  if (!r) throw new UserFacingError(404, 'This board is not invited to this collection');
  if (!awaitingStatuses.includes(r.status))
    throw new UserFacingError(409, 'This board has already submitted its return');
  return remind(db, actor, c, r, now, opts.publicUrl ?? '');
}
