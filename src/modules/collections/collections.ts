import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { blankToUndefined } from '../../platform/http/forms.ts';
import * as network from '../network/service.ts';
import { getForm } from './forms.ts';
import { checkRule, ruleSchema, type ValidationRule } from './rules.ts';
import {
  audiences,
  collectionKinds,
  collectionPilots,
  collectionReturns,
  collections,
  type CollectionSettings,
  type CollectionStatus,
} from './schema.ts';

export type Collection = typeof collections.$inferSelect;

export const kindLabels: Record<Collection['kind'], string> = {
  return: 'Dataset return',
  survey: 'Survey',
  consultation: 'Consultation',
  'volunteer-call': 'Call for volunteers',
};
export const statusLabels: Record<CollectionStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
  published: 'Published',
};
export const audienceLabels: Record<Collection['audience'], string> = {
  all: 'Every board',
  group: 'The boards of a group',
  pilots: 'The pilot boards',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD');
const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${name} as a whole number` })
    .int(`Enter ${name} as a whole number`)
    .min(min, `${name} must be ${min} or more`)
    .max(max, `${name} must be ${max} or fewer`);

const placesText = z.preprocess(
  (v) => (typeof v === 'string' ? v : ''),
  z.string().transform((text, ctx) => {
    const places: { role: string; count: number }[] = [];
    for (const line of text
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const m = /^(\d+)\s+(.+)$/.exec(line);
      if (!m) {
        ctx.addIssue({
          code: 'custom',
          message: `Write each place as a number then a role, e.g. “2 Representative” (not “${line}”)`,
        });
        return z.NEVER;
      }
      places.push({ count: Number(m[1]), role: m[2]! });
    }
    return places;
  }),
);

export const collectionInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter the collection’s name')
      .max(200, 'Name must be 200 characters or fewer'),
    kind: z.enum(collectionKinds, { error: 'Choose the kind of collection' }),
    period: z.string().trim().min(1, 'Enter the period it covers, e.g. 2024-25').max(40),
    formId: z.string().uuid('Choose a form'),
    audience: z.enum(audiences, { error: 'Choose which boards are invited' }),
    groupId: z.preprocess(blankToUndefined, z.string().uuid('Choose a group').optional()),
    opensOn: isoDate,
    closesOn: isoDate,
    reminderFirstAfterDays: whole('the days before the first reminder', 0, 365).default(7),
    reminderEveryDays: whole('the days between reminders', 1, 365).default(7),
    reminderMax: whole('the most reminders', 0, 20).default(3),
    completeOnlyIfValid: z.preprocess((v) => v === 'yes' || v === true, z.boolean()).default(false),
    places: placesText.optional(),
    budgetTable: z.preprocess(blankToUndefined, z.string().max(60).optional()),
    budgetTotal: z.preprocess(blankToUndefined, z.string().max(60).optional()),
    budgetThreshold: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: 'Enter the change threshold as a percentage' }).min(1).max(1000).optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.audience === 'group' && !v.groupId)
      ctx.addIssue({
        code: 'custom',
        path: ['groupId'],
        message: 'Choose the group whose boards are invited',
      });
    if (v.closesOn < v.opensOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'The closing date must be on or after the opening date',
      });
    if (v.kind === 'volunteer-call' && !(v.places ?? []).length)
      ctx.addIssue({
        code: 'custom',
        path: ['places'],
        message: 'Enter the places to fill, e.g. “2 Representative”',
      });
  });
export type CollectionInput = z.input<typeof collectionInput>;

function settingsOf(v: z.infer<typeof collectionInput>): CollectionSettings {
  const settings: CollectionSettings = {};
  if (v.places?.length) settings.places = v.places;
  if (v.budgetTable)
    settings.budget = {
      table: v.budgetTable,
      total: v.budgetTotal ?? null,
      changeThreshold: (v.budgetThreshold ?? 25) / 100,
    };
  return settings;
}

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
    .values({
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
      demo: extra.demo ?? false,
    })
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

export async function updateCollection(db: Queryable, actor: Actor, id: string, input: CollectionInput) {
  const before = await requireCollection(db, id);
  const v = collectionInput.parse(input);
  if (before.status !== 'draft' && v.formId !== before.formId)
    throw new UserFacingError(409, 'The form cannot change once the collection has opened');
  await db
    .update(collections)
    .set({
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
    })
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

export class RuleInputError extends UserFacingError {
  constructor(readonly fields: Record<string, string>) {
    super(400, Object.values(fields).join('; '));
  }
}

export async function addRule(
  db: Queryable,
  actor: Actor,
  id: string,
  input: Omit<z.input<typeof ruleSchema>, 'key'>,
) {
  const c = await requireCollection(db, id);
  const form = await getForm(db, c.formId);
  const rule = ruleSchema.parse({ ...input, key: crypto.randomUUID().slice(0, 8) });
  const problems = checkRule(rule, form!.definition);
  if (problems.length)
    throw new RuleInputError(Object.fromEntries(problems.map((p) => [p.field, p.message])));
  await db
    .update(collections)
    .set({ rules: [...c.rules, rule] })
    .where(eq(collections.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection',
    entityId: id,
    summary: `Added rule “${rule.left} ${rule.operator} ${rule.right}” to ${c.name}`,
  });
  return rule;
}

export async function removeRule(db: Queryable, actor: Actor, id: string, key: string) {
  const c = await requireCollection(db, id);
  const rules: ValidationRule[] = c.rules.filter((r) => r.key !== key);
  await db.update(collections).set({ rules }).where(eq(collections.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'collection',
    entityId: id,
    summary: `Removed a rule from ${c.name}`,
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
