import { and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/types.ts';
import { countRows } from '../../platform/db/count.ts';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import { people } from '../network/schema.ts';
import { bandOf, scoreOf } from './bands.ts';
import { optionalDate, optionalId, optionalScale, optionalText, scale } from './inputs.ts';
import { riskCategories, riskScoreChanges, risks, riskStatuses, scoreKinds, type RiskBand, type RiskCategory, type RiskStatus, type ScoreKind } from './schema.ts';

export type Risk = typeof risks.$inferSelect;

export const riskStatusLabels: Record<RiskStatus, string> = { open: 'Open', monitoring: 'Monitoring', closed: 'Closed' };
export const riskCategoryLabels: Record<RiskCategory, string> = {
  strategic: 'Strategic',
  delivery: 'Delivery',
  'data-protection': 'Data protection',
  'data-quality': 'Data quality',
  technical: 'Technical',
  financial: 'Financial',
  people: 'People and capacity',
  legal: 'Legal and compliance',
  reputational: 'Reputational',
};
export const scoreKindLabels: Record<ScoreKind, string> = { inherent: 'Inherent', residual: 'Residual', target: 'Target' };

const pair = (kind: string) => (v: Record<string, unknown>) =>
  (v[`${kind}Likelihood`] === null) === (v[`${kind}Impact`] === null);

export const riskInput = z
  .object({
    title: z.string().trim().min(1, 'Enter a short title for the risk').max(200, 'Title must be 200 characters or fewer'),
    cause: optionalText(2000, 'Cause'),
    event: z.string().trim().min(1, 'Describe the risk event: what might happen').max(2000, 'Event must be 2,000 characters or fewer'),
    effect: optionalText(2000, 'Effect'),
    ownerPersonId: optionalId('Choose the risk owner'),
    category: z.enum(riskCategories, { message: 'Choose a category' }),
    inherentLikelihood: scale('Inherent likelihood'),
    inherentImpact: scale('Inherent impact'),
    controls: optionalText(5000, 'Controls'),
    residualLikelihood: optionalScale('Residual likelihood'),
    residualImpact: optionalScale('Residual impact'),
    targetLikelihood: optionalScale('Target likelihood'),
    targetImpact: optionalScale('Target impact'),
    status: z.enum(riskStatuses, { message: 'Choose the risk’s status' }),
    nextReviewDate: optionalDate('Next review date'),
    linkedAction: optionalText(300, 'Linked action'),
    linkedActionUrl: optionalText(2000, 'Link to the action').refine(
      (v) => v === null || /^https?:\/\/[^\s]+$/i.test(v) || /^\/[^\s/][^\s]*$/.test(v),
      'Link to the action must start with https://, http:// or / (a page of this site)',
    ),
  })
  .refine(pair('residual'), { path: ['residualImpact'], message: 'Give both residual likelihood and impact, or neither' })
  .refine(pair('target'), { path: ['targetImpact'], message: 'Give both target likelihood and impact, or neither' });

export type RiskInput = z.output<typeof riskInput>;

/** The score that says where a risk stands now: residual once controls are assessed, otherwise inherent. */
export const currentScores = (r: Pick<Risk, 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact'>) =>
  r.residualLikelihood !== null && r.residualImpact !== null
    ? { likelihood: r.residualLikelihood, impact: r.residualImpact }
    : { likelihood: r.inherentLikelihood, impact: r.inherentImpact };

export function describeRisk(r: Risk, bands: readonly RiskBand[], ownerName: string | null = null) {
  const inherent = scoreOf(r.inherentLikelihood, r.inherentImpact);
  const residual = scoreOf(r.residualLikelihood, r.residualImpact);
  const target = scoreOf(r.targetLikelihood, r.targetImpact);
  const current = currentScores(r);
  const currentScore = current.likelihood * current.impact;
  return {
    ...r,
    reference: `R${r.number}`,
    ownerName,
    categoryLabel: riskCategoryLabels[r.category],
    statusLabel: riskStatusLabels[r.status],
    inherentScore: inherent,
    inherentBand: bandOf(inherent, bands)?.label ?? null,
    residualScore: residual,
    residualBand: bandOf(residual, bands)?.label ?? null,
    targetScore: target,
    targetBand: bandOf(target, bands)?.label ?? null,
    currentLikelihood: current.likelihood,
    currentImpact: current.impact,
    currentScore,
    currentBand: bandOf(currentScore, bands)?.label ?? null,
  };
}
export type RiskView = ReturnType<typeof describeRisk>;

function scoresOf(v: Pick<RiskInput, `${ScoreKind}Likelihood` | `${ScoreKind}Impact`>, kind: ScoreKind) {
  return { likelihood: v[`${kind}Likelihood`], impact: v[`${kind}Impact`] };
}

async function recordScores(db: Queryable, actor: Actor, riskId: string, before: Risk | null, after: RiskInput) {
  for (const kind of scoreKinds) {
    const next = scoresOf(after, kind);
    const previous = before ? scoresOf(before, kind) : { likelihood: null, impact: null };
    if (next.likelihood === previous.likelihood && next.impact === previous.impact) continue;
    await db.insert(riskScoreChanges).values({ riskId, kind, ...next, changedByUserId: actor.userId, changedByLabel: actor.label });
  }
}

export async function createRisk(db: Queryable, actor: Actor, projectId: string, input: z.input<typeof riskInput>): Promise<Risk> {
  const v = riskInput.parse(input);
  // Numbers are per project; the unique index stops two people taking the same one.
  const [last] = await db.select({ n: sql<number>`coalesce(max(${risks.number}), 0)::int` }).from(risks).where(eq(risks.projectId, projectId));
  const [row] = await db.insert(risks).values({ ...v, projectId, number: (last?.n ?? 0) + 1 }).returning();
  await recordScores(db, actor, row!.id, null, v);
  await recordAudit(db, actor, { action: 'create', entity: 'risk', entityId: row!.id, summary: `Added risk R${row!.number} ${v.title}`, after: v });
  return row!;
}

export async function updateRisk(db: Queryable, actor: Actor, riskId: string, input: z.input<typeof riskInput>): Promise<void> {
  const v = riskInput.parse(input);
  const [before] = await db.select().from(risks).where(eq(risks.id, riskId));
  if (!before) throw new Error('No such risk');
  await db.update(risks).set({ ...v, updatedAt: new Date() }).where(eq(risks.id, riskId));
  await recordScores(db, actor, riskId, before, v);
  const was = before.inherentLikelihood * before.inherentImpact;
  const now = v.inherentLikelihood * v.inherentImpact;
  await recordAudit(db, actor, {
    action: 'update',
    entity: 'risk',
    entityId: riskId,
    summary: `Updated risk R${before.number} ${v.title}${was !== now ? ` (inherent score ${was} → ${now})` : ''}`,
    before,
    after: v,
  });
}

export async function getRisk(db: Queryable, projectId: string, number: number) {
  const [row] = await db
    .select({ risk: risks, ownerName: people.name })
    .from(risks)
    .leftJoin(people, eq(people.id, risks.ownerPersonId))
    .where(and(eq(risks.projectId, projectId), eq(risks.number, number)));
  return row ?? null;
}

export const heatBases = ['current', 'inherent', 'residual', 'target'] as const;
export type HeatBasis = (typeof heatBases)[number];

// Residual and target are pairs (both or neither), so coalescing each column is safe.
function basisColumns(basis: HeatBasis): { likelihood: SQL; impact: SQL } {
  switch (basis) {
    case 'current':
      return {
        likelihood: sql`coalesce(${risks.residualLikelihood}, ${risks.inherentLikelihood})`,
        impact: sql`coalesce(${risks.residualImpact}, ${risks.inherentImpact})`,
      };
    case 'inherent':
      return { likelihood: sql`${risks.inherentLikelihood}`, impact: sql`${risks.inherentImpact}` };
    case 'residual':
      return { likelihood: sql`${risks.residualLikelihood}`, impact: sql`${risks.residualImpact}` };
    case 'target':
      return { likelihood: sql`${risks.targetLikelihood}`, impact: sql`${risks.targetImpact}` };
  }
}

export interface RiskFilter {
  status?: RiskStatus | 'not-closed';
  basis?: HeatBasis;
  likelihood?: number;
  impact?: number;
}

function riskWhere(projectId: string, f: RiskFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [eq(risks.projectId, projectId)];
  if (f.status === 'not-closed') parts.push(ne(risks.status, 'closed'));
  else if (f.status) parts.push(eq(risks.status, f.status));
  const cols = basisColumns(f.basis ?? 'current');
  if (f.likelihood) parts.push(sql`${cols.likelihood} = ${f.likelihood}`);
  if (f.impact) parts.push(sql`${cols.impact} = ${f.impact}`);
  return and(...parts);
}

/** A project's register, highest current score first. */
export async function listRisks(db: Queryable, projectId: string, bands: readonly RiskBand[], f: RiskFilter = {}, page: { limit: number; offset: number } = { limit: 10_000, offset: 0 }) {
  const where = riskWhere(projectId, f);
  const current = basisColumns('current');
  const [rows, total] = await Promise.all([
    db
      .select({ risk: risks, ownerName: people.name })
      .from(risks)
      .leftJoin(people, eq(people.id, risks.ownerPersonId))
      .where(where)
      .orderBy(desc(sql`${current.likelihood} * ${current.impact}`), asc(risks.number))
      .limit(page.limit)
      .offset(page.offset),
    countRows(db, risks, where),
  ]);
  return { rows: rows.map((r) => describeRisk(r.risk, bands, r.ownerName)), total };
}

/** How many risks (closed ones left out) sit in each likelihood × impact cell. */
export async function heatMapCounts(db: Queryable, projectId: string, basis: HeatBasis): Promise<number[][]> {
  const cols = basisColumns(basis);
  const rows = await db
    .select({ likelihood: sql<number>`(${cols.likelihood})::int`, impact: sql<number>`(${cols.impact})::int`, n: sql<number>`count(*)::int` })
    .from(risks)
    .where(and(eq(risks.projectId, projectId), ne(risks.status, 'closed'), sql`${cols.likelihood} is not null`))
    .groupBy(cols.likelihood, cols.impact);
  const grid = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
  for (const r of rows) grid[r.likelihood - 1]![r.impact - 1] = r.n;
  return grid;
}

export async function riskHistory(db: Queryable, riskId: string) {
  return db.select().from(riskScoreChanges).where(eq(riskScoreChanges.riskId, riskId)).orderBy(asc(riskScoreChanges.changedAt), asc(riskScoreChanges.id));
}
