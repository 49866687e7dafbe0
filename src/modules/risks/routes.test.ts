import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestApp, signedInAs, type TestApp } from '../../../tests/support/app.ts';
import { systemActor } from '../../platform/audit/service.ts';
import * as risks from './service.ts';
import { registerPublicProjectSection } from './public-sections.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const riskForm = {
  title: 'Boards cannot share row-level data',
  cause: 'Data-sharing agreements are not signed',
  event: 'Boards send aggregate figures only, late',
  effect: 'Benchmarks are incomplete',
  category: 'data-protection',
  ownerPersonId: '',
  inherentLikelihood: '2',
  inherentImpact: '2',
  status: 'open',
  'nextReviewDate-day': '1',
  'nextReviewDate-month': '9',
  'nextReviewDate-year': '2025',
};

describe('projects and risk register pages', () => {
  it('lets a coordinator start a project, add a risk, raise its score and see it move on the heat map and in its history', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const created = await coordinator.post('/projects/new', { name: 'Datasets <project>', status: 'active', description: 'Common datasets for <b>boards</b>' }, '/projects/new');
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe('/projects/datasets-project/plan');
    const plan = await coordinator.get('/projects/datasets-project/plan');
    expect(plan.body).toContain('Datasets &lt;project&gt;');
    expect(plan.body).not.toContain('<b>boards</b>');

    const added = await coordinator.post('/projects/datasets-project/risks/new', riskForm, '/projects/datasets-project/risks/new');
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe('/projects/datasets-project/risks/1');

    const before = await coordinator.get('/projects/datasets-project/risks');
    expect(before.body).toContain('href="/projects/datasets-project/risks?basis=current&amp;likelihood=2&amp;impact=2#register">1 risk</a>');
    expect(before.body).toContain('<svg');

    const raised = await coordinator.post('/projects/datasets-project/risks/1/edit', { ...riskForm, inherentLikelihood: '4', inherentImpact: '5' }, '/projects/datasets-project/risks/1/edit');
    expect(raised.statusCode).toBe(303);
    const after = await coordinator.get('/projects/datasets-project/risks');
    expect(after.body).not.toContain('likelihood=2&amp;impact=2#register">1 risk');
    expect(after.body).toContain('likelihood=4&amp;impact=5#register">1 risk</a>');
    const riskPage = await coordinator.get('/projects/datasets-project/risks/1');
    expect(riskPage.body).toMatch(/Every change of likelihood or impact[\s\S]*>4<[\s\S]*>20</);
    expect(riskPage.body).toContain('Extreme');
    const api = await coordinator.get('/api/v1/risks/projects/datasets-project/risks/1');
    expect(api.json().history.map((h: { likelihood: number; impact: number }) => h.likelihood * h.impact)).toEqual([4, 20]);
  });

  it('refuses a score outside 1-5 with the error summary, keeps what was typed and stores nothing', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const bad = await coordinator.post('/projects/datasets-project/risks/new', { ...riskForm, title: 'Kept title', inherentImpact: '7', 'nextReviewDate-day': '31', 'nextReviewDate-month': '2' }, '/projects/datasets-project/risks/new');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Inherent impact must be a whole number from 1 to 5');
    expect(bad.body).toContain('href="#inherentImpact"');
    expect(bad.body).toContain('href="#nextReviewDate-day"');
    expect(bad.body).toContain('value="Kept title"');
    const api = await coordinator.post('/projects/datasets-project/risks/new', { ...riskForm, inherentLikelihood: '0' }, '/projects/datasets-project/risks/new');
    expect(api.statusCode).toBe(400);
    const project = (await risks.getProject(t.database.db, 'datasets-project'))!;
    expect((await risks.listRisks(t.database.db, project.id, project.bands)).total).toBe(1);
  });

  it('downloads the register as CSV and Excel', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const csv = await viewer.get('/projects/datasets-project/risks?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ Reference: 'R1', 'Inherent score': '20', 'Inherent band': 'Extreme', 'Next review': '2025-09-01' });
    const xlsx = await viewer.get('/projects/datasets-project/risks?format=xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('does not let a viewer change a register, and hides a board’s project from other boards', async () => {
    const viewer = await signedInAs(t, 'viewer');
    expect((await viewer.get('/projects/datasets-project/risks/new')).statusCode).toBe(403);
    const coordinator = await signedInAs(t, 'network-coordinator');
    const camden = await signedInAs(t, 'board-manager', 'camden');
    await coordinator.post('/projects/new', { name: 'Camden audit', status: 'active', boardId: camden.board!.id }, '/projects/new');
    expect((await camden.get('/projects/camden-audit/risks/new')).statusCode).toBe(200);
    const hackney = await signedInAs(t, 'board-member', 'city-and-hackney');
    expect((await hackney.get('/projects/camden-audit/risks')).statusCode).toBe(403);
    expect((await hackney.get('/api/v1/risks/projects/camden-audit')).statusCode).toBe(403);
    expect((await hackney.get('/api/v1/risks/projects')).json().projects.map((p: { slug: string }) => p.slug)).not.toContain('camden-audit');
  });

  it('validates bands: overlapping ranges are refused with a message, good ones are saved', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const bad = await coordinator.post('/projects/datasets-project/bands', { label0: 'Low', from0: '1', to0: '6', label1: 'High', from1: '5', to1: '25' }, '/projects/datasets-project/bands');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('overlap');
    const ok = await coordinator.post('/projects/datasets-project/bands', { label0: 'Green', from0: '1', to0: '9', label1: 'Red', from1: '10', to1: '25' }, '/projects/datasets-project/bands');
    expect(ok.statusCode).toBe(303);
    expect((await risks.getProject(t.database.db, 'datasets-project'))!.bands.map((b) => b.label)).toEqual(['Green', 'Red']);
  });

  it('adds phases and milestones with GOV.UK date inputs', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const bad = await coordinator.post('/projects/datasets-project/phases/new', { name: 'Discovery', status: 'complete', 'plannedStart-day': '10', 'plannedStart-month': '1', 'plannedStart-year': '2025', 'plannedEnd-day': '1', 'plannedEnd-month': '1', 'plannedEnd-year': '2025' }, '/projects/datasets-project/phases/new');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Planned end must be on or after the planned start');
    const ok = await coordinator.post('/projects/datasets-project/phases/new', { name: 'Discovery', status: 'in-progress', 'plannedStart-day': '10', 'plannedStart-month': '1', 'plannedStart-year': '2025' }, '/projects/datasets-project/phases/new');
    expect(ok.statusCode).toBe(303);
    const milestone = await coordinator.post('/projects/datasets-project/milestones/new', { name: 'Dictionary agreed', status: 'not-started', 'plannedDate-day': '14', 'plannedDate-month': '3', 'plannedDate-year': '2025' }, '/projects/datasets-project/milestones/new');
    expect(milestone.statusCode).toBe(303);
    const plan = await coordinator.get('/projects/datasets-project/plan');
    expect(plan.body).toContain('14 March 2025');
    expect(plan.body).toMatch(/Current phase[\s\S]*Discovery/);
  });
});

