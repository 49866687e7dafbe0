import type { Command } from 'commander';
import type { Db } from './db/types.ts';
import type { Config } from '../config.ts';

/**
 * What a module's command-line commands are given. The database is opened lazily so that
 * commands which need none (e.g. `minutes parse`) start fast and never take the data lock.
 */
export interface CliContext {
  config: () => Config;
  withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T>;
  /** Write to standard output / error; tests capture these. */
  out: (text: string) => void;
  err: (text: string) => void;
}

export type RegisterCli = (program: Command, ctx: CliContext) => void;

/** Known failures a user can cause: the CLI prints one clear line, no stack trace. */
export class CliError extends Error {}
