import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { optionalDate } from '../../platform/http/fields.ts';
import { groupMemberships, groups, people } from '../network/schema.ts';
import { actionNotes, actionOwners, actionStatuses, agendaItems, meetingActions, meetings, type ActionStatus } from './schema.ts';
import { isoDate } from './meetings.ts';
import { FieldProblem } from './problems.ts';
import { itemOrder } from './items.ts';

export const actionStatusLabels: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

export const ownerInput = z.union([
  z.object({ personId: z.string().uuid(), label: z.string().trim().min(1).max(200) }),
  z.object({ body: z.string().trim().min(1).max(200), label: z.string().trim().min(1).max(200) }),
  // Named in the minutes but matched to nobody (initials no one in the directory has).
  z.object({ label: z.string().trim().min(1).max(200) }),
]);

const actionText = z.string({ message: 'Enter what is to be done' }).trim().min(1, 'Enter what is to be done').max(5000, 'The action must be 5,000 characters or fewer');

export const actionInput = z
  .object({
    text: actionText,
    itemId: z
      .union([z.literal(''), z.string().uuid()])
      .nullish()
      .transform((v) => v || null),
    owners: z.array(ownerInput).max(50).default([]),
    due: isoDate.nullish().or(z.literal('').transform(() => null)),
    dueByNextMeeting: z.boolean().default(false),
    carriedForward: z.boolean().default(false),
  })
  .refine((v) => !(v.due && v.dueByNextMeeting), { message: 'Choose a due date or “by the next meeting”, not both', path: ['due'] });
export type ActionInput = z.input<typeof actionInput>;

/** When an action is due, as the form asks it: by a date, by the next meeting, or no date at all. */
export const dueKinds = ['date', 'next', 'none'] as const;

/**
 * The action form (text, item, when due) as action input without owners. A form that
 * does not say when (an older form, the API) means "by the date given", if any.
 */
export const actionForm = z
  .object({
    text: actionText,
    itemId: z.string().optional(),
    dueKind: z.enum(dueKinds, { message: 'Choose when the action is due' }).optional(),
    due: optionalDate('The due date'),
  })
  .superRefine((v, ctx) => {
    if (v.dueKind === 'date' && !v.due) ctx.addIssue({ code: 'custom', path: ['due'], message: 'Enter the date the action is due, like 2025-04-30' });
  })
  .transform((v) => {
    const kind = v.dueKind ?? (v.due ? 'date' : 'none');
    return { text: v.text, itemId: v.itemId, due: kind === 'date' ? v.due : null, dueByNextMeeting: kind === 'next' };
  });

/** Stores the action's owners in the order given. */
export async function insertOwners(db: Queryable, actionId: string, owners: z.output<typeof ownerInput>[]) {
  if (!owners.length) return;
  await db.insert(actionOwners).values(
    owners.map((o, position) => ({ actionId, position, label: o.label, personId: 'personId' in o ? o.personId : null, body: 'body' in o ? o.body : null })),
  );
}

/** An action may sit only under an item of its own meeting. */
export async function checkItemOfMeeting(db: Queryable, meetingId: string, itemId: string | null | undefined) {
  if (!itemId) return;
  const [item] = await db.select({ id: agendaItems.id }).from(agendaItems).where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
  if (!item) throw new FieldProblem('itemId', 'Choose an item of this meeting, or “Not under an item”');
}

export async function addAction(db: Queryable, actor: Actor, meetingId: string, input: ActionInput) {
  const v = actionInput.parse(input);
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) throw new UserFacingError(404, 'No such meeting');
  await checkItemOfMeeting(db, meetingId, v.itemId);
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(meetingActions).where(eq(meetingActions.meetingId, meetingId));
  const [row] = await db
    .insert(meetingActions)
    .values({
      groupId: meeting.groupId,
      meetingId,
      itemId: v.itemId,
      position: n,
      text: v.text,
      due: v.due ?? null,
      dueByNextMeeting: v.dueByNextMeeting,
      carriedForward: v.carriedForward,
    })
    .returning();
  await insertOwners(db, row!.id, v.owners);
  await recordAudit(db, actor, { action: 'create', entity: 'meeting-action', entityId: row!.id, summary: `Added action: ${v.text.slice(0, 120)}`, after: { meetingId, ...v } });
  return row!;
}

