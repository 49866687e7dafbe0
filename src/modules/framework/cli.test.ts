import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { cli } from '../../../tests/support/cli.ts';
import type { Database } from '../../platform/db/open.ts';
import { defaultFramework } from './content/index.ts';
import { contractSchema } from './framework-json.ts';

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framework-cli-'));
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('framework command line', () => {
  it('says there is nothing to export before any framework exists', async () => {
    const result = await cli(database, ['framework', 'export', '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('there is no framework yet');
  });

  it('exports the demo’s published framework in the contract shape', async () => {
    expect((await cli(database, ['demo', 'load'])).code).toBe(0);
    const result = await cli(database, ['framework', 'export', '--json']);
    expect(result.code).toBe(0);
    const contract = contractSchema.parse(JSON.parse(result.stdout));
    expect(contract.version).toBe(1);
    expect(contract.status).toBe('published');
    const outcomes = contract.goals.flatMap((g) => g.outcomes);
    const indicators = outcomes.flatMap((o) => o.indicators);
    expect(contract.goals.length).toBeGreaterThanOrEqual(4);
    expect(outcomes.length).toBeGreaterThanOrEqual(12);
    expect(indicators.length).toBeGreaterThanOrEqual(30);
    expect(contract.model.nodes.length).toBeGreaterThanOrEqual(15);
    expect(outcomes.every((o) => ['critical', 'priority', 'universal'].includes(o.rating))).toBe(true);
    expect(indicators.filter((i) => i.proxy).every((i) => i.caveat && i.caveat.length > 0)).toBe(true);
    expect(Object.keys(contract)).toEqual(['version', 'status', 'model', 'goals']);
  });

  it('imports a file as a draft, refuses a file of another shape changing nothing, and diffs two versions', async () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ indicators: [] }));
    const refused = await cli(database, ['framework', 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('this is not a Safeguarding Hub framework file');
    expect((await cli(database, ['framework', 'export', '--version', '2', '--json'])).stderr).toContain('There is no version 2');

    const doc = defaultFramework();
    doc.goals[0]!.headings[0]!.outcomes[0]!.rating = 'critical';
    doc.goals[0]!.title = 'Children are kept safe from significant harm';
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, JSON.stringify(doc));
    const imported = await cli(database, ['framework', 'import', good]);
    expect(imported.stdout).toBe(`Imported ${good} as version 2 (draft).\n`);
    expect(JSON.parse((await cli(database, ['framework', 'export', '--version', '2', '--json'])).stdout).status).toBe('draft');

    const diff = await cli(database, ['framework', 'diff', '1', '2', '--json']);
    expect(diff.code).toBe(0);
    const parsed = JSON.parse(diff.stdout) as { from: number; to: number; changes: { kind: string; key: string }[] };
    expect(parsed.from).toBe(1);
    expect(parsed.to).toBe(2);
    expect(parsed.changes.map((c) => [c.kind, c.key])).toEqual(
      expect.arrayContaining([
        ['re-rated', 'outcome-identified-early'],
        ['re-worded', 'goal-protected-from-harm'],
      ]),
    );
    expect((await cli(database, ['framework', 'diff', '1', 'two'])).stderr).toContain('must be a version number');
  });
});
