import type { Command } from 'commander';
import { CliError, type RegisterCli } from '../../platform/cli-context.ts';
import { sendRiskReviewReminders } from './reviews.ts';

const REMIND_HELP = `
Queues an email to the owner of every open risk whose review date has passed (or to the
project owner when the risk has no owner with an email). Each overdue review is reminded at
most once a week, so it is safe to run as often as you like; the app runs it daily.
Emails go through the outbox: sent when SMTP_URL is set, otherwise listed at /admin/outbox.

Examples:
  $ safeguarding-hub risks remind
  $ safeguarding-hub risks remind --date 2025-06-30`;

/** `risks remind [--date YYYY-MM-DD]`: reminders of overdue risk reviews. */
export const registerRisksCli: RegisterCli = (program, ctx) => {
  const risks: Command = program.commands.find((c) => c.name() === 'risks') ?? program.command('risks').description('Projects and risk registers');
  risks
    .command('remind')
    .description('Queue reminder emails for overdue risk reviews')
    .option('--date <date>', 'act as if today were this date (YYYY-MM-DD), e.g. to catch up')
    .addHelpText('after', REMIND_HELP)
    .action(async (opts: { date?: string }) => {
      let now = new Date();
      if (opts.date !== undefined) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date) || Number.isNaN(Date.parse(`${opts.date}T12:00:00Z`))) throw new CliError(`--date must be a date as YYYY-MM-DD, not "${opts.date}"`);
        now = new Date(`${opts.date}T12:00:00Z`);
      }
      const result = await ctx.withDb((db) => db.transaction((tx) => sendRiskReviewReminders(tx, now, { publicUrl: ctx.config().publicUrl })));
      ctx.out(`${result.overdue} overdue risk review${result.overdue === 1 ? '' : 's'}: ${result.queued} reminder${result.queued === 1 ? '' : 's'} queued, ${result.alreadyReminded} already reminded this week.\n`);
      if (result.noOneToTell.length) ctx.out(`No owner with an email for: ${result.noOneToTell.join(', ')}\n`);
    });
};
