import path from 'node:path';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/service.ts';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { ensureAreas, ENGLAND, LONDON } from '../../network/service.ts';
import { areas } from '../../network/schema.ts';
import { EesFormatError, openEesFile, type EesFile, type EesObservation, type SkippedLevel } from '../ees/index.ts';
import { statDatasets, statFilterSets, statImportBatches, statMeasures, statPlaces, statValues } from '../schema.ts';
import { copyValueRows, type ValueRow } from './copy-values.ts';
import { filterKey } from './keys.ts';

export interface ImportProgress {
  rowsRead: number;
  rowsTotal: number;
  values: number;
}

export interface ImportResult {
  dataset: string;
  batchId: string;
  file: string;
  /** The meta file that told filters from indicators, as the person named it. */
  metaFile: string | null;
  rows: number;
  values: number;
  /** Values of the previous import of this dataset that this one replaced. */
  replaced: number;
  measures: string[];
  filters: string[];
  areasAdded: number;
  statusCounts: Record<string, number>;
  rolesFrom: 'meta' | 'content';
  /** Rows left out because the hub holds no areas at their level: each level with its row count, in file order. */
  skippedLevels: SkippedLevel[];
  milliseconds: number;
}

export interface ImportOptions {
  /** Dataset name; defaults to the file name without its extension. */
  dataset?: string;
  /** The name to record (an upload's original name rather than its temporary path). */
  fileName?: string;
  metaFileName?: string;
  onProgress?: (progress: ImportProgress) => void;
}

/** Default dataset name: the file name without ".csv" (and without a ".meta" part). */
export const datasetNameOf = (file: string) => path.basename(file).replace(/\.csv$/i, '');

const ONS_CODE = /^[EWSNKJ]\d{8}$/;
const LEVEL_KINDS: Record<string, 'country' | 'region' | 'local-authority'> = {
  national: 'country',
  regional: 'region',
  'local authority': 'local-authority',
};

interface SeenPlace {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  oldCode: string | null;
  latestPeriod: string;
}

/** Reads and checks the file (nothing written yet), then imports it in one transaction. */
export async function importEesFile(
  db: Queryable,
  actor: Actor,
  file: string,
  options: ImportOptions & { meta?: string } = {},
): Promise<ImportResult> {
  const opened = await openEesFile(file, { meta: options.meta });
  return db.transaction((tx) => importOpenedEesFile(tx, actor, opened, options));
}

/**
 * Stores every observation of an opened EES file as values of one dataset, replacing the
 * values a previous import of the dataset stored. Call inside a transaction: any error
 * (a row the reader finds repeated, an area code that is not an ONS code) leaves nothing behind.
 */
