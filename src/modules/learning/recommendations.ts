import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import {
  evidenceMethods,
  learningEvidence,
  learningRecommendations,
  learningReviews,
  recommendationStatuses,
  type EvidenceMethod,
  type RecommendationStatus,
} from './schema.ts';
import { optionalDate, optionalText, requiredDate, requiredText, today } from './inputs.ts';
import { fieldError } from './reviews.ts';
import { indexReview } from './search-index.ts';

export const statusLabels: Record<RecommendationStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Actions completed',
  embedded: 'Embedded: evidence of impact',
};

export const statusHints: Record<RecommendationStatus, string> = {
  'not-started': 'Nothing has been done yet.',
  'in-progress': 'Work to meet the recommendation has started.',
  completed:
    'The agreed actions are done, for example training delivered or a procedure rewritten. That is not yet evidence that practice has changed.',
  embedded:
    'Evidence checked by audit, staff survey or data shows that practice has changed. Needs at least one evidence of impact entry.',
};

export const methodLabels: Record<EvidenceMethod, string> = {
  audit: 'Audit of cases or records',
  'staff-survey': 'Survey of staff',
  data: 'Data (performance or activity figures)',
  other: 'Another check (describe it)',
};

export const recommendationInput = z.object({
  text: requiredText(4000, 'Enter the recommendation'),
  agency: requiredText(200, 'Enter the agency the recommendation is for'),
  owner: requiredText(200, 'Enter who owns the recommendation'),
  dueOn: optionalDate('the due date'),
  status: z.enum(recommendationStatuses, { message: 'Choose the status' }).default('not-started'),
});

export const evidenceInput = z
  .object({
    whatChanged: requiredText(4000, 'Describe what changed in practice'),
    method: z.enum(evidenceMethods, { message: 'Choose how the change was checked' }),
    methodDetail: optionalText(500),
    checkedOn: requiredDate('the date it was checked').refine(
      (v) => v <= today(),
      'The date it was checked must be today or in the past',
    ),
    checkedBy: requiredText(200, 'Enter who checked it'),
  })
  .refine((v) => v.method !== 'other' || v.methodDetail !== null, {
    path: ['methodDetail'],
    message: 'Describe how the change was checked',
  });

export type RecommendationInput = z.input<typeof recommendationInput>;
export type EvidenceInput = z.input<typeof evidenceInput>;

/** Training delivered is an action, not a change in practice: "embedded" needs checked evidence of impact. */
export const embeddedNeedsEvidence =
  'A recommendation is embedded only when evidence shows practice has changed. Training delivered is not enough on its own: add evidence of impact (an audit, a staff survey or data) first';

async function evidenceCount(db: Queryable, recommendationId: string): Promise<number> {
  const rows = await db
    .select({ id: learningEvidence.id })
    .from(learningEvidence)
    .where(eq(learningEvidence.recommendationId, recommendationId));
  return rows.length;
}

export async function createRecommendation(
  db: Queryable,
  actor: Actor,
  reviewId: string,
  input: RecommendationInput,
) {
  const v = recommendationInput.parse(input);
  // A new recommendation has no evidence yet, so it cannot start out embedded.
  if (v.status === 'embedded') throw fieldError('status', embeddedNeedsEvidence);
  const [review] = await db
    .select({ id: learningReviews.id })
    .from(learningReviews)
    .where(eq(learningReviews.id, reviewId));
  if (!review) throw new UserFacingError(404, 'No such review');
  const [row] = await db
    .insert(learningRecommendations)
    .values({ ...v, reviewId })
    .returning({ id: learningRecommendations.id });
  await indexReview(db, reviewId);
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'learning-recommendation',
    entityId: row!.id,
    summary: `Added a recommendation for ${v.agency}`,
    after: { ...v, reviewId },
  });
  return row!;
}

export async function updateRecommendation(
  db: Queryable,
  actor: Actor,
  id: string,
  input: RecommendationInput,
) {
  const v = recommendationInput.parse(input);
  const before = await getRecommendation(db, id);
  if (!before) throw new UserFacingError(404, 'No such recommendation');
  if (v.status === 'embedded' && before.evidence.length === 0)
    throw fieldError('status', embeddedNeedsEvidence);
  await db
    .update(learningRecommendations)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(learningRecommendations.id, id));
  await indexReview(db, before.reviewId);
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'learning-recommendation',
    entityId: id,
    summary:
      before.status === v.status
        ? `Updated a recommendation for ${v.agency}`
        : `Recommendation for ${v.agency}: ${statusLabels[before.status]} → ${statusLabels[v.status]}`,
    before: {
      text: before.text,
      agency: before.agency,
      owner: before.owner,
      dueOn: before.dueOn,
      status: before.status,
    },
    after: v,
  });
}

export async function addEvidence(
  db: Queryable,
  actor: Actor,
  recommendationId: string,
  input: EvidenceInput,
) {
  const v = evidenceInput.parse(input);
  const recommendation = await getRecommendation(db, recommendationId);
  if (!recommendation) throw new UserFacingError(404, 'No such recommendation');
  const [row] = await db
    .insert(learningEvidence)
    .values({ ...v, recommendationId })
    .returning({ id: learningEvidence.id });
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'learning-evidence',
    entityId: row!.id,
    summary: `Added evidence of impact (${methodLabels[v.method].toLowerCase()}) to a recommendation for ${recommendation.agency}`,
    after: { ...v, recommendationId },
  });
  return row!;
}

export async function getRecommendation(db: Queryable, id: string) {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db.select().from(learningRecommendations).where(eq(learningRecommendations.id, id));
  if (!row) return null;
  const evidence = await db
    .select()
    .from(learningEvidence)
    .where(eq(learningEvidence.recommendationId, id))
    .orderBy(desc(learningEvidence.checkedOn), desc(learningEvidence.recordedAt));
  const fields = row;
  return { ...fields, evidence };
}

/** A review's recommendations in the order they were made, each with how much evidence it has. */
export async function listRecommendations(db: Queryable, reviewId: string) {
  const rows = await db
    .select()
    .from(learningRecommendations)
    .where(eq(learningRecommendations.reviewId, reviewId))
    .orderBy(asc(learningRecommendations.createdAt), asc(learningRecommendations.id));
  const withEvidence = await Promise.all(
    rows.map(async (r) => ({
      ...r,
      evidenceCount: await evidenceCount(db, r.id),
      overdue: r.dueOn !== null && r.dueOn < today() && r.status !== 'completed' && r.status !== 'embedded',
    })),
  );
  return withEvidence;
}
