import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, signedInAs, type TestApp } from '../../../tests/support/app.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import * as network from '../network/service.ts';
import * as meetings from './service.ts';

const actor = systemActor('test');
let t: TestApp;
let slug: string;
let meetingId: string;
let itemId: string;
let actionId: string;
let entryId: string;
const person: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const group = await network.createGroup(db, actor, { name: 'Editing Group', kind: 'task-group' });
  slug = group.slug;
  for (const name of ['Ann Owner', 'Bob Present', 'Carol Elsewhere']) person[name] = (await network.createPerson(db, actor, { name })).id;
  await network.setMembership(db, actor, group.id, { personId: person['Ann Owner']!, role: 'member' });
  meetingId = (await meetings.createMeeting(db, actor, group.id, { title: 'Editing Group', date: '2031-03-04', status: 'held' })).id;
  await meetings.createMeeting(db, actor, group.id, { title: 'Editing Group', date: '2031-05-06' });
  itemId = (await meetings.addItem(db, actor, meetingId, { number: '1', title: 'Pilot', minutes: 'Old words.' })).id;
  actionId = (await meetings.addAction(db, actor, meetingId, { text: 'AO to draft the letter', itemId, owners: [{ personId: person['Ann Owner']!, label: 'AO' }] })).id;
  await meetings.setAttendance(db, actor, meetingId, { personId: person['Bob Present']!, attendance: 'present' });
  entryId = (await meetings.getMeeting(db, meetingId))!.attendance[0]!.id;
});
afterAll(async () => t.close());

const audits = (entity: string, action: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, entity), eq(auditEvents.action, action)));

describe('who may edit and delete', () => {
  it('refuses viewers and board members every edit and delete page and form, and sends signed-out visitors to sign in', async () => {
    const pages = [
      `/meetings/${meetingId}/delete`,
      `/meetings/${meetingId}/items/new`,
      `/meetings/items/${itemId}/edit`,
      `/meetings/items/${itemId}/delete`,
      `/meetings/${meetingId}/attendance/new`,
      `/meetings/attendance/${entryId}/edit`,
      `/meetings/attendance/${entryId}/delete`,
      `/meetings/${meetingId}/actions/new`,
      `/meetings/actions/${actionId}/edit`,
      `/meetings/actions/${actionId}/delete`,
    ];
    for (const session of [await signedInAs(t, 'viewer'), await signedInAs(t, 'board-member', 'camden')]) {
      for (const url of pages) {
        expect((await session.get(url)).statusCode, url).toBe(403);
        const post = url.endsWith('/new') ? url.replace('/new', '') : url;
        expect((await session.post(post, { number: '9', title: 'x', text: 'x', deleteActions: 'yes' })).statusCode, post).toBe(403);
      }
    }
    expect((await t.app.inject({ url: `/meetings/items/${itemId}/edit` })).headers.location).toMatch(/^\/sign-in/);
    expect(await meetings.findMeeting(t.database.db, meetingId)).not.toBeNull();
    expect((await meetings.findItem(t.database.db, itemId))!.minutes).toBe('Old words.');
  });

  it('refuses a change without the form’s CSRF token', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const res = await t.app.inject({
      method: 'POST',
      url: `/meetings/items/${itemId}/delete`,
      headers: { cookie: coordinator.jar.header, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(res.statusCode).toBe(403);
    expect(await meetings.findItem(t.database.db, itemId)).not.toBeNull();
  });
});

describe('agenda items', () => {
  it('edits an item’s minutes, shown as numbered paragraphs with markup as text, on the page, the print view and the API', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const form = `/meetings/items/${itemId}/edit`;
    expect((await coordinator.get(form)).body).toContain('Old words.');
    const blank = await coordinator.post(form, { number: '', title: 'Pilot', minutes: '' }, form);
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('There is a problem');
    expect(blank.body).toMatch(/href="#number">Enter the item’s number, like 2 or 2.1</);

    const saved = await coordinator.post(form, { number: '1', title: 'Pilot', minutes: 'First <script>alert(1)</script> point.\n\nSecond\npoint.' }, form);
    expect(saved.statusCode).toBe(303);
    const page = (await coordinator.get(`/meetings/${meetingId}`)).body;
    expect(page).toContain('<span class="govuk-!-font-weight-bold">1.1</span> First &lt;script&gt;alert(1)&lt;/script&gt; point.</p>');
    expect(page).toContain('<span class="govuk-!-font-weight-bold">1.2</span> Second point.</p>');
    expect(page).not.toContain('<script>alert(1)');
    expect((await coordinator.get(`/meetings/${meetingId}/minutes`)).body).toContain('1.2</span> Second point.');
    const api = (await coordinator.get(`/api/v1/meetings/${meetingId}`)).json();
    expect(api.items[0]).toEqual({ id: itemId, number: '1', title: 'Pilot', presenter: null, text: '1.1 First <script>alert(1)</script> point.\n1.2 Second point.' });
    expect((await audits('agenda-item', 'update')).some((a) => a.entityId === itemId)).toBe(true);
  });

  it('adds an item from its own page, and refuses a number the meeting already has', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const added = await coordinator.post(`/meetings/${meetingId}/items`, { number: '2', title: 'Any other business', paperUrl: 'https://example.org/p.pdf', paperTitle: 'Paper' }, `/meetings/${meetingId}/items/new`);
    expect(added.statusCode).toBe(303);
    const second = (await meetings.getMeeting(t.database.db, meetingId))!.items.find((i) => i.number === '2')!;
    expect(second.papers).toEqual([{ title: 'Paper', url: 'https://example.org/p.pdf' }]);
    const clash = await coordinator.post(`/meetings/items/${second.id}/edit`, { number: '1', title: 'Any other business' }, `/meetings/items/${second.id}/edit`);
    expect(clash.statusCode).toBe(400);
    expect(clash.body).toMatch(/href="#number">This meeting already has an item 1: give this item another number</);
    const badLink = await coordinator.post(`/meetings/items/${second.id}/edit`, { number: '2', title: 'AOB', removePaper: '0', paperUrl: 'javascript:alert(1)' }, `/meetings/items/${second.id}/edit`);
    expect(badLink.body).toMatch(/href="#paperUrl">Enter a link starting https:\/\//);
    // Ticking a paper removes its link; the item keeps the rest.
    expect((await coordinator.post(`/meetings/items/${second.id}/edit`, { number: '2', title: 'AOB', removePaper: '0' }, `/meetings/items/${second.id}/edit`)).statusCode).toBe(303);
    expect((await meetings.findItem(t.database.db, second.id))!.papers).toEqual([]);
  });

  it('deletes an item after saying its actions stay with the meeting', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const item = await meetings.addItem(t.database.db, actor, meetingId, { number: '5', title: 'To go' });
    const action = await meetings.addAction(t.database.db, actor, meetingId, { text: 'Stays after the item goes', itemId: item.id });
    const confirm = await coordinator.get(`/meetings/items/${item.id}/delete`);
    expect(confirm.body).toContain('Delete item 5, To go?');
    expect(confirm.body).toContain('Its 1 action stays with the meeting, no longer under an item.');
    expect((await coordinator.post(`/meetings/items/${item.id}/delete`, {}, `/meetings/items/${item.id}/delete`)).statusCode).toBe(303);
    expect(await meetings.findItem(t.database.db, item.id)).toBeNull();
    expect((await meetings.storedAction(t.database.db, action.id))!.itemId).toBeNull();
  });
});

