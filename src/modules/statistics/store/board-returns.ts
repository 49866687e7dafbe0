import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type Actor } from '../../../platform/audit/service.ts';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { findBoard } from '../../network/service.ts';
import { StatisticsQueryError } from '../errors.ts';
import { statDatasets, statFilterSets, statMeasures, statValues } from '../schema.ts';
import { filterKey } from './keys.ts';

/** Boards' accepted return answers live here, one measure per question code. */
export const BOARD_RETURNS_DATASET = 'board-returns';
const RETURN_IDENTIFIER = 'Board return';

export const boardReturnInput = z.object({
  boardId: z.string().uuid(),
  period: z.string().trim().min(1).max(40),
  values: z.array(
    z.object({
      measure: z.string().trim().min(1).max(200),
      value: z.number().finite().nullable(),
      status: z.string().trim().max(10).nullish(),
    }),
  ),
  source: z.string().trim().min(1).max(300),
});

/**
 * Stores a board's accepted return answers as values of dataset `board-returns` (measure =
 * question code) for every area the board covers, replacing that board's earlier answers
 * for the same questions and period. Framework expressions read them as `{question_code}`.
 */
export async function recordBoardReturnValues(db: Queryable, actor: Actor, input: z.input<typeof boardReturnInput>) {
  const v = boardReturnInput.parse(input);
  const board = await findBoard(db, v.boardId);
  if (!board) throw new StatisticsQueryError(`no board ${v.boardId}`);
  const [dataset] = await db
    .insert(statDatasets)
    .values({ name: BOARD_RETURNS_DATASET, kind: 'board-returns', filters: [] })
    .onConflictDoUpdate({ target: statDatasets.name, set: { updatedAt: new Date() } })
    .returning();
  const key = filterKey({});
  await db.insert(statFilterSets).values({ datasetId: dataset!.id, key, filters: {} }).onConflictDoNothing();
  const [{ id: filterSetId } = { id: '' }] = await queryRows<{ id: string }>(
    db,
    sql`select id from ${statFilterSets} where dataset_id = ${dataset!.id} and key = ${key}`,
  );
  const names = [...new Set(v.values.map((x) => x.measure))];
  if (names.length > 0) {
    await db
      .insert(statMeasures)
      .values(names.map((name) => ({ datasetId: dataset!.id, name })))
      .onConflictDoNothing();
  }
  const measures = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from ${statMeasures} where dataset_id = ${dataset!.id}`,
  );
  const idOf = new Map(measures.map((m) => [m.name, m.id]));
  const rows = v.values.flatMap((answer) => {
    const status = answer.status ?? (answer.value === null ? 'x' : null);
    return board.areas.map((area) => ({
      measureId: idOf.get(answer.measure)!,
      filterSetId,
      timePeriod: v.period,
      timeIdentifier: RETURN_IDENTIFIER,
      areaCode: area.code,
      value: status ? null : answer.value,
      status,
      raw: status ?? String(answer.value),
      boardId: board.id,
      source: v.source,
    }));
  });
  if (rows.length > 0) {
    await db
      .insert(statValues)
      .values(rows)
      .onConflictDoUpdate({
        target: [statValues.measureId, statValues.filterSetId, statValues.timePeriod, statValues.timeIdentifier, statValues.areaCode],
        set: { value: sql`excluded.value`, status: sql`excluded.status`, raw: sql`excluded.raw`, boardId: board.id, source: v.source, batchId: null },
      });
  }
  const stored = rows.length;
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'board-return-values',
    entityId: board.id,
    summary: `Stored ${v.values.length} return answers of ${board.name} for ${v.period} (${v.source})`,
    after: { period: v.period, source: v.source, values: v.values },
  });
  return { stored };
}