describe('reviews due', () => {
  it('lists overdue reviews across projects, with a download', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const page = await viewer.get('/projects/reviews-due?within=0');
    expect(page.body).toContain('Overdue');
    expect(page.body).toContain('R1 Boards cannot share row-level data');
    const api = await viewer.get('/api/v1/risks/reviews-due?within=0');
    expect(api.json().reviews[0]).toMatchObject({ reference: 'R1', overdue: true, projectSlug: 'datasets-project' });
  });
});

describe('public project pages', () => {
  it('are 404 signed out until published, then open without signing in, with extension sections', async () => {
    expect((await t.app.inject({ url: '/projects/datasets-project' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/projects/no-such-project' })).statusCode).toBe(404);
    const coordinator = await signedInAs(t, 'network-coordinator');
    const preview = await coordinator.get('/projects/datasets-project');
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('This page is not published.');

    const project = (await risks.getProject(t.database.db, 'datasets-project'))!;
    await coordinator.post('/projects/datasets-project/edit', { name: project.name, description: 'Common datasets for boards', status: 'active', publicPage: 'yes' }, '/projects/datasets-project/edit');
    registerPublicProjectSection({
      key: 'test-results',
      order: 10,
      load: async (_db, p) => (p.slug === 'datasets-project' ? { heading: 'Published results', items: [{ text: '<Results>', href: 'javascript:alert(1)' }] } : null),
    });
    const open = await t.app.inject({ url: '/projects/datasets-project' });
    expect(open.statusCode).toBe(200);
    expect(open.body).toContain('Common datasets for boards');
    expect(open.body).toMatch(/Current phase[\s\S]*Discovery/);
    expect(open.body).toContain('&lt;Results&gt;');
    expect(open.body).not.toContain('javascript:');
    expect(open.body).not.toContain('Risk register');
    expect(open.body).not.toContain('This page is not published.');
    // The register itself stays behind sign-in.
    expect((await t.app.inject({ url: '/projects/datasets-project/risks' })).statusCode).toBe(302);
    await risks.updateProject(t.database.db, systemActor('test'), project.id, { name: project.name, status: 'active', publicPage: false });
    expect((await t.app.inject({ url: '/projects/datasets-project' })).statusCode).toBe(404);
  });
});
