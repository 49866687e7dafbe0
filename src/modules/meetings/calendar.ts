import crypto from 'node:crypto';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import ical from 'ical-generator';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { groupMemberships } from '../network/schema.ts';
import { calendarFeedTokens, meetingAttendance, meetings } from './schema.ts';
import { listActions } from './actions.ts';

const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** A new secret for the user's calendar links; earlier ones stop working. Shown once, stored hashed. */
export async function createFeedToken(db: Queryable, actor: Actor, userId: string): Promise<string> {
  await db.update(calendarFeedTokens).set({ revokedAt: new Date() }).where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)));
  const token = crypto.randomBytes(24).toString('base64url');
  await db.insert(calendarFeedTokens).values({ userId, tokenHash: hash(token) });
  await recordAudit(db, actor, { action: 'create', entity: 'calendar-feed-token', entityId: userId, summary: 'Created calendar feed links (earlier links revoked)' });
  return token;
}

export async function revokeFeedTokens(db: Queryable, actor: Actor, userId: string): Promise<void> {
  const revoked = await db
    .update(calendarFeedTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)))
    .returning({ id: calendarFeedTokens.id });
  if (revoked.length) await recordAudit(db, actor, { action: 'delete', entity: 'calendar-feed-token', entityId: userId, summary: 'Revoked calendar feed links' });
}

export async function activeFeedToken(db: Queryable, userId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeedTokens.createdAt })
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)));
  return row ?? null;
}

/** The user a feed URL's secret stands for, or null when it is unknown or revoked. */
export async function feedTokenUser(db: Queryable, token: string): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db
    .select({ userId: calendarFeedTokens.userId })
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.tokenHash, hash(token)), isNull(calendarFeedTokens.revokedAt)));
  return row?.userId ?? null;
}

type MeetingRow = typeof meetings.$inferSelect;
type DueRow = Awaited<ReturnType<typeof listActions>>['rows'][number];

function build(name: string, baseUrl: string, list: MeetingRow[], due: DueRow[]): string {
  const cal = ical({ name, prodId: { company: 'Safeguarding Hub', product: 'meetings', language: 'EN' } });
  for (const m of list) {
    const url = `${baseUrl}/meetings/${m.id}`;
    // Times are London wall-clock times as the minutes state them: floating, not UTC.
    cal.createEvent({
      id: `meeting-${m.id}@safeguarding-hub`,
      summary: m.title,
      ...(m.start
        ? { start: `${m.date}T${m.start}:00`, end: `${m.date}T${m.end ?? m.start}:00`, floating: true }
        : { start: m.date, allDay: true }),
      location: m.location ?? undefined,
      description: `${m.note ? `${m.note}\n\n` : ''}${url}`,
      url,
    });
  }
  for (const a of due) {
    const url = `${baseUrl}/meetings/actions/${a.action.id}`;
    cal.createEvent({
      id: `action-${a.action.id}@safeguarding-hub`,
      summary: `Action due: ${a.action.text.slice(0, 80)}`,
      start: a.effectiveDue!,
      allDay: true,
      description: `${a.action.text}\n\nOwners: ${a.ownerText}\nFrom: ${a.groupName}, ${a.meetingDate}\n\n${url}`,
      url,
    });
  }
  return cal.toString();
}

const openWithDue = (rows: DueRow[]) => rows.filter((r) => r.effectiveDue && r.action.status === 'open');

export async function groupCalendar(db: Queryable, group: { id: string; name: string }, baseUrl: string, today: string) {
  const list = await db.select().from(meetings).where(eq(meetings.groupId, group.id)).orderBy(asc(meetings.date));
  const actions = await listActions(db, { groupId: group.id, status: 'open', today }, { limit: 10_000, offset: 0 });
  return build(group.name, baseUrl, list, openWithDue(actions.rows));
}

/** A person's meetings (their groups', and any they attended or were invited to) and their actions' due dates. */
export async function personCalendar(db: Queryable, person: { id: string; name: string }, baseUrl: string, today: string) {
  const list = await db
    .select()
    .from(meetings)
    .where(
      or(
        inArray(meetings.groupId, db.select({ id: groupMemberships.groupId }).from(groupMemberships).where(eq(groupMemberships.personId, person.id))),
        sql`exists (select 1 from ${meetingAttendance} ma where ma.meeting_id = ${meetings.id} and ma.person_id = ${person.id})`,
      ),
    )
    .orderBy(asc(meetings.date));
  const actions = await listActions(db, { ownerPersonId: person.id, status: 'open', today }, { limit: 10_000, offset: 0 });
  return build(`${person.name}: meetings and actions`, baseUrl, list, openWithDue(actions.rows));
}
