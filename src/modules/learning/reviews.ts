import { and, asc, desc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { countRows } from '../../platform/db/count.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import * as network from '../network/service.ts';
import { indexReview } from './search-index.ts';
import {
  learningFindings,
  learningReviewThemes,
  learningReviews,
  learningThemes,
  reviewKinds,
  type ReviewKind,
} from './schema.ts';
import {
  idList,
  optionalDate,
  optionalText,
  optionalWebAddress,
  requiredId,
  requiredText,
  today,
} from './inputs.ts';

export const reviewKindLabels: Record<ReviewKind, string> = {
  'serious-case-review': 'Serious case review',
  'rapid-review': 'Rapid review',
  'practice-review': 'Child safeguarding practice review',
};

/** Who may see unpublished reviews: the central team all of them, board people their own board’s. */
export type Visibility = { all: true } | { all: false; boardIds: string[] };

/** Key findings arrive as one text, a blank line between findings. */
export function splitFindings(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n[ \t]*\r?\n/)
    .map((f) => f.trim())
    .filter((f) => f !== '');
}

export const reviewInput = z
  .object({
    boardId: requiredId('Choose the board that published the review'),
    kind: z.enum(reviewKinds, { message: 'Choose the kind of review' }),
    title: requiredText(300, 'Enter the review’s title'),
    publishedOn: optionalDate('the date published').refine(
      (v) => v === null || v <= today(),
      'The date published must be today or in the past',
    ),
    reportUrl: optionalWebAddress,
    summary: optionalText(4000),
    themeIds: idList.refine((ids) => ids.length > 0, 'Choose at least one theme'),
    findings: optionalText(60_000)
      .transform(splitFindings)
      .refine((list) => list.length <= 40, 'Enter 40 key findings or fewer')
      .refine(
        (list) => list.every((f) => f.length <= 4000),
        'Each key finding must be 4,000 characters or fewer',
      ),
  })
  .refine((v) => v.publishedOn !== null || v.reportUrl === null, {
    path: ['publishedOn'],
    message: 'Enter the date published: a review with a link to its report is published',
  });

export type ReviewInput = z.input<typeof reviewInput>;

export function visibleReviews(visibility: Visibility): SQL | undefined {
  if (visibility.all) return undefined;
  const own = visibility.boardIds.length ? inArray(learningReviews.boardId, visibility.boardIds) : undefined;
  return or(isNotNull(learningReviews.publishedOn), own);
}

async function checkReferences(db: Queryable, v: z.output<typeof reviewInput>) {
  if (!(await network.findBoard(db, v.boardId)))
    throw fieldError('boardId', 'Choose the board that published the review');
  const themes = await db
    .select({ id: learningThemes.id })
    .from(learningThemes)
    .where(inArray(learningThemes.id, v.themeIds));
  if (themes.length !== new Set(v.themeIds).size) throw fieldError('themeIds', 'Choose themes from the list');
}

/** A rule broken by one field: routes show it against that field. */
export function fieldError(path: string, message: string): UserFacingError {
  return new UserFacingError(400, message, [{ path, message }]);
}

async function writeChildren(db: Queryable, reviewId: string, v: z.output<typeof reviewInput>) {
  await db.delete(learningReviewThemes).where(eq(learningReviewThemes.reviewId, reviewId));
  await db
    .insert(learningReviewThemes)
    .values([...new Set(v.themeIds)].map((themeId) => ({ reviewId, themeId })));
  await db.delete(learningFindings).where(eq(learningFindings.reviewId, reviewId));
  if (v.findings.length)
    await db
      .insert(learningFindings)
      .values(v.findings.map((text, i) => ({ reviewId, position: i + 1, text })));
}

export async function createReview(db: Queryable, actor: Actor, input: ReviewInput & { demo?: boolean }) {
  const v = reviewInput.parse(input);
  await checkReferences(db, v);
  const [row] = await db
    .insert(learningReviews)
    .values({
      boardId: v.boardId,
      kind: v.kind,
      title: v.title,
      publishedOn: v.publishedOn,
      reportUrl: v.reportUrl,
      summary: v.summary,
      demo: input.demo ?? false,
    })
    .returning({ id: learningReviews.id });
  await writeChildren(db, row!.id, v);
  await indexReview(db, row!.id);
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'learning-review',
    entityId: row!.id,
    summary: `Recorded review ${v.title}`,
    after: v,
  });
  return row!;
}