describe('actions', () => {
  it('gives an action several owners: ticked members, a body, and anyone else through “Add another owner”', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const form = `/meetings/actions/${actionId}/edit`;
    const page = await coordinator.get(form);
    expect(page.body).toMatch(new RegExp(`value="person:${person['Ann Owner']}" checked`));
    expect(page.body).toContain('Bob Present');
    expect(page.body).toContain('value="body:Chairs"');
    const more = await coordinator.post(form, { text: 'AO to draft the letter', owners: [`person:${person['Ann Owner']}`], addOwner: 'yes' }, form);
    expect(more.statusCode).toBe(200);
    expect(more.body).toContain('id="extraOwner-2"');

    const badDate = await coordinator.post(form, { text: 'AO to draft the letter', dueKind: 'date', due: '2031-02-30' }, form);
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toMatch(/href="#due">The due date must be a real date</);
    const noDate = await coordinator.post(form, { text: '', dueKind: 'date', due: '' }, form);
    expect(noDate.body).toMatch(/href="#text">Enter what is to be done</);
    expect(noDate.body).toMatch(/href="#due">Enter the date the action is due, like 2025-04-30</);

    const saved = await coordinator.post(
      form,
      { text: 'AO and CE to draft the letter', itemId, owners: [`person:${person['Ann Owner']}`, 'body:Chairs', `person:${person['Carol Elsewhere']}`, ''], dueKind: 'next' },
      form,
    );
    expect(saved.statusCode).toBe(303);
    const shown = (await coordinator.get(`/meetings/actions/${actionId}`)).body;
    expect(shown).toContain('AO and CE to draft the letter');
    expect(shown).toContain('Ann Owner, Chairs, Carol Elsewhere');
    expect(shown).toContain('2031-05-06 (by the next meeting)');
    const api = (await coordinator.get(`/api/v1/meetings/${meetingId}`)).json();
    expect(api.actions.find((a: { id: string }) => a.id === actionId).owners).toEqual([
      { id: person['Ann Owner'], as: 'AO', person: 'Ann Owner', candidates: ['Ann Owner'] },
      { as: 'Chairs', group: 'Chairs' },
      { id: person['Carol Elsewhere'], as: 'Carol Elsewhere', person: 'Carol Elsewhere', candidates: ['Carol Elsewhere'] },
    ]);
    // Carol, named as an owner, now finds it among her actions.
    expect((await meetings.listActions(t.database.db, { ownerPersonId: person['Carol Elsewhere']!, today: '2031-01-01' }, { limit: 5, offset: 0 })).total).toBe(1);
  });

  it('adds an action with two owners from its own page', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const form = `/meetings/${meetingId}/actions/new`;
    expect((await coordinator.get(form)).body).toContain('Add an action');
    const res = await coordinator.post(`/meetings/${meetingId}/actions`, { text: 'Both to review the plan', owners: [`person:${person['Ann Owner']}`, `person:${person['Bob Present']}`], dueKind: 'date', due: '2031-04-01' }, form);
    expect(res.statusCode).toBe(303);
    const made = (await meetings.actionsOfMeeting(t.database.db, meetingId, '2031-01-01')).find((a) => a.action.text === 'Both to review the plan')!;
    expect([made.ownerText, made.effectiveDue]).toEqual(['Ann Owner, Bob Present', '2031-04-01']);
  });

  it('deletes an action after a confirmation page, and records it', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const doomed = await meetings.addAction(t.database.db, actor, meetingId, { text: 'Recorded by mistake' });
    const confirm = await coordinator.get(`/meetings/actions/${doomed.id}/delete`);
    expect(confirm.body).toContain('Delete this action?');
    expect(confirm.body).toContain('mark it dropped instead');
    expect((await coordinator.post(`/meetings/actions/${doomed.id}/delete`, {}, `/meetings/actions/${doomed.id}/delete`)).statusCode).toBe(303);
    expect(await meetings.storedAction(t.database.db, doomed.id)).toBeNull();
    expect((await audits('meeting-action', 'delete')).map((a) => a.entityId)).toContain(doomed.id);
  });
});

