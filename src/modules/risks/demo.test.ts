import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor } from '../../platform/audit/service.ts';
import * as network from '../network/service.ts';
import { demoPeople } from '../../demo/network-data.ts';
import { loadRisksDemo } from './demo.ts';
import * as risks from './service.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe('risks demo', () => {
  it('loads the datasets project with its plan, a public page and a register with a review overdue', async () => {
    const people = new Map<string, string>();
    for (const p of demoPeople) people.set(p.name, (await network.createPerson(database.db, systemActor('test'), { name: p.name, email: p.email, demo: true })).id);
    await database.db.transaction((tx) => loadRisksDemo(tx, { people }));
    const [project] = await risks.listProjects(database.db);
    expect(project).toMatchObject({ slug: 'london-datasets-project', publicPage: true, ownerName: 'Priya Shah', openRisks: 5 });
    expect(risks.currentPhase(await risks.listPhases(database.db, project!.id))?.name).toBe('Build and pilot with four boards');
    expect(await risks.listMilestones(database.db, project!.id)).toHaveLength(4);
    const due = await risks.reviewsDue(database.db, undefined, new Date(), 30);
    expect(due.rows.filter((r) => r.overdue).map((r) => r.title)).toEqual(['Boards cannot return data on time']);
    const counts = await risks.heatMapCounts(database.db, project!.id, 'current');
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(5);
  });
});
