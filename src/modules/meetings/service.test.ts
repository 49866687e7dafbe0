import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { sharedPath } from '../../../tests/support/shared.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { outbox } from '../../platform/mail/schema.ts';
import { createUser } from '../../platform/auth/users.ts';
import * as network from '../network/service.ts';
import { parseMinutesDocx, renderMinutesDocx } from './minutes/index.ts';
import { contractMinutes } from './minutes/types.ts';
import * as meetings from './service.ts';
import { importSample as importSampleInto } from './sample-import.test-support.ts';

let database: Database;
const actor = systemActor('test');
const today = '2013-02-01';
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const importSample = (groupName: string) => importSampleInto(database.db, actor, groupName);

describe('minutes import', () => {
  it('asks about initials that fit two people, and refuses to save until every person is decided', async () => {
    const parsed = await parseMinutesDocx(readFileSync(sharedPath('samples', 'minutes', 'template-london.docx')));
    const review = await meetings.reviewOf(database.db, parsed);
    expect(review.owners).toEqual([expect.objectContaining({ as: 'SC', candidates: ['Sarah Collins', 'Stephen Cole'] })]);
    expect(review.people.map((p) => p.name)).toContain('Helen Marchbank');
    const missing = meetings.missingDecisions(review, { people: {}, owners: {} });
    expect(Object.keys(missing)).toContain('owner-8-0');
    expect(Object.keys(missing)).toHaveLength(review.people.length + 1);
  });

  it('saves the meeting with its attendance, items, actions and future dates, and reads back as the same minutes', async () => {
    const { parsed, meeting, group } = await importSample('Performance and Data');
    const stored = (await meetings.meetingAsMinutes(database.db, meeting.id, today))!;
    const minutes = meetings.contractOnly(stored);
    expect(minutes.title).toBe(parsed.title);
    expect(minutes.chair).toEqual(parsed.chair);
    expect(minutes.attendees).toEqual(parsed.attendees);
    expect(minutes.apologies).toEqual(parsed.apologies);
    expect(minutes.items).toEqual(contractMinutes(parsed).items);
    expect(minutes.nextMeetings).toEqual(parsed.nextMeetings);
    expect(minutes.actions.map((a) => [a.text, a.item, a.due, a.carriedForward])).toEqual(parsed.actions.map((a) => [a.text, a.item, a.due, a.carriedForward]));
    const sc = minutes.actions[8]!.owners[0]!;
    expect(sc).toEqual({ as: 'SC', person: 'Sarah Collins', candidates: ['Sarah Collins'] });
    // The directory gained the people; the group gained its next meetings and seminar.
    expect((await network.listPeople(database.db, { text: 'Grace Obuya' })).total).toBe(1);
    const list = await meetings.listMeetings(database.db, group.id);
    expect(list.rows.map((m) => [m.date, m.kind])).toContainEqual(['2013-04-23', 'event']);

    // Round trip: the stored meeting, exported to .docx and parsed again, is the same meeting.
    // Commitments written as prose are read again as suggestions; a stored meeting has none.
    const again = await parseMinutesDocx(await renderMinutesDocx(meetings.minutesDocument(stored)));
    expect({ ...contractMinutes(again), suggestedActions: [] }).toEqual(minutes);
  });

  it('does not let another user open someone’s draft', async () => {
    const parsed = await parseMinutesDocx(readFileSync(sharedPath('samples', 'minutes', 'table-actionlog.docx')));
    const group = await network.createGroup(database.db, actor, { name: 'Drafts', kind: 'sub-group' });
    const owner = await createUser(database.db, actor, { email: 'owner-draft@example.org', name: 'Owner', role: 'network-coordinator', password: 'a long enough password' });
    const other = await createUser(database.db, actor, { email: 'other-draft@example.org', name: 'Other', role: 'network-coordinator', password: 'a long enough password' });
    const id = await meetings.createImportDraft(database.db, owner.id, group.id, 'x.docx', parsed);
    expect(await meetings.getImportDraft(database.db, id, other.id)).toBeNull();
    expect(await meetings.getImportDraft(database.db, id, owner.id)).not.toBeNull();
  });
});

