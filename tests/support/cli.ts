import type { CliContext } from '../../src/platform/cli-context.ts';
import type { Database } from '../../src/platform/db/open.ts';
import { runCli } from '../../src/cli.ts';
import { loadConfig } from '../../src/config.ts';

/** Runs the real CLI on a test database, capturing what it prints. */
export async function cli(database: Database, args: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext & { stdin?: () => Promise<string> } = {
    config: () => loadConfig({ HUB_DATA_DIR: '/nonexistent', SESSION_SECRET: 'x'.repeat(40) }),
    withDb: async (work) => work(database.db),
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    stdin: stdin === undefined ? undefined : async () => stdin,
  };
  const previous = process.exitCode;
  process.exitCode = undefined;
  const code = await runCli(args, ctx);
  process.exitCode = previous;
  return { code, stdout, stderr };
}