describe('attendance', () => {
  it('changes an entry, refuses a reply that fits only events, and removes it after confirming', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const form = `/meetings/attendance/${entryId}/edit`;
    const wrong = await coordinator.post(form, { personId: person['Bob Present']!, attendance: 'accepted' }, form);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toMatch(/href="#attendance">Choose present, apologies or absent</);
    const none = await coordinator.post(form, { personId: '', attendance: 'present' }, form);
    expect(none.body).toMatch(/href="#personId">Choose a person</);
    expect((await coordinator.post(form, { personId: person['Bob Present']!, attendance: 'apologies', role: 'guest' }, form)).statusCode).toBe(303);
    const row = (await meetings.getMeeting(t.database.db, meetingId))!.attendance.find((a) => a.id === entryId)!;
    expect([row.attendance, row.role]).toEqual(['apologies', 'guest']);
    expect((await coordinator.get(`/meetings/attendance/${entryId}/delete`)).body).toContain('Remove Bob Present from the attendance?');
    expect((await coordinator.post(`/meetings/attendance/${entryId}/delete`, {}, `/meetings/attendance/${entryId}/delete`)).statusCode).toBe(303);
    expect((await meetings.getMeeting(t.database.db, meetingId))!.attendance).toEqual([]);
  });
});

describe('deleting a meeting', () => {
  it('says what happens to its actions and deletes them only when the coordinator ticks that they should go', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const group = (await network.getGroup(t.database.db, slug))!;
    const m = await meetings.createMeeting(t.database.db, actor, group.id, { title: 'Duplicate import', date: '2031-07-08' });
    await meetings.addAction(t.database.db, actor, m.id, { text: 'One open action' });
    const url = `/meetings/${m.id}/delete`;
    const confirm = await coordinator.get(url);
    expect(confirm.body).toContain('Its 1 action (1 still open) is deleted too: it leaves the action log');
    expect(confirm.body).toContain('Yes, delete its 1 action as well');
    const unticked = await coordinator.post(url, {}, url);
    expect(unticked.statusCode).toBe(400);
    expect(unticked.body).toMatch(/href="#deleteActions">Confirm that the meeting’s 1 action should be deleted with it</);
    expect(await meetings.findMeeting(t.database.db, m.id)).not.toBeNull();
    const done = await coordinator.post(url, { deleteActions: 'yes' }, url);
    expect(done.headers.location).toBe(`/meetings/groups/${slug}`);
    expect(await meetings.findMeeting(t.database.db, m.id)).toBeNull();
    expect((await audits('meeting', 'delete')).map((a) => a.entityId)).toContain(m.id);
  });
});

describe('API description', () => {
  it('lists GET /meetings/{id} with the minutes structure, ids and item minutes', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/meetings/{id}'].get.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/MeetingMinutes');
    const schema = doc.components.schemas.MeetingMinutes;
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'date', 'attendees', 'apologies', 'items', 'actions', 'nextMeetings']));
    expect(Object.keys(schema.properties.items.items.properties)).toEqual(['id', 'number', 'title', 'presenter', 'text']);
    expect(schema.properties.actions.items.required).toEqual(expect.arrayContaining(['id', 'owners', 'due', 'status']));
  });
});
