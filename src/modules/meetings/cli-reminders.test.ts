import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import type { CliContext } from '../../platform/cli-context.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { loadConfig } from '../../config.ts';
import * as network from '../network/service.ts';
import { registerMeetingsCli } from './cli.ts';
import * as meetings from './service.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

async function run(args: string[]) {
  let out = '';
  const ctx: CliContext = {
    config: () => loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://hub.example.org', HUB_DATA_DIR: '/nonexistent' }),
    withDb: (work) => work(database.db),
    out: (t) => void (out += t),
    err: () => {},
  };
  const program = new Command('safeguarding-hub').exitOverride();
  registerMeetingsCli(program, ctx);
  await program.parseAsync(args, { from: 'user' });
  return out;
}

describe('reminders send', () => {
  it('queues a reminder for an overdue action once, and says so', async () => {
    const actor = systemActor('test');
    const group = await network.createGroup(database.db, actor, { name: 'CLI group', kind: 'task-group' });
    const owner = await network.createPerson(database.db, actor, { name: 'Olu Owner', email: 'olu@example.org' });
    const m = await meetings.createMeeting(database.db, actor, group.id, { title: 'CLI group', date: '2020-01-01', status: 'held' });
    await meetings.addAction(database.db, actor, m.id, { text: 'Olu to send the figures', owners: [{ personId: owner.id, label: 'OO' }], due: '2020-02-01' });
    expect(await run(['reminders', 'send'])).toMatch(/1 open action due within 7 days or overdue: 1 reminder queued/);
    expect(await run(['reminders', 'send'])).toMatch(/0 reminders queued, 1 already reminded this week/);
  });
});
