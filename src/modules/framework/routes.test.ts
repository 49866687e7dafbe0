import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../../tests/support/app.ts';
import { loadFrameworkDemo } from './demo.ts';

let t: TestApp;
let coordinator: Awaited<ReturnType<typeof signedInAs>>;
const outcomeUrl = `/framework/versions/2/elements/${encodeURIComponent('item:outcome-identified-early')}/edit`;
const outcomeFields = (rating: string, baseRevision: string) => ({
  parentKey: 'heading-early-help-and-referral',
  title: 'Children in need are identified early and referred to the right service',
  description: '',
  rating,
  timescale: 'short',
  minMonths: '6',
  maxMonths: '12',
  baseRevision,
});

beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.transaction((tx) => loadFrameworkDemo(tx));
  coordinator = await signedInAs(t, 'network-coordinator');
});
afterAll(async () => t?.close());

describe('framework pages', () => {
  it('shows the versions, the model as a diagram and a list, the hierarchy, the simple list and an indicator', async () => {
    const list = await coordinator.get('/framework');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Start a new draft from version 1');
    const model = await coordinator.get('/framework/versions/1/model');
    expect(model.statusCode).toBe(200);
    expect(model.body).toContain('<svg');
    expect(model.body).toContain('role="img"');
    expect(model.body).toContain('Multi-agency training');
    expect(model.body).toContain('id="node-activity-training"');
    const hierarchy = await coordinator.get('/framework/versions/1/hierarchy');
    expect(hierarchy.body).toContain('Children are protected from significant harm');
    expect(hierarchy.body).toContain('Proxy indicator.');
    const outcomes = await coordinator.get('/framework/versions/1/outcomes');
    expect(outcomes.body).toContain('Outcomes 1 to 18 of 18');
    expect((await coordinator.get('/framework/versions/1/outcomes?format=csv')).body).toContain('Goal,Outcome,Rating');
    const indicator = await coordinator.get('/framework/versions/1/indicators/ind-referrals-nfa');
    expect(indicator.statusCode).toBe(200);
    expect(indicator.body).toContain('Proxy indicator: A proxy for how well referrers understand thresholds');
    expect(indicator.body).toContain('No figures for this indicator have been loaded');
    expect((await coordinator.get('/framework/versions/1/best-fit')).statusCode).toBe(200);
    const json = await coordinator.get('/framework/versions/1/export?format=summary');
    expect(JSON.parse(json.body).status).toBe('published');
    const xlsx = await coordinator.get('/framework/versions/1/export?format=xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('starts a draft, re-rates an outcome, refuses a stale second save showing both, and shows the change', async () => {
    const start = await coordinator.post('/framework/versions/1/draft', {}, '/framework');
    expect(start.headers.location).toBe('/framework/versions/2');
    const form = await coordinator.get(outcomeUrl);
    expect(form.body).toContain('name="baseRevision" value="1"');
    const saved = await coordinator.post(outcomeUrl, outcomeFields('critical', '1'), outcomeUrl);
    expect(saved.statusCode).toBe(303);
    const stale = await coordinator.post(outcomeUrl, outcomeFields('universal', '1'), outcomeUrl);
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('changed this outcome since you opened it. Nothing was saved.');
    expect(stale.body).toContain('Their version and yours');
    expect(stale.body).toContain('name="baseRevision" value="2"');
    const bad = await coordinator.post(outcomeUrl, outcomeFields('essential', '2'), outcomeUrl);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Choose critical, priority outcome or universal outcome');
    const changes = await coordinator.get('/framework/changes?from=1&to=2');
    expect(changes.body).toContain('re-rated from Priority outcome to Critical');
  });

  it('rejects an indicator expression with the position of the mistake, keeping what was typed', async () => {
    const url = '/framework/versions/2/new/indicator?parent=outcome-identified-early';
    const response = await coordinator.post(
      '/framework/versions/2/new/indicator',
      { parentKey: 'outcome-identified-early', code: 'NEW1', name: 'New', definition: 'New one', kind: 'quantitative', polarity: 'context', numerator: '({a} + 1', denominator: '{b} / 0', factor: '100', unit: '%', decimals: '1', baseRevision: '0' },
      url,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('expected &#39;)&#39; to close the &#39;(&#39; at position 0');
    expect(response.body).toContain('({a} + 1&#10;        ^</code>');
    expect(response.body).toContain('division by zero');
  });

  it('lets members comment during consultation but not edit, and keeps signed-out visitors out', async () => {
    await coordinator.post('/framework/versions/2/status', { status: 'consultation' }, '/framework/versions/2');
    const member = await signedInAs(t, 'board-member', 'camden');
    const commentsUrl = `/framework/versions/2/elements/${encodeURIComponent('item:outcome-identified-early')}/comments`;
    const posted = await member.post(commentsUrl, { body: 'Should this really be critical?' }, commentsUrl);
    expect(posted.statusCode).toBe(303);
    expect((await member.get(commentsUrl)).body).toContain('Should this really be critical?');
    expect((await member.get(outcomeUrl)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/framework' })).statusCode).toBe(302);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/framework/versions' })).statusCode).toBe(401);
    const published = await coordinator.post('/framework/versions/2/status', { status: 'published' }, '/framework/versions/2');
    expect(published.statusCode).toBe(303);
    expect((await coordinator.get(outcomeUrl)).statusCode).toBe(409);
  });
});
