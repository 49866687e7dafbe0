import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { sharedPath } from '../../../../tests/support/shared.ts';
import { readMinutesFile } from './read.ts';
import { contractMinutes } from './types.ts';

const CONTRACT_FIELDS = ['title', 'date', 'start', 'end', 'location', 'chair', 'attendees', 'apologies', 'items', 'actions', 'suggestedActions', 'nextMeetings'];

/** `X.docx` is checked against `X.docx.expected.json`, `X.txt` / `X.md` against `X.expected.json`. */
function cases(dir: string): { file: string; expected: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:docx|txt|md)$/.test(f))
    .map((f) => ({ file: path.join(dir, f), expected: path.join(dir, f.endsWith('.docx') ? `${f}.expected.json` : f.replace(/\.\w+$/, '.expected.json')) }))
    .filter((c) => existsSync(c.expected));
}

for (const [name, dir] of [
  ['shared sample minutes', sharedPath('samples', 'minutes')],
  ['our own fixtures', path.join(import.meta.dirname, 'fixtures')],
] as const) {
  describe(`minutes parse: ${name}`, () => {
    const list = cases(dir);
    it('has minutes to check', () => expect(list.length).toBeGreaterThanOrEqual(4));
    for (const c of list) {
      it(`reads ${path.basename(c.file)} as its expected JSON`, async () => {
        const expected = JSON.parse(readFileSync(c.expected, 'utf8')) as Record<string, unknown>;
        const parsed = contractMinutes(await readMinutesFile(c.file)) as unknown as Record<string, unknown>;
        for (const field of CONTRACT_FIELDS) expect(parsed[field], field).toEqual(expected[field]);
      });
    }
  });
}
