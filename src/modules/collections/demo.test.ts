import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { loadDemo } from '../../demo/load.ts';
import * as service from './service.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
}, 120_000);
afterAll(async () => database?.close());

describe('collections demo', () => {
  it('has a dataset return and a budget survey with returns in different states', async () => {
    const rows = await service.networkCompleteness(database.db);
    const dataset = rows.find((r) => r.name.startsWith('Dataset return'))!;
    expect(dataset).toMatchObject({ invited: 3, started: 3, submitted: 2, accepted: 1 });
    const budget = rows.find((r) => r.name.startsWith('Budget survey'))!;
    expect(budget.submitted).toBe(4);
    const c = (await service.getCollection(database.db, budget.id))!;
    const form = (await service.getForm(database.db, c.formId))!;
    const flags = service.budgetReport(c, form.definition, await service.replies(database.db, c));
    expect(flags.map((f) => f.boardName).length).toBeGreaterThan(1);
  });
});
