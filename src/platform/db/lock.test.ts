import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lockDataDir, DataDirInUse } from './lock.ts';

describe('the data directory lock', () => {
  it('stops a second holder with one clear line naming the process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-lock-'));
    // A live process other than us holds the lock.
    const holder = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.ppid))']);
    const parentPid = Number(holder.stdout.toString());
    fs.writeFileSync(path.join(dir, 'hub.lock'), String(parentPid === process.pid ? 1 : parentPid));
    expect(() => lockDataDir(dir, './data')).toThrowError(DataDirInUse);
    expect(() => lockDataDir(dir, './data')).toThrowError(/^the embedded database in \.\/data is in use by process \d+; stop it or set DATABASE_URL$/);
  });

  it('takes over a lock left by a process that has died, and releases it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    fs.writeFileSync(path.join(dir, 'hub.lock'), dead.stdout.toString());
    const release = lockDataDir(dir, './data');
    expect(fs.readFileSync(path.join(dir, 'hub.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'hub.lock'))).toBe(false);
  });
});
