import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/db.ts';
import type { Database } from '../../src/platform/db/open.ts';
import { backupTo, restoreFrom, tableChecksums } from '../../src/platform/db/backup.ts';
import { buildSecurityFixture, type SecurityFixture } from './fixture.ts';

let fx: SecurityFixture;
let target: Database;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-roundtrip-'));

beforeAll(async () => {
  [fx, target] = await Promise.all([buildSecurityFixture(), createTestDatabase()]);
}, 180_000);
afterAll(async () => {
  await Promise.all([fx?.close(), target?.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup then restore into an empty database, with every module’s data', () => {
  it('gives back every row of every table (counts and checksums per table)', async () => {
    const file = path.join(dir, 'hub.backup');
    const { rows } = await backupTo(fx.t.database.db, file);
    const restored = await restoreFrom(target.db, file);
    expect(restored.rows).toBe(rows);
    const [before, after] = await Promise.all([tableChecksums(fx.t.database.db), tableChecksums(target.db)]);
    // Every module contributed rows, so the round trip is not proven on empty tables.
    for (const table of [
      'users',
      'audit_events',
      'stat_values',
      'collection_returns',
      'documents',
      'document_versions',
      'projects',
      'risks',
      'learning_reviews',
      'learning_search_entries',
      'meetings',
      'meeting_actions',
      'framework_versions',
    ]) {
      expect(before[table]?.rows, table).toBeGreaterThan(0);
    }
    expect(after).toEqual(before);
  }, 180_000);

  it('keeps the audit log append-only after a restore', async () => {
    const { sql } = await import('drizzle-orm');
    await expect(target.db.execute(sql`delete from audit_events`)).rejects.toThrow();
  });
});
