import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import * as network from '../network/service.ts';
import { collectionPilots, pilotStatuses, type PilotStatus } from './schema.ts';

export const pilotStatusLabels: Record<PilotStatus, string> = {
  volunteered: 'Volunteered',
  confirmed: 'Confirmed',
  withdrawn: 'Withdrawn',
};

/** Every board with its pilot status (null: has not volunteered). */
export async function listPilots(db: Queryable) {
  const [boards, rows] = await Promise.all([network.listBoards(db), db.select().from(collectionPilots)]);
  const byBoard = new Map(rows.map((r) => [r.boardId, r]));
  return boards.map((b) => ({ board: b, pilot: byBoard.get(b.id) ?? null }));
}

const moves: Record<PilotStatus, PilotStatus[]> = {
  // A board volunteers (or volunteers again after withdrawing); coordinators confirm; either may withdraw.
  volunteered: ['confirmed', 'withdrawn'],
  confirmed: ['withdrawn'],
  withdrawn: ['volunteered'],
};

export async function setPilotStatus(
  db: Queryable,
  actor: Actor,
  input: { boardId: string; status: PilotStatus; note?: string | null },
) {
  const v = z
    .object({
      boardId: z.string().uuid(),
      status: z.enum(pilotStatuses),
      note: z.string().trim().max(1000).nullish(),
    })
    .parse(input);
  const board = await network.findBoard(db, v.boardId);
  if (!board) throw new UserFacingError(404, 'There is no such board');
  const [current] = await db.select().from(collectionPilots).where(eq(collectionPilots.boardId, v.boardId));
  const allowed = current ? moves[current.status] : ['volunteered', 'confirmed'];
  if (!allowed.includes(v.status))
    throw new UserFacingError(
      409,
      `${board.name} is ${current ? pilotStatusLabels[current.status].toLowerCase() : 'not a pilot'} and cannot become ${pilotStatusLabels[v.status].toLowerCase()}`,
    );
  const values = {
    boardId: v.boardId,
    status: v.status,
    note: v.note ?? null,
    changedBy: actor.label,
    changedAt: new Date(),
  };
  await db
    .insert(collectionPilots)
    .values(values)
    .onConflictDoUpdate({ target: collectionPilots.boardId, set: values });
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection-pilot',
    entityId: v.boardId,
    summary: `${board.name} pilot status: ${pilotStatusLabels[v.status]}`,
    before: current ? { status: current.status } : null,
    after: { status: v.status },
  });
}