export async function importOpenedEesFile(db: Queryable, actor: Actor, opened: EesFile, options: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const { description } = opened;
  const fileName = options.fileName ?? path.basename(description.file);
  const name = (options.dataset ?? datasetNameOf(fileName)).trim();
  const metaFile = options.metaFileName ?? (description.metaFile ? path.basename(description.metaFile) : null);
  const { skippedLevels } = description;

  const [dataset] = await db
    .insert(statDatasets)
    .values({ name, kind: 'ees', filters: description.filters, fileName })
    .onConflictDoUpdate({ target: statDatasets.name, set: { filters: description.filters, fileName, updatedAt: new Date() } })
    .returning();
  const datasetId = dataset!.id;

  const indicatorColumns = description.columns.filter((c) => c.role === 'indicator');
  const measureRows = await db
    .insert(statMeasures)
    .values(
      indicatorColumns.map((c, position) => ({
        datasetId,
        name: c.name,
        label: c.label,
        unit: c.unit,
        decimals: c.decimalPlaces,
        position,
      })),
    )
    .onConflictDoUpdate({
      target: [statMeasures.datasetId, statMeasures.name],
      set: {
        label: sql`coalesce(excluded.label, ${statMeasures.label})`,
        unit: sql`coalesce(excluded.unit, ${statMeasures.unit})`,
        decimals: sql`coalesce(excluded.decimals, ${statMeasures.decimals})`,
        position: sql`excluded.position`,
      },
    })
    .returning({ id: statMeasures.id, name: statMeasures.name });
  const measureIds = new Map(measureRows.map((m) => [m.name, m.id]));

  // Replace: the previous import's values of this dataset go; board returns are never touched.
  const allMeasures = await db.select({ id: statMeasures.id }).from(statMeasures).where(eq(statMeasures.datasetId, datasetId));
  const [{ n: replaced } = { n: 0 }] = await queryRows<{ n: number }>(
    db,
    sql`with gone as (delete from ${statValues} where ${inArray(statValues.measureId, allMeasures.map((m) => m.id))} and ${statValues.boardId} is null returning 1)
        select count(*)::int as n from gone`,
  );
  await db.delete(statMeasures).where(and(eq(statMeasures.datasetId, datasetId), notInArray(statMeasures.id, [...measureIds.values()])));

  const [batch] = await db
    .insert(statImportBatches)
    .values({
      datasetId,
      fileName,
      metaFileName: metaFile,
      rolesFrom: description.rolesFrom,
      rows: description.rows,
      values: 0,
      replaced,
      statusCounts: description.statusCounts,
      milliseconds: 0,
      actorLabel: actor.label,
    })
    .returning({ id: statImportBatches.id });
  const batchId = batch!.id;

  const filterSetIds = new Map<string, string>();
  for (const set of await db.select().from(statFilterSets).where(eq(statFilterSets.datasetId, datasetId))) filterSetIds.set(set.key, set.id);
  const places = new Map<string, SeenPlace>();
  let values = 0;

  for await (const { observations, rowsRead, rowsTotal } of opened.batches()) {
    // A row's observations share one filters object: its key is worked out once per row.
    const keys = new Map<Record<string, string>, string>();
    const keyOf = (filters: Record<string, string>) => {
      let key = keys.get(filters);
      if (key === undefined) keys.set(filters, (key = filterKey(filters)));
      return key;
    };
    const newSets = new Map<string, Record<string, string>>();
    for (const o of observations) {
      const key = keyOf(o.filters);
      if (!filterSetIds.has(key)) newSets.set(key, o.filters);
    }
    if (newSets.size > 0) {
      const inserted = await db
        .insert(statFilterSets)
        .values([...newSets].map(([key, filters]) => ({ datasetId, key, filters })))
        .returning({ id: statFilterSets.id, key: statFilterSets.key });
      for (const s of inserted) filterSetIds.set(s.key, s.id);
    }
    const rows: ValueRow[] = [];
    let previousLine = -1;
    let filterSetId = '';
    for (const o of observations) {
      if (o.line !== previousLine) {
        previousLine = o.line;
        notePlace(places, o, fileName);
        filterSetId = filterSetIds.get(keyOf(o.filters))!;
      }
      rows.push([measureIds.get(o.measure)!, filterSetId, o.timePeriod, o.timeIdentifier, o.areaCode, o.value, o.status, o.raw]);
    }
    await copyValueRows(db, rows, batchId);
    values += rows.length;
    options.onProgress?.({ rowsRead, rowsTotal, values });
  }

  const areasAdded = await addPlaces(db, [...places.values()]);
  const milliseconds = Math.round(performance.now() - started);
  await db.update(statImportBatches).set({ values, milliseconds }).where(eq(statImportBatches.id, batchId));
  await recordAudit(db, actor, {
    action: 'import',
    entity: 'statistics-dataset',
    entityId: datasetId,
    summary: `Imported ${values} values of ${name} from ${fileName}${replaced ? ` (replacing ${replaced})` : ''}`,
    after: { dataset: name, file: fileName, rows: description.rows, values, replaced, skippedLevels },
  });
  return {
    dataset: name,
    batchId,
    file: fileName,
    metaFile,
    rows: description.rows,
    values,
    replaced,
    measures: [...measureIds.keys()],
    filters: description.filters,
    areasAdded,
    statusCounts: description.statusCounts,
    rolesFrom: description.rolesFrom,
    skippedLevels,
    milliseconds,
  };
}

