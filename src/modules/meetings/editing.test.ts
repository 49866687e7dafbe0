import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { sharedPath } from '../../../tests/support/shared.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import * as network from '../network/service.ts';
import { parseMinutesDocx } from './minutes/index.ts';
import * as meetings from './service.ts';
import { importSample } from './sample-import.test-support.ts';

let database: Database;
const actor = systemActor('test');
const today = '2013-02-01';
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const audited = async (entity: string, action: string, entityId: string) =>
  database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, entity), eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));

/** Imports the London sample into a new group, with the meeting as its page reads it. */
async function importLondon(groupName: string, suggested: meetings.ImportDecisions['suggested'] = {}) {
  const imported = await importSample(database.db, actor, groupName, { suggested });
  return { ...imported, detail: (await meetings.getMeeting(database.db, imported.meeting.id))! };
}

describe('minutes of each item', () => {
  it('stores the words under each imported item, without the action lines stored as actions or the list of future dates', async () => {
    const { detail } = await importLondon('Item minutes');
    const item2 = detail.items.find((i) => i.number === '2')!;
    expect(item2.minutes).toContain('2.1 GO reported that 27 of the 32 London LSCBs');
    expect(item2.minutes).toContain('VS will follow up the four boroughs');
    expect(item2.minutes).not.toContain('GO and NS to revise the dataset guidance notes');
    expect(detail.items.find((i) => i.number === '8')!.minutes).toBeNull();
    const blocks = meetings.minutesBlocks('2', item2.minutes);
    expect(blocks.map((b) => (b.kind === 'list' ? `list of ${b.items.length}` : b.number))).toEqual(['2.1', '2.2', 'list of 3', '2.3', '2.4']);
    // Carried-forward action bullets go (they are actions); the prose of item 1 stays.
    const item1 = detail.items.find((i) => i.number === '1')!;
    expect(item1.minutes).toContain('1.4 All other actions have been completed');
    expect(item1.minutes).not.toContain('GO to write to the five boroughs');
  });

  it('numbers paragraphs <item>.<n> unless the minutes number their own, and keeps bullets together', () => {
    expect(meetings.minutesBlocks('3', 'First point.\n\nSecond point\nstill the same paragraph.')).toEqual([
      { kind: 'paragraph', number: '3.1', text: 'First point.' },
      { kind: 'paragraph', number: '3.2', text: 'Second point still the same paragraph.' },
    ]);
    // "1.5 million" under item 3 is not a paragraph number.
    expect(meetings.minutesBlocks('3', '1.5 million children were counted.')[0]).toEqual({ kind: 'paragraph', number: '3.1', text: '1.5 million children were counted.' });
    expect(meetings.minutesBlocks('4', '4.1 Own number.\n\nA continuation.\n\n• one\n\n• two')).toEqual([
      { kind: 'paragraph', number: '4.1', text: 'Own number.' },
      { kind: 'paragraph', number: null, text: 'A continuation.' },
      { kind: 'list', items: ['one', 'two'] },
    ]);
    expect(meetings.minutesLines('4', 'A.\n\n• one')).toBe('4.1 A.\n• one');
  });
});

describe('suggested actions', () => {
  it('saves the suggestions ticked as actions, with owner and due date, and not the others', async () => {
    const first = await importLondon('Suggestions none');
    expect((await meetings.actionsOfMeeting(database.db, first.meeting.id, today)).length).toBe(first.parsed.actions.length);

    const vs = first.review.suggestions[0]!;
    expect(vs.text).toBe('VS will follow up the four boroughs whose returns failed validation');
    const vanessa = first.review.people.find((p) => p.name === 'Vanessa Stroud')!;
    expect(vs.ownerGuess).toBe(`minutes:${vanessa.index}`);

    const { meeting, parsed } = await importLondon('Suggestions ticked', { '0': { owner: vs.ownerGuess, due: '', byNextMeeting: true } });
    const actions = await meetings.actionsOfMeeting(database.db, meeting.id, today);
    expect(actions).toHaveLength(parsed.actions.length + 1);
    const made = actions.find((a) => a.action.text === vs.text)!;
    expect(made.owners.map((o) => [o.label, o.name])).toEqual([['VS', 'Vanessa Stroud']]);
    expect(made.itemNumber).toBe('2');
    expect(made.action.dueByNextMeeting).toBe(true);
    expect(made.effectiveDue).toBe('2013-01-17');
    expect(actions.some((a) => a.action.text.startsWith('ME will invite'))).toBe(false);
  });

  it('asks again about a suggestion with a date that is not real or an owner not offered', async () => {
    const parsed = await parseMinutesDocx(readFileSync(sharedPath('samples', 'minutes', 'template-london.docx')));
    const review = await meetings.reviewOf(database.db, parsed);
    const decided: meetings.ImportDecisions = { people: {}, owners: {}, suggested: { '1': { owner: 'minutes:999', due: '2013-02-30', byNextMeeting: false } } };
    const missing = meetings.missingDecisions(review, decided);
    expect(missing['suggest-1-owner']).toBe('Choose the owner of suggested action 2 from the list');
    expect(missing['suggest-1-due']).toBe('Enter the due date of suggested action 2 as a real date, like 2025-04-30');
  });
});

