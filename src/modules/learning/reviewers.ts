import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { countRows } from '../../platform/db/count.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import {
  learningReviewers,
  reviewerAvailabilities,
  reviewerRoles,
  type ReviewerAvailability,
  type ReviewerRole,
} from './schema.ts';
import { optionalText, requiredDate, requiredText, today } from './inputs.ts';

export const reviewerRoleLabels: Record<ReviewerRole, string> = {
  chair: 'Review chair',
  author: 'Review author',
  'chair-and-author': 'Chair and author',
};

export const availabilityLabels: Record<ReviewerAvailability, string> = {
  available: 'Available for new reviews',
  limited: 'Limited availability',
  unavailable: 'Not available',
};

export const reviewerInput = z.object({
  name: requiredText(200, 'Enter the reviewer’s name'),
  role: z.enum(reviewerRoles, { message: 'Choose whether they chair, author or both' }),
  accreditedOn: requiredDate('the accreditation date').refine(
    (v) => v <= today(),
    'The accreditation date must be today or in the past',
  ),
  accreditingBody: optionalText(200),
  availability: z.enum(reviewerAvailabilities, { message: 'Choose their availability' }),
  email: z
    .string()
    .nullish()
    .transform((v) => (v ?? '').trim().toLowerCase())
    .refine(
      (v) => v === '' || z.string().email().max(320).safeParse(v).success,
      'Enter an email address in the correct format, like name@example.org',
    )
    .transform((v) => (v === '' ? null : v)),
  notes: optionalText(2000),
});
export type ReviewerInput = z.input<typeof reviewerInput>;

export async function createReviewer(db: Queryable, actor: Actor, input: ReviewerInput & { demo?: boolean }) {
  const v = reviewerInput.parse(input);
  const [row] = await db
    .insert(learningReviewers)
    .values({ ...v, demo: input.demo ?? false })
    .returning();
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'learning-reviewer',
    entityId: row!.id,
    summary: `Added ${v.name} to the register of review chairs and authors`,
    after: v,
  });
  return row!;
}

export async function updateReviewer(db: Queryable, actor: Actor, id: string, input: ReviewerInput) {
  const v = reviewerInput.parse(input);
  const before = await getReviewer(db, id);
  if (!before) throw new UserFacingError(404, 'No such reviewer');
  await db.update(learningReviewers).set(v).where(eq(learningReviewers.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'learning-reviewer',
    entityId: id,
    summary: `Updated ${v.name} on the register of review chairs and authors`,
    before: {
      name: before.name,
      role: before.role,
      accreditedOn: before.accreditedOn,
      availability: before.availability,
      email: before.email,
    },
    after: v,
  });
}

export async function getReviewer(db: Queryable, id: string) {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db.select().from(learningReviewers).where(eq(learningReviewers.id, id));
  return row ?? null;
}

export async function listReviewers(
  db: Queryable,
  f: { role?: ReviewerRole; availability?: ReviewerAvailability; limit?: number; offset?: number } = {},
) {
  const condition = and(
    f.role ? eq(learningReviewers.role, f.role) : undefined,
    f.availability ? eq(learningReviewers.availability, f.availability) : undefined,
  );
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(learningReviewers)
      .where(condition)
      .orderBy(asc(learningReviewers.name), asc(learningReviewers.id))
      .limit(f.limit ?? 10_000)
      .offset(f.offset ?? 0),
    countRows(db, learningReviewers, condition),
  ]);
  return { total, rows };
}
