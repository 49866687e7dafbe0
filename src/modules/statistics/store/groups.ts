import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type Actor } from '../../../platform/audit/service.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { areas } from '../../network/schema.ts';
import { statComparatorGroupMembers, statComparatorGroups } from '../schema.ts';

export const groupInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name for the group')
    .max(100, 'Name must be 100 characters or fewer')
    .refine((v) => !v.includes(':'), 'Name must not contain a colon'),
  description: z
    .string()
    .trim()
    .max(500, 'Description must be 500 characters or fewer')
    .optional()
    .transform((v) => v || null),
  areaCodes: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().max(20)).min(2, 'Choose at least two areas')),
});
export type GroupInput = z.input<typeof groupInput>;

export class GroupNameTaken extends Error {}

export async function listGroups(db: Queryable) {
  const groups = await db.select().from(statComparatorGroups).orderBy(asc(statComparatorGroups.name));
  const members = groups.length
    ? await db
        .select({ groupId: statComparatorGroupMembers.groupId, code: areas.code, name: areas.name })
        .from(statComparatorGroupMembers)
        .innerJoin(areas, eq(areas.code, statComparatorGroupMembers.areaCode))
        .where(inArray(statComparatorGroupMembers.groupId, groups.map((g) => g.id)))
        .orderBy(asc(areas.name))
    : [];
  return groups.map((g) => ({ ...g, members: members.filter((m) => m.groupId === g.id) }));
}

export async function findGroup(db: Queryable, id: string) {
  if (!z.string().uuid().safeParse(id).success) return null;
  return (await listGroups(db)).find((g) => g.id === id) ?? null;
}

/** A comparator group of the coordinators' choosing; areas must be known authorities. */
export async function createGroup(db: Queryable, actor: Actor, input: GroupInput | z.output<typeof groupInput>) {
  const v = groupInput.parse({ ...input, description: input.description ?? undefined });
  const [clash] = await db.select().from(statComparatorGroups).where(eq(statComparatorGroups.name, v.name));
  if (clash) throw new GroupNameTaken(`There is already a group called ${v.name}`);
  const known = await db.select({ code: areas.code }).from(areas).where(inArray(areas.code, v.areaCodes));
  const codes = [...new Set(known.map((k) => k.code))];
  const [group] = await db.insert(statComparatorGroups).values({ name: v.name, description: v.description }).returning();
  await db.insert(statComparatorGroupMembers).values(codes.map((areaCode) => ({ groupId: group!.id, areaCode })));
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'comparator-group',
    entityId: group!.id,
    summary: `Created comparator group ${v.name} (${codes.length} areas)`,
    after: { name: v.name, areaCodes: codes },
  });
  return group!;
}

export async function deleteGroup(db: Queryable, actor: Actor, id: string) {
  const group = await findGroup(db, id);
  if (!group) return false;
  await db.delete(statComparatorGroups).where(eq(statComparatorGroups.id, id));
  await recordAudit(db, actor, {
    action: 'delete',
    entity: 'comparator-group',
    entityId: id,
    summary: `Deleted comparator group ${group.name}`,
    before: { name: group.name, areaCodes: group.members.map((m) => m.code) },
  });
  return true;
}
