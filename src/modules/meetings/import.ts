import { and, desc, eq, gt, lt } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { createPerson, listOrganisations, listPeople } from '../network/service.ts';
import type { ParsedMinutes } from './minutes/types.ts';
import { importDrafts, meetingAttendance, meetings } from './schema.ts';
import { createMeeting, updateMeeting } from './meetings.ts';
import { addItem, minutesFromImport } from './items.ts';
import { addAction } from './actions.ts';
import { reviewSuggestions, suggestionActions, suggestionProblems, type SuggestionDecision } from './import-suggestions.ts';
import { NEXT_MEETINGS_HEADING } from './minutes/next-meetings.ts';

const DRAFT_HOURS = 24;

export async function createImportDraft(db: Queryable, userId: string, groupId: string, fileName: string, parsed: ParsedMinutes) {
  await db.delete(importDrafts).where(lt(importDrafts.expiresAt, new Date()));
  const [row] = await db
    .insert(importDrafts)
    .values({ userId, groupId, fileName, parsed, expiresAt: new Date(Date.now() + DRAFT_HOURS * 3_600_000) })
    .returning({ id: importDrafts.id });
  return row!.id;
}

/** A draft only its importer may see, and only until it expires. */
export async function getImportDraft(db: Queryable, id: string, userId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select()
    .from(importDrafts)
    .where(and(eq(importDrafts.id, id), eq(importDrafts.userId, userId), gt(importDrafts.expiresAt, new Date())));
  return row ? { ...row, parsed: row.parsed as ParsedMinutes } : null;
}

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(dr|mr|mrs|ms|miss|cllr|councillor|prof|professor)\.?\s+/, '')
    .replace(/[^a-z\s'-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export interface ReviewPerson {
  index: number;
  name: string;
  organisation: string | null;
  roles: string[];
  matches: { id: string; name: string; detail: string | null }[];
}

export interface ReviewOwner {
  action: number;
  owner: number;
  as: string;
  candidates: string[];
}

/** Everyone the minutes name, matched against the directory, and every owner the initials leave open. */
export async function reviewOf(db: Queryable, parsed: ParsedMinutes) {
  const directory = (await listPeople(db)).rows;
  const byName = new Map<string, typeof directory>();
  for (const p of directory) byName.set(normalise(p.name), [...(byName.get(normalise(p.name)) ?? []), p]);
  const people: ReviewPerson[] = [];
  const add = (name: string | null | undefined, organisation: string | null, role: string) => {
    if (!name?.trim()) return;
    const existing = people.find((p) => normalise(p.name) === normalise(name));
    if (existing) {
      if (!existing.roles.includes(role)) existing.roles.push(role);
      existing.organisation ??= organisation;
      return;
    }
    const matches = (byName.get(normalise(name)) ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      detail: [p.jobTitle, p.organisationName, p.boardName].filter(Boolean).join(', ') || null,
    }));
    people.push({ index: people.length, name: name.trim(), organisation, roles: [role], matches });
  };
  add(parsed.chair?.name, parsed.chair?.organisation ?? null, 'chair');
  for (const a of parsed.attendees) add(a.name, a.organisation, 'present');
  for (const a of parsed.apologies) add(a.name, a.organisation, 'apologies');
  const owners: ReviewOwner[] = [];
  parsed.actions.forEach((action, a) =>
    action.owners.forEach((o, i) => {
      if ('group' in o) return;
      if (o.person) add(o.person, null, 'action owner');
      else if (o.candidates.length > 1) {
        owners.push({ action: a, owner: i, as: o.as, candidates: o.candidates });
        for (const c of o.candidates) add(c, null, 'action owner');
      }
    }),
  );
  return { people, owners, suggestions: reviewSuggestions(parsed, people) };
}

export type Review = Awaited<ReturnType<typeof reviewOf>>;

export interface ImportDecisions {
  /** For each reviewed person (by index): a directory person's id, or "new". */
  people: Record<string, string>;
  /** For each open owner ("action-owner"): the chosen candidate's name. */
  owners: Record<string, string>;
  /** For each suggested action made an action (by index): its owner and when it is due. */
  suggested?: Record<string, SuggestionDecision>;
}

/** What is still to be decided before the import can be saved, as field → message. */
export function missingDecisions(review: Review, d: ImportDecisions): Record<string, string> {
  const missing: Record<string, string> = {};
  for (const p of review.people) {
    const choice = d.people[String(p.index)];
    const valid = choice === 'new' || p.matches.some((m) => m.id === choice);
    if (!valid) missing[`person-${p.index}`] = `Choose who ${p.name} is in the directory, or add them as a new person`;
  }
  for (const o of review.owners) {
    const choice = d.owners[`${o.action}-${o.owner}`];
    if (!choice || !o.candidates.includes(choice)) missing[`owner-${o.action}-${o.owner}`] = `Choose who “${o.as}” is in action ${o.action + 1}`;
  }
  return { ...missing, ...suggestionProblems(review, d.suggested ?? {}) };
}

const EVENT_NOTE = /seminar|conference|workshop|event|launch|training/i;

