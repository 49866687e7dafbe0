import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedPath } from '../../../tests/support/shared.ts';
import { runCli } from '../../cli.ts';
import type { CliContext } from '../../platform/cli-context.ts';
import type { Db } from '../../platform/db/types.ts';

/** The DfE files the module is built and tested with (read from ../shared, never copied). */
export const DFE_EES_FILES = [
  'b1_children_in_need_2013_to_2025.csv',
  'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
  'd3_cpps_subsequent_plan_2013_to_2025.csv',
  'ons_mid-year_population_estimates_2012_to_2024.csv',
] as const;

export const dfePath = (name: string) => sharedPath('data', 'dfe', name);

/** A published file read plainly with csv-parse: the test's own view of the truth, not the importer's. */
export function readCsvTable(name: string, file = dfePath(name)): Record<string, string>[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** Runs `safeguarding-hub …` against a test database, capturing what it prints. */
export function cliOn(db: () => Db) {
  return async (...args: string[]) => {
    let out = '';
    let err = '';
    const ctx: CliContext = {
      config: () => {
        throw new Error('statistics commands need no configuration beyond the database');
      },
      withDb: (work) => work(db()),
      out: (t) => void (out += t),
      err: (t) => void (err += t),
    };
    const code = await runCli(args, ctx);
    return { code, out, err };
  };
}

/** A small deterministic random generator, so a failing "random cell" can be found again. */
export function seededRandom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Percentile with linear interpolation, written from the definition (PERCENTILE.INC). */
export function percentileInc(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
}

export const isPublishedNumber = (cell: string | undefined) => cell !== undefined && /^-?\d+(\.\d+)?$/.test(cell.trim());
