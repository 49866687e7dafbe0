import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { people } from '../network/schema.ts';
import { getGroup, getPerson } from '../network/service.ts';
import { actionOwners, meetingActions, meetingAttendance, meetings } from './schema.ts';
import { actionInput, checkItemOfMeeting, insertOwners, type ActionInput } from './actions.ts';
import { FieldProblem } from './problems.ts';

type OwnerInput = ActionInput['owners'] extends (infer O)[] | undefined ? O : never;
interface StoredOwner {
  personId: string | null;
  body: string | null;
  label: string;
}

/**
 * How the action form names an owner in one field: `person:<id>`, `body:<name>` or
 * `label:<as written>` (initials from imported minutes that matched nobody).
 */
export const ownerChoice = (o: StoredOwner): string => (o.personId ? `person:${o.personId}` : o.body ? `body:${o.body}` : `label:${o.label}`);

/** Bodies offered on every action form: each stands for all the group's members when reminders go out. */
export const usualBodies = ['All members', 'Chairs'];

/** The form's owner choices as owners; anyone already an owner keeps the label the minutes gave them ("GO"). */
export async function ownersFromChoices(db: Queryable, choices: string[], previous: StoredOwner[] = []): Promise<OwnerInput[]> {
  const owners: OwnerInput[] = [];
  const seen = new Set<string>();
  for (const raw of choices) {
    const choice = raw.trim();
    const [kind, ...rest] = choice.split(':');
    const value = rest.join(':').trim();
    if (!value || seen.has(`${kind}:${value.toLowerCase()}`)) continue;
    seen.add(`${kind}:${value.toLowerCase()}`);
    if (kind === 'person') {
      const person = /^[0-9a-f-]{36}$/i.test(value) ? await getPerson(db, value) : null;
      if (!person) throw new FieldProblem('owners', 'Choose each owner from the list of people');
      owners.push({ personId: person.id, label: previous.find((p) => p.personId === person.id)?.label ?? person.name });
    } else if (kind === 'body') {
      if (value.length > 200) throw new FieldProblem('newBody', 'The body’s name must be 200 characters or fewer');
      owners.push({ body: value, label: previous.find((p) => p.body === value)?.label ?? value });
    } else if (kind === 'label' && previous.some((p) => !p.personId && !p.body && p.label === value)) {
      owners.push({ label: value });
    }
  }
  if (owners.length > 50) throw new FieldProblem('owners', 'An action can have 50 owners at most');
  return owners;
}

/** Whom the action form offers as owners: the group's members, the meeting's attendance, and the action's owners now. */
export async function ownerOptions(db: Queryable, meetingId: string, current: StoredOwner[] = []) {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) return null;
  const group = await getGroup(db, meeting.groupId);
  const attending = await db
    .select({ personId: people.id, name: people.name, attendance: meetingAttendance.attendance })
    .from(meetingAttendance)
    .innerJoin(people, eq(people.id, meetingAttendance.personId))
    .where(eq(meetingAttendance.meetingId, meetingId));
  const offered = new Map<string, { id: string; name: string; hint: string }>();
  for (const m of group?.members ?? []) offered.set(m.personId, { id: m.personId, name: m.name, hint: `Member of ${group!.name}` });
  for (const a of attending) if (!offered.has(a.personId)) offered.set(a.personId, { id: a.personId, name: a.name, hint: `At this meeting (${a.attendance})` });
  for (const o of current) {
    if (!o.personId || offered.has(o.personId)) continue;
    const person = await getPerson(db, o.personId);
    if (person) offered.set(person.id, { id: person.id, name: person.name, hint: 'An owner now' });
  }
  const used = await db
    .selectDistinct({ body: actionOwners.body })
    .from(actionOwners)
    .innerJoin(meetingActions, eq(meetingActions.id, actionOwners.actionId))
    .where(and(eq(meetingActions.groupId, meeting.groupId), isNotNull(actionOwners.body)))
    .orderBy(asc(actionOwners.body));
  const bodies = [...new Set([...usualBodies, ...used.map((u) => u.body!), ...current.flatMap((o) => (o.body ? [o.body] : []))])];
  return {
    meeting,
    people: [...offered.values()].sort((a, b) => a.name.localeCompare(b.name)),
    bodies,
    unmatched: current.filter((o) => !o.personId && !o.body).map((o) => o.label),
  };
}

/** The action's own row and owners as stored (for its edit form). */
export async function storedAction(db: Queryable, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [action] = await db.select().from(meetingActions).where(eq(meetingActions.id, id));
  if (!action) return null;
  const owners = await db.select().from(actionOwners).where(eq(actionOwners.actionId, id)).orderBy(asc(actionOwners.position));
  return { ...action, owners };
}

export async function updateAction(db: Queryable, actor: Actor, id: string, input: ActionInput) {
  const before = await storedAction(db, id);
  if (!before) throw new UserFacingError(404, 'No such action');
  const v = actionInput.parse({ ...input, carriedForward: before.carriedForward });
  await checkItemOfMeeting(db, before.meetingId, v.itemId);
  await db
    .update(meetingActions)
    .set({ text: v.text, itemId: v.itemId, due: v.due ?? null, dueByNextMeeting: v.dueByNextMeeting })
    .where(eq(meetingActions.id, id));
  await db.delete(actionOwners).where(eq(actionOwners.actionId, id));
  await insertOwners(db, id, v.owners);
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'meeting-action',
    entityId: id,
    summary: `Edited action: ${v.text.slice(0, 120)}`,
    before: { text: before.text, itemId: before.itemId, due: before.due, dueByNextMeeting: before.dueByNextMeeting, owners: before.owners.map((o) => o.label) },
    after: { ...v, owners: v.owners.map((o) => o.label) },
  });
}

/** Deletes the action with its owners and status notes. */
export async function deleteAction(db: Queryable, actor: Actor, id: string) {
  const before = await storedAction(db, id);
  if (!before) throw new UserFacingError(404, 'No such action');
  await db.delete(meetingActions).where(eq(meetingActions.id, id));
  await recordAudit(db, actor, {
    action: 'delete',
    entity: 'meeting-action',
    entityId: id,
    summary: `Deleted action: ${before.text.slice(0, 120)}`,
    before: { meetingId: before.meetingId, text: before.text, status: before.status, due: before.due, owners: before.owners.map((o) => o.label) },
  });
}
