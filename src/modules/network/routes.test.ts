import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestApp, signedInAs, type TestApp } from '../../../tests/support/app.ts';
import * as network from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('network pages', () => {
  it('lists the boards for any signed-in user, with a CSV download of the same', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const page = await viewer.get('/network/boards');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('City and Hackney Safeguarding Children Partnership');
    const csv = await viewer.get('/network/boards?format=csv');
    const rows = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(32);
    expect(rows.find((r) => r.Code === 'city-and-hackney')?.['ONS codes']).toBe('E09000001; E09000012');
  });

  it('shows a board with its authorities and DfE codes', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const page = await viewer.get('/network/boards/camden');
    expect(page.body).toContain('Camden (ONS E09000007, DfE 202)');
    expect((await viewer.get('/network/boards/nowhere')).statusCode).toBe(404);
  });

  it('lets a coordinator add a person; an invalid form shows the error summary, keeps values and saves nothing', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const bad = await coordinator.post('/network/people/new', { name: '', email: 'kept@example.org' }, '/network/people/new');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#name"');
    expect(bad.body).toContain('Enter the person’s name');
    expect(bad.body).toContain('value="kept@example.org"');
    expect((await network.listPeople(t.database.db, { text: 'kept@example.org' })).total).toBe(0);

    const ok = await coordinator.post('/network/people/new', { name: 'Pat Newperson', email: 'pat@example.org', jobTitle: 'Chair' }, '/network/people/new');
    expect(ok.statusCode).toBe(303);
    const personPage = await coordinator.get(ok.headers.location as string);
    expect(personPage.body).toContain('Pat Newperson');
    expect(personPage.body).toContain('Pat Newperson added to the directory');
  });

  it('does not let a viewer or board manager edit the directory', async () => {
    const viewer = await signedInAs(t, 'viewer');
    expect((await viewer.get('/network/people/new')).statusCode).toBe(403);
    const manager = await signedInAs(t, 'board-manager', 'camden');
    const res = await manager.post('/network/organisations/new', { name: 'Sneaky', kind: 'other' }, '/network');
    expect(res.statusCode).toBe(403);
    expect((await network.listOrganisations(t.database.db, { text: 'Sneaky' })).total).toBe(0);
  });

  it('creates a group and manages its members', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const created = await coordinator.post('/network/groups/new', { name: 'Data Sub-group', kind: 'sub-group', description: 'Returns and dashboards' }, '/network/groups/new');
    expect(created.statusCode).toBe(303);
    const slug = (created.headers.location as string).split('/').pop()!;
    const person = await network.createPerson(t.database.db, { userId: null, label: 'test' }, { name: 'Member Person' });
    const added = await coordinator.post(`/network/groups/${slug}/members`, { personId: person.id, role: 'deputy' }, `/network/groups/${slug}`);
    expect(added.statusCode).toBe(303);
    const page = await coordinator.get(`/network/groups/${slug}`);
    expect(page.body).toContain('Member Person');
    expect(page.body).toContain('Deputy chair');
    const missing = await coordinator.post(`/network/groups/${slug}/members`, { personId: '', role: 'member' }, `/network/groups/${slug}`);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('href="#personId"');
  });

  it('renders text typed by users inert', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    await coordinator.post('/network/people/new', { name: '<script>alert(1)</script>' }, '/network/people/new');
    const page = await coordinator.get('/network/people?q=script');
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('serves the directory as JSON to signed-in users', async () => {
    const viewer = await signedInAs(t, 'viewer');
    const res = await viewer.get('/api/v1/network/boards');
    expect(res.statusCode).toBe(200);
    expect(res.json().boards).toHaveLength(32);
  });
});
