import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blobExists, blobPath, removeBlob, storeBlob } from './store.ts';

describe('stored files, shared by content', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-blobs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const age = (sha: string, msAgo: number): void => {
    const then = new Date(Date.now() - msAgo);
    fs.utimesSync(blobPath(dir, sha), then, then);
  };

  it('removes a file nobody stored again since the deletion began, and leaves nothing half-removed beside it', async () => {
    const sha = await storeBlob(dir, Buffer.from('minutes of the board'));
    age(sha, 60_000);
    expect(await removeBlob(dir, sha, new Date(Date.now() - 1_000))).toBe(true);
    expect(blobExists(dir, sha)).toBe(false);
    expect(fs.readdirSync(path.dirname(blobPath(dir, sha)))).toEqual([]);
  });

  it('keeps a file the same bytes were uploaded to again after the deletion began', async () => {
    const since = new Date(Date.now() - 1_000);
    const sha = await storeBlob(dir, Buffer.from('agenda pack'));
    age(sha, 60_000);
    await storeBlob(dir, Buffer.from('agenda pack')); // marks it wanted again
    expect(await removeBlob(dir, sha, since)).toBe(false);
    expect(fs.readFileSync(blobPath(dir, sha), 'utf8')).toBe('agenda pack');
  });

  it('says nothing went when the file is already gone', async () => {
    const sha = await storeBlob(dir, Buffer.from('risk register'));
    fs.rmSync(blobPath(dir, sha));
    expect(await removeBlob(dir, sha, new Date())).toBe(false);
  });
});