describe('actions', () => {
  it('carries undone actions forward to the next meeting with their age, and not those marked done', async () => {
    const { meeting, group } = await importSample('Carry forward');
    const actions = await meetings.actionsOfMeeting(database.db, meeting.id, today);
    const next = (await meetings.neighbours(database.db, meeting)).next!;
    expect(next.date).toBe('2013-01-17');
    await database.db.transaction((tx) => meetings.setActionStatus(tx, actor, actions[0]!.action.id, { status: 'done', note: 'Letters sent' }, '2013-01-10'));
    const outstanding = await meetings.outstandingAt(database.db, next, today);
    expect(outstanding).toHaveLength(actions.length - 1);
    expect(outstanding.map((o) => o.action.id)).not.toContain(actions[0]!.action.id);
    expect(outstanding[0]!.ageDays).toBe(42);
    // "By the next meeting" is due on the next meeting's date.
    const byNext = actions.find((a) => a.action.dueByNextMeeting)!;
    expect(byNext.effectiveDue).toBe('2013-01-17');
    const log = await meetings.listActions(database.db, { groupId: group.id, status: 'done', today }, { limit: 10, offset: 0 });
    expect(log.total).toBe(1);
    const detail = await meetings.getAction(database.db, actions[0]!.action.id, today);
    expect(detail!.notes[0]).toMatchObject({ status: 'done', note: 'Letters sent' });
  });

  it('finds an owner’s actions, including those of a body they belong to, and the overdue ones', async () => {
    const { meeting, group } = await importSample('Owners');
    const grace = (await network.listPeople(database.db, { text: 'Grace Obuya' })).rows[0]!;
    const mine = await meetings.listActions(database.db, { ownerPersonId: grace.id, groupId: group.id, today }, { limit: 50, offset: 0 });
    expect(mine.rows.map((r) => r.action.text)).toEqual([
      'GO to write to the five boroughs that have not yet submitted a Quarter 1 return',
      'GO and NS to revise the dataset guidance notes in light of the comments received, by the next meeting',
    ]);
    await network.setMembership(database.db, actor, group.id, { personId: grace.id, role: 'member' });
    const withBodies = await meetings.listActions(database.db, { ownerPersonId: grace.id, groupId: group.id, today }, { limit: 50, offset: 0 });
    expect(withBodies.total).toBe(4);
    const overdue = await meetings.listActions(database.db, { groupId: group.id, overdue: true, today }, { limit: 50, offset: 0 });
    expect(overdue.rows.map((r) => r.effectiveDue)).toEqual(['2013-01-17', '2012-12-19']);
    expect(await meetings.mayUpdateAction(database.db, overdue.rows[0]!.action.id, grace.id, false)).toBe(true);
    const other = (await network.listPeople(database.db, { text: 'Tom Fairweather' })).rows[0]!;
    expect(await meetings.mayUpdateAction(database.db, overdue.rows[0]!.action.id, other.id, false)).toBe(false);
    expect(meeting.status).toBe('minutes-drafted');
  });
});

describe('reminders', () => {
  it('emails owners of actions due within a week or overdue, once a week per action, even when runs overlap', async () => {
    const db = database.db;
    const group = await network.createGroup(db, actor, { name: 'Reminders', kind: 'task-group' });
    const ann = await network.createPerson(db, actor, { name: 'Ann Owner', email: 'ann@example.org' });
    const bob = await network.createPerson(db, actor, { name: 'Bob Member', email: 'bob@example.org' });
    await network.setMembership(db, actor, group.id, { personId: bob.id, role: 'member' });
    const m = await meetings.createMeeting(db, actor, group.id, { title: 'Reminders group', date: '2030-01-02', status: 'held' });
    await meetings.addAction(db, actor, m.id, { text: 'Ann to write the report', owners: [{ personId: ann.id, label: 'AO' }], due: '2030-01-10' });
    await meetings.addAction(db, actor, m.id, { text: 'Members to reply', owners: [{ body: 'All members', label: 'All members' }], due: '2030-01-01' });
    await meetings.addAction(db, actor, m.id, { text: 'Far off', owners: [{ personId: ann.id, label: 'AO' }], due: '2030-03-01' });
    const [a, b] = await Promise.all([
      meetings.sendActionReminders(db, { today: '2030-01-06' }),
      meetings.sendActionReminders(db, { today: '2030-01-06' }),
    ]);
    expect(a.queued + b.queued).toBe(2);
    const again = await meetings.sendActionReminders(db, { today: '2030-01-05' });
    expect(again).toMatchObject({ ran: true, queued: 0, alreadyReminded: 2 });
    const nextWeek = await meetings.sendActionReminders(db, { today: '2030-01-08' });
    expect(nextWeek.queued).toBe(2);
    const mails = await db.select().from(outbox).where(eq(outbox.kind, 'meeting-action-reminder'));
    expect(mails.map((x) => x.to).sort()).toEqual(['ann@example.org', 'ann@example.org', 'bob@example.org', 'bob@example.org']);
    expect(meetings.isoWeek('2030-01-06')).toBe('2030-W01');
  });
});

describe('calendar feeds', () => {
  it('issues a secret that works until revoked, and lists meetings and due dates with links back', async () => {
    const db = database.db;
    const user = await createUser(db, actor, { email: 'feed@example.org', name: 'Feed', role: 'viewer', password: 'a long enough password' });
    const token = await meetings.createFeedToken(db, actor, user.id);
    expect(await meetings.feedTokenUser(db, token)).toBe(user.id);
    const group = await network.createGroup(db, actor, { name: 'Calendar', kind: 'task-group' });
    const m = await meetings.createMeeting(db, actor, group.id, { title: 'Calendar meeting', date: '2031-05-06', start: '14:00', end: '16:00', location: 'Room 1' });
    await meetings.addAction(db, actor, m.id, { text: 'Book the room', due: '2031-06-01' });
    // Unfold the 75-octet lines as calendar apps do.
    const ics = (await meetings.groupCalendar(db, group, 'https://hub.example.org', today)).replace(/\r\n /g, '');
    expect(ics).toContain('DTSTART:20310506T140000');
    expect(ics).toContain(`https://hub.example.org/meetings/${m.id}`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20310601');
    await meetings.revokeFeedTokens(db, actor, user.id);
    expect(await meetings.feedTokenUser(db, token)).toBeNull();
  });
});
