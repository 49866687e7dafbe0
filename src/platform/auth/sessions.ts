import crypto from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { sessions, type FlashMessage } from './schema.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const tokenHash = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');
export const newToken = (): string => crypto.randomBytes(32).toString('base64url');

/** A new session; the caller sets the cookie. Signing in always makes a new one (no fixation). */
export async function createSession(db: Queryable, userId: string | null, policy: SessionPolicy) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + policy.absoluteHours * 3_600_000);
  await db.insert(sessions).values({
    idHash: tokenHash(token),
    userId,
    csrfSecret: crypto.randomBytes(16).toString('hex'),
    expiresAt,
  });
  return { token, expiresAt };
}

/** The live session for a cookie, or null when missing, idle too long or past its absolute limit. */
export async function findSession(db: Queryable, token: string, policy: SessionPolicy) {
  const [s] = await db.select().from(sessions).where(eq(sessions.idHash, tokenHash(token)));
  if (!s) return null;
  const now = Date.now();
  if (s.expiresAt.getTime() <= now || s.lastSeenAt.getTime() + policy.idleMinutes * 60_000 <= now) {
    await db.delete(sessions).where(eq(sessions.idHash, s.idHash));
    return null;
  }
  // Touch at most once a minute: one write per page view would be wasted load.
  if (now - s.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.idHash, s.idHash));
  }
  return s;
}

export async function destroySession(db: Queryable, token: string) {
  await db.delete(sessions).where(eq(sessions.idHash, tokenHash(token)));
}

export async function destroyUserSessions(db: Queryable, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function pushFlash(db: Queryable, token: string, message: FlashMessage) {
  await db
    .update(sessions)
    .set({ flash: sql`${sessions.flash} || ${JSON.stringify([message])}::jsonb` })
    .where(eq(sessions.idHash, tokenHash(token)));
}

export async function takeFlash(db: Queryable, token: string): Promise<FlashMessage[]> {
  const id = tokenHash(token);
  const [row] = await db.select({ flash: sessions.flash }).from(sessions).where(eq(sessions.idHash, id));
  if (!row || row.flash.length === 0) return [];
  await db.update(sessions).set({ flash: [] }).where(eq(sessions.idHash, id));
  return row.flash;
}

export async function purgeExpiredSessions(db: Queryable) {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
