import { Command, CommanderError } from 'commander';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { openDatabase } from './platform/db/open.ts';
import { DataDirInUse } from './platform/db/lock.ts';
import { CliError, type CliContext } from './platform/cli-context.ts';
import { registerPlatformCli } from './platform/cli.ts';
import { registerMeetingsCli } from './modules/meetings/cli.ts';
import { registerFrameworkCli } from './modules/framework/cli.ts';
import { registerStatisticsCli } from './modules/statistics/cli.ts';
import { registerRisksCli } from './modules/risks/cli.ts';
import { registerCollectionsCli } from './modules/collections/cli.ts';

export { CliError };

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('safeguarding-hub')
    .description('Safeguarding Hub: run the platform of London’s safeguarding children boards from the command line.')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) })
    // Before any command is added: subcommands copy this setting when they are created.
    .exitOverride();
  registerPlatformCli(program, ctx);
  registerMeetingsCli(program, ctx);
  registerFrameworkCli(program, ctx);
  registerStatisticsCli(program, ctx);
  registerRisksCli(program, ctx);
  registerCollectionsCli(program, ctx);
  return program;
}

export function defaultContext(): CliContext {
  let config: Config | undefined;
  const getConfig = () => (config ??= loadConfig());
  return {
    config: getConfig,
    withDb: async (work) => {
      const c = getConfig();
      const database = await openDatabase({ databaseUrl: c.databaseUrl, dataDir: c.dataDir });
      try {
        await database.migrate();
        return await work(database.db);
      } finally {
        await database.close();
      }
    },
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}

export async function runCli(argv: string[], ctx: CliContext = defaultContext()): Promise<number> {
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof CliError || e instanceof ConfigError || e instanceof DataDirInUse) {
      ctx.err(`safeguarding-hub: ${e.message}\n`);
      return 1;
    }
    const known = e as { name?: string; message?: string };
    if (known?.name === 'ZodError') {
      ctx.err(`safeguarding-hub: invalid input: ${known.message}\n`);
      return 1;
    }
    throw e;
  }
}
