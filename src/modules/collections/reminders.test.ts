import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { like } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import type { Db } from '../../platform/db/types.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { createUser } from '../../platform/auth/users.ts';
import { outbox } from '../../platform/mail/schema.ts';
import * as network from '../network/service.ts';
import * as collections from './service.ts';
import { question } from './fixtures.ts';

let database: Database;
let db: Db;
const actor = systemActor('test');
let camden: string;
let hackney: string;
let barnet: string;

const at = (day: number) => new Date(Date.UTC(2025, 3, day, 8)); // April 2025

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await network.ensureReferenceData(db);
  [camden, hackney, barnet] = (await Promise.all(
    ['camden', 'city-and-hackney', 'barnet'].map(async (code) => (await network.findBoard(db, code))!.id),
  )) as [string, string, string];
  for (const [boardId, email] of [
    [camden, 'cam@example.org'],
    [hackney, 'hack@example.org'],
    [barnet, 'bar@example.org'],
  ] as const) {
    await createUser(db, actor, {
      email,
      name: email,
      role: 'board-manager',
      boardId,
      password: 'a long enough password',
    });
  }
  for (const boardId of [camden, hackney, barnet])
    await collections.setPilotStatus(db, actor, { boardId, status: 'confirmed' });
});
afterAll(async () => database?.close());

async function reminderMail(collectionId: string) {
  return db
    .select()
    .from(outbox)
    .where(like(outbox.dedupeKey, `collection-reminder:${collectionId}:%`));
}

describe('reminder policy', () => {
  it('reminds first after N days, then every M days, at most K times, and never a board that has submitted', async () => {
    const form = await collections.createForm(
      db,
      actor,
      { name: 'f' },
      { sections: [{ title: 's', help: null, questions: [question('a', 'number', 'A')] }] },
    );
    const c = await collections.createCollection(db, actor, {
      name: 'Scoping exercise',
      kind: 'survey',
      period: '2025',
      formId: form.id,
      audience: 'pilots',
      opensOn: '2025-04-01',
      closesOn: '2025-04-30',
      reminderFirstAfterDays: 5,
      reminderEveryDays: 3,
      reminderMax: 2,
    });
    await collections.openCollection(db, actor, c.id, at(1));
    // Camden submits on day 2: it must never hear from the reminders.
    await collections.saveAnswers(db, actor, {
      collectionId: c.id,
      boardId: camden,
      revision: 0,
      answers: { a: '1' },
    });
    await collections.submitReturn(db, actor, { collectionId: c.id, boardId: camden, revision: 1 }, at(2));

    expect(await collections.sendCollectionReminders(db, at(5))).toEqual({ boards: 0, emails: 0 }); // before day 1 + 5
    expect(await collections.sendCollectionReminders(db, at(6))).toEqual({ boards: 2, emails: 2 });
    expect(await collections.sendCollectionReminders(db, at(6))).toEqual({ boards: 0, emails: 0 }); // not twice a day
    expect(await collections.sendCollectionReminders(db, at(8))).toEqual({ boards: 0, emails: 0 }); // every 3 days
    // Hackney starts but does not submit; Barnet does nothing.
    await collections.saveAnswers(db, actor, {
      collectionId: c.id,
      boardId: hackney,
      revision: 0,
      answers: { a: '2' },
    });
    expect(await collections.sendCollectionReminders(db, at(9))).toEqual({ boards: 2, emails: 2 });
    expect(await collections.sendCollectionReminders(db, at(12))).toEqual({ boards: 0, emails: 0 }); // at most 2
    expect(await collections.sendCollectionReminders(db, at(29))).toEqual({ boards: 0, emails: 0 });

    const mail = await reminderMail(c.id);
    expect(mail.map((m) => m.to).sort()).toEqual([
      'bar@example.org',
      'bar@example.org',
      'hack@example.org',
      'hack@example.org',
    ]);
    expect(mail.some((m) => m.to === 'cam@example.org')).toBe(false);
    const lines = await collections.boardLines(db, c.id, c.closesOn);
    expect(lines.find((l) => l.boardId === barnet)).toMatchObject({
      remindersSent: 2,
      lastRemindedAt: at(9),
    });
    expect(lines.find((l) => l.boardId === camden)).toMatchObject({ remindersSent: 0, status: 'submitted' });
  });

  it('"remind now" reminds one board at once but refuses a board that has submitted', async () => {
    const form = await collections.createForm(
      db,
      actor,
      { name: 'g' },
      { sections: [{ title: 's', help: null, questions: [question('a', 'number', 'A')] }] },
    );
    const c = await collections.createCollection(db, actor, {
      name: 'Call',
      kind: 'survey',
      period: '2025',
      formId: form.id,
      audience: 'pilots',
      opensOn: '2025-04-01',
      closesOn: '2025-04-30',
    });
    await collections.openCollection(db, actor, c.id, at(1));
    await collections.saveAnswers(db, actor, {
      collectionId: c.id,
      boardId: camden,
      revision: 0,
      answers: { a: '1' },
    });
    await collections.submitReturn(db, actor, { collectionId: c.id, boardId: camden, revision: 1 });
    await expect(collections.remindNow(db, actor, c.id, camden)).rejects.toThrow('already submitted');
    expect(await collections.remindNow(db, actor, c.id, barnet)).toBe(1);
    expect((await reminderMail(c.id)).map((m) => m.to)).toEqual(['bar@example.org']);
  });

  it('a closed collection reminds nobody', async () => {
    const form = await collections.createForm(
      db,
      actor,
      { name: 'h' },
      { sections: [{ title: 's', help: null, questions: [question('a', 'number', 'A')] }] },
    );
    const c = await collections.createCollection(db, actor, {
      name: 'Closed',
      kind: 'survey',
      period: '2025',
      formId: form.id,
      audience: 'pilots',
      opensOn: '2025-04-01',
      closesOn: '2025-04-30',
      reminderFirstAfterDays: 0,
    });
    await collections.openCollection(db, actor, c.id, at(1));
    await collections.setCollectionStatus(db, actor, c.id, 'closed');
    await collections.sendCollectionReminders(db, at(20));
    expect(await reminderMail(c.id)).toEqual([]);
  });
});
