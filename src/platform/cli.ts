import type { Command } from 'commander';
import { z } from 'zod';
import type { CliContext } from './cli-context.ts';
import { roles } from './auth/schema.ts';
import { createUser, UserInputError } from './auth/users.ts';
import { systemActor } from './audit/service.ts';
import { backupTo, restoreFrom, RestoreError } from './db/backup.ts';
import { ensureReferenceData, findBoard } from '../modules/network/service.ts';
import { loadDemo, demoCoordinatorEmail, demoPassword } from '../demo/load.ts';
import { CliError } from './cli-context.ts';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new CliError('--password-stdin reads the password from standard input; pipe it in');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

const actor = systemActor('command line');

export function registerPlatformCli(program: Command, ctx: CliContext & { stdin?: () => Promise<string> }) {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply any pending migrations and load the reference geography and boards')
    .action(async () => {
      await ctx.withDb((d) => d.transaction((tx) => ensureReferenceData(tx)));
      ctx.out('Database is up to date.\n');
    });

  program
    .command('demo')
    .description('Demo data')
    .command('load')
    .description('Load the fictional demo network (people, groups, accounts); safe to run twice')
    .action(async () => {
      const result = await ctx.withDb((d) => loadDemo(d));
      ctx.out(result.loaded ? `Demo loaded. Sign in as ${demoCoordinatorEmail} with password ${demoPassword}\n` : 'The demo is already loaded.\n');
    });

  program
    .command('users')
    .description('User accounts')
    .command('create')
    .description('Create a user account')
    .requiredOption('--email <email>', 'email address they sign in with')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', `one of: ${roles.join(', ')}`)
    .option('--board <code>', 'board code, for board-manager and board-member (e.g. camden, city-and-hackney)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (opts: { email: string; name: string; role: string; board?: string; passwordStdin?: boolean }) => {
      const role = z.enum(roles).safeParse(opts.role);
      if (!role.success) throw new CliError(`--role must be one of: ${roles.join(', ')}`);
      const password = opts.passwordStdin ? await (ctx.stdin ?? readStdin)() : undefined;
      await ctx.withDb(async (d) => {
        await d.transaction((tx) => ensureReferenceData(tx));
        let boardId: string | null = null;
        if (opts.board) {
          const board = await findBoard(d, opts.board);
          if (!board) throw new CliError(`no board with code ${opts.board}; see /network/boards for the codes`);
          boardId = board.id;
        }
        try {
          await d.transaction((tx) => createUser(tx, actor, { email: opts.email, name: opts.name, role: role.data, boardId, password }));
        } catch (e) {
          if (e instanceof UserInputError) throw new CliError(e.message);
          const issues = (e as { issues?: { path: string[]; message: string }[] }).issues;
          if (issues) throw new CliError(issues.map((i) => `${i.path.join('.') === 'boardId' ? '--board' : `--${i.path.join('.')}`}: ${i.message}`).join('; '));
          throw e;
        }
      });
      ctx.out(`Created ${opts.email} (${opts.role}${opts.board ? `, ${opts.board}` : ''})${password ? '' : '; they have no password yet: invite them from Administration'}.\n`);
    });

  program
    .command('backup')
    .description('Write a portable backup of all data (gzip JSON lines) to FILE')
    .argument('<file>')
    .action(async (file: string) => {
      const { rows } = await ctx.withDb((d) => backupTo(d, file));
      ctx.out(`Backed up ${rows} rows to ${file}.\n`);
    });

  program
    .command('restore')
    .description('Restore a backup into an empty database (all rows, or nothing on error)')
    .argument('<file>')
    .option('--force', 'replace the data of a database that is not empty')
    .action(async (file: string, opts: { force?: boolean }) => {
      try {
        const { rows } = await ctx.withDb((d) => restoreFrom(d, file, opts));
        ctx.out(`Restored ${rows} rows from ${file}.\n`);
      } catch (e) {
        if (e instanceof RestoreError) throw new CliError(e.message);
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`${file} does not exist`);
        throw e;
      }
    });
}
