import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { roleAssignments, users } from '../../platform/auth/schema.ts';

/** Who hears about a board's return: its board managers with working accounts. */
export async function boardManagerEmails(db: Queryable, boardId: string): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'board-manager'),
        eq(roleAssignments.boardId, boardId),
        isNull(users.disabledAt),
      ),
    );
  return [...new Set(rows.map((r) => r.email))].sort();
}
