import type { Command } from 'commander';
import { CliError, type RegisterCli } from '../../platform/cli-context.ts';
import { sendCollectionReminders } from './reminders.ts';

const REMIND_HELP = `
Runs the reminder policy of every open collection once: boards that have not submitted get
a reminder first N days after the collection opened, then every M days, at most K times
(each collection sets N, M and K). Boards that have submitted are never reminded. Emails go
to the outbox and are sent when SMTP is configured. Safe to run as often as you like: a
board is reminded at most once per step of its policy. The app runs this every hour.

Examples:
  $ safeguarding-hub collections remind
  $ safeguarding-hub collections remind --as-of 2025-05-20T09:00:00Z`;

/** `collections remind [--as-of TIME]`. */
export const registerCollectionsCli: RegisterCli = (program, ctx) => {
  const collections: Command =
    program.commands.find((c) => c.name() === 'collections') ??
    program.command('collections').description('Returns and surveys sent to boards');
  collections
    .command('remind')
    .description('Send the reminders due under each open collection’s reminder policy')
    .option('--as-of <time>', 'act as if it were this time (ISO 8601), e.g. to catch up')
    .addHelpText('after', REMIND_HELP)
    .action(async (opts: { asOf?: string }) => {
      const now = opts.asOf ? new Date(opts.asOf) : new Date();
      if (Number.isNaN(now.getTime()))
        throw new CliError(
          `--as-of must be a date and time such as 2025-05-20T09:00:00Z, not “${opts.asOf}”`,
        );
      const config = ctx.config();
      const result = await ctx.withDb((db) =>
        db.transaction((tx) => sendCollectionReminders(tx, now, { publicUrl: config.publicUrl })),
      );
      ctx.out(
        `Reminded ${result.boards} board${result.boards === 1 ? '' : 's'} (${result.emails} email${result.emails === 1 ? '' : 's'} queued).\n`,
      );
    });
};
