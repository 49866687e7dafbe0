import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { loadDemo } from '../../demo/load.ts';
import * as network from '../network/service.ts';
import * as meetings from './service.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
});
afterAll(async () => database.close());

describe('meetings demo', () => {
  it('gives the steering group held and scheduled meetings with done, dropped, carried-forward and overdue actions', async () => {
    const db = database.db;
    const today = meetings.londonToday();
    const group = (await network.getGroup(db, 'datasets-project-steering-group'))!;
    const list = await meetings.listMeetings(db, group.id);
    expect(list.rows.map((m) => m.status)).toEqual(['scheduled', 'scheduled', 'minutes-drafted', 'minutes-approved']);
    const log = await meetings.listActions(db, { groupId: group.id, today }, { limit: 50, offset: 0 });
    expect(new Set(log.rows.map((r) => r.action.status))).toEqual(new Set(['open', 'done', 'dropped']));
    expect((await meetings.listActions(db, { groupId: group.id, overdue: true, today }, { limit: 50, offset: 0 })).total).toBe(2);
    const next = list.rows.find((m) => m.kind === 'meeting' && m.date > today)!;
    const outstanding = await meetings.outstandingAt(db, next, today);
    expect(outstanding.map((o) => o.action.text)).toContain('HC and TN to pilot the dataset return in Camden and Hackney and report back');
    const reminders = await meetings.sendActionReminders(db, { today });
    expect(reminders.queued).toBeGreaterThan(0);
  });
});
