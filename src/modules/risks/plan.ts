import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { people } from '../network/schema.ts';
import { optionalDate, optionalId, optionalText } from './inputs.ts';
import { planStatuses, projectMilestones, projectPhases, type PlanStatus } from './schema.ts';

export const planStatusLabels: Record<PlanStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  delayed: 'Delayed',
};

const notBefore = (start: string, end: string) => (v: Record<string, unknown>) => !v[start] || !v[end] || (v[start] as string) <= (v[end] as string);

export const phaseInput = z
  .object({
    name: z.string().trim().min(1, 'Enter the phase’s name').max(200, 'Name must be 200 characters or fewer'),
    description: optionalText(2000, 'Description'),
    ownerPersonId: optionalId('Choose the phase owner'),
    status: z.enum(planStatuses, { message: 'Choose the phase’s status' }),
    plannedStart: optionalDate('Planned start'),
    plannedEnd: optionalDate('Planned end'),
    actualStart: optionalDate('Actual start'),
    actualEnd: optionalDate('Actual end'),
  })
  .refine(notBefore('plannedStart', 'plannedEnd'), { path: ['plannedEnd'], message: 'Planned end must be on or after the planned start' })
  .refine(notBefore('actualStart', 'actualEnd'), { path: ['actualEnd'], message: 'Actual end must be on or after the actual start' });

export const milestoneInput = z.object({
  name: z.string().trim().min(1, 'Enter the milestone’s name').max(200, 'Name must be 200 characters or fewer'),
  phaseId: optionalId('Choose a phase'),
  ownerPersonId: optionalId('Choose the milestone owner'),
  status: z.enum(planStatuses, { message: 'Choose the milestone’s status' }),
  plannedDate: optionalDate('Planned date'),
  actualDate: optionalDate('Actual date'),
});

export async function listPhases(db: Queryable, projectId: string) {
  const rows = await db
    .select({ phase: projectPhases, ownerName: people.name })
    .from(projectPhases)
    .leftJoin(people, eq(people.id, projectPhases.ownerPersonId))
    .where(eq(projectPhases.projectId, projectId))
    .orderBy(asc(projectPhases.position));
  return rows.map((r) => ({ ...r.phase, ownerName: r.ownerName, statusLabel: planStatusLabels[r.phase.status] }));
}

/** The phase the project is in: the first in progress, else the first not complete. */
export function currentPhase<T extends { status: PlanStatus }>(phases: readonly T[]): T | null {
  return phases.find((p) => p.status === 'in-progress') ?? phases.find((p) => p.status !== 'complete') ?? null;
}

export async function listMilestones(db: Queryable, projectId: string) {
  const phase = alias(projectPhases, 'phase');
  const rows = await db
    .select({ milestone: projectMilestones, ownerName: people.name, phaseName: phase.name })
    .from(projectMilestones)
    .leftJoin(people, eq(people.id, projectMilestones.ownerPersonId))
    .leftJoin(phase, eq(phase.id, projectMilestones.phaseId))
    .where(eq(projectMilestones.projectId, projectId))
    .orderBy(sql`${projectMilestones.plannedDate} asc nulls last`, asc(projectMilestones.name));
  return rows.map((r) => ({ ...r.milestone, ownerName: r.ownerName, phaseName: r.phaseName, statusLabel: planStatusLabels[r.milestone.status] }));
}

export async function getPhase(db: Queryable, projectId: string, id: string) {
  const [row] = await db.select().from(projectPhases).where(and(eq(projectPhases.projectId, projectId), eq(projectPhases.id, id)));
  return row ?? null;
}

export async function getMilestone(db: Queryable, projectId: string, id: string) {
  const [row] = await db.select().from(projectMilestones).where(and(eq(projectMilestones.projectId, projectId), eq(projectMilestones.id, id)));
  return row ?? null;
}

export async function addPhase(db: Queryable, actor: Actor, projectId: string, input: z.input<typeof phaseInput>) {
  const v = phaseInput.parse(input);
  const [last] = await db
    .select({ n: sql<number>`coalesce(max(${projectPhases.position}), 0)::int` })
    .from(projectPhases)
    .where(eq(projectPhases.projectId, projectId));
  const [row] = await db.insert(projectPhases).values({ ...v, projectId, position: (last?.n ?? 0) + 1 }).returning();
  await recordAudit(db, actor, { action: 'create', entity: 'project-phase', entityId: row!.id, summary: `Added phase ${v.name}`, after: v });
  return row!;
}

export async function updatePhase(db: Queryable, actor: Actor, projectId: string, id: string, input: z.input<typeof phaseInput>) {
  const v = phaseInput.parse(input);
  const before = await getPhase(db, projectId, id);
  if (!before) throw new Error('No such phase');
  await db.update(projectPhases).set(v).where(eq(projectPhases.id, id));
  await recordAudit(db, actor, { action: 'update', entity: 'project-phase', entityId: id, summary: `Updated phase ${v.name}`, before, after: v });
}

export async function addMilestone(db: Queryable, actor: Actor, projectId: string, input: z.input<typeof milestoneInput>) {
  const v = milestoneInput.parse(input);
  if (v.phaseId && !(await getPhase(db, projectId, v.phaseId))) throw new Error('That phase is not in this project');
  const [row] = await db.insert(projectMilestones).values({ ...v, projectId }).returning();
  await recordAudit(db, actor, { action: 'create', entity: 'project-milestone', entityId: row!.id, summary: `Added milestone ${v.name}`, after: v });
  return row!;
}

export async function updateMilestone(db: Queryable, actor: Actor, projectId: string, id: string, input: z.input<typeof milestoneInput>) {
  const v = milestoneInput.parse(input);
  const before = await getMilestone(db, projectId, id);
  if (!before) throw new Error('No such milestone');
  if (v.phaseId && !(await getPhase(db, projectId, v.phaseId))) throw new Error('That phase is not in this project');
  await db.update(projectMilestones).set(v).where(eq(projectMilestones.id, id));
  await recordAudit(db, actor, { action: 'update', entity: 'project-milestone', entityId: id, summary: `Updated milestone ${v.name}`, before, after: v });
}
