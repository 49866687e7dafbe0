import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { listDocuments } from '../documents/service.ts';
import { agendaItems, meetingActions, meetingAttendance, meetings } from './schema.ts';
import { findMeeting } from './meetings.ts';
import { FieldProblem } from './problems.ts';

/**
 * What deleting a meeting would take with it. Its items, attendance and actions go with it;
 * uploaded papers stop a deletion, so that no paper is left attached to nothing.
 */
export async function meetingDeletion(db: Queryable, id: string) {
  const meeting = await findMeeting(db, id);
  if (!meeting) return null;
  const count = async (table: typeof agendaItems | typeof meetingAttendance) =>
    (await db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.meetingId, id)))[0]?.n ?? 0;
  const [actions] = await db
    .select({ total: sql<number>`count(*)::int`, open: sql<number>`(count(*) filter (where ${meetingActions.status} = 'open'))::int` })
    .from(meetingActions)
    .where(eq(meetingActions.meetingId, id));
  const items = await db.select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title }).from(agendaItems).where(eq(agendaItems.meetingId, id));
  const papers = [
    ...(await listDocuments(db, { kind: 'meeting', id })),
    ...(await Promise.all(items.map((i) => listDocuments(db, { kind: 'agenda-item', id: i.id })))).flat(),
  ].map((d) => ({ id: d.id, title: d.title }));
  const approves = await db.select({ id: meetings.id, date: meetings.date, title: meetings.title }).from(meetings).where(eq(meetings.approvedAtMeetingId, id));
  return {
    meeting,
    items: items.length,
    attendance: await count(meetingAttendance),
    actions: actions?.total ?? 0,
    openActions: actions?.open ?? 0,
    papers,
    approves,
  };
}
export type MeetingDeletion = NonNullable<Awaited<ReturnType<typeof meetingDeletion>>>;

/**
 * Deletes a meeting with its items, attendance and actions. Actions are the group's
 * record of what it agreed, so they go only when the coordinator has said so.
 */
export async function deleteMeeting(db: Queryable, actor: Actor, id: string, confirmed: { actions: boolean }) {
  const what = await meetingDeletion(db, id);
  if (!what) throw new UserFacingError(404, 'No such meeting');
  if (what.papers.length) throw new UserFacingError(409, 'Papers are uploaded to this meeting, so it cannot be deleted');
  if (what.actions && !confirmed.actions) {
    throw new FieldProblem('deleteActions', `Confirm that the meeting’s ${what.actions} action${what.actions === 1 ? '' : 's'} should be deleted with it`);
  }
  if (what.approves.length) {
    // Their minutes stay approved; only the link to the meeting that approved them goes.
    await db.update(meetings).set({ approvedAtMeetingId: null, updatedAt: new Date() }).where(inArray(meetings.id, what.approves.map((m) => m.id)));
  }
  await db.delete(meetings).where(and(eq(meetings.id, id), eq(meetings.groupId, what.meeting.groupId)));
  await recordAudit(db, actor, {
    action: 'delete',
    entity: 'meeting',
    entityId: id,
    summary: `Deleted ${what.meeting.kind} ${what.meeting.title} on ${what.meeting.date} with ${what.items} items, ${what.attendance} attendance entries and ${what.actions} actions (${what.openActions} open)`,
    before: { groupId: what.meeting.groupId, title: what.meeting.title, date: what.meeting.date, status: what.meeting.status, actions: what.actions, openActions: what.openActions },
  });
}
