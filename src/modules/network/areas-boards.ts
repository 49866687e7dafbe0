import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { countRows, queryRows } from '../../platform/db/count.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { areas, boardAreas, boards, type AreaKind } from './schema.ts';
import { referenceAreas, referenceBoards } from './reference.ts';

/** Loads the geography and London's boards; never overwrites what users have since edited. */
export async function ensureReferenceData(db: Queryable): Promise<void> {
  // Every start calls this: answer with one query when everything is already there.
  const present = await countRows(db, areas, inArray(areas.code, referenceAreas.map((a) => a.code)));
  const boardCount = await countRows(db, boards, inArray(boards.code, referenceBoards.map((b) => b.code)));
  if (present === referenceAreas.length && boardCount === referenceBoards.length) return;
  await db.insert(areas).values(referenceAreas).onConflictDoNothing();
  for (const b of referenceBoards) {
    const [row] = await db.insert(boards).values({ code: b.code, name: b.name }).onConflictDoNothing().returning();
    if (row) await db.insert(boardAreas).values(b.areaCodes.map((areaCode) => ({ boardId: row.id, areaCode })));
  }
}

export type Area = typeof areas.$inferSelect;
export type Board = typeof boards.$inferSelect & { areas: Area[] };

export async function listAreas(db: Queryable, q: { kind?: AreaKind; parentCode?: string } = {}): Promise<Area[]> {
  const conds = [q.kind ? eq(areas.kind, q.kind) : undefined, q.parentCode ? eq(areas.parentCode, q.parentCode) : undefined];
  return db.select().from(areas).where(and(...conds)).orderBy(asc(areas.name));
}

/** An area by ONS code (E09000007) or DfE's three-digit code (202). */
export async function findArea(db: Queryable, code: string): Promise<Area | null> {
  const c = code.trim();
  const [row] = await db
    .select()
    .from(areas)
    .where(or(eq(areas.code, c.toUpperCase()), eq(areas.dfeCode, c)));
  return row ?? null;
}

/** Every area below the given one (its local authorities, for a region), itself excluded. */
export async function descendantAreas(db: Queryable, code: string): Promise<Area[]> {
  const result = await queryRows<{ code: string; name: string; kind: AreaKind; parent_code: string | null; dfe_code: string | null }>(db, sql`
    with recursive tree as (
      select * from ${areas} where ${areas.parentCode} = ${code}
      union all
      select a.* from ${areas} a join tree t on a.parent_code = t.code
    ) select * from tree order by name`);
  return result.map((r) => ({ code: r.code, name: r.name, kind: r.kind, parentCode: r.parent_code, dfeCode: r.dfe_code }));
}

/** Statistics imports bring authorities outside London; they join the geography here. */
export async function ensureAreas(db: Queryable, list: Area[]): Promise<void> {
  if (list.length === 0) return;
  await db.insert(areas).values(list).onConflictDoNothing();
}

export async function listBoards(db: Queryable): Promise<Board[]> {
  const rows = await db.select().from(boards).orderBy(asc(boards.name));
  const links = await db.select({ boardId: boardAreas.boardId, area: areas }).from(boardAreas).innerJoin(areas, eq(areas.code, boardAreas.areaCode));
  return rows.map((b) => ({ ...b, areas: links.filter((l) => l.boardId === b.id).map((l) => l.area) }));
}

export async function findBoard(db: Queryable, idOrCode: string): Promise<Board | null> {
  const isUuid = z.string().uuid().safeParse(idOrCode).success;
  const [row] = await db
    .select()
    .from(boards)
    .where(isUuid ? eq(boards.id, idOrCode) : eq(boards.code, idOrCode));
  if (!row) return null;
  const links = await db
    .select({ area: areas })
    .from(boardAreas)
    .innerJoin(areas, eq(areas.code, boardAreas.areaCode))
    .where(eq(boardAreas.boardId, row.id));
  return { ...row, areas: links.map((l) => l.area) };
}

export async function boardsByIds(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(boards).where(inArray(boards.id, ids));
}

export async function boardForArea(db: Queryable, areaCode: string) {
  const [row] = await db
    .select({ board: boards })
    .from(boardAreas)
    .innerJoin(boards, eq(boards.id, boardAreas.boardId))
    .where(eq(boardAreas.areaCode, areaCode));
  return row?.board ?? null;
}

export const boardInput = z.object({
  name: z.string().trim().min(1, 'Enter the board’s name').max(200, 'Name must be 200 characters or fewer'),
  website: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .refine((v) => !v || /^https?:\/\/[^\s]+$/.test(v), 'Enter a web address starting with https://')
    .transform((v) => v || null),
});

export async function updateBoard(db: Queryable, actor: Actor, id: string, input: z.input<typeof boardInput>) {
  const v = boardInput.parse(input);
  const before = await findBoard(db, id);
  if (!before) throw new Error('No such board');
  await db.update(boards).set(v).where(eq(boards.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'board',
    entityId: id,
    summary: `Updated board ${v.name}`,
    before: { name: before.name, website: before.website },
    after: v,
  });
}
