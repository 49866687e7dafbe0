import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { countRows } from '../../platform/db/count.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import * as network from '../network/service.ts';
import { learningExamples, learningThemes } from './schema.ts';
import { optionalId, requiredId, requiredText } from './inputs.ts';
import { fieldError } from './reviews.ts';
import { indexExample } from './search-index.ts';

export const exampleInput = z.object({
  boardId: requiredId('Choose the board sharing the example'),
  themeId: requiredId('Choose the theme'),
  title: requiredText(200, 'Enter a short title'),
  whatTheyDid: requiredText(6000, 'Describe what the board and its partners did'),
  result: requiredText(4000, 'Describe the result'),
  contactPersonId: optionalId,
});
export type ExampleInput = z.input<typeof exampleInput>;

async function checkReferences(db: Queryable, v: z.output<typeof exampleInput>) {
  if (!(await network.findBoard(db, v.boardId)))
    throw fieldError('boardId', 'Choose the board sharing the example');
  const [theme] = await db
    .select({ id: learningThemes.id })
    .from(learningThemes)
    .where(eq(learningThemes.id, v.themeId));
  if (!theme) throw fieldError('themeId', 'Choose the theme');
  if (v.contactPersonId && !(await network.getPerson(db, v.contactPersonId)))
    throw fieldError('contactPersonId', 'Choose the contact from the directory');
}

export async function createExample(db: Queryable, actor: Actor, input: ExampleInput & { demo?: boolean }) {
  const v = exampleInput.parse(input);
  await checkReferences(db, v);
  const [row] = await db
    .insert(learningExamples)
    .values({ ...v, demo: input.demo ?? false })
    .returning({ id: learningExamples.id });
  await indexExample(db, row!.id);
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'learning-example',
    entityId: row!.id,
    summary: `Shared good practice: ${v.title}`,
    after: v,
  });
  return row!;
}

export async function updateExample(db: Queryable, actor: Actor, id: string, input: ExampleInput) {
  const v = exampleInput.parse(input);
  const before = await getExample(db, id);
  if (!before) throw new UserFacingError(404, 'No such example');
  await checkReferences(db, v);
  await db
    .update(learningExamples)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(learningExamples.id, id));
  await indexExample(db, id);
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'learning-example',
    entityId: id,
    summary: `Updated good practice: ${v.title}`,
    before: {
      boardId: before.boardId,
      themeId: before.themeId,
      title: before.title,
      whatTheyDid: before.whatTheyDid,
      result: before.result,
      contactPersonId: before.contactPersonId,
    },
    after: v,
  });
}

export async function getExample(db: Queryable, id: string) {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db
    .select({ example: learningExamples, themeName: learningThemes.name })
    .from(learningExamples)
    .innerJoin(learningThemes, eq(learningThemes.id, learningExamples.themeId))
    .where(eq(learningExamples.id, id));
  if (!row) return null;
  const fields = row.example;
  const [board, contact] = await Promise.all([
    network.findBoard(db, fields.boardId),
    fields.contactPersonId ? network.getPerson(db, fields.contactPersonId) : Promise.resolve(null),
  ]);
  return { ...fields, themeName: row.themeName, boardName: board?.name ?? '', contact };
}

export async function listExamples(
  db: Queryable,
  f: { boardId?: string; themeId?: string; limit?: number; offset?: number } = {},
) {
  const condition = and(
    f.boardId ? eq(learningExamples.boardId, f.boardId) : undefined,
    f.themeId ? eq(learningExamples.themeId, f.themeId) : undefined,
  );
  const [rows, total, boards] = await Promise.all([
    db
      .select({
        id: learningExamples.id,
        boardId: learningExamples.boardId,
        title: learningExamples.title,
        whatTheyDid: learningExamples.whatTheyDid,
        result: learningExamples.result,
        contactPersonId: learningExamples.contactPersonId,
        themeName: learningThemes.name,
        updatedAt: learningExamples.updatedAt,
      })
      .from(learningExamples)
      .innerJoin(learningThemes, eq(learningThemes.id, learningExamples.themeId))
      .where(condition)
      .orderBy(desc(learningExamples.updatedAt), desc(learningExamples.id))
      .limit(f.limit ?? 10_000)
      .offset(f.offset ?? 0),
    countRows(db, learningExamples, condition),
    network.listBoards(db),
  ]);
  const boardName = new Map(boards.map((b) => [b.id, b.name]));
  return { total, rows: rows.map((r) => ({ ...r, boardName: boardName.get(r.boardId) ?? '' })) };
}
