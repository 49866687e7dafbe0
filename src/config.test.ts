import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('refuses to start in production, naming every missing setting', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrowError(
      'Refusing to start in production without: SESSION_SECRET, DATABASE_URL, PUBLIC_URL. Set them in the environment.',
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://h/db' }),
    ).toThrowError(/without: PUBLIC_URL\. Set it/);
  });

  it('names an invalid setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrowError(/PORT/);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrowError(/SESSION_SECRET must be at least 32 characters/);
  });

  it('works with nothing set: embedded database, demo on, a session secret generated once and kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-config-'));
    const first = loadConfig({ HUB_DATA_DIR: dir });
    const second = loadConfig({ HUB_DATA_DIR: dir });
    expect(first).toMatchObject({ production: false, port: 3000, databaseUrl: undefined, demo: true });
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.sessionSecret).toBe(first.sessionSecret);
    expect(loadConfig({ HUB_DATA_DIR: dir, DATABASE_URL: 'postgres://h/db' }).demo).toBe(false);
    expect(loadConfig({ HUB_DATA_DIR: dir, HUB_DEMO: '0' }).demo).toBe(false);
  });
});
