import type { Command } from 'commander';
import type { RegisterCli } from '../../platform/cli-context.ts';
import { MinutesFileError, contractMinutes } from './minutes/types.ts';
import { readMinutesFile } from './minutes/read.ts';
import type { ParsedMinutes } from './minutes/types.ts';

const PARSE_HELP = `
Reads minutes written as a Word document (.docx), plain text (.txt) or Markdown (.md) and
finds the meeting's title, date, time, place and chair, who attended and who sent apologies,
the agenda items, the actions (with owners and due dates) and the dates of future meetings.
Nothing is saved: use it to check what an upload would import.

Examples:
  $ safeguarding-hub minutes parse "LSCB minutes 6 Dec 2012.docx" --json
  $ safeguarding-hub minutes parse notes.txt

Exit status is 1, with one line on standard error, when the file cannot be read as minutes.`;

function summary(m: ParsedMinutes): string {
  const lines = [
    `${m.title} – ${m.date}${m.start ? ` ${m.start}${m.end ? `–${m.end}` : ''}` : ''}${m.location ? `, ${m.location}` : ''}`,
    `Chair: ${m.chair ? m.chair.name : 'not stated'}`,
    `Attendees: ${m.attendees.length}, apologies: ${m.apologies.length}, items: ${m.items.length}`,
    `Actions: ${m.actions.length} (${m.actions.filter((a) => a.carriedForward).length} carried forward)`,
    ...m.actions.map((a) => `  - ${a.text}${a.owners.length ? ` [${a.owners.map((o) => o.as).join(', ')}]` : ''}${a.due ? ` by ${a.due}` : ''}`),
    `Next meetings: ${m.nextMeetings.map((n) => n.date).join(', ') || 'none listed'}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `minutes parse FILE [--json]`: reads minutes without touching the database. */
export const registerMeetingsCli: RegisterCli = (program, ctx) => {
  const minutes: Command = program.commands.find((c) => c.name() === 'minutes') ?? program.command('minutes').description('Meeting minutes');
  minutes
    .command('parse')
    .description('Read a set of minutes (.docx, .txt or .md) and print what was found in it')
    .argument('<file>', 'the minutes file')
    .option('--json', 'print the structured minutes as JSON (the format the importer stores)')
    .addHelpText('after', PARSE_HELP)
    .action(async (file: string, opts: { json?: boolean }) => {
      try {
        const parsed = await readMinutesFile(file);
        ctx.out(opts.json ? `${JSON.stringify(contractMinutes(parsed), null, 2)}\n` : summary(parsed));
      } catch (e) {
        if (!(e instanceof MinutesFileError)) throw e;
        ctx.err(`safeguarding-hub: ${e.message}\n`);
        process.exitCode = 1;
      }
    });

  const reminders: Command = program.commands.find((c) => c.name() === 'reminders') ?? program.command('reminders').description('Email reminders');
  reminders
    .command('send')
    .description('Email owners of actions due within 7 days or overdue (at most once a week per action)')
    .addHelpText('after', '\nSafe to run as often as you like and on several servers at once: a second run in the same week sends nothing new.\nThe server also runs this daily. Emails wait in the outbox until SMTP_URL is set.')
    .action(async () => {
      // Loaded here so that `minutes parse` starts without the database layer.
      const { londonToday, sendActionReminders } = await import('./service.ts');
      const result = await ctx.withDb((db) => sendActionReminders(db, { today: londonToday(), publicUrl: ctx.config().publicUrl }));
      if (!result.ran) ctx.out('Another instance is sending reminders now; nothing done.\n');
      else
        ctx.out(
          `${result.due} open action${result.due === 1 ? '' : 's'} due within 7 days or overdue: ${result.queued} reminder${result.queued === 1 ? '' : 's'} queued, ` +
            `${result.alreadyReminded} already reminded this week, ${result.noOneToTell} with no owner's email.\n`,
        );
    });
};
