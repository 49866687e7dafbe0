import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { listAudit, systemActor } from '../../platform/audit/service.ts';
import { listOutbox } from '../../platform/mail/service.ts';
import * as network from '../network/service.ts';
import * as risks from './service.ts';

let database: Database;
const actor = systemActor('test');
let ownerId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const person = await network.createPerson(database.db, actor, { name: 'Rita Owner', email: 'rita@example.org' });
  ownerId = person.id;
});
afterAll(async () => database.close());

const baseRisk = {
  title: 'Boards miss the return deadline',
  cause: 'Analysts are stretched at year end',
  event: 'Several boards send their returns late',
  effect: 'The London dashboard is published with gaps',
  category: 'delivery',
  inherentLikelihood: '3',
  inherentImpact: '4',
  status: 'open',
} as const;

describe('risk bands', () => {
  it('the default bands cover every score a 5 × 5 matrix can give exactly once', () => {
    expect(risks.bandsInput.safeParse(risks.DEFAULT_BANDS).success).toBe(true);
    for (let l = 1; l <= 5; l++)
      for (let i = 1; i <= 5; i++) expect(risks.DEFAULT_BANDS.filter((b) => l * i >= b.from && l * i <= b.to)).toHaveLength(1);
    expect(risks.bandOf(12, risks.DEFAULT_BANDS)?.label).toBe('High');
    expect(risks.bandOf(15, risks.DEFAULT_BANDS)?.label).toBe('Extreme');
    expect(risks.bandOf(3, risks.DEFAULT_BANDS)?.label).toBe('Low');
  });

  it('refuses bands that overlap or leave a possible score uncovered, naming the problem', () => {
    const overlap = risks.bandsInput.safeParse([{ label: 'Low', from: 1, to: 5 }, { label: 'High', from: 5, to: 25 }]);
    expect(overlap.error?.issues[0]?.message).toBe('Bands “Low” and “High” overlap');
    const gap = risks.bandsInput.safeParse([{ label: 'Low', from: 1, to: 4 }, { label: 'High', from: 9, to: 25 }]);
    expect(gap.error?.issues.map((i) => i.message)).toContain('No band covers scores 5, 6, 8');
    const backwards = risks.bandsInput.safeParse([{ label: 'Low', from: 1, to: 12 }, { label: 'High', from: 25, to: 13 }]);
    expect(backwards.success).toBe(false);
  });

  it('accepted bands always put each possible score in exactly one band (property)', () => {
    const band = fc.record({ label: fc.constantFrom('A', 'B', 'C', 'D', 'E'), from: fc.integer({ min: 1, max: 25 }), to: fc.integer({ min: 1, max: 25 }) });
    fc.assert(
      fc.property(fc.array(band, { minLength: 2, maxLength: 5 }), (bands) => {
        const parsed = risks.bandsInput.safeParse(bands);
        if (!parsed.success) return;
        for (const score of risks.ACHIEVABLE_SCORES) expect(parsed.data.filter((b) => score >= b.from && score <= b.to)).toHaveLength(1);
      }),
    );
  });
});

