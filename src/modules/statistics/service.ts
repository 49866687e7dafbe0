// The statistics module's rules; other modules call these, never the tables.
import path from 'node:path';
import type { Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { quartileBand, summarise, type Polarity, type Summary } from './benchmark/index.ts';
import { EesFormatError, openEesFile, type EesFile } from './ees/index.ts';
import { datasetNameOf, importOpenedEesFile, type ImportProgress, type ImportResult } from './store/import-ees.ts';
import { placeNames, resolveComparator, statisticalNeighbours } from './store/places.ts';
import { median } from './benchmark/index.ts';

export { StatisticsQueryError } from './errors.ts';
export { importEesFile, importOpenedEesFile, datasetNameOf, type ImportResult, type ImportProgress } from './store/import-ees.ts';
export { importNeighbours, neighbourModel, neighboursByOldCode } from './store/neighbours.ts';
export { listGroups, findGroup, createGroup, deleteGroup, groupInput, GroupNameTaken } from './store/groups.ts';
export { lookupValues, lookupValuesMany, measureExists, listPeriods, getValue, type LookupQuery, type LookedUpValue, type LookupOutcome } from './store/lookup.ts';
export { benchmark, benchmarkJson, benchmarkSeries, type Benchmark, type BenchmarkedArea, type BenchmarkQuery } from './store/engine.ts';
export { recordBoardReturnValues, BOARD_RETURNS_DATASET } from './store/board-returns.ts';
export { listDatasets, listMeasures, listImportBatches, setPolarity } from './store/catalogue.ts';
export { resolveComparator, candidateAreaCodes, statisticalNeighbours, COMPARATOR_HELP } from './store/places.ts';
export { resolveSeries, resolvePeriod, findDataset, listFilterSets, periodsOf } from './store/series.ts';

export interface ComputedValue {
  areaCode: string;
  value: number | null;
  status: string | null;
}

export interface ValuesBenchmark extends Summary {
  comparator: { key: string; label: string; codes: string[] };
  area: {
    code: string;
    value: number | null;
    status: string | null;
    rank: number | null;
    quartile: 1 | 2 | 3 | 4 | null;
    statisticalNeighbours: { codes: string[]; median: number | null };
  } | null;
}

/**
 * Benchmarks figures computed elsewhere (a framework indicator worked out per area) across a
 * comparator, with the same rules as stored figures: `summarise` over the comparator's areas,
 * and the given area's place among them with its statistical-neighbour median.
 */
export async function benchmarkValues(
  db: Queryable,
  input: { values: readonly ComputedValue[]; comparator: string; areaCode?: string; polarity: Polarity },
): Promise<ValuesBenchmark> {
  const comparator = await resolveComparator(db, input.comparator);
  const members = new Set(comparator.codes);
  const inGroup = input.values.filter((v) => members.has(v.areaCode));
  const names = await placeNames(db, input.values.map((v) => v.areaCode));
  const summary = summarise(
    inGroup.map((v) => ({ code: v.areaCode, name: names.get(v.areaCode) ?? v.areaCode, value: v.value, status: v.status })),
    { polarity: input.polarity },
  );
  let area: ValuesBenchmark['area'] = null;
  if (input.areaCode) {
    const own = input.values.find((v) => v.areaCode === input.areaCode);
    const value = own && own.status === null && own.value !== null && Number.isFinite(own.value) ? own.value : null;
    const numbers = summary.areas.filter((a) => a.value !== null).map((a) => a.value!);
    const neighbours = await statisticalNeighbours(db, input.areaCode);
    const neighbourNumbers = input.values
      .filter((v) => neighbours.includes(v.areaCode) && v.status === null && v.value !== null && Number.isFinite(v.value))
      .map((v) => v.value!);
    const { q1, median: med, q3 } = summary;
    area = {
      code: input.areaCode,
      value,
      status: own?.status ?? null,
      rank: value === null || numbers.length === 0 ? null : numbers.filter((n) => n > value).length + 1,
      quartile: value === null || q1 === null || med === null || q3 === null ? null : quartileBand(value, q1, med, q3),
      statisticalNeighbours: { codes: neighbours, median: median(neighbourNumbers) },
    };
  }
  return { ...summary, comparator, area };
}

export interface EesImport {
  file: string;
  meta?: string | null;
  dataset?: string;
  /** Names the person knows, when the files on disk are temporary copies. */
  fileName?: string;
  metaFileName?: string;
}

/**
 * Imports EES files together: every file is read and checked before anything is written,
 * then all are stored in one transaction, so a problem in any of them leaves nothing behind.
 */
export async function importEesFiles(
  db: Queryable,
  actor: Actor,
  files: readonly EesImport[],
  onProgress?: (file: string, progress: ImportProgress) => void,
): Promise<ImportResult[]> {
  const datasets = new Map<string, string>();
  for (const f of files) {
    const name = f.fileName ?? path.basename(f.file);
    const dataset = (f.dataset ?? datasetNameOf(name)).trim();
    const other = datasets.get(dataset);
    if (other) throw new EesFormatError(name, { line: null }, `${other} is also dataset ${dataset}: import one of them at a time`);
    datasets.set(dataset, name);
  }
  const opened: EesFile[] = [];
  for (const f of files) opened.push(await openEesFile(f.file, { meta: f.meta ?? undefined }));
  return db.transaction(async (tx) => {
    const reports: ImportResult[] = [];
    for (const [i, f] of files.entries()) {
      const name = f.fileName ?? path.basename(f.file);
      reports.push(
        await importOpenedEesFile(tx, actor, opened[i]!, {
          dataset: f.dataset,
          fileName: f.fileName,
          metaFileName: f.metaFileName,
          onProgress: onProgress && ((p) => onProgress(name, p)),
        }),
      );
    }
    return reports;
  });
}
