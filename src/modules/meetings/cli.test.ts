import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { describe, it, expect, afterEach } from 'vitest';
import { sharedPath } from '../../../tests/support/shared.ts';
import type { CliContext } from '../../platform/cli-context.ts';
import { registerMeetingsCli } from './cli.ts';

function run(args: string[]): Promise<{ out: string; err: string; exitCode: number }> {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    config: () => {
      throw new Error('minutes parse must not need configuration');
    },
    withDb: () => {
      throw new Error('minutes parse must not open the database');
    },
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  };
  const program = new Command('safeguarding-hub').exitOverride().configureOutput({ writeOut: ctx.out, writeErr: ctx.err });
  registerMeetingsCli(program, ctx);
  process.exitCode = undefined;
  return program.parseAsync(args, { from: 'user' }).then(
    () => ({ out, err, exitCode: Number(process.exitCode ?? 0) }),
    () => ({ out, err, exitCode: Number(process.exitCode ?? 1) }),
  );
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('safeguarding-hub minutes parse', () => {
  for (const file of ['template-london.docx', 'committee-inline.txt']) {
    it(`prints the contract JSON for ${file}`, async () => {
      const expectedFile = file.endsWith('.docx') ? `${file}.expected.json` : file.replace('.txt', '.expected.json');
      const expected: unknown = JSON.parse(readFileSync(sharedPath('samples', 'minutes', expectedFile), 'utf8'));
      const { out, err, exitCode } = await run(['minutes', 'parse', sharedPath('samples', 'minutes', file), '--json']);
      expect(exitCode).toBe(0);
      expect(err).toBe('');
      expect(JSON.parse(out)).toEqual(expected);
      expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    });
  }

  it('prints a short summary without --json', async () => {
    const { out } = await run(['minutes', 'parse', sharedPath('samples', 'minutes', 'table-actionlog.txt')]);
    expect(out).toContain('Eastbrook Local Safeguarding Children Board – 2017-03-14');
    expect(out).toContain('Actions: 10');
  });

  it('reports a file that is not minutes on one line and exits 1', async () => {
    const { out, err, exitCode } = await run(['minutes', 'parse', 'no-such-minutes.docx', '--json']);
    expect(exitCode).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('safeguarding-hub: no-such-minutes.docx: cannot be read: no such file, or permission denied\n');
  });

  it('explains itself in --help', async () => {
    const { out } = await run(['minutes', 'parse', '--help']);
    expect(out).toContain('Usage: safeguarding-hub minutes parse [options] <file>');
    expect(out).toContain('--json');
  });
});
