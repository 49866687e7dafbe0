import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/service.ts';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { readStatisticalNeighbours } from '../neighbours/index.ts';
import { statNeighbours } from '../schema.ts';

export interface NeighboursImportResult {
  model: string;
  authorities: number;
  historic: number;
  links: number;
}

/** Replaces the statistical neighbour model with DfE's file (checked whole before anything is written). */
export async function importNeighbours(db: Queryable, actor: Actor, file: string, options: { fileName?: string } = {}): Promise<NeighboursImportResult> {
  const groups = await readStatisticalNeighbours(file);
  const model = options.fileName ?? path.basename(file);
  return db.transaction(async (tx) => {
    await tx.delete(statNeighbours);
    const rows = groups.flatMap((g) =>
      g.neighbours.map((n) => ({ laCode: g.laCode, neighbourCode: n.laCode, rank: n.rank, closeness: n.closeness, historic: g.historic, model })),
    );
    for (let i = 0; i < rows.length; i += 2000) await tx.insert(statNeighbours).values(rows.slice(i, i + 2000));
    const result = {
      model,
      authorities: groups.filter((g) => !g.historic).length,
      historic: groups.filter((g) => g.historic).length,
      links: rows.length,
    };
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'statistical-neighbours',
      summary: `Imported statistical neighbours from ${model}: ${result.authorities} authorities`,
      after: result,
    });
    return result;
  });
}

export async function neighbourModel(db: Queryable) {
  const [row] = await queryRows<{ model: string | null; authorities: number }>(
    db,
    sql`select max(model) as model, count(distinct la_code)::int as authorities from ${statNeighbours} where historic = false`,
  );
  return row?.model ? { model: row.model, authorities: Number(row.authorities) } : null;
}

/** The model as published, for one authority by DfE code: neighbours with rank and closeness. */
export async function neighboursByOldCode(db: Queryable, laCode: string) {
  return db.select().from(statNeighbours).where(eq(statNeighbours.laCode, laCode)).orderBy(asc(statNeighbours.historic), asc(statNeighbours.rank));
}
