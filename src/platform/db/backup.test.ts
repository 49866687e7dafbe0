import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { cli } from '../../../tests/support/cli.ts';
import type { Database } from './open.ts';
import { loadDemo } from '../../demo/load.ts';
import { tableChecksums } from './backup.ts';
import { createPerson } from '../../modules/network/service.ts';

let source: Database;
let target: Database;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-backup-'));
beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every row of every table into an empty database (counts and checksums equal)', async () => {
    await loadDemo(source.db);
    await createPerson(source.db, { userId: null, label: 't' }, { name: 'Zoë “Quotes” O’Brien, <tag> & emoji 🙂', jobTitle: 'line\nbreak' });
    const file = path.join(dir, 'hub.backup');
    const backup = await cli(source, ['backup', file]);
    expect(backup.code).toBe(0);
    const restore = await cli(target, ['restore', file]);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    const [before, after] = await Promise.all([tableChecksums(source.db), tableChecksums(target.db)]);
    expect(before.users!.rows).toBeGreaterThan(5);
    expect(before.audit_events!.rows).toBeGreaterThan(20);
    expect(after).toEqual(before);
  });

  it('refuses to restore over a database that has users, changing nothing', async () => {
    const file = path.join(dir, 'again.backup');
    await cli(source, ['backup', file]);
    const before = await tableChecksums(target.db);
    const again = await cli(target, ['restore', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has users');
    expect(await tableChecksums(target.db)).toEqual(before);
  });

  it('refuses a file that is not a backup', async () => {
    const file = path.join(dir, 'not-a-backup.txt');
    fs.writeFileSync(file, 'hello');
    const result = await cli(target, ['restore', file, '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a Safeguarding Hub backup');
  });
});
