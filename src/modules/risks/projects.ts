import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { can, type Principal } from '../../platform/auth/permissions.ts';
import { boards, people } from '../network/schema.ts';
import { bandsInput, DEFAULT_BANDS } from './bands.ts';
import { optionalId, optionalText, slugify } from './inputs.ts';
import { projects, projectStatuses, type RiskBand } from './schema.ts';

export type Project = typeof projects.$inferSelect;

export const projectStatusLabels: Record<(typeof projectStatuses)[number], string> = {
  proposed: 'Proposed',
  active: 'Active',
  'on-hold': 'On hold',
  closed: 'Closed',
};

const checkbox = z.preprocess((v) => v === true || v === 'yes' || v === 'true' || v === 'on', z.boolean());

export const projectInput = z.object({
  name: z.string().trim().min(1, 'Enter the project’s name').max(200, 'Name must be 200 characters or fewer'),
  description: optionalText(5000, 'Description'),
  ownerPersonId: optionalId('Choose the project owner'),
  boardId: optionalId('Choose a board'),
  status: z.enum(projectStatuses, { message: 'Choose the project’s status' }),
  publicPage: checkbox.default(false),
  demo: z.boolean().optional(),
});

/** Slugs that are pages of their own under /projects. */
const reservedSlugs = new Set(['new', 'reviews-due']);

export interface ProjectAccess {
  canRead: boolean;
  canEdit: boolean;
}

/** A network project is the central team's to run; a board's project is that board's. */
export function projectAccess(principal: Principal | null, project: Pick<Project, 'boardId'>): ProjectAccess {
  const resource = { boardId: project.boardId };
  return project.boardId
    ? { canRead: can(principal, 'board:read', resource), canEdit: can(principal, 'board:edit', resource) }
    : { canRead: can(principal, 'hub:read'), canEdit: can(principal, 'network:manage') };
}

export async function getProject(db: Queryable, idOrSlug: string): Promise<Project | null> {
  const isUuid = z.string().uuid().safeParse(idOrSlug).success;
  const [row] = await db
    .select()
    .from(projects)
    .where(isUuid ? eq(projects.id, idOrSlug) : eq(projects.slug, idOrSlug));
  return row ?? null;
}

/** A project with its owner's and board's names, for pages. */
export async function describeProject(db: Queryable, project: Project) {
  const [owner] = project.ownerPersonId
    ? await db.select({ name: people.name, email: people.email }).from(people).where(eq(people.id, project.ownerPersonId))
    : [];
  const [board] = project.boardId ? await db.select({ name: boards.name, code: boards.code }).from(boards).where(eq(boards.id, project.boardId)) : [];
  return { ...project, ownerName: owner?.name ?? null, boardName: board?.name ?? null, statusLabel: projectStatusLabels[project.status] };
}

/** Projects this person may read (every project when principal is omitted, e.g. for jobs). */
export async function listProjects(db: Queryable, principal?: Principal | null) {
  const rows = await db
    .select({
      project: projects,
      ownerName: people.name,
      boardName: boards.name,
      openRisks: sql<number>`(select count(*)::int from risks r where r.project_id = ${projects.id} and r.status <> 'closed')`,
    })
    .from(projects)
    .leftJoin(people, eq(people.id, projects.ownerPersonId))
    .leftJoin(boards, eq(boards.id, projects.boardId))
    .orderBy(asc(projects.name));
  return rows
    .filter((r) => principal === undefined || projectAccess(principal, r.project).canRead)
    .map((r) => ({ ...r.project, ownerName: r.ownerName, boardName: r.boardName, openRisks: r.openRisks, statusLabel: projectStatusLabels[r.project.status] }));
}

export async function projectsByIds(db: Queryable, ids: string[]): Promise<Project[]> {
  return ids.length ? db.select().from(projects).where(inArray(projects.id, ids)) : [];
}

async function uniqueSlug(db: Queryable, name: string) {
  const base = slugify(name, 'project');
  for (let n = 1; ; n++) {
    const candidate = n === 1 && !reservedSlugs.has(base) ? base : `${base}-${n}`;
    const [taken] = await db.select({ id: projects.id }).from(projects).where(eq(projects.slug, candidate));
    if (!taken) return candidate;
  }
}

export async function createProject(db: Queryable, actor: Actor, input: z.input<typeof projectInput>, bands: readonly RiskBand[] = DEFAULT_BANDS) {
  const v = projectInput.parse(input);
  const checkedBands = bandsInput.parse(bands);
  const [row] = await db
    .insert(projects)
    .values({ ...v, demo: v.demo ?? false, bands: checkedBands, slug: await uniqueSlug(db, v.name) })
    .returning();
  await recordAudit(db, actor, { action: 'create', entity: 'project', entityId: row!.id, summary: `Created project ${v.name}`, after: { ...v, bands: checkedBands } });
  return row!;
}

export async function updateProject(db: Queryable, actor: Actor, id: string, input: z.input<typeof projectInput>) {
  const v = projectInput.parse(input);
  const before = await getProject(db, id);
  if (!before) throw new Error('No such project');
  const { demo: _demo, ...changes } = v;
  await db.update(projects).set({ ...changes, updatedAt: new Date() }).where(eq(projects.id, id));
  const published = before.publicPage !== v.publicPage ? (v.publicPage ? ' and published its public page' : ' and withdrew its public page') : '';
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'project',
    entityId: id,
    summary: `Updated project ${v.name}${published}`,
    before: { name: before.name, description: before.description, ownerPersonId: before.ownerPersonId, boardId: before.boardId, status: before.status, publicPage: before.publicPage },
    after: changes,
  });
}

export async function setProjectBands(db: Queryable, actor: Actor, id: string, input: unknown) {
  const bands = bandsInput.parse(input);
  const before = await getProject(db, id);
  if (!before) throw new Error('No such project');
  await db.update(projects).set({ bands, updatedAt: new Date() }).where(and(eq(projects.id, id)));
  await recordAudit(db, actor, { action: 'update', entity: 'project', entityId: id, summary: `Changed the risk bands of ${before.name}`, before: { bands: before.bands }, after: { bands } });
  return bands;
}
