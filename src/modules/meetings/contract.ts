import { and, asc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import type { ActionOwner, ParsedMinutes } from './minutes/types.ts';
import { meetings } from './schema.ts';
import { getMeeting } from './meetings.ts';
import { minutesLines } from './items.ts';
import { actionsOfMeeting } from './actions.ts';

/**
 * A stored meeting in the minutes contract (`minutes-json.md`), with ids added: what
 * `GET /api/v1/meetings/{id}` answers and what the .docx export writes.
 */
export async function meetingAsMinutes(db: Queryable, id: string, today: string) {
  const m = await getMeeting(db, id);
  if (!m) return null;
  const actions = await actionsOfMeeting(db, id, today);
  const later = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.groupId, m.groupId), gt(meetings.date, m.date)))
    .orderBy(asc(meetings.date), asc(meetings.start))
    .limit(12);
  const chairRow = m.attendance.find((a) => a.personId === m.chairPersonId);
  const minutes = {
    id: m.id,
    groupId: m.groupId,
    status: m.status,
    title: m.title,
    date: m.date,
    start: m.start,
    end: m.end,
    location: m.location,
    chair: m.chairName ? { id: m.chairPersonId, name: m.chairName, organisation: chairRow?.organisation ?? null, standingInFor: m.standingInFor ?? null } : null,
    attendees: m.attendance
      .filter((a) => a.attendance === 'present')
      .map((a) => ({ id: a.personId, name: a.name, organisation: a.organisation, representing: a.representing, role: a.role })),
    apologies: m.attendance.filter((a) => a.attendance === 'apologies').map((a) => ({ id: a.personId, name: a.name, organisation: a.organisation })),
    items: m.items.map((i) => ({ id: i.id, number: i.number, title: i.title, presenter: i.presenter ?? null, text: minutesLines(i.number, i.minutes) })),
    actions: actions.map((a) => ({
      id: a.action.id,
      text: a.action.text,
      item: a.itemNumber ? a.itemNumber.split('.')[0]! : null,
      owners: a.owners.map(
        (o): ActionOwner & { id?: string | null } =>
          o.body ? { as: o.label, group: o.body } : { id: o.personId, as: o.label, person: o.name ?? null, candidates: o.name ? [o.name] : [] },
      ),
      due: a.effectiveDue,
      carriedForward: a.action.carriedForward,
      status: a.action.status,
    })),
    suggestedActions: [],
    nextMeetings: later.map((n) => ({ id: n.id, date: n.date, start: n.start, end: n.end, location: n.location, note: n.kind === 'event' ? (n.note ?? n.title) : n.note })),
  };
  return minutes satisfies ParsedMinutes & { id: string };
}

/** The same, stripped to exactly the contract's fields (for comparing with what the parser reads). */
export function contractOnly(m: NonNullable<Awaited<ReturnType<typeof meetingAsMinutes>>>): ParsedMinutes {
  return {
    title: m.title,
    date: m.date,
    start: m.start,
    end: m.end,
    location: m.location,
    chair: m.chair ? { name: m.chair.name, organisation: m.chair.organisation, standingInFor: m.chair.standingInFor } : null,
    attendees: m.attendees.map(({ name, organisation, representing, role }) => ({ name, organisation, representing, role })),
    apologies: m.apologies.map(({ name, organisation }) => ({ name, organisation })),
    items: m.items.map(({ number, title, presenter }) => ({ number, title, presenter })),
    actions: m.actions.map(({ text, item, owners, due, carriedForward }) => ({
      text,
      item,
      owners: owners.map((o) => ('group' in o ? { as: o.as, group: o.group } : { as: o.as, person: o.person, candidates: o.candidates })),
      due,
      carriedForward,
    })),
    suggestedActions: [],
    nextMeetings: m.nextMeetings.map(({ date, start, end, location, note }) => ({ date, start, end, location, note })),
  };
}

/** What the .docx is written from: the contract's fields and each item's minutes, one paragraph a line. */
export function minutesDocument(m: NonNullable<Awaited<ReturnType<typeof meetingAsMinutes>>>): ParsedMinutes {
  const texts = new Map(m.items.map((i) => [i.number, i.text]));
  const minutes = contractOnly(m);
  return { ...minutes, items: minutes.items.map((i) => ({ ...i, text: texts.get(i.number) ?? null })) };
}