/** Saves the reviewed minutes as a meeting with its attendance, items, actions and future dates, in the caller's transaction. */
export async function confirmImport(db: Queryable, actor: Actor, draft: { id: string; groupId: string; fileName: string; parsed: ParsedMinutes }, d: ImportDecisions) {
  const parsed = draft.parsed;
  const review = await reviewOf(db, parsed);
  if (Object.keys(missingDecisions(review, d)).length) throw new UserFacingError(400, 'Some people in the minutes still need to be matched');
  const organisations = (await listOrganisations(db)).rows;
  const personOf = new Map<string, string>();
  for (const p of review.people) {
    const choice = d.people[String(p.index)]!;
    let id = choice;
    if (choice === 'new') {
      const org = p.organisation ? organisations.find((o) => o.name.toLowerCase() === p.organisation!.toLowerCase()) : undefined;
      id = (await createPerson(db, actor, { name: p.name, organisationId: org?.id ?? null })).id;
    }
    personOf.set(normalise(p.name), id);
  }
  const idOf = (name: string | null | undefined) => (name ? (personOf.get(normalise(name)) ?? null) : null);
  const standIn = idOf(parsed.chair?.standingInFor);
  const meeting = await createMeeting(db, actor, draft.groupId, {
    title: parsed.title.slice(0, 300) || 'Meeting',
    date: parsed.date,
    start: parsed.start,
    end: parsed.end && parsed.start && parsed.end > parsed.start ? parsed.end : null,
    location: parsed.location?.slice(0, 300) ?? null,
    chairPersonId: idOf(parsed.chair?.name),
    standingInForPersonId: standIn,
    standingInForName: standIn ? null : (parsed.chair?.standingInFor ?? null),
    status: 'minutes-drafted',
  });
  await db.update(meetings).set({ importedFrom: draft.fileName }).where(eq(meetings.id, meeting.id));
  let position = 0;
  const attend = async (name: string, attendance: 'present' | 'apologies', organisation: string | null, representing: string | null, role: string | null) => {
    const personId = idOf(name);
    if (!personId) return;
    await db
      .insert(meetingAttendance)
      .values({ meetingId: meeting.id, personId, attendance, organisation, representing, role, position: position++ })
      .onConflictDoNothing();
  };
  for (const a of parsed.attendees) await attend(a.name, 'present', a.organisation, a.representing, a.role);
  for (const a of parsed.apologies) await attend(a.name, 'apologies', a.organisation, null, null);
  const itemIds = new Map<string, string>();
  for (const item of parsed.items) {
    if (itemIds.has(item.number)) continue;
    // Future dates are stored as meetings, and shown from there, not as the item's words.
    const datesOnly = parsed.nextMeetings.length > 0 && NEXT_MEETINGS_HEADING.test(item.title);
    const ownActions = parsed.actions.filter((a) => a.item === item.number).map((a) => a.text);
    const row = await addItem(db, actor, meeting.id, {
      number: item.number,
      title: item.title.slice(0, 500),
      presenterName: item.presenter,
      presenterPersonId: idOf(item.presenter),
      minutes: datesOnly ? null : minutesFromImport(item.text ?? null, ownActions),
    });
    itemIds.set(item.number, row.id);
  }
  const firstNext = parsed.nextMeetings[0]?.date;
  for (const [a, action] of parsed.actions.entries()) {
    const byNext = !!action.due && action.due === firstNext && /next meeting/i.test(action.text);
    await addAction(db, actor, meeting.id, {
      text: action.text.slice(0, 5000),
      itemId: action.item ? (itemIds.get(action.item) ?? null) : null,
      due: byNext ? null : action.due,
      dueByNextMeeting: byNext,
      carriedForward: action.carriedForward,
      owners: action.owners.map((o, i) => {
        if ('group' in o) return { body: o.group, label: o.as };
        const name = o.person ?? d.owners[`${a}-${i}`] ?? null;
        const personId = idOf(name);
        return personId ? { personId, label: o.as } : { label: o.as };
      }),
    });
  }
  const suggestions = suggestionActions(review, d.suggested ?? {}, (index) => idOf(review.people[index]?.name), itemIds);
  for (const action of suggestions) await addAction(db, actor, meeting.id, action);
  const existing = await db.select({ date: meetings.date }).from(meetings).where(eq(meetings.groupId, draft.groupId));
  for (const next of parsed.nextMeetings) {
    if (next.date <= parsed.date || existing.some((e) => e.date === next.date)) continue;
    const event = !!next.note && EVENT_NOTE.test(next.note);
    await createMeeting(db, actor, draft.groupId, {
      kind: event ? 'event' : 'meeting',
      title: event ? next.note!.slice(0, 300) : meeting.title,
      date: next.date,
      start: next.start,
      end: next.end && next.start && next.end > next.start ? next.end : null,
      location: next.location,
      note: next.note,
    });
    existing.push({ date: next.date });
  }
  await approvePreviousMinutes(db, actor, meeting, parsed);
  await db.delete(importDrafts).where(eq(importDrafts.id, draft.id));
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'meeting',
    entityId: meeting.id,
    summary: `Imported minutes ${draft.fileName}: ${parsed.attendees.length} present, ${parsed.items.length} items, ${parsed.actions.length} actions and ${suggestions.length} of ${parsed.suggestedActions.length} suggested actions`,
  });
  return { ...meeting, actions: parsed.actions.length + suggestions.length };
}

/** Minutes with an item on the last meeting's notes approve that meeting's drafted minutes. */
async function approvePreviousMinutes(db: Queryable, actor: Actor, meeting: { id: string; groupId: string; date: string }, parsed: ParsedMinutes) {
  if (!parsed.items.some((i) => /(minutes|notes) of (the )?(last|previous)/i.test(i.title))) return;
  const [previous] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.groupId, meeting.groupId), eq(meetings.kind, 'meeting'), lt(meetings.date, meeting.date)))
    .orderBy(desc(meetings.date))
    .limit(1);
  if (!previous || previous.status !== 'minutes-drafted') return;
  await updateMeeting(db, actor, previous.id, { ...previous, status: 'minutes-approved', approvedAtMeetingId: meeting.id });
}
