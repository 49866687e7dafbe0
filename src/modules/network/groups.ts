import { asc, eq, and, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { groupKinds, groupMemberships, groups, membershipRoles, organisations, people } from './schema.ts';

export const groupInput = z.object({
  name: z.string().trim().min(1, 'Enter the group’s name').max(200, 'Name must be 200 characters or fewer'),
  kind: z.enum(groupKinds, { message: 'Choose the kind of group' }),
  description: z
    .string()
    .trim()
    .max(2000, 'Description must be 2,000 characters or fewer')
    .nullish()
    .transform((v) => v || null),
  demo: z.boolean().optional(),
});

export const membershipInput = z.object({
  personId: z.string().uuid('Choose a person'),
  role: z.enum(membershipRoles, { message: 'Choose a role' }),
});

export const groupKindLabels: Record<(typeof groupKinds)[number], string> = {
  network: 'Network',
  'steering-group': 'Steering group',
  'sub-group': 'Sub-group',
  'task-group': 'Task and finish group',
};
export const membershipRoleLabels: Record<(typeof membershipRoles)[number], string> = {
  chair: 'Chair',
  deputy: 'Deputy chair',
  member: 'Member',
  'note-taker': 'Note-taker',
};

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '')
    .slice(0, 60) || 'group';

export async function listGroups(db: Queryable) {
  return db
    .select({
      group: groups,
      members: sql<number>`(select count(*)::int from ${groupMemberships} m where m.group_id = ${groups.id})`,
    })
    .from(groups)
    .orderBy(asc(groups.name))
    .then((rows) => rows.map((r) => ({ ...r.group, members: r.members })));
}

export async function getGroup(db: Queryable, idOrSlug: string) {
  const isUuid = z.string().uuid().safeParse(idOrSlug).success;
  const [group] = await db
    .select()
    .from(groups)
    .where(isUuid ? eq(groups.id, idOrSlug) : eq(groups.slug, idOrSlug));
  if (!group) return null;
  const members = await db
    .select({
      id: groupMemberships.id,
      role: groupMemberships.role,
      personId: people.id,
      name: people.name,
      email: people.email,
      organisationName: organisations.name,
    })
    .from(groupMemberships)
    .innerJoin(people, eq(people.id, groupMemberships.personId))
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .where(eq(groupMemberships.groupId, group.id))
    .orderBy(sql`case ${groupMemberships.role} when 'chair' then 0 when 'deputy' then 1 when 'note-taker' then 3 else 2 end`, asc(people.name));
  return { ...group, members };
}

async function uniqueSlug(db: Queryable, name: string) {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = await db.select({ id: groups.id }).from(groups).where(eq(groups.slug, candidate));
    if (!taken) return candidate;
  }
}

export async function createGroup(db: Queryable, actor: Actor, input: z.input<typeof groupInput>) {
  const v = groupInput.parse(input);
  const [row] = await db
    .insert(groups)
    .values({ ...v, slug: await uniqueSlug(db, v.name) })
    .returning();
  await recordAudit(db, actor, { action: 'create', entity: 'group', entityId: row!.id, summary: `Created group ${v.name}`, after: v });
  return row!;
}

export async function updateGroup(db: Queryable, actor: Actor, id: string, input: z.input<typeof groupInput>) {
  const v = groupInput.parse(input);
  const before = await getGroup(db, id);
  if (!before) throw new Error('No such group');
  await db.update(groups).set(v).where(eq(groups.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'group',
    entityId: id,
    summary: `Updated group ${v.name}`,
    before: { name: before.name, kind: before.kind, description: before.description },
    after: v,
  });
}

/** Adding someone already in the group changes their role instead of adding them twice. */
export async function setMembership(db: Queryable, actor: Actor, groupId: string, input: z.input<typeof membershipInput>) {
  const v = membershipInput.parse(input);
  await db
    .insert(groupMemberships)
    .values({ groupId, personId: v.personId, role: v.role })
    .onConflictDoUpdate({ target: [groupMemberships.groupId, groupMemberships.personId], set: { role: v.role } });
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'group',
    entityId: groupId,
    summary: `Set membership of person ${v.personId} as ${v.role}`,
    after: v,
  });
}

export async function removeMembership(db: Queryable, actor: Actor, groupId: string, personId: string) {
  const deleted = await db
    .delete(groupMemberships)
    .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.personId, personId)))
    .returning();
  if (deleted.length) {
    await recordAudit(db, actor, {
      action: 'delete',
      entity: 'group',
      entityId: groupId,
      summary: `Removed person ${personId} from the group`,
      before: { personId, role: deleted[0]!.role },
    });
  }
}
