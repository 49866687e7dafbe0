import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { like } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { cli } from '../../../tests/support/cli.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { createUser } from '../../platform/auth/users.ts';
import { outbox } from '../../platform/mail/schema.ts';
import * as network from '../network/service.ts';
import * as collections from './service.ts';
import { question } from './fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const actor = systemActor('test');
  await network.ensureReferenceData(db);
  const camden = (await network.findBoard(db, 'camden'))!.id;
  await createUser(db, actor, {
    email: 'cam@example.org',
    name: 'Cam',
    role: 'board-manager',
    boardId: camden,
    password: 'a long enough password',
  });
  await collections.setPilotStatus(db, actor, { boardId: camden, status: 'confirmed' });
  const form = await collections.createForm(
    db,
    actor,
    { name: 'f' },
    { sections: [{ title: 's', help: null, questions: [question('a', 'number', 'A')] }] },
  );
  const c = await collections.createCollection(db, actor, {
    name: 'Scoping',
    kind: 'survey',
    period: '2025',
    formId: form.id,
    audience: 'pilots',
    opensOn: '2025-04-01',
    closesOn: '2025-04-30',
    reminderFirstAfterDays: 3,
  });
  await collections.openCollection(db, actor, c.id, new Date('2025-04-01T09:00:00Z'));
});
afterAll(async () => database?.close());

describe('safeguarding-hub collections remind', () => {
  it('sends what the policy says is due, once', async () => {
    expect((await cli(database, ['collections', 'remind', '--as-of', '2025-04-02T09:00:00Z'])).stdout).toBe(
      'Reminded 0 boards (0 emails queued).\n',
    );
    expect((await cli(database, ['collections', 'remind', '--as-of', '2025-04-05T09:00:00Z'])).stdout).toBe(
      'Reminded 1 board (1 email queued).\n',
    );
    expect((await cli(database, ['collections', 'remind', '--as-of', '2025-04-05T10:00:00Z'])).stdout).toBe(
      'Reminded 0 boards (0 emails queued).\n',
    );
    const mail = await database.db
      .select()
      .from(outbox)
      .where(like(outbox.dedupeKey, 'collection-reminder:%'));
    expect(mail.map((m) => m.to)).toEqual(['cam@example.org']);
  });

  it('says clearly when --as-of is not a time', async () => {
    const result = await cli(database, ['collections', 'remind', '--as-of', 'next tuesday']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--as-of must be a date and time');
  });
});
