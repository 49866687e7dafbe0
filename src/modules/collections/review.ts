import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { enqueueEmail } from '../../platform/mail/service.ts';
import * as network from '../network/service.ts';
import { allQuestions, NUMERIC_KINDS } from './form-model.ts';
import { boardManagerEmails } from './recipients.ts';
import { loadContext, returnStatusLabels } from './returns.ts';
import { collectionAnswerChanges, collectionReturnEvents, collectionReturns } from './schema.ts';
import { sendToStatistics } from './statistics-link.ts';

/** Coordinators' review of submitted returns, and each return's history. */
export const reviewInput = z
  .object({
    decision: z.enum(['accept', 'return'], { error: 'Choose whether to accept the return or send it back' }),
    comment: z.string().trim().max(4000).optional(),
  })
  .refine((v) => v.decision !== 'return' || !!v.comment, {
    path: ['comment'],
    message: 'Say what the board needs to fix',
  });

/** A coordinator accepts a submitted return (its numbers go to statistics) or sends it back with a comment. */
export async function reviewReturn(
  db: Queryable,
  actor: Actor,
  input: { collectionId: string; boardId: string } & z.input<typeof reviewInput>,
  opts: { publicUrl?: string } = {},
  now = new Date(),
) {
  const v = reviewInput.parse(input);
  const { collection, form, row } = await loadContext(db, input.collectionId, input.boardId);
  if (row.status !== 'submitted')
    throw new UserFacingError(
      409,
      `Only a submitted return can be reviewed; this one is ${returnStatusLabels[row.status].toLowerCase()}`,
    );
  const board = (await network.findBoard(db, row.boardId))!;
  if (v.decision === 'accept') {
    await db
      .update(collectionReturns)
      .set({ status: 'accepted', acceptedAt: now, reviewComment: v.comment ?? null })
      .where(eq(collectionReturns.id, row.id));
    if (collection.kind === 'return') {
      const values = allQuestions(form.definition)
        .filter((q) => NUMERIC_KINDS.includes(q.kind) && typeof row.answers[q.code] === 'number')
        .map((q) => ({ measure: q.code, value: row.answers[q.code] as number }));
      await sendToStatistics(db, actor, {
        boardId: row.boardId,
        period: collection.period,
        values,
        source: `${collection.name} (accepted ${now.toISOString().slice(0, 10)})`,
      });
    }
  } else {
    await db
      .update(collectionReturns)
      .set({ status: 'returned', reviewComment: v.comment! })
      .where(eq(collectionReturns.id, row.id));
    const link = `${opts.publicUrl ?? ''}/collections/${collection.id}/returns/${board.code}`;
    for (const to of await boardManagerEmails(db, row.boardId)) {
      await enqueueEmail(db, {
        to,
        kind: 'collection-returned',
        subject: `${collection.name}: your return needs changes`,
        text: `The network's coordinators have looked at ${board.name}'s return to ${collection.name} and sent it back:\n\n${v.comment}\n\nThe return shows what to fix: ${link}\n`,
      });
    }
  }
  await db.insert(collectionReturnEvents).values({
    returnId: row.id,
    kind: v.decision === 'accept' ? 'accepted' : 'returned',
    comment: v.comment ?? null,
    byLabel: actor.label,
    at: now,
  });
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection-return',
    entityId: row.id,
    summary: `${v.decision === 'accept' ? 'Accepted' : 'Returned'} ${board.name}'s return to ${collection.name}`,
  });
}

/** The return's story and every change to a submitted answer, oldest first. */
export async function returnHistory(db: Queryable, returnId: string) {
  const [events, changes] = await Promise.all([
    db
      .select()
      .from(collectionReturnEvents)
      .where(eq(collectionReturnEvents.returnId, returnId))
      .orderBy(asc(collectionReturnEvents.at)),
    db
      .select()
      .from(collectionAnswerChanges)
      .where(eq(collectionAnswerChanges.returnId, returnId))
      .orderBy(asc(collectionAnswerChanges.changedAt)),
  ]);
  return { events, changes };
}