function notePlace(places: Map<string, SeenPlace>, o: EesObservation, file: string) {
  const known = places.get(o.areaCode);
  if (known) {
    if (o.timePeriod > known.latestPeriod) Object.assign(known, { latestPeriod: o.timePeriod, name: o.areaName, oldCode: o.oldLaCode ?? known.oldCode });
    return;
  }
  const level = o.geographicLevel.toLowerCase();
  if (LEVEL_KINDS[level] && o.areaCodeColumn !== 'old_la_code' && !ONS_CODE.test(o.areaCode)) {
    throw new EesFormatError(
      file,
      { line: o.line, column: o.areaCodeColumn },
      `"${o.areaCode}" is not an area code: ${o.geographicLevel} rows need a nine-character ONS code such as E09000007`,
    );
  }
  places.set(o.areaCode, {
    code: o.areaCode,
    name: o.areaName,
    level: o.geographicLevel,
    parentCode: o.parentCode ?? null,
    oldCode: o.oldLaCode ?? null,
    latestPeriod: o.timePeriod,
  });
}

/** Records every place, and adds countries, regions and authorities the network does not know yet. */
async function addPlaces(db: Queryable, seen: SeenPlace[]): Promise<number> {
  if (seen.length === 0) return 0;
  await db
    .insert(statPlaces)
    .values(seen.map((p) => ({ code: p.code, name: p.name, level: p.level, oldCode: p.oldCode })))
    .onConflictDoUpdate({
      target: statPlaces.code,
      set: { name: sql`excluded.name`, level: sql`excluded.level`, oldCode: sql`coalesce(excluded.old_code, ${statPlaces.oldCode})` },
    });
  const geography = seen.filter((p) => LEVEL_KINDS[p.level.toLowerCase()] && ONS_CODE.test(p.code));
  if (geography.length === 0) return 0;
  const existing = new Set(
    (await db.select({ code: areas.code }).from(areas).where(inArray(areas.code, geography.map((p) => p.code)))).map((a) => a.code),
  );
  const fresh = geography.filter((p) => !existing.has(p.code));
  if (fresh.length === 0) return 0;
  // DfE codes are unique in the geography: a reused code goes to the newest authority only.
  const oldCodes = fresh.map((p) => p.oldCode).filter((c): c is string => !!c);
  const taken = new Set(
    oldCodes.length
      ? (await db.select({ dfeCode: areas.dfeCode }).from(areas).where(inArray(areas.dfeCode, oldCodes))).map((a) => a.dfeCode)
      : [],
  );
  const newestByOld = new Map<string, SeenPlace>();
  for (const p of fresh) {
    if (!p.oldCode) continue;
    const other = newestByOld.get(p.oldCode);
    if (!other || p.latestPeriod > other.latestPeriod) newestByOld.set(p.oldCode, p);
  }
  const kindOf = (p: SeenPlace) => {
    const kind = LEVEL_KINDS[p.level.toLowerCase()]!;
    return kind === 'region' && p.code.startsWith('E13') ? ('sub-region' as const) : kind;
  };
  const parentOf = (p: SeenPlace) => {
    const kind = kindOf(p);
    if (kind === 'country') return null;
    if (kind === 'sub-region') return LONDON;
    return p.parentCode ?? (p.code.startsWith('E') ? ENGLAND : null);
  };
  await ensureAreas(
    db,
    fresh.map((p) => ({
      code: p.code,
      name: p.name,
      kind: kindOf(p),
      parentCode: parentOf(p),
      dfeCode: p.oldCode && !taken.has(p.oldCode) && newestByOld.get(p.oldCode) === p ? p.oldCode : null,
    })),
  );
  return fresh.length;
}