export async function updateReview(db: Queryable, actor: Actor, id: string, input: ReviewInput) {
  const v = reviewInput.parse(input);
  const before = await getReview(db, id, { all: true });
  if (!before) throw new UserFacingError(404, 'No such review');
  await checkReferences(db, v);
  await db
    .update(learningReviews)
    .set({
      boardId: v.boardId,
      kind: v.kind,
      title: v.title,
      publishedOn: v.publishedOn,
      reportUrl: v.reportUrl,
      summary: v.summary,
      updatedAt: new Date(),
    })
    .where(eq(learningReviews.id, id));
  await writeChildren(db, id, v);
  await indexReview(db, id);
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'learning-review',
    entityId: id,
    summary: `Updated review ${v.title}`,
    before: {
      title: before.title,
      boardId: before.boardId,
      publishedOn: before.publishedOn,
      themeIds: before.themes.map((t) => t.id),
      findings: before.findings.map((f) => f.text),
    },
    after: v,
  });
}

/** A review as its page shows it, or null when it does not exist or is not visible to the reader. */
export async function getReview(db: Queryable, id: string, visibility: Visibility) {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [review] = await db
    .select()
    .from(learningReviews)
    .where(and(eq(learningReviews.id, id), visibleReviews(visibility)));
  if (!review) return null;
  const [board, themes, findings] = await Promise.all([
    network.findBoard(db, review.boardId),
    db
      .select({ id: learningThemes.id, name: learningThemes.name })
      .from(learningReviewThemes)
      .innerJoin(learningThemes, eq(learningThemes.id, learningReviewThemes.themeId))
      .where(eq(learningReviewThemes.reviewId, id))
      .orderBy(asc(learningThemes.name)),
    db
      .select({ id: learningFindings.id, text: learningFindings.text })
      .from(learningFindings)
      .where(eq(learningFindings.reviewId, id))
      .orderBy(asc(learningFindings.position)),
  ]);
  const fields = review;
  return { ...fields, boardName: board?.name ?? '', boardCode: board?.code ?? '', themes, findings };
}

export interface ReviewFilter {
  boardId?: string;
  themeId?: string;
  kind?: ReviewKind;
  year?: number;
  limit?: number;
  offset?: number;
}

export async function listReviews(db: Queryable, visibility: Visibility, f: ReviewFilter = {}) {
  const condition = and(
    visibleReviews(visibility),
    f.boardId ? eq(learningReviews.boardId, f.boardId) : undefined,
    f.kind ? eq(learningReviews.kind, f.kind) : undefined,
    f.year ? sql`extract(year from ${learningReviews.publishedOn}) = ${f.year}` : undefined,
    f.themeId
      ? inArray(
          learningReviews.id,
          db
            .select({ id: learningReviewThemes.reviewId })
            .from(learningReviewThemes)
            .where(eq(learningReviewThemes.themeId, f.themeId)),
        )
      : undefined,
  );
  const [rows, total, boards] = await Promise.all([
    db
      .select({
        id: learningReviews.id,
        boardId: learningReviews.boardId,
        kind: learningReviews.kind,
        title: learningReviews.title,
        publishedOn: learningReviews.publishedOn,
        reportUrl: learningReviews.reportUrl,
        // Column references inside a select-list subquery are written out in full: Drizzle leaves them unqualified there.
        recommendations: sql<number>`(select count(*)::int from learning_recommendations m where m.review_id = learning_reviews.id)`,
        embedded: sql<number>`(select count(*)::int from learning_recommendations m where m.review_id = learning_reviews.id and m.status = 'embedded')`,
        themes: sql<
          string[]
        >`coalesce((select array_agg(t.name order by t.name) from learning_review_themes rt join learning_themes t on t.id = rt.theme_id where rt.review_id = learning_reviews.id), '{}')`,
      })
      .from(learningReviews)
      .where(condition)
      .orderBy(sql`${learningReviews.publishedOn} desc nulls first`, desc(learningReviews.createdAt))
      .limit(f.limit ?? 10_000)
      .offset(f.offset ?? 0),
    countRows(db, learningReviews, condition),
    network.listBoards(db),
  ]);
  const boardName = new Map(boards.map((b) => [b.id, b.name]));
  return { total, rows: rows.map((r) => ({ ...r, boardName: boardName.get(r.boardId) ?? '' })) };
}
