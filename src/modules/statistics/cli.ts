import path from 'node:path';
import type { Command } from 'commander';
import { systemActor } from '../../platform/audit/service.ts';
import { CliError, type RegisterCli } from '../../platform/cli-context.ts';
import { metaFileBeside, StatisticsFileError } from './ees/index.ts';
import { skippedLevelsText } from './present.ts';
import { StatisticsQueryError } from './errors.ts';
import * as statistics from './service.ts';

const actor = systemActor('command line');

const collect = (value: string, previous: string[] = []) => [...previous, value];

function parseFilters(pairs: string[] | undefined): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new CliError(`--filter takes COLUMN=VALUE, not "${pair}"`);
    filters[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return filters;
}

/** EES shows academic and financial years as 2024/25; files and the store hold 202425. */
const periodOf = (text: string) => text.trim().replace(/^(\d{4})[/-](\d{2})(?=$|\s)/, '$1$2');

/** Known failures become one clear line; anything else is a bug and keeps its stack. */
async function clearly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof StatisticsFileError || e instanceof StatisticsQueryError) throw new CliError(e.message);
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`${(e as NodeJS.ErrnoException).path ?? 'file'} does not exist`);
    throw e;
  }
}

const IMPORT_HELP = `
Imports an Explore Education Statistics "tidy data" CSV: national, regional and local authority
rows, every indicator column; rows at other levels (districts, constituencies, wards…) are counted
and skipped. Filters and indicators are told apart by the .meta.csv: given with --meta, or found
beside the file (X.meta.csv for X.csv); without one, by content: a column of numbers (1,234 allowed)
and status codes (c, z, x, u, k, low, ~, :, ..) is an indicator, and one with a stray word among
its numbers is refused rather than guessed at. Importing a file again replaces
the dataset's values. Nothing is imported from a file with a problem; the message names the file,
line and column.

Example:
  $ safeguarding-hub statistics import-ees c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv`;

export const registerStatisticsCli: RegisterCli = (program, ctx) => {
  const stats: Command =
    program.commands.find((c) => c.name() === 'statistics') ?? program.command('statistics').description('Official statistics and benchmarking');

  stats
    .command('import-ees')
    .description('Import an EES tidy-data CSV as a dataset (replacing an earlier import of it)')
    .argument('<file>', 'the EES data file')
    .option('--meta <file>', 'the .meta.csv EES publishes beside the data file')
    .option('--dataset <name>', 'dataset name (default: the file name without .csv)')
    .addHelpText('after', IMPORT_HELP)
    .action(async (file: string, opts: { meta?: string; dataset?: string }) => {
      const beside = opts.meta ? null : metaFileBeside(file);
      if (beside) ctx.out(`Using ${path.basename(beside)}, found beside the data file, to tell filters from indicators.\n`);
      const [result] = await clearly(() =>
        ctx.withDb((db) =>
          statistics.importEesFiles(db, actor, [{ file, meta: opts.meta ?? beside, dataset: opts.dataset }], (_name, p) =>
            ctx.err(`${file}: ${p.rowsRead} of ${p.rowsTotal} rows, ${p.values} values\n`),
          ),
        ),
      );
      if (!result) return;
      ctx.out(
        `Imported ${result.values} values (${result.rows} rows, ${result.measures.length} measures) into dataset ${result.dataset}` +
          `${result.replaced ? `, replacing ${result.replaced}` : ''}${result.areasAdded ? `; ${result.areasAdded} areas added` : ''} in ${result.milliseconds} ms.\n`,
      );
      if (result.skippedLevels.length) ctx.out(`${skippedLevelsText(result.skippedLevels)}\n`);
    });

  stats
    .command('import-neighbours')
    .description('Import DfE’s statistical neighbour model (replaces the one held)')
    .argument('<file>', 'e.g. sn_model_2025_wide.csv')
    .action(async (file: string) => {
      const result = await clearly(() => ctx.withDb((db) => statistics.importNeighbours(db, actor, file)));
      ctx.out(`Imported statistical neighbours for ${result.authorities} authorities (${result.links} links) from ${result.model}.\n`);
    });

  stats
    .command('get')
    .description('Print one figure exactly as published (e.g. 18.3, or a code such as c)')
    .requiredOption('--dataset <name>', 'dataset name')
    .requiredOption('--measure <column>', 'indicator column')
    .requiredOption('--area <code>', 'ONS code (E09000007) or DfE code (202)')
    .requiredOption('--period <period>', 'time period, e.g. 2025 or 202425')
    .option('--filter <column=value>', 'filter value; repeat for several', collect)
    .action(async (opts: { dataset: string; measure: string; area: string; period: string; filter?: string[] }) => {
      const filters = parseFilters(opts.filter);
      const got = await clearly(() => ctx.withDb((db) => statistics.getValue(db, { ...opts, period: periodOf(opts.period), filters })));
      ctx.out(`${got.raw}\n`);
    });

  stats
    .command('benchmark')
    .description('Benchmark a measure in a period across a comparator group')
    .requiredOption('--dataset <name>', 'dataset name')
    .requiredOption('--measure <column>', 'indicator column')
    .requiredOption('--period <period>', 'time period')
    .requiredOption('--comparator <group>', statistics.COMPARATOR_HELP)
    .option('--area <code>', 'the area to place among them (ONS or DfE code)')
    .option('--filter <column=value>', 'filter value; repeat for several', collect)
    .option('--json', 'print the result as JSON')
    .action(async (opts: { dataset: string; measure: string; period: string; comparator: string; area?: string; filter?: string[]; json?: boolean }) => {
      const filters = parseFilters(opts.filter);
      const result = await clearly(() => ctx.withDb((db) => statistics.benchmark(db, { ...opts, period: periodOf(opts.period), filters })));
      const json = statistics.benchmarkJson(result);
      if (opts.json) {
        ctx.out(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      const lines = [
        `${result.series.measure.name} (${result.series.dataset.name}), ${result.period.timePeriod}, ${result.comparator.label}`,
        `count ${json.count}, min ${json.min}, q1 ${json.q1}, median ${json.median}, q3 ${json.q3}, max ${json.max}, mean ${json.mean}`,
        ...json.areas.map((a) => `${String(a.rank ?? '-').padStart(4)}  ${a.code}  ${a.name}: ${a.value ?? a.status}`),
      ];
      if (json.area) lines.push(`${json.area.code}: ${json.area.value ?? 'no figure'}, rank ${json.area.rank ?? '-'}, quartile ${json.area.quartile ?? '-'}, neighbours’ median ${json.area.statisticalNeighbours.median ?? '-'}`);
      ctx.out(`${lines.join('\n')}\n`);
    });
};
