import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { optionalId as optionalIdOf, optionalText } from '../../platform/http/fields.ts';

const optionalId = optionalIdOf();
import { organisations, people } from '../network/schema.ts';
import { getGroup } from '../network/service.ts';
import { FieldProblem } from './problems.ts';
import { agendaItems, meetingAttendance, meetingKinds, meetings, meetingStatuses } from './schema.ts';

export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a real date')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Enter a real date');
const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 14:00')
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => (v ? v : null));

export const meetingInput = z
  .object({
    kind: z.enum(meetingKinds).default('meeting'),
    title: z.string().trim().min(1, 'Enter the meeting’s title').max(300, 'Title must be 300 characters or fewer'),
    date: isoDate,
    start: time,
    end: time,
    location: optionalText(300),
    chairPersonId: optionalId,
    standingInForPersonId: optionalId,
    standingInForName: optionalText(200),
    status: z.enum(meetingStatuses, { message: 'Choose a status' }).default('scheduled'),
    approvedAtMeetingId: optionalId,
    note: optionalText(2000),
  })
  .refine((v) => !v.start || !v.end || v.end > v.start, { message: 'The end time must be after the start time', path: ['end'] });
export type MeetingInput = z.input<typeof meetingInput>;

export const meetingStatusLabels: Record<(typeof meetingStatuses)[number], string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  'minutes-drafted': 'Minutes drafted',
  'minutes-approved': 'Minutes approved',
};

export async function createMeeting(db: Queryable, actor: Actor, groupId: string, input: MeetingInput) {
  const v = meetingInput.parse(input);
  const [row] = await db.insert(meetings).values({ ...v, groupId }).returning();
  await recordAudit(db, actor, { action: 'create', entity: 'meeting', entityId: row!.id, summary: `Added ${v.kind} ${v.title} on ${v.date}`, after: v });
  return row!;
}

export async function updateMeeting(db: Queryable, actor: Actor, id: string, input: MeetingInput) {
  const v = meetingInput.parse(input);
  const before = await findMeeting(db, id);
  if (!before) throw new UserFacingError(404, 'No such meeting');
  if (v.approvedAtMeetingId === id) throw new FieldProblem('approvedAtMeetingId', 'A meeting’s minutes are approved at a later meeting, not at itself');
  if (v.approvedAtMeetingId) {
    const approvedAt = await findMeeting(db, v.approvedAtMeetingId);
    if (approvedAt?.groupId !== before.groupId) throw new FieldProblem('approvedAtMeetingId', 'Choose a meeting of the same group');
  }
  await db.update(meetings).set({ ...v, updatedAt: new Date() }).where(eq(meetings.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'meeting',
    entityId: id,
    summary: `Updated ${v.title} on ${v.date}`,
    before: { title: before.title, date: before.date, status: before.status, location: before.location },
    after: v,
  });
}

export async function findMeeting(db: Queryable, id: string) {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row ?? null;
}

export async function listMeetings(db: Queryable, groupId: string, page: { limit: number; offset: number } = { limit: 1000, offset: 0 }) {
  const rows = await db
    .select()
    .from(meetings)
    .where(eq(meetings.groupId, groupId))
    .orderBy(desc(meetings.date), desc(meetings.start))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(meetings).where(eq(meetings.groupId, groupId));
  return { rows, total: count?.n ?? 0 };
}

/** Meetings and events from a date on, across the network or for one group. */
export async function upcomingMeetings(db: Queryable, from: string, groupId?: string, limit = 10) {
  return db
    .select()
    .from(meetings)
    .where(and(sql`${meetings.date} >= ${from}`, groupId ? eq(meetings.groupId, groupId) : undefined))
    .orderBy(asc(meetings.date), asc(meetings.start))
    .limit(limit);
}

/** The group's meetings just before and after this one (events aside), for "previous / next" links and carry-forward. */
export async function neighbours(db: Queryable, m: { groupId: string; date: string; id: string }) {
  const base = and(eq(meetings.groupId, m.groupId), eq(meetings.kind, 'meeting'));
  const [previous] = await db.select().from(meetings).where(and(base, lt(meetings.date, m.date))).orderBy(desc(meetings.date)).limit(1);
  const [next] = await db.select().from(meetings).where(and(base, gt(meetings.date, m.date))).orderBy(asc(meetings.date)).limit(1);
  return { previous: previous ?? null, next: next ?? null };
}

/** Everything about one meeting as its page shows it (without its actions). */
export async function getMeeting(db: Queryable, id: string) {
  const meeting = await findMeeting(db, id);
  if (!meeting) return null;
  const group = await getGroup(db, meeting.groupId);
  const chair = alias(people, 'chair');
  const standIn = alias(people, 'stand_in');
  const [names] = await db
    .select({ chairName: chair.name, standingInFor: standIn.name })
    .from(meetings)
    .leftJoin(chair, eq(chair.id, meetings.chairPersonId))
    .leftJoin(standIn, eq(standIn.id, meetings.standingInForPersonId))
    .where(eq(meetings.id, id));
  const attendance = await db
    .select({
      id: meetingAttendance.id,
      personId: meetingAttendance.personId,
      attendance: meetingAttendance.attendance,
      representing: meetingAttendance.representing,
      role: meetingAttendance.role,
      name: people.name,
      organisation: sql<string | null>`coalesce(${meetingAttendance.organisation}, ${organisations.name})`,
    })
    .from(meetingAttendance)
    .innerJoin(people, eq(people.id, meetingAttendance.personId))
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .where(eq(meetingAttendance.meetingId, id))
    .orderBy(asc(meetingAttendance.position), asc(people.name));
  const presenter = alias(people, 'presenter');
  const items = await db
    .select({ item: agendaItems, presenterPersonName: presenter.name })
    .from(agendaItems)
    .leftJoin(presenter, eq(presenter.id, agendaItems.presenterPersonId))
    .where(eq(agendaItems.meetingId, id))
    .orderBy(asc(agendaItems.position));
  return {
    ...meeting,
    group: group!,
    chairName: names?.chairName ?? null,
    standingInFor: names?.standingInFor ?? meeting.standingInForName,
    attendance,
    items: items.map((r) => ({ ...r.item, presenter: r.presenterPersonName ?? r.item.presenterName })),
  };
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;
