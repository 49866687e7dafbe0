import { and, asc, desc, eq, isNull, lt } from 'drizzle-orm';
import { countRows } from '../db/count.ts';
import type { Queryable } from '../db/types.ts';
import { outbox } from './schema.ts';

export interface Email {
  to: string;
  subject: string;
  text: string;
  kind: string;
  /** When set, a second email with the same key is silently not queued. */
  dedupeKey?: string;
}

/** Queue an email in the caller's transaction; returns false when its dedupe key was already used. */
export async function enqueueEmail(db: Queryable, email: Email): Promise<boolean> {
  const rows = await db
    .insert(outbox)
    .values({ ...email, dedupeKey: email.dedupeKey ?? null })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return rows.length > 0;
}

export async function listOutbox(db: Queryable, q: { kind?: string; limit: number; offset: number }) {
  const cond = q.kind ? eq(outbox.kind, q.kind) : undefined;
  const rows = await db.select().from(outbox).where(cond).orderBy(desc(outbox.createdAt)).limit(q.limit).offset(q.offset);
  const total = await countRows(db, outbox, cond);
  return { rows, total };
}

const maxAttempts = 5;

/**
 * Sends what is waiting when SMTP is configured. Without SMTP the outbox is the record
 * (administrators read it in the app), so nothing is lost and nothing pretends to be sent.
 */
export async function deliverOutbox(db: Queryable, smtpUrl: string | undefined, from: string): Promise<number> {
  if (!smtpUrl) return 0;
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(smtpUrl);
  const pending = await db
    .select()
    .from(outbox)
    .where(and(isNull(outbox.sentAt), lt(outbox.attempts, maxAttempts)))
    .orderBy(asc(outbox.createdAt))
    .limit(100);
  let sent = 0;
  for (const mail of pending) {
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      await db.update(outbox).set({ sentAt: new Date(), attempts: mail.attempts + 1 }).where(eq(outbox.id, mail.id));
      sent++;
    } catch (e) {
      await db
        .update(outbox)
        .set({ attempts: mail.attempts + 1, lastError: (e as Error).message.slice(0, 500) })
        .where(eq(outbox.id, mail.id));
    }
  }
  return sent;
}