describe('projects, plans and risks', () => {
  it('creates a project with phases and milestones and knows the current phase', async () => {
    const project = await risks.createProject(database.db, actor, { name: 'Datasets project', status: 'active', ownerPersonId: ownerId });
    expect(project.slug).toBe('datasets-project');
    expect(project.bands).toEqual(risks.DEFAULT_BANDS);
    const discovery = await risks.addPhase(database.db, actor, project.id, { name: 'Discovery', status: 'complete', plannedStart: '2025-01-06', plannedEnd: '2025-03-28' });
    await risks.addPhase(database.db, actor, project.id, { name: 'Build', status: 'in-progress', plannedStart: '2025-04-01' });
    await risks.addMilestone(database.db, actor, project.id, { name: 'Data dictionary agreed', status: 'complete', phaseId: discovery.id, plannedDate: '2025-03-14', actualDate: '2025-03-20' });
    const phases = await risks.listPhases(database.db, project.id);
    expect(phases.map((p) => p.name)).toEqual(['Discovery', 'Build']);
    expect(risks.currentPhase(phases)?.name).toBe('Build');
    const [milestone] = await risks.listMilestones(database.db, project.id);
    expect(milestone).toMatchObject({ name: 'Data dictionary agreed', phaseName: 'Discovery', actualDate: '2025-03-20' });
    expect(() => risks.phaseInput.parse({ name: 'x', status: 'not-started', plannedStart: '2025-05-01', plannedEnd: '2025-04-01' })).toThrow(/on or after/);
    expect(() => risks.phaseInput.parse({ name: 'x', status: 'not-started', plannedStart: '2025-02-30' })).toThrow(/real date/);
  });

  it('numbers risks per project, scores them in the project’s bands and records every change of score', async () => {
    const project = (await risks.getProject(database.db, 'datasets-project'))!;
    const first = await database.db.transaction((tx) => risks.createRisk(tx, actor, project.id, { ...baseRisk, ownerPersonId: ownerId }));
    const second = await risks.createRisk(database.db, actor, project.id, { ...baseRisk, title: 'Second', inherentLikelihood: '1', inherentImpact: '2', residualLikelihood: '1', residualImpact: '1' });
    expect([first.number, second.number]).toEqual([1, 2]);
    const found = await risks.getRisk(database.db, project.id, 1);
    const view = risks.describeRisk(found!.risk, project.bands, found!.ownerName);
    expect(view).toMatchObject({ reference: 'R1', inherentScore: 12, inherentBand: 'High', currentScore: 12, residualScore: null, ownerName: 'Rita Owner' });

    await risks.updateRisk(database.db, { userId: null, label: 'Ada Analyst' }, first.id, { ...baseRisk, inherentLikelihood: '5', inherentImpact: '4' });
    await risks.updateRisk(database.db, actor, first.id, { ...baseRisk, inherentLikelihood: '5', inherentImpact: '4', title: 'Renamed' });
    const history = await risks.riskHistory(database.db, first.id);
    expect(history.map((h) => [h.kind, h.likelihood, h.impact, h.changedByLabel])).toEqual([
      ['inherent', 3, 4, 'test'],
      ['inherent', 5, 4, 'Ada Analyst'],
    ]);
    const audit = await listAudit(database.db, { entity: 'risk' }, { limit: 10, offset: 0 });
    expect(audit.rows.map((r) => r.summary)).toContain('Updated risk R1 Boards miss the return deadline (inherent score 12 → 20)');
  });

  it('refuses scores outside 1-5 and half-given residual scores, and stores nothing', async () => {
    const project = (await risks.getProject(database.db, 'datasets-project'))!;
    const before = await risks.listRisks(database.db, project.id, project.bands);
    for (const bad of [{ inherentLikelihood: '0' }, { inherentImpact: '6' }, { inherentImpact: '2.5' }, { inherentLikelihood: 'high' }, { residualLikelihood: '3' }]) {
      await expect(risks.createRisk(database.db, actor, project.id, { ...baseRisk, ...bad })).rejects.toThrow(/1 to 5|both residual/);
    }
    expect(risks.riskInput.safeParse({ ...baseRisk, inherentImpact: '9' }).error?.issues[0]?.message).toBe('Inherent impact must be a whole number from 1 to 5');
    expect((await risks.listRisks(database.db, project.id, project.bands)).total).toBe(before.total);
  });

  it('counts open risks by cell for the heat map: residual where assessed, otherwise inherent', async () => {
    const project = (await risks.getProject(database.db, 'datasets-project'))!;
    const current = await risks.heatMapCounts(database.db, project.id, 'current');
    expect(current[4]![3]).toBe(1); // R1: likelihood 5, impact 4
    expect(current[0]![0]).toBe(1); // R2: residual 1 × 1
    const inherent = await risks.heatMapCounts(database.db, project.id, 'inherent');
    expect(inherent[0]![1]).toBe(1); // R2 inherent 1 × 2
    const inCell = await risks.listRisks(database.db, project.id, project.bands, { basis: 'current', likelihood: 5, impact: 4 });
    expect(inCell.rows.map((r) => r.reference)).toEqual(['R1']);
  });

  it('lets a board read and edit only its own projects', async () => {
    const camden = (await network.findBoard(database.db, 'camden'))!;
    const manager = { userId: 'u', name: 'M', email: 'm@x', personId: null, roles: [{ role: 'board-manager' as const, boardId: camden.id }] };
    const viewer = { userId: 'v', name: 'V', email: 'v@x', personId: null, roles: [{ role: 'viewer' as const, boardId: null }] };
    expect(risks.projectAccess(manager, { boardId: camden.id })).toEqual({ canRead: true, canEdit: true });
    expect(risks.projectAccess(manager, { boardId: null })).toEqual({ canRead: true, canEdit: false });
    expect(risks.projectAccess(viewer, { boardId: camden.id })).toEqual({ canRead: false, canEdit: false });
    expect(risks.projectAccess(null, { boardId: null })).toEqual({ canRead: false, canEdit: false });
  });
});

describe('reviews due and reminders', () => {
  it('lists reviews due across projects, overdue first, and reminds each overdue review at most once a week', async () => {
    const other = await risks.createProject(database.db, actor, { name: 'Dashboard refresh', status: 'active', ownerPersonId: ownerId });
    const project = (await risks.getProject(database.db, 'datasets-project'))!;
    await risks.createRisk(database.db, actor, project.id, { ...baseRisk, title: 'Overdue one', ownerPersonId: ownerId, nextReviewDate: '2025-06-01' });
    await risks.createRisk(database.db, actor, other.id, { ...baseRisk, title: 'Due soon', nextReviewDate: '2025-06-20' });
    await risks.createRisk(database.db, actor, other.id, { ...baseRisk, title: 'Closed and overdue', status: 'closed', nextReviewDate: '2025-05-01' });
    await risks.createRisk(database.db, actor, other.id, { ...baseRisk, title: 'Far off', nextReviewDate: '2026-01-01' });
    const now = new Date('2025-06-10T09:00:00Z');
    const due = await risks.reviewsDue(database.db, undefined, now);
    expect(due.rows.map((r) => [r.title, r.overdue])).toEqual([
      ['Overdue one', true],
      ['Due soon', false],
    ]);

    const first = await risks.sendRiskReviewReminders(database.db, now, { publicUrl: 'https://hub.example.org' });
    expect(first).toMatchObject({ overdue: 1, queued: 1 });
    const again = await risks.sendRiskReviewReminders(database.db, new Date('2025-06-14T09:00:00Z'));
    expect(again).toMatchObject({ queued: 0, alreadyReminded: 1 });
    const nextWeek = await risks.sendRiskReviewReminders(database.db, new Date('2025-06-17T09:00:00Z'));
    expect(nextWeek.queued).toBe(1);
    const outbox = await listOutbox(database.db, { kind: 'risk-review-reminder', limit: 10, offset: 0 });
    expect(outbox.total).toBe(2);
    expect(outbox.rows[0]!.to).toBe('rita@example.org');
    expect(outbox.rows.at(-1)!.text).toContain('https://hub.example.org/projects/datasets-project/risks/');
    expect(outbox.rows.at(-1)!.subject).toBe('Risk review overdue: Datasets project R3 Overdue one');
  });
});
