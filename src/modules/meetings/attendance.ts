import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { optionalText } from '../../platform/http/fields.ts';
import { people } from '../network/schema.ts';
import { attendanceKinds, meetingAttendance, meetings, type AttendanceKind, type MeetingKind } from './schema.ts';
import { FieldProblem } from './problems.ts';

export const attendanceLabels: Record<AttendanceKind, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  invited: 'Invited',
  accepted: 'Accepted',
  declined: 'Declined',
};

/** A meeting records who came; an event records invitations and replies. */
export function attendanceKindsFor(kind: MeetingKind): AttendanceKind[] {
  return kind === 'event' ? ['invited', 'accepted', 'declined'] : ['present', 'apologies', 'absent'];
}

export const attendanceInput = z.object({
  personId: z.string({ message: 'Choose a person' }).uuid('Choose a person'),
  attendance: z.enum(attendanceKinds, { message: 'Choose whether they attended' }),
  representing: optionalText(200, 'Representing'),
  role: optionalText(100, 'The role'),
});
export type AttendanceInput = z.input<typeof attendanceInput>;

/** Only the replies that fit: present, apologies or absent at a meeting; invited, accepted or declined to an event. */
async function checkKindFits(db: Queryable, meetingId: string, attendance: AttendanceKind) {
  const [m] = await db.select({ kind: meetings.kind }).from(meetings).where(eq(meetings.id, meetingId));
  if (!m) throw new UserFacingError(404, 'No such meeting');
  if (!attendanceKindsFor(m.kind).includes(attendance)) {
    throw new FieldProblem('attendance', m.kind === 'event' ? 'Choose invited, accepted or declined' : 'Choose present, apologies or absent');
  }
}

/** Recording someone twice updates their entry: a person attends a meeting once. */
export async function setAttendance(db: Queryable, actor: Actor, meetingId: string, input: AttendanceInput) {
  const v = attendanceInput.parse(input);
  await checkKindFits(db, meetingId, v.attendance);
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
  await db
    .insert(meetingAttendance)
    .values({ meetingId, ...v, position: n })
    .onConflictDoUpdate({
      target: [meetingAttendance.meetingId, meetingAttendance.personId],
      set: { attendance: v.attendance, representing: v.representing, role: v.role },
    });
  await recordAudit(db, actor, { action: 'update', entity: 'meeting', entityId: meetingId, summary: `Recorded attendance (${v.attendance}) of person ${v.personId}`, after: v });
}

/** One line of a meeting's attendance, with the person's name. */
export async function findAttendance(db: Queryable, id: string) {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db
    .select({ entry: meetingAttendance, name: people.name })
    .from(meetingAttendance)
    .innerJoin(people, eq(people.id, meetingAttendance.personId))
    .where(eq(meetingAttendance.id, id));
  return row ? { ...row.entry, name: row.name } : null;
}

export async function updateAttendance(db: Queryable, actor: Actor, id: string, input: AttendanceInput) {
  const v = attendanceInput.parse(input);
  const before = await findAttendance(db, id);
  if (!before) throw new UserFacingError(404, 'No such attendance entry');
  await checkKindFits(db, before.meetingId, v.attendance);
  const [twice] = await db
    .select({ id: meetingAttendance.id })
    .from(meetingAttendance)
    .where(and(eq(meetingAttendance.meetingId, before.meetingId), eq(meetingAttendance.personId, v.personId), ne(meetingAttendance.id, id)));
  if (twice) throw new FieldProblem('personId', 'That person is already recorded at this meeting: change their own entry instead');
  const [person] = await db.select({ name: people.name }).from(people).where(eq(people.id, v.personId));
  if (!person) throw new FieldProblem('personId', 'Choose a person from the list');
  await db
    .update(meetingAttendance)
    // The organisation noted from imported minutes belonged to the person it was written for.
    .set({ ...v, organisation: v.personId === before.personId ? before.organisation : null })
    .where(eq(meetingAttendance.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'meeting',
    entityId: before.meetingId,
    summary: `Changed attendance of ${before.name}${person.name !== before.name ? ` to ${person.name}` : ''} (${v.attendance})`,
    before: { personId: before.personId, attendance: before.attendance, representing: before.representing, role: before.role },
    after: v,
  });
}

export async function deleteAttendance(db: Queryable, actor: Actor, id: string) {
  const before = await findAttendance(db, id);
  if (!before) throw new UserFacingError(404, 'No such attendance entry');
  await db.delete(meetingAttendance).where(eq(meetingAttendance.id, id));
  await recordAudit(db, actor, {
    action: 'delete',
    entity: 'meeting',
    entityId: before.meetingId,
    summary: `Removed ${before.name} (${before.attendance}) from the attendance`,
    before: { personId: before.personId, attendance: before.attendance, representing: before.representing, role: before.role },
  });
}