/** Who an action's owners are: a person is one owner; a body stands for every member of the group. */
export async function ownerPeopleOf(db: Queryable, actionId: string) {
  return db
    .selectDistinct({ personId: people.id, name: people.name, email: people.email })
    .from(actionOwners)
    .innerJoin(meetingActions, eq(meetingActions.id, actionOwners.actionId))
    .innerJoin(
      people,
      sql`(${people.id} = ${actionOwners.personId}) or (${actionOwners.body} is not null and ${people.id} in (select gm.person_id from ${groupMemberships} gm where gm.group_id = ${meetingActions.groupId}))`,
    )
    .where(eq(actionOwners.actionId, actionId));
}

/** SQL: the person owns the action, by name or as a member of a body that owns it. */
export const ownedBy = (personId: string): SQL =>
  sql`exists (select 1 from ${actionOwners} o where o.action_id = ${meetingActions.id} and (o.person_id = ${personId} or (o.body is not null and exists (select 1 from ${groupMemberships} gm where gm.group_id = ${meetingActions.groupId} and gm.person_id = ${personId}))))`;

/** The date an action is due: its own, or for "by the next meeting" the date of the group's next meeting after the one it came from. */
export const effectiveDue = sql<string | null>`coalesce(${meetingActions.due}::text, case when ${meetingActions.dueByNextMeeting} then (select min(n.date)::text from ${meetings} n where n.group_id = ${meetingActions.groupId} and n.kind = 'meeting' and n.date > ${meetings.date}) end)`;

export interface ActionFilter {
  groupId?: string;
  status?: ActionStatus;
  ownerPersonId?: string;
  meetingId?: string;
  overdue?: boolean;
  /** Open actions due on or before this date (reminders). */
  dueBy?: string;
  today: string;
}

function conditions(f: ActionFilter): SQL | undefined {
  return and(
    f.groupId ? eq(meetingActions.groupId, f.groupId) : undefined,
    f.status ? eq(meetingActions.status, f.status) : undefined,
    f.meetingId ? eq(meetingActions.meetingId, f.meetingId) : undefined,
    f.ownerPersonId ? ownedBy(f.ownerPersonId) : undefined,
    f.overdue ? and(eq(meetingActions.status, 'open'), sql`${effectiveDue} < ${f.today}`) : undefined,
    f.dueBy ? and(eq(meetingActions.status, 'open'), sql`${effectiveDue} <= ${f.dueBy}`) : undefined,
  );
}

const actionColumns = {
  action: meetingActions,
  meetingTitle: meetings.title,
  meetingDate: meetings.date,
  groupName: groups.name,
  groupSlug: groups.slug,
  itemNumber: agendaItems.number,
  itemTitle: agendaItems.title,
  effectiveDue,
};

