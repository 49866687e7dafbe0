import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import * as network from '../network/service.ts';
import { getForm } from './forms.ts';
import { collectionPilots, collectionReturns, collections, type CollectionStatus } from './schema.ts';
import {
  collectionInput,
  settingsOf,
  statusLabels,
  type Collection,
  type CollectionInput,
} from './collection-input.ts';

export type { Collection, CollectionInput };

export async function getCollection(db: Queryable, id: string): Promise<Collection | null> {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db.select().from(collections).where(eq(collections.id, id));
  return row ?? null;
}

export async function requireCollection(db: Queryable, id: string): Promise<Collection> {
  const c = await getCollection(db, id);
  if (!c) throw new UserFacingError(404, 'There is no such collection');
  return c;
}

export async function listCollections(
  db: Queryable,
  q: { status?: CollectionStatus; limit?: number; offset?: number } = {},
) {
  const where = q.status ? eq(collections.status, q.status) : undefined;
  const rows = await db
    .select()
    .from(collections)
    .where(where)
    .orderBy(desc(collections.closesOn), collections.name)
    .limit(q.limit ?? 1000)
    .offset(q.offset ?? 0);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(collections)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function createCollection(
  db: Queryable,
  actor: Actor,
  input: CollectionInput,
  extra: { demo?: boolean } = {},
) {
  const v = collectionInput.parse(input);
  if (!(await getForm(db, v.formId))) throw new UserFacingError(400, 'Choose a form', [{ path: 'formId' }]);
  const [row] = await db
    .insert(collections)
    .values({ ...columnsOf(v), demo: extra.demo ?? false })
    .returning();
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'collection',
    entityId: row!.id,
    summary: `Created collection ${v.name}`,
    after: { ...v },
  });
  return row!;
}

/** The stored columns of a valid collection form, the same for a new one and an edit. */
function columnsOf(v: z.output<typeof collectionInput>) {
  return {
    name: v.name,
    kind: v.kind,
    period: v.period,
    formId: v.formId,
    audience: v.audience,
    groupId: v.audience === 'group' ? v.groupId! : null,
    opensOn: v.opensOn,
    closesOn: v.closesOn,
    reminderFirstAfterDays: v.reminderFirstAfterDays,
    reminderEveryDays: v.reminderEveryDays,
    reminderMax: v.reminderMax,
    completeOnlyIfValid: v.completeOnlyIfValid,
    settings: settingsOf(v),
  };
}

export async function updateCollection(db: Queryable, actor: Actor, id: string, input: CollectionInput) {
  const before = await requireCollection(db, id);
  const v = collectionInput.parse(input);
  if (before.status !== 'draft' && v.formId !== before.formId)
    throw new UserFacingError(409, 'The form cannot change once the collection has opened');
  await db
    .update(collections)
    .set(columnsOf(v))
    .where(eq(collections.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection',
    entityId: id,
    summary: `Changed collection ${v.name}`,
  });
  // An open collection sent to more boards invites the newcomers at once.
  if (before.status === 'open') await inviteBoards(db, actor, await requireCollection(db, id));
}

/** The boards a collection is for: every board, a group's members' boards, or the confirmed pilots. */
export async function audienceBoards(
  db: Queryable,
  c: Pick<Collection, 'audience' | 'groupId'>,
): Promise<string[]> {
  if (c.audience === 'all') return (await network.listBoards(db)).map((b) => b.id);
  if (c.audience === 'pilots') {
    const rows = await db
      .select({ boardId: collectionPilots.boardId })
      .from(collectionPilots)
      .where(eq(collectionPilots.status, 'confirmed'));
    return rows.map((r) => r.boardId);
  }
  const group = c.groupId ? await network.getGroup(db, c.groupId) : null;
  if (!group) return [];
  const boards = new Set<string>();
  for (const m of group.members) {
    const person = await network.getPerson(db, m.personId);
    if (person?.boardId) boards.add(person.boardId);
  }
  return [...boards];
}

/** Creates a not-started return for each board invited and not yet invited; returns how many. */
async function inviteBoards(db: Queryable, actor: Actor, c: Collection): Promise<number> {
  const boardIds = await audienceBoards(db, c);
  if (boardIds.length === 0) return 0;
  const added = await db
    .insert(collectionReturns)
    .values(boardIds.map((boardId) => ({ collectionId: c.id, boardId })))
    .onConflictDoNothing()
    .returning({ id: collectionReturns.id });
  if (added.length)
    await recordAudit(db, actor, {
      action: 'update',
      entity: 'collection',
      entityId: c.id,
      summary: `Invited ${added.length} boards to ${c.name}`,
    });
  return added.length;
}

export async function openCollection(db: Queryable, actor: Actor, id: string, now = new Date()) {
  const c = await requireCollection(db, id);
  if (c.status !== 'draft' && c.status !== 'closed')
    throw new UserFacingError(
      409,
      `The collection is ${statusLabels[c.status].toLowerCase()} and cannot be opened`,
    );
  const form = await getForm(db, c.formId);
  if (!form || form.definition.sections.every((s) => s.questions.length === 0))
    throw new UserFacingError(409, 'Add questions to the form before opening the collection');
  if ((await audienceBoards(db, c)).length === 0)
    throw new UserFacingError(
      409,
      c.audience === 'pilots' ? 'No pilot boards are confirmed yet' : 'No boards would be invited',
    );
  await db
    .update(collections)
    .set({ status: 'open', openedAt: c.openedAt ?? now })
    .where(eq(collections.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection',
    entityId: id,
    summary: `Opened collection ${c.name}`,
  });
  return inviteBoards(db, actor, { ...c, status: 'open' });
}

/** After the pilots: the same collection goes to every board, keeping the pilots' returns. */
export async function extendToAllBoards(db: Queryable, actor: Actor, id: string) {
  const c = await requireCollection(db, id);
  await db.update(collections).set({ audience: 'all', groupId: null }).where(eq(collections.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection',
    entityId: id,
    summary: `Extended ${c.name} to every board`,
  });
  return c.status === 'open' ? inviteBoards(db, actor, { ...c, audience: 'all' }) : 0;
}

export async function setCollectionStatus(
  db: Queryable,
  actor: Actor,
  id: string,
  status: 'closed' | 'published',
  now = new Date(),
) {
  const c = await requireCollection(db, id);
  const allowed = status === 'closed' ? c.status === 'open' : c.status === 'open' || c.status === 'closed';
  if (!allowed)
    throw new UserFacingError(
      409,
      `A ${statusLabels[c.status].toLowerCase()} collection cannot be ${status}`,
    );
  await db
    .update(collections)
    .set({ status, ...(status === 'published' ? { publishedAt: now } : {}) })
    .where(eq(collections.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection',
    entityId: id,
    summary: `${status === 'closed' ? 'Closed' : 'Published'} collection ${c.name}`,
  });
}

/** Collections a board is invited to, with its return's status, newest first. */
export async function collectionsForBoard(db: Queryable, boardId: string) {
  return db
    .select({
      collection: collections,
      status: collectionReturns.status,
      submittedAt: collectionReturns.submittedAt,
    })
    .from(collectionReturns)
    .innerJoin(collections, eq(collections.id, collectionReturns.collectionId))
    .where(
      and(
        eq(collectionReturns.boardId, boardId),
        inArray(collections.status, ['open', 'closed', 'published']),
      ),
    )
    .orderBy(desc(collections.closesOn));
}
