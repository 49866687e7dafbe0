import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { loadConfig } from '../../config.ts';
import { runCli } from '../../cli.ts';
import type { CliContext } from '../../platform/cli-context.ts';
import * as network from '../network/service.ts';
import * as risks from './service.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  const actor = systemActor('test');
  const owner = await network.createPerson(database.db, actor, { name: 'Omar Owner', email: 'omar@example.org' });
  const project = await risks.createProject(database.db, actor, { name: 'Datasets project', status: 'active' });
  await risks.createRisk(database.db, actor, project.id, { title: 'Late returns', event: 'Returns arrive late', category: 'delivery', inherentLikelihood: 3, inherentImpact: 3, status: 'open', ownerPersonId: owner.id, nextReviewDate: '2025-03-01' });
  await risks.createRisk(database.db, actor, project.id, { title: 'Nobody owns it', event: 'Unowned', category: 'delivery', inherentLikelihood: 1, inherentImpact: 1, status: 'open', nextReviewDate: '2025-03-01' });
});
afterAll(async () => database.close());

async function run(args: string[]) {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    config: () => loadConfig({ SESSION_SECRET: 'x'.repeat(40), HUB_DATA_DIR: '/nonexistent', PUBLIC_URL: 'https://hub.example.org' }),
    withDb: (work) => work(database.db),
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  };
  const code = await runCli(args, ctx);
  return { out, err, code };
}

describe('safeguarding-hub risks remind', () => {
  it('queues reminders once a week and names reviews with no one to tell', async () => {
    const first = await run(['risks', 'remind', '--date', '2025-03-10']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('2 overdue risk reviews: 1 reminder queued, 0 already reminded this week.');
    expect(first.out).toContain('No owner with an email for: Datasets project R2');
    const again = await run(['risks', 'remind', '--date', '2025-03-12']);
    expect(again.out).toContain('0 reminders queued, 1 already reminded this week.');
  });

  it('refuses a date that is not a date', async () => {
    const bad = await run(['risks', 'remind', '--date', 'next tuesday']);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('safeguarding-hub: --date must be a date as YYYY-MM-DD, not "next tuesday"\n');
  });
});
