import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { learningSearchEntries } from './schema.ts';

// The search entries are derived from the learning tables; these statements rebuild them for
// one review (with its findings and recommendations), one example, or everything.
const reviewEntries = (where: SQL) => sql`
  select 'review', r.id, r.id, r.board_id, r.published_on is not null, r.title, r.title, coalesce(r.summary, ''), null
    from learning_reviews r where ${where}
  union all
  select 'finding', f.id, r.id, r.board_id, r.published_on is not null, r.title, null, f.text, null
    from learning_findings f join learning_reviews r on r.id = f.review_id where ${where}
  union all
  select 'recommendation', m.id, r.id, r.board_id, r.published_on is not null, r.title, null, m.text, m.agency || ' ' || m.owner
    from learning_recommendations m join learning_reviews r on r.id = m.review_id where ${where}`;

const exampleEntries = (where: SQL) => sql`
  select 'example', e.id, null::uuid, e.board_id, true, e.title, e.title, e.what_they_did || E'\n\n' || e.result, null
    from learning_examples e where ${where}`;

const insertEntries = (select: SQL) => sql`
  insert into learning_search_entries (kind, entity_id, review_id, board_id, published, heading, lead, body, extra) ${select}`;

/** Call in the transaction of any write to a review, its findings or its recommendations. */
export async function indexReview(db: Queryable, reviewId: string): Promise<void> {
  await db.delete(learningSearchEntries).where(eq(learningSearchEntries.reviewId, reviewId));
  await db.execute(insertEntries(reviewEntries(sql`r.id = ${reviewId}::uuid`)));
}

/** Call in the transaction of any write to a good-practice example. */
export async function indexExample(db: Queryable, exampleId: string): Promise<void> {
  await db
    .delete(learningSearchEntries)
    .where(and(eq(learningSearchEntries.kind, 'example'), eq(learningSearchEntries.entityId, exampleId)));
  await db.execute(insertEntries(exampleEntries(sql`e.id = ${exampleId}::uuid`)));
}

/** Rebuilds every entry: after bulk loads, or if the entries were ever in doubt. */
export async function rebuildSearchIndex(db: Queryable): Promise<void> {
  await db.delete(learningSearchEntries);
  await db.execute(insertEntries(reviewEntries(sql`true`)));
  await db.execute(insertEntries(exampleEntries(sql`true`)));
}
