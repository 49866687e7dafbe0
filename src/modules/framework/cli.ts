import fs from 'node:fs';
import type { Command } from 'commander';
import { systemActor } from '../../platform/audit/service.ts';
import { CliError, type RegisterCli } from '../../platform/cli-context.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { diffVersions, summariseDiff } from './diff.ts';
import { FrameworkFileError } from './files.ts';
import { toContractJson } from './framework-json.ts';
import * as framework from './service.ts';

const actor = systemActor('command line');

const versionNumber = (text: string, what: string): number => {
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) throw new CliError(`${what} must be a version number such as 1 or 2, not "${text}"`);
  return Number(text);
};

/** Known refusals (no such version, a draft already open) become one clear line. */
async function plainly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FrameworkFileError) {
      throw new CliError([error.message, ...error.problems.map((p) => `  - ${p}`)].join('\n'));
    }
    if (error instanceof UserFacingError) throw new CliError(error.message);
    throw error;
  }
}

export const registerFrameworkCli: RegisterCli = (program: Command, ctx) => {
  const group = program.command('framework').description('The outcomes framework: logic model, goals → outcomes → indicators, versions');

  group
    .command('export')
    .description('Print a version (the published one unless --version): goals → outcomes → indicators and the logic model')
    .option('--version <number>', 'version number; default the published version, else the newest')
    .option('--json', 'print the JSON contract (the only format; kept for scripts that say it)')
    .action(async (opts: { version?: string }) =>
      plainly(async () => {
        const number = opts.version === undefined ? undefined : versionNumber(opts.version, '--version');
        const version = await ctx.withDb((db) => (number === undefined ? framework.currentVersion(db) : framework.requireVersion(db, number)));
        if (!version) throw new CliError('there is no framework yet; import one with `framework import FILE`');
        ctx.out(`${JSON.stringify(toContractJson(version.document), null, 2)}\n`);
      }),
    );

  group
    .command('import')
    .description('Import a framework file (JSON or XLSX, as exported from the Framework pages) as a new draft version')
    .argument('<file>')
    .action(async (file: string) =>
      plainly(async () => {
        let content: Buffer;
        try {
          content = fs.readFileSync(file);
        } catch (error) {
          throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
        }
        const version = await ctx.withDb((db) => db.transaction((tx) => framework.importFrameworkFile(tx, actor, content)));
        ctx.out(`Imported ${file} as version ${version.number} (draft).\n`);
      }),
    );

  group
    .command('diff')
    .description('What changed between two versions: added, removed, moved, re-rated, re-worded')
    .argument('<from>', 'the older version number')
    .argument('<to>', 'the newer version number')
    .option('--json', 'print the changes as JSON')
    .action(async (from: string, to: string, opts: { json?: boolean }) =>
      plainly(async () => {
        const a = versionNumber(from, 'the first version');
        const b = versionNumber(to, 'the second version');
        const [older, newer] = await ctx.withDb(async (db) => Promise.all([framework.requireVersion(db, a), framework.requireVersion(db, b)]));
        const diff = diffVersions(older.document, newer.document);
        if (opts.json) ctx.out(`${JSON.stringify(diff, null, 2)}\n`);
        else ctx.out(`Version ${a} → ${b}: ${summariseDiff(diff)}\n${diff.changes.map((c) => `- ${c.summary}`).join('\n')}\n`);
      }),
    );
};
