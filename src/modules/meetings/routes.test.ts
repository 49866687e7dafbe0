import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestApp, csrfFrom, signedInAs, type TestApp } from '../../../tests/support/app.ts';
import { sharedPath } from '../../../tests/support/shared.ts';
import { systemActor } from '../../platform/audit/service.ts';
import * as network from '../network/service.ts';
import { parseMinutesDocx } from './minutes/index.ts';
import * as meetings from './service.ts';

let t: TestApp;
let groupId: string;
beforeAll(async () => {
  t = await createTestApp();
  groupId = (await network.createGroup(t.database.db, systemActor('test'), { name: 'Performance and Data Sub-Group', kind: 'sub-group' })).id;
});
afterAll(async () => t.close());

type Session = Awaited<ReturnType<typeof signedInAs>>;

function multipart(fields: Record<string, string>, file?: { name: string; content: Buffer }) {
  const boundary = '----hubtest' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(file.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(s: Session, fields: Record<string, string>, file?: { name: string; content: Buffer }) {
  const form = await s.get('/meetings/import');
  s.jar.take(form);
  const body = multipart(fields, file);
  const res = await t.app.inject({
    method: 'POST',
    url: `/meetings/import?_csrf=${encodeURIComponent(csrfFrom(form.body))}`,
    headers: { cookie: s.jar.header, 'content-type': body.contentType },
    payload: body.payload,
  });
  s.jar.take(res);
  return res;
}

const sample = (name: string) => readFileSync(sharedPath('samples', 'minutes', name));
let meetingId: string;

describe('minutes import pages', () => {
  it('refuses files that are not minutes with a message on the form, saving nothing', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const renamed = await upload(coordinator, { groupId }, { name: 'minutes.docx', content: png });
    expect(renamed.statusCode).toBe(400);
    expect(renamed.body).toContain('href="#file"');
    expect(renamed.body).toContain('The selected file must be DOCX, TXT or MD');
    const empty = await upload(coordinator, { groupId }, { name: 'minutes.txt', content: Buffer.alloc(0) });
    expect(empty.body).toContain('The selected file is empty');
    const noGroup = await upload(coordinator, { groupId: '' }, { name: 'm.docx', content: sample('template-london.docx') });
    expect(noGroup.body).toContain('href="#groupId"');
    expect((await meetings.listMeetings(t.database.db, groupId)).total).toBe(0);
  });

  it('does not let a viewer import minutes', async () => {
    const viewer = await signedInAs(t, 'viewer');
    expect((await viewer.get('/meetings/import')).statusCode).toBe(403);
  });

  it('parses an upload, asks about ambiguous owners, and saves only when confirmed', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const res = await upload(coordinator, { groupId }, { name: 'template-london.docx', content: sample('template-london.docx') });
    expect(res.statusCode).toBe(303);
    const reviewUrl = res.headers.location as string;
    const review = await coordinator.get(reviewUrl);
    expect(review.body).toContain('Check the imported minutes');
    expect(review.body).toContain('Who is “SC” in action 9');
    expect((await meetings.listMeetings(t.database.db, groupId)).total).toBe(0);
    // Another coordinator cannot see or confirm this draft.
    const other = await signedInAs(t, 'network-coordinator');
    expect((await other.get(reviewUrl)).statusCode).toBe(404);

    const unanswered = await coordinator.post(reviewUrl, { 'suggest-1': 'yes', 'suggest-1-due': '2013-02-30' }, reviewUrl);
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.body).toContain('href="#owner-8-0"');
    expect(unanswered.body).toContain('href="#suggest-1-due">Enter the due date of suggested action 2 as a real date, like 2025-04-30');
    expect((await meetings.listMeetings(t.database.db, groupId)).total).toBe(0);

    const fields: Record<string, string> = { 'owner-8-0': 'Stephen Cole' };
    for (const [, index] of review.body.matchAll(/name="person-(\d+)"/g)) fields[`person-${index}`] = 'new';
    // Commitments in prose are offered as actions, the owner their initials point to chosen already.
    expect(review.body).toContain('Suggested action 1 (item 2): VS will follow up the four boroughs whose returns failed validation');
    const guessed = /<select[^>]*name="suggest-0-owner"[^>]*>[\s\S]*?<option value="([^"]+)" selected>Vanessa Stroud<\/option>/.exec(review.body);
    expect(guessed).not.toBeNull();
    Object.assign(fields, { 'suggest-0': 'yes', 'suggest-0-owner': guessed![1]!, 'suggest-0-due': '2013-01-10', 'suggest-1-owner': '', 'suggest-1-due': 'not a date' });
    const saved = await coordinator.post(reviewUrl, fields, reviewUrl);
    expect(saved.statusCode).toBe(303);
    meetingId = (saved.headers.location as string).split('/').pop()!;
    const page = await coordinator.get(saved.headers.location as string);
    expect(page.body).toContain('Minutes imported');
    expect(page.body).toContain('8 items and 12 actions saved.');
    expect(page.body).toContain('GO and NS to revise the dataset guidance notes');
    // The ticked suggestion is an action with its owner and date; the unticked one is not saved.
    const actions = await meetings.actionsOfMeeting(t.database.db, meetingId, meetings.londonToday());
    expect(actions.filter((a) => a.action.text.startsWith('VS will follow up')).map((a) => [a.ownerText, a.effectiveDue, a.itemNumber])).toEqual([['Vanessa Stroud', '2013-01-10', '2']]);
    expect(actions.some((a) => a.action.text.startsWith('ME will invite'))).toBe(false);
    // Each item's minutes are kept and shown under it.
    expect(page.body).toContain('<span class="govuk-!-font-weight-bold">2.1</span> GO reported that 27 of the 32 London LSCBs');
    expect((await coordinator.get(reviewUrl)).statusCode).toBe(404);
  });

  it('answers the contract structure with ids from the API', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const res = await viewer.get(`/api/v1/meetings/${meetingId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.id).toBe(meetingId);
    expect(body.chair).toMatchObject({ name: 'Helen Marchbank', standingInFor: 'Derek Ashworth' });
    expect(body.actions.find((a: { text: string }) => a.text.startsWith('SC to circulate')).owners[0]).toMatchObject({ as: 'SC', person: 'Stephen Cole' });
    expect(body.actions[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await t.app.inject({ url: `/api/v1/meetings/${meetingId}` })).statusCode).toBe(401);
  });

  it('exports the stored meeting as a .docx that reads back as the same meeting, and as a printable page', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const docx = await t.app.inject({ url: `/meetings/${meetingId}/minutes.docx`, headers: { cookie: viewer.jar.header } });
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const api = (await viewer.get(`/api/v1/meetings/${meetingId}`)).json();
    const reread = await parseMinutesDocx(docx.rawPayload);
    expect(reread.actions.map((a) => a.text)).toEqual(api.actions.map((a: { text: string }) => a.text));
    expect(reread.attendees.map((a) => a.name)).toEqual(api.attendees.map((a: { name: string }) => a.name));
    const print = await viewer.get(`/meetings/${meetingId}/minutes`);
    expect(print.body).toContain('Thursday 6 December 2012');
    expect(print.body).toContain('ACTION');
  });
});

describe('papers', () => {
  it('lets coordinators upload papers to a meeting through the documents module, not viewers', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    expect((await coordinator.get(`/documents/new?kind=meeting&id=${meetingId}`)).statusCode).toBe(200);
    expect((await coordinator.get(`/meetings/${meetingId}`)).body).toContain(`/documents/new?kind=meeting&amp;id=${meetingId}`);
    const viewer = await signedInAs(t, 'viewer');
    expect((await viewer.get(`/documents/new?kind=meeting&id=${meetingId}`)).statusCode).toBe(403);
  });
});

describe('actions pages', () => {
  it('lets an owner mark their action done, not someone else’s, and carries the rest forward', async () => {
    const db = t.database.db;
    const actions = await meetings.actionsOfMeeting(db, meetingId, meetings.londonToday());
    const grace = (await network.listPeople(db, { text: 'Grace Obuya' })).rows[0]!;
    const { createUser } = await import('../../platform/auth/users.ts');
    await createUser(db, systemActor('test'), { email: 'grace@example.org', name: 'Grace Obuya', role: 'board-member', boardId: (await network.findBoard(db, 'camden'))!.id, password: 'quiet harbour lantern moss', personId: grace.id });
    const { signIn } = await import('../../../tests/support/app.ts');
    const owner = await signIn(t, 'grace@example.org', 'quiet harbour lantern moss');
    const mine = actions.find((a) => a.action.text.startsWith('GO to write'))!;
    const notMine = actions.find((a) => a.action.text.startsWith('TF to circulate'))!;
    const denied = await owner.post(`/meetings/actions/${notMine.action.id}/status`, { status: 'done' }, `/meetings/actions/${mine.action.id}`);
    expect(denied.statusCode).toBe(403);
    const done = await owner.post(`/meetings/actions/${mine.action.id}/status`, { status: 'done', note: 'Letters sent' }, `/meetings/actions/${mine.action.id}`);
    expect(done.statusCode).toBe(303);
    const myPage = await owner.get('/meetings/my-actions?status=open');
    expect(myPage.body).toContain('GO and NS to revise');
    expect(myPage.body).not.toContain('GO to write');

    const next = (await meetings.neighbours(db, (await meetings.findMeeting(db, meetingId))!)).next!;
    const nextPage = await owner.get(`/meetings/${next.id}`);
    expect(nextPage.body).toContain('Outstanding from earlier meetings');
    expect(nextPage.body).toContain('TF to circulate the Islington private fostering');
    expect(nextPage.body).not.toContain('GO to write to the five boroughs');
    expect(nextPage.body).toContain('6 weeks');
    const pack = await owner.get(`/meetings/${next.id}/agenda`);
    expect(pack.body).toContain('TF to circulate the Islington private fostering');
  });

  it('filters the group’s action log and downloads it as CSV', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const slug = (await network.getGroup(t.database.db, groupId))!.slug;
    const log = await viewer.get(`/meetings/groups/${slug}/actions?status=done`);
    expect(log.body).toContain('Showing 1 to 1 of 1 actions');
    const csv = await viewer.get(`/meetings/groups/${slug}/actions?format=csv&overdue=yes`);
    const rows = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.Status === 'Open' && r.Due !== '')).toBe(true);
    expect((await viewer.get('/meetings/overdue')).body).toContain('days overdue');
  });
});

describe('calendar feeds', () => {
  it('serves ICS to a link with a live secret, and nothing once revoked', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const created = await viewer.post('/meetings/calendar/token', {}, '/meetings/calendar');
    const link = /\/calendar\/([\w-]+)\/groups\/([\w-]+)\.ics/.exec(created.body)!;
    const feed = await t.app.inject({ url: link[0] });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VEVENT');
    await viewer.post('/meetings/calendar/revoke', {}, '/meetings/calendar');
    expect((await t.app.inject({ url: link[0] })).statusCode).toBe(404);
  });
});
