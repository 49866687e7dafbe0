import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../tests/support/db.ts';
import { cli } from '../tests/support/cli.ts';
import type { Database } from './platform/db/open.ts';
import { signIn as signInService } from './platform/auth/users.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe('safeguarding-hub CLI', () => {
  it('prints help for the program and for each command', async () => {
    const top = await cli(database, ['--help']);
    expect(top.code).toBe(0);
    for (const command of ['db', 'demo', 'users', 'backup', 'restore']) expect(top.stdout).toContain(command);
    const users = await cli(database, ['users', 'create', '--help']);
    expect(users.stdout).toContain('--password-stdin');
    expect(users.stdout).toContain('--board <code>');
  });

  it('creates a board manager with a password read from standard input, who can then sign in', async () => {
    const result = await cli(
      database,
      ['users', 'create', '--email', 'hm@example.org', '--name', 'Hana Manager', '--role', 'board-manager', '--board', 'camden', '--password-stdin'],
      'river kettle pencil',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Created hm@example.org (board-manager, camden)');
    const signedIn = await signInService(database.db, 'hm@example.org', 'river kettle pencil', null);
    expect(signedIn.ok && signedIn.principal.roles[0]?.role).toBe('board-manager');
  });

  it('explains mistakes in one line and exits non-zero', async () => {
    const role = await cli(database, ['users', 'create', '--email', 'x@example.org', '--name', 'X', '--role', 'king']);
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('--role must be one of');
    const board = await cli(database, ['users', 'create', '--email', 'y@example.org', '--name', 'Y', '--role', 'board-member', '--board', 'atlantis']);
    expect(board.stderr).toContain('no board with code atlantis');
    const weak = await cli(database, ['users', 'create', '--email', 'z@example.org', '--name', 'Z', '--role', 'viewer', '--password-stdin'], 'short');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('--password: Password must be at least 10 characters');
    const missing = await cli(database, ['users', 'create', '--name', 'No Email', '--role', 'viewer']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("required option '--email <email>'");
  });

  it('loads the demo once, and says so the second time', async () => {
    const first = await cli(database, ['demo', 'load']);
    expect(first.stdout).toContain('Demo loaded. Sign in as coordinator@demo.safeguarding-hub.invalid');
    const second = await cli(database, ['demo', 'load']);
    expect(second.stdout).toContain('already loaded');
  });
});
