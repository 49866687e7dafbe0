import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { StatisticsQueryError } from '../errors.ts';
import { statDatasets, statFilterSets, statMeasures, statValues } from '../schema.ts';
import { filterKey, parsePeriod } from './keys.ts';

export type Dataset = typeof statDatasets.$inferSelect;
export type Measure = typeof statMeasures.$inferSelect;
export type FilterSet = typeof statFilterSets.$inferSelect;

/** A measure with one filter combination: one line of figures over areas and periods. */
export interface Series {
  dataset: Dataset;
  measure: Measure;
  filterSet: FilterSet;
}

export async function findDataset(db: Queryable, name: string): Promise<Dataset | null> {
  const [row] = await db.select().from(statDatasets).where(eq(statDatasets.name, name));
  return row ?? null;
}

const datasetNames = async (db: Queryable) =>
  (await db.select({ name: statDatasets.name }).from(statDatasets).orderBy(asc(statDatasets.name))).map((d) => d.name);

const noDataset = (name: string, names: readonly string[]) =>
  new StatisticsQueryError(`no dataset "${name}"; ${names.length ? `imported datasets: ${names.join(', ')}` : 'nothing has been imported yet'}`);

const noMeasure = (dataset: Dataset, name: string, measures: readonly Measure[]) =>
  new StatisticsQueryError(`dataset ${dataset.name} has no measure "${name}"; its measures: ${measures.map((m) => m.name).join(', ')}`);

export async function requireDataset(db: Queryable, name: string): Promise<Dataset> {
  const dataset = await findDataset(db, name);
  if (dataset) return dataset;
  throw noDataset(name, await datasetNames(db));
}

export async function requireMeasure(db: Queryable, dataset: Dataset, name: string): Promise<Measure> {
  const measures = await db.select().from(statMeasures).where(eq(statMeasures.datasetId, dataset.id)).orderBy(asc(statMeasures.position));
  const measure = measures.find((m) => m.name === name);
  if (measure) return measure;
  throw noMeasure(dataset, name, measures);
}

export async function listFilterSets(db: Queryable, datasetId: string): Promise<FilterSet[]> {
  return db.select().from(statFilterSets).where(eq(statFilterSets.datasetId, datasetId)).orderBy(asc(statFilterSets.key));
}

const isTotal = (text: string) => /^(total|all)\b/i.test(text.trim());

/**
 * The filter combination a partial set of filters means. Filters left out may take any
 * value when only one combination fits; when several fit, the one whose other filters are
 * all "Total" (EES's convention for the overall figure); otherwise the question is ambiguous
 * and the message lists the values to choose from.
 */
export async function resolveFilterSet(db: Queryable, dataset: Dataset, filters: Record<string, string>): Promise<FilterSet> {
  return chooseFilterSet(dataset, await listFilterSets(db, dataset.id), filters);
}

/** The choice itself, among all the dataset's filter combinations (see resolveFilterSet). */
export function chooseFilterSet(dataset: Dataset, all: readonly FilterSet[], filters: Record<string, string>): FilterSet {
  for (const name of Object.keys(filters)) {
    if (!dataset.filters.includes(name)) {
      throw new StatisticsQueryError(
        `dataset ${dataset.name} has no filter "${name}"; ${dataset.filters.length ? `its filters: ${dataset.filters.join(', ')}` : 'it has no filters'}`,
        400,
      );
    }
  }
  const matching = all.filter((set) => Object.entries(filters).every(([k, v]) => set.filters[k] === v));
  if (matching.length === 1) return matching[0]!;
  if (matching.length === 0) {
    const [name, value] = Object.entries(filters).find(([k, v]) => !all.some((s) => s.filters[k] === v)) ?? Object.entries(filters)[0] ?? ['', ''];
    const values = [...new Set(all.map((s) => s.filters[name]).filter((v) => v !== undefined))].sort();
    throw new StatisticsQueryError(`no figures with ${name} = "${value}" in ${dataset.name}; its values: ${values.join('; ')}`);
  }
  const open = dataset.filters.filter((f) => !(f in filters));
  const totals = matching.filter((set) => open.every((f) => set.filters[f] === undefined || isTotal(set.filters[f]!)));
  if (totals.length === 1) return totals[0]!;
  const varying = open.filter((f) => new Set(matching.map((s) => s.filters[f])).size > 1);
  const choices = varying
    .map((f) => `${f} (${[...new Set(matching.map((s) => s.filters[f]))].sort().join('; ')})`)
    .join(', ');
  throw new StatisticsQueryError(`several figures match; choose with --filter: ${choices}`, 400);
}

export async function filterSetByKey(db: Queryable, datasetId: string, filters: Record<string, string>) {
  const [row] = await db
    .select()
    .from(statFilterSets)
    .where(and(eq(statFilterSets.datasetId, datasetId), eq(statFilterSets.key, filterKey(filters))));
  return row ?? null;
}

/** Time periods of a series, newest first (EES periods sort as text within a dataset). */
export async function periodsOf(db: Queryable, measureId: string, filterSetId?: string) {
  const rows = await queryRows<{ time_period: string; time_identifier: string }>(
    db,
    sql`select distinct ${statValues.timePeriod} as time_period, ${statValues.timeIdentifier} as time_identifier
        from ${statValues} where ${statValues.measureId} = ${measureId}
        ${filterSetId ? sql`and ${statValues.filterSetId} = ${filterSetId}` : sql``}
        order by 1 desc, 2`,
  );
  return rows.map((r) => ({ timePeriod: r.time_period, timeIdentifier: r.time_identifier }));
}

