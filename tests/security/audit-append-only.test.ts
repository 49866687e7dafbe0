import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../support/db.ts';
import type { Database } from '../../src/platform/db/open.ts';
import { recordAudit, systemActor } from '../../src/platform/audit/service.ts';
import { queryRows } from '../../src/platform/db/count.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await recordAudit(database.db, systemActor('test'), {
    action: 'create',
    entity: 'thing',
    summary: 'an entry that must stay',
  });
});
afterAll(async () => database.close());

const entries = async () =>
  (await queryRows<{ summary: string }>(database.db, sql`select summary from audit_events order by id`)).map(
    (r) => r.summary,
  );

describe('the audit log is append-only for the application', () => {
  it.each([
    ['UPDATE', sql`update audit_events set summary = 'rewritten'`],
    ['DELETE', sql`delete from audit_events`],
    ['TRUNCATE', sql`truncate audit_events`],
  ])('refuses %s and keeps every entry', async (_op, statement) => {
    await expect(database.db.execute(statement)).rejects.toThrow();
    expect(await entries()).toContain('an entry that must stay');
    expect(await entries()).not.toContain('rewritten');
  });

  it('still takes new entries', async () => {
    await recordAudit(database.db, systemActor('test'), {
      action: 'update',
      entity: 'thing',
      summary: 'a later entry',
    });
    expect(await entries()).toEqual(expect.arrayContaining(['an entry that must stay', 'a later entry']));
  });

  it('lets only a restore (a transaction-local setting) replace the log, and only inside that transaction', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('hub.restoring', 'on', true)`);
        await tx.execute(sql`truncate audit_events`);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await entries()).length).toBeGreaterThanOrEqual(2);
    // The setting ended with its transaction: a plain delete is refused again.
    await expect(database.db.execute(sql`delete from audit_events`)).rejects.toThrow();
  });
});