/** The action log: filtered, newest meeting first, with owners and latest notes. */
export async function listActions(db: Queryable, filter: ActionFilter, page: { limit: number; offset: number }) {
  const where = conditions(filter);
  const rows = await db
    .select(actionColumns)
    .from(meetingActions)
    .innerJoin(meetings, eq(meetings.id, meetingActions.meetingId))
    .innerJoin(groups, eq(groups.id, meetingActions.groupId))
    .leftJoin(agendaItems, eq(agendaItems.id, meetingActions.itemId))
    .where(where)
    .orderBy(desc(meetings.date), asc(meetingActions.position), asc(meetingActions.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetingActions)
    .innerJoin(meetings, eq(meetings.id, meetingActions.meetingId))
    .where(where);
  return { rows: await withOwners(db, rows, filter.today), total: count?.n ?? 0 };
}

type ActionRow = { action: typeof meetingActions.$inferSelect; effectiveDue: string | null } & Record<string, unknown>;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

async function withOwners<T extends ActionRow>(db: Queryable, rows: T[], today: string) {
  const ids = rows.map((r) => r.action.id);
  const owners = ids.length
    ? await db
        .select({ actionId: actionOwners.actionId, label: actionOwners.label, body: actionOwners.body, personId: actionOwners.personId, name: people.name })
        .from(actionOwners)
        .leftJoin(people, eq(people.id, actionOwners.personId))
        .where(inArray(actionOwners.actionId, ids))
        .orderBy(asc(actionOwners.position))
    : [];
  return rows.map((r) => {
    const own = owners.filter((o) => o.actionId === r.action.id);
    const due = r.effectiveDue;
    return {
      ...r,
      owners: own,
      ownerText: own.map((o) => o.name ?? o.body ?? o.label).join(', '),
      overdue: r.action.status === 'open' && !!due && due < today,
      daysOverdue: due && due < today ? daysBetween(due, today) : 0,
    };
  });
}
export type ActionLogRow = Awaited<ReturnType<typeof listActions>>['rows'][number];

/**
 * Actions from the group's earlier meetings still outstanding at this one, each with its
 * age. Before a meeting is held that means open now; for a meeting already held, open on
 * its date (closed later or not at all).
 */
export async function outstandingAt(db: Queryable, meeting: { id: string; groupId: string; date: string; status: string }, today: string) {
  const stillOpen =
    meeting.status === 'scheduled'
      ? eq(meetingActions.status, 'open')
      : sql`(${meetingActions.status} = 'open' or ${meetingActions.closedAt} > ${meeting.date})`;
  const rows = await db
    .select(actionColumns)
    .from(meetingActions)
    .innerJoin(meetings, eq(meetings.id, meetingActions.meetingId))
    .innerJoin(groups, eq(groups.id, meetingActions.groupId))
    .leftJoin(agendaItems, eq(agendaItems.id, meetingActions.itemId))
    .where(and(eq(meetingActions.groupId, meeting.groupId), sql`${meetings.date} < ${meeting.date}`, stillOpen))
    .orderBy(asc(meetings.date), asc(meetingActions.position));
  const owned = await withOwners(db, rows, today);
  return owned.map((r) => ({ ...r, ageDays: daysBetween(r.meetingDate, meeting.date) }));
}

/**
 * A meeting's actions in the order its minutes give them: those under no item first, then
 * item by item in agenda order, in the order recorded within an item.
 */
export async function actionsOfMeeting(db: Queryable, meetingId: string, today: string) {
  const order = (a: { itemNumber: string | null }) => (a.itemNumber ? itemOrder(a.itemNumber) : -1);
  return (await listActions(db, { meetingId, today }, { limit: 10_000, offset: 0 })).rows.sort((a, b) => order(a) - order(b) || a.action.position - b.action.position);
}

export async function getAction(db: Queryable, id: string, today: string) {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db
    .select(actionColumns)
    .from(meetingActions)
    .innerJoin(meetings, eq(meetings.id, meetingActions.meetingId))
    .innerJoin(groups, eq(groups.id, meetingActions.groupId))
    .leftJoin(agendaItems, eq(agendaItems.id, meetingActions.itemId))
    .where(eq(meetingActions.id, id));
  if (!row) return null;
  const [withO] = await withOwners(db, [row], today);
  const notes = await db.select().from(actionNotes).where(eq(actionNotes.actionId, id)).orderBy(desc(actionNotes.at));
  return { ...withO!, notes };
}

/** Coordinators may update any action; anyone else only actions they own. */
export async function mayUpdateAction(db: Queryable, actionId: string, personId: string | null, coordinator: boolean) {
  if (coordinator) return true;
  if (!personId) return false;
  const [row] = await db.select({ id: meetingActions.id }).from(meetingActions).where(and(eq(meetingActions.id, actionId), ownedBy(personId)));
  return !!row;
}

export const statusInput = z.object({
  status: z.enum(actionStatuses, { message: 'Choose the action’s status' }),
  note: z
    .string()
    .trim()
    .max(2000, 'The note must be 2,000 characters or fewer')
    .nullish()
    .transform((v) => v || null),
});

export async function setActionStatus(db: Queryable, actor: Actor, actionId: string, input: z.input<typeof statusInput>, today: string) {
  const v = statusInput.parse(input);
  const [before] = await db.select().from(meetingActions).where(eq(meetingActions.id, actionId));
  if (!before) throw new UserFacingError(404, 'No such action');
  await db
    .update(meetingActions)
    .set({ status: v.status, closedAt: v.status === 'open' ? null : before.status === v.status ? before.closedAt : today })
    .where(eq(meetingActions.id, actionId));
  await db.insert(actionNotes).values({ actionId, status: v.status, note: v.note, byLabel: actor.label });
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'meeting-action',
    entityId: actionId,
    summary: `Action marked ${v.status}${v.note ? `: ${v.note.slice(0, 100)}` : ''}`,
    before: { status: before.status },
    after: v,
  });
}
