import { asc, desc, eq, sql } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/service.ts';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { POLARITIES, type Polarity } from '../benchmark/index.ts';
import { statDatasets, statImportBatches, statMeasures } from '../schema.ts';

/** Datasets with their counts, for the statistics home page and the API. */
export async function listDatasets(db: Queryable) {
  const rows = await queryRows<{ id: string; name: string; kind: string; file_name: string | null; updated_at: string; measures: number; first_period: string | null; last_period: string | null }>(
    db,
    sql`select d.id, d.name, d.kind, d.file_name, d.updated_at,
          (select count(*)::int from ${statMeasures} m where m.dataset_id = d.id) as measures,
          (select min(v.time_period) from stat_values v where v.measure_id = (select id from stat_measures m where m.dataset_id = d.id order by position limit 1)) as first_period,
          (select max(v.time_period) from stat_values v where v.measure_id = (select id from stat_measures m where m.dataset_id = d.id order by position limit 1)) as last_period
        from ${statDatasets} d order by d.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    fileName: r.file_name,
    updatedAt: new Date(r.updated_at),
    measures: Number(r.measures),
    firstPeriod: r.first_period,
    lastPeriod: r.last_period,
  }));
}

export async function listMeasures(db: Queryable, datasetId: string) {
  return db.select().from(statMeasures).where(eq(statMeasures.datasetId, datasetId)).orderBy(asc(statMeasures.position), asc(statMeasures.name));
}

export async function listImportBatches(db: Queryable, datasetId: string) {
  return db.select().from(statImportBatches).where(eq(statImportBatches.datasetId, datasetId)).orderBy(desc(statImportBatches.importedAt)).limit(20);
}

/** Coordinators say which way is good; it changes colours and wording, never ranks. */
export async function setPolarity(db: Queryable, actor: Actor, measureId: string, polarity: Polarity) {
  if (!POLARITIES.includes(polarity)) throw new Error(`unknown polarity ${polarity}`);
  const [before] = await db.select().from(statMeasures).where(eq(statMeasures.id, measureId));
  if (!before) return null;
  await db.update(statMeasures).set({ polarity }).where(eq(statMeasures.id, measureId));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'statistics-measure',
    entityId: measureId,
    summary: `Set ${before.name} to ${polarity}`,
    before: { polarity: before.polarity },
    after: { polarity },
  });
  return { ...before, polarity };
}
