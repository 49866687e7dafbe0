import { asc, eq, ilike, or, and } from 'drizzle-orm';
import { countRows } from '../../platform/db/count.ts';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { escapeLike, recordAudit, type Actor } from '../../platform/audit/service.ts';
import { boards, organisationKinds, organisations, people } from './schema.ts';
import { optionalId, optionalText } from '../../platform/http/fields.ts';

export const organisationInput = z.object({
  name: z.string().trim().min(1, 'Enter the organisation’s name').max(200, 'Name must be 200 characters or fewer'),
  kind: z.enum(organisationKinds, { message: 'Choose the kind of organisation' }),
  boardId: optionalId(),
  demo: z.boolean().optional(),
});

export const personInput = z.object({
  name: z.string().trim().min(1, 'Enter the person’s name').max(200, 'Name must be 200 characters or fewer'),
  email: z
    .string()
    .trim()
    .max(320)
    .nullish()
    .refine((v) => !v || z.string().email().safeParse(v).success, 'Enter an email address in the correct format, like name@example.org')
    .transform((v) => (v ? v.toLowerCase() : null)),
  jobTitle: optionalText(200, 'Job title'),
  organisationId: optionalId(),
  boardId: optionalId(),
  demo: z.boolean().optional(),
});

export const organisationKindLabels: Record<(typeof organisationKinds)[number], string> = {
  'local-authority': 'Local authority',
  police: 'Police',
  health: 'Health',
  probation: 'Probation',
  cafcass: 'Cafcass',
  education: 'Education',
  voluntary: 'Voluntary sector',
  network: 'Network team',
  other: 'Other',
};

export async function listOrganisations(db: Queryable, q: { text?: string; limit?: number; offset?: number } = {}) {
  const cond = q.text ? ilike(organisations.name, `%${escapeLike(q.text)}%`) : undefined;
  const rows = await db
    .select({ organisation: organisations, boardName: boards.name })
    .from(organisations)
    .leftJoin(boards, eq(boards.id, organisations.boardId))
    .where(cond)
    .orderBy(asc(organisations.name))
    .limit(q.limit ?? 10_000)
    .offset(q.offset ?? 0);
  const total = await countRows(db, organisations, cond);
  return { total, rows: rows.map((r) => ({ ...r.organisation, boardName: r.boardName })) };
}

export async function getOrganisation(db: Queryable, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export async function createOrganisation(db: Queryable, actor: Actor, input: z.input<typeof organisationInput>) {
  const v = organisationInput.parse(input);
  const [row] = await db.insert(organisations).values(v).returning();
  await recordAudit(db, actor, { action: 'create', entity: 'organisation', entityId: row!.id, summary: `Added organisation ${v.name}`, after: v });
  return row!;
}

export async function updateOrganisation(db: Queryable, actor: Actor, id: string, input: z.input<typeof organisationInput>) {
  const v = organisationInput.parse(input);
  const before = await getOrganisation(db, id);
  if (!before) throw new Error('No such organisation');
  await db.update(organisations).set(v).where(eq(organisations.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'organisation',
    entityId: id,
    summary: `Updated organisation ${v.name}`,
    before: { name: before.name, kind: before.kind, boardId: before.boardId },
    after: v,
  });
}

export interface PeopleQuery {
  text?: string;
  boardId?: string;
  organisationId?: string;
  limit?: number;
  offset?: number;
}

export async function listPeople(db: Queryable, q: PeopleQuery = {}) {
  const text = q.text ? `%${escapeLike(q.text)}%` : undefined;
  const cond = and(
    text ? or(ilike(people.name, text), ilike(people.email, text), ilike(people.jobTitle, text)) : undefined,
    q.boardId ? eq(people.boardId, q.boardId) : undefined,
    q.organisationId ? eq(people.organisationId, q.organisationId) : undefined,
  );
  const rows = await db
    .select({ person: people, organisationName: organisations.name, boardName: boards.name })
    .from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .leftJoin(boards, eq(boards.id, people.boardId))
    .where(cond)
    .orderBy(asc(people.name))
    .limit(q.limit ?? 10_000)
    .offset(q.offset ?? 0);
  const total = await countRows(db, people, cond);
  return { total, rows: rows.map((r) => ({ ...r.person, organisationName: r.organisationName, boardName: r.boardName })) };
}

export async function getPerson(db: Queryable, id: string) {
  const [row] = await db
    .select({ person: people, organisationName: organisations.name, boardName: boards.name })
    .from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .leftJoin(boards, eq(boards.id, people.boardId))
    .where(eq(people.id, id));
  return row ? { ...row.person, organisationName: row.organisationName, boardName: row.boardName } : null;
}

export async function createPerson(db: Queryable, actor: Actor, input: z.input<typeof personInput>) {
  const v = personInput.parse(input);
  const [row] = await db.insert(people).values(v).returning();
  await recordAudit(db, actor, { action: 'create', entity: 'person', entityId: row!.id, summary: `Added ${v.name} to the directory`, after: v });
  return row!;
}

export async function updatePerson(db: Queryable, actor: Actor, id: string, input: z.input<typeof personInput>) {
  const v = personInput.parse(input);
  const before = await getPerson(db, id);
  if (!before) throw new Error('No such person');
  await db.update(people).set(v).where(eq(people.id, id));
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'person',
    entityId: id,
    summary: `Updated ${v.name}`,
    before: { name: before.name, email: before.email, jobTitle: before.jobTitle, organisationId: before.organisationId, boardId: before.boardId },
    after: v,
  });
}