describe('editing and deleting', () => {
  it('gives an action several owners, a person and a body, keeping the label the minutes gave an existing owner', async () => {
    const { meeting, detail } = await importLondon('Owners edit');
    const action = (await meetings.actionsOfMeeting(database.db, meeting.id, today)).find((a) => a.action.text.startsWith('GO and NS to revise'))!;
    const stored = (await meetings.storedAction(database.db, action.action.id))!;
    const grace = stored.owners[0]!;
    const tom = detail.attendance.find((a) => a.name === 'Tom Fairweather')!;
    const owners = await meetings.ownersFromChoices(database.db, [`person:${grace.personId}`, `person:${tom.personId}`, 'body:Chairs', `person:${tom.personId}`], stored.owners);
    await database.db.transaction((tx) => meetings.updateAction(tx, actor, stored.id, { text: 'GO and TF to revise the guidance notes', itemId: stored.itemId, owners, due: '2013-03-01' }));
    const after = (await meetings.getAction(database.db, stored.id, today))!;
    expect(after.owners.map((o) => [o.label, o.name ?? o.body])).toEqual([
      ['GO', 'Grace Obuya'],
      ['Tom Fairweather', 'Tom Fairweather'],
      ['Chairs', 'Chairs'],
    ]);
    expect(after.effectiveDue).toBe('2013-03-01');
    expect(after.action.dueByNextMeeting).toBe(false);
    expect(await audited('meeting-action', 'update', stored.id)).toHaveLength(1);
    // The body stands for every member of the group when reminders go out.
    const member = await network.createPerson(database.db, actor, { name: 'Group Member', email: 'member@example.org' });
    await network.setMembership(database.db, actor, meeting.groupId, { personId: member.id, role: 'member' });
    expect((await meetings.ownerPeopleOf(database.db, stored.id)).map((p) => p.name).sort()).toEqual(['Grace Obuya', 'Group Member', 'Tom Fairweather']);

    await expect(meetings.ownersFromChoices(database.db, ['person:00000000-0000-4000-8000-000000000000'])).rejects.toMatchObject({ field: 'owners' });
    const other = await meetings.createMeeting(database.db, actor, meeting.groupId, { title: 'Other', date: '2013-05-01' });
    const foreignItem = await meetings.addItem(database.db, actor, other.id, { number: '1', title: 'Elsewhere' });
    await expect(meetings.updateAction(database.db, actor, stored.id, { text: 'x', itemId: foreignItem.id })).rejects.toMatchObject({ field: 'itemId' });
  });

  it('deletes an action with its owners and notes, and records it', async () => {
    const { meeting } = await importLondon('Action delete');
    const [first] = await meetings.actionsOfMeeting(database.db, meeting.id, today);
    await database.db.transaction((tx) => meetings.deleteAction(tx, actor, first!.action.id));
    expect(await meetings.getAction(database.db, first!.action.id, today)).toBeNull();
    expect((await audited('meeting-action', 'delete', first!.action.id))[0]!.summary).toContain('GO to write to the five boroughs');
  });

  it('edits an item’s number and minutes, refuses a number taken, and keeps its actions when it is deleted', async () => {
    const { meeting, detail } = await importLondon('Item edit');
    const item3 = detail.items.find((i) => i.number === '3')!;
    expect(await meetings.itemNumberTaken(database.db, meeting.id, '2', item3.id)).toBe(true);
    expect(await meetings.itemNumberTaken(database.db, meeting.id, '3', item3.id)).toBe(false);
    await database.db.transaction((tx) => meetings.updateItem(tx, actor, item3.id, { number: '3.1', title: item3.title, minutes: 'Rewritten.\n\nSecond.', papers: item3.papers }));
    expect(meetings.minutesBlocks('3.1', (await meetings.findItem(database.db, item3.id))!.minutes).map((b) => b.kind === 'paragraph' && b.number)).toEqual(['3.1.1', '3.1.2']);
    const under = await meetings.actionsUnderItem(database.db, item3.id);
    expect(under).toBe(2);
    await database.db.transaction((tx) => meetings.deleteItem(tx, actor, item3.id));
    const actions = await meetings.actionsOfMeeting(database.db, meeting.id, today);
    expect(actions.filter((a) => a.action.text.startsWith('ME to provide MPS figures')).map((a) => a.action.itemId)).toEqual([null]);
    expect((await audited('agenda-item', 'delete', item3.id))[0]!.summary).toContain('2 actions kept');
  });

  it('changes and removes attendance, refusing a person twice and a reply that does not fit', async () => {
    const { detail } = await importLondon('Attendance edit');
    const [helen, grace] = detail.attendance;
    await expect(meetings.updateAttendance(database.db, actor, grace!.id, { personId: helen!.personId, attendance: 'present' })).rejects.toMatchObject({ field: 'personId' });
    await expect(meetings.updateAttendance(database.db, actor, grace!.id, { personId: grace!.personId, attendance: 'accepted' })).rejects.toMatchObject({ field: 'attendance' });
    await database.db.transaction((tx) => meetings.updateAttendance(tx, actor, grace!.id, { personId: grace!.personId, attendance: 'absent', role: 'guest', representing: 'London Board' }));
    let now = (await meetings.getMeeting(database.db, detail.id))!.attendance.find((a) => a.id === grace!.id)!;
    expect([now.attendance, now.role, now.representing, now.organisation]).toEqual(['absent', 'guest', 'London Board', grace!.organisation]);
    await database.db.transaction((tx) => meetings.deleteAttendance(tx, actor, grace!.id));
    now = (await meetings.getMeeting(database.db, detail.id))!.attendance.find((a) => a.id === grace!.id)!;
    expect(now).toBeUndefined();
    expect(await audited('meeting', 'delete', detail.id)).toHaveLength(1);
  });

  it('deletes a meeting with its actions only when told to, leaving the minutes it approved approved', async () => {
    const { meeting, group, parsed } = await importLondon('Meeting delete');
    const later = await meetings.createMeeting(database.db, actor, group.id, { title: 'Approving', date: '2013-06-01', status: 'held' });
    await meetings.updateMeeting(database.db, actor, meeting.id, { title: meeting.title, date: meeting.date, status: 'minutes-approved', approvedAtMeetingId: later.id });
    const what = (await meetings.meetingDeletion(database.db, later.id))!;
    expect(what.approves.map((m) => m.id)).toEqual([meeting.id]);

    const impact = (await meetings.meetingDeletion(database.db, meeting.id))!;
    expect([impact.items, impact.actions, impact.openActions, impact.papers]).toEqual([8, parsed.actions.length, parsed.actions.length, []]);
    await expect(meetings.deleteMeeting(database.db, actor, meeting.id, { actions: false })).rejects.toMatchObject({ field: 'deleteActions' });
    expect(await meetings.findMeeting(database.db, meeting.id)).not.toBeNull();
    await database.db.transaction((tx) => meetings.deleteMeeting(tx, actor, meeting.id, { actions: true }));
    expect(await meetings.findMeeting(database.db, meeting.id)).toBeNull();
    expect((await meetings.listActions(database.db, { groupId: group.id, today }, { limit: 100, offset: 0 })).total).toBe(0);
    expect((await audited('meeting', 'delete', meeting.id))[0]!.summary).toContain(`${parsed.actions.length} actions`);

    await database.db.transaction((tx) => meetings.deleteMeeting(tx, actor, later.id, { actions: false }));
    expect(await meetings.findMeeting(database.db, later.id)).toBeNull();
  });

  it('clears “approved at” when the approving meeting is deleted', async () => {
    const group = await network.createGroup(database.db, actor, { name: 'Approvals', kind: 'sub-group' });
    const first = await meetings.createMeeting(database.db, actor, group.id, { title: 'First', date: '2014-01-01', status: 'minutes-drafted' });
    const second = await meetings.createMeeting(database.db, actor, group.id, { title: 'Second', date: '2014-02-01' });
    await meetings.updateMeeting(database.db, actor, first.id, { title: 'First', date: '2014-01-01', status: 'minutes-approved', approvedAtMeetingId: second.id });
    await database.db.transaction((tx) => meetings.deleteMeeting(tx, actor, second.id, { actions: false }));
    expect(await meetings.findMeeting(database.db, first.id)).toMatchObject({ status: 'minutes-approved', approvedAtMeetingId: null });
  });
});