/** "2025" (or "2025 Q1") → the stored time_period and time_identifier; says which exist when wrong. */
export async function resolvePeriod(db: Queryable, series: { measure: Measure; filterSet: FilterSet }, text: string) {
  const wanted = parsePeriod(text);
  // The usual case through the primary key; the full list of periods only to explain a miss.
  const direct = await queryRows<{ time_identifier: string }>(
    db,
    sql`select distinct ${statValues.timeIdentifier} as time_identifier from ${statValues}
        where ${statValues.measureId} = ${series.measure.id} and ${statValues.filterSetId} = ${series.filterSet.id} and ${statValues.timePeriod} = ${wanted.timePeriod}`,
  );
  const periods = direct.length > 0 ? direct.map((d) => ({ timePeriod: wanted.timePeriod, timeIdentifier: d.time_identifier })) : await periodsOf(db, series.measure.id, series.filterSet.id);
  const matches = periods.filter(
    (p) =>
      p.timePeriod === wanted.timePeriod &&
      (wanted.timeIdentifier === null || p.timeIdentifier.toLowerCase() === wanted.timeIdentifier.toLowerCase()),
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    const list = [...new Set(periods.map((p) => p.timePeriod))].join(', ');
    throw new StatisticsQueryError(`no figures for period ${text} of ${series.measure.name}; periods: ${list || 'none'}`);
  }
  throw new StatisticsQueryError(
    `period ${text} has several time identifiers (${matches.map((m) => m.timeIdentifier).join('; ')}); give one, e.g. "${text} ${matches[0]!.timeIdentifier}"`,
    400,
  );
}

/**
 * Dataset + measure + filters → the series, with clear messages for each wrong part. One
 * statement in the usual case (dataset, the measure and every filter combination joined);
 * the messages' longer look-ups only when something is missing.
 */
export async function resolveSeries(
  db: Queryable,
  q: { dataset: string; measure: string; filters?: Record<string, string> },
): Promise<Series> {
  const rows = await db
    .select({ dataset: statDatasets, measure: statMeasures, filterSet: statFilterSets })
    .from(statDatasets)
    .leftJoin(statMeasures, and(eq(statMeasures.datasetId, statDatasets.id), eq(statMeasures.name, q.measure)))
    .leftJoin(statFilterSets, eq(statFilterSets.datasetId, statDatasets.id))
    .where(eq(statDatasets.name, q.dataset))
    .orderBy(asc(statFilterSets.key));
  const dataset = rows[0]?.dataset ?? (await requireDataset(db, q.dataset));
  const measure = rows[0]?.measure ?? (await requireMeasure(db, dataset, q.measure));
  const filterSets = rows.flatMap((r) => (r.filterSet ? [r.filterSet] : []));
  return { dataset, measure, filterSet: chooseFilterSet(dataset, filterSets, q.filters ?? {}) };
}

/**
 * Many series at once, each as resolveSeries would give it or the error it would throw (with
 * the same message): the datasets named, with their measures, then their filter combinations,
 * two statements however many are asked for; the list of datasets only to explain a miss.
 */
export async function resolveSeriesMany(
  db: Queryable,
  qs: readonly { dataset: string; measure: string; filters?: Record<string, string> }[],
): Promise<(Series | StatisticsQueryError)[]> {
  const names = [...new Set(qs.map((q) => q.dataset))];
  if (names.length === 0) return [];
  const rows = await db
    .select({ dataset: statDatasets, measure: statMeasures })
    .from(statDatasets)
    .leftJoin(statMeasures, eq(statMeasures.datasetId, statDatasets.id))
    .where(inArray(statDatasets.name, names))
    .orderBy(asc(statDatasets.name), asc(statMeasures.position));
  const sets = await db
    .select({ filterSet: statFilterSets })
    .from(statFilterSets)
    .innerJoin(statDatasets, eq(statDatasets.id, statFilterSets.datasetId))
    .where(inArray(statDatasets.name, names))
    .orderBy(asc(statFilterSets.key));
  const found = new Map<string, { dataset: Dataset; measures: Measure[]; filterSets: FilterSet[] }>();
  for (const r of rows) {
    const entry = found.get(r.dataset.name) ?? { dataset: r.dataset, measures: [], filterSets: [] };
    if (r.measure) entry.measures.push(r.measure);
    found.set(r.dataset.name, entry);
  }
  const byId = new Map([...found.values()].map((e) => [e.dataset.id, e]));
  for (const { filterSet } of sets) byId.get(filterSet.datasetId)?.filterSets.push(filterSet);
  const allNames = qs.some((q) => !found.has(q.dataset)) ? await datasetNames(db) : [];
  return qs.map((q) => {
    const entry = found.get(q.dataset);
    if (!entry) return noDataset(q.dataset, allNames);
    const measure = entry.measures.find((m) => m.name === q.measure);
    if (!measure) return noMeasure(entry.dataset, q.measure, entry.measures);
    try {
      return { dataset: entry.dataset, measure, filterSet: chooseFilterSet(entry.dataset, entry.filterSets, q.filters ?? {}) };
    } catch (error) {
      if (error instanceof StatisticsQueryError) return error;
      throw error;
    }
  });
}
