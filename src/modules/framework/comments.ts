import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { elementTitle } from './framework-elements.ts';
import { findElement } from './elements.ts';
import { frameworkComments } from './schema.ts';
import { DEFAULT_FRAMEWORK, requireVersion } from './versions.ts';

export const commentInput = z.object({
  body: z.string().trim().min(1, 'Enter your comment').max(5000, 'Comment must be 5,000 characters or fewer'),
});

export type FrameworkComment = typeof frameworkComments.$inferSelect;

/** Members comment on any element while a version is out for consultation. */
export async function addComment(
  db: Queryable,
  actor: Actor,
  number: number,
  elementId: string,
  input: z.input<typeof commentInput>,
  slug = DEFAULT_FRAMEWORK,
): Promise<FrameworkComment> {
  const { body } = commentInput.parse(input);
  const version = await requireVersion(db, number, slug);
  if (version.status !== 'consultation') {
    throw new UserFacingError(409, `Version ${number} is not out for consultation, so it does not take comments`);
  }
  const found = findElement(version.document, elementId);
  if (!found) throw new UserFacingError(404, 'There is no such element in this version');
  const [row] = await db
    .insert(frameworkComments)
    .values({ versionId: version.id, elementKey: elementId, elementTitle: elementTitle(found), authorUserId: actor.userId, authorName: actor.label, body })
    .returning();
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'framework-comment',
    entityId: row!.id,
    summary: `Commented on ${found.type} "${elementTitle(found)}" in framework version ${number}`,
  });
  return row!;
}

export async function listComments(db: Queryable, versionId: string): Promise<FrameworkComment[]> {
  return db.select().from(frameworkComments).where(eq(frameworkComments.versionId, versionId)).orderBy(asc(frameworkComments.createdAt));
}
