import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor, listAudit } from '../../platform/audit/service.ts';
import * as network from './service.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
const actor = systemActor('test');

describe('geography and boards', () => {
  it('knows the 33 London authorities, split into Inner and Outer London as official statistics do', async () => {
    const inner = await network.listAreas(database.db, { parentCode: network.INNER_LONDON });
    const outer = await network.listAreas(database.db, { parentCode: network.OUTER_LONDON });
    expect(inner.length + outer.length).toBe(33);
    expect(inner.map((a) => a.name)).toContain('Haringey');
    expect(outer.map((a) => a.name)).toContain('Greenwich');
    const london = await network.descendantAreas(database.db, network.LONDON);
    expect(london.filter((a) => a.kind === 'local-authority')).toHaveLength(33);
  });

  it('finds an authority by ONS code or by DfE code', async () => {
    expect((await network.findArea(database.db, 'E09000007'))?.name).toBe('Camden');
    expect((await network.findArea(database.db, '202'))?.code).toBe('E09000007');
    expect(await network.findArea(database.db, 'E09999999')).toBeNull();
  });

  it('has 32 boards for 33 authorities: City of London and Hackney share one', async () => {
    const boards = await network.listBoards(database.db);
    expect(boards).toHaveLength(32);
    const shared = boards.find((b) => b.areas.length === 2)!;
    expect(shared.areas.map((a) => a.name).sort()).toEqual(['City of London', 'Hackney']);
    expect((await network.boardForArea(database.db, 'E09000001'))?.id).toBe(shared.id);
    expect((await network.boardForArea(database.db, 'E09000012'))?.id).toBe(shared.id);
  });

  it('loading the reference data again changes nothing', async () => {
    await network.ensureReferenceData(database.db);
    expect(await network.listBoards(database.db)).toHaveLength(32);
  });
});

describe('people, organisations and groups', () => {
  it('adds a person without an account, and audits it', async () => {
    const police = await network.createOrganisation(database.db, actor, { name: 'Metropolitan Police', kind: 'police' });
    const person = await network.createPerson(database.db, actor, { name: 'Jo Bloggs', organisationId: police.id, email: 'JO@Example.org' });
    const found = await network.getPerson(database.db, person.id);
    expect(found).toMatchObject({ name: 'Jo Bloggs', email: 'jo@example.org', organisationName: 'Metropolitan Police' });
    const audit = await listAudit(database.db, { entity: 'person' }, { limit: 5, offset: 0 });
    expect(audit.rows[0]?.summary).toBe('Added Jo Bloggs to the directory');
  });

  it('rejects a person with no name or a malformed email', () => {
    expect(network.personInput.safeParse({ name: '  ' }).success).toBe(false);
    expect(network.personInput.safeParse({ name: 'A', email: 'not-an-email' }).success).toBe(false);
  });

  it('searches people by name, paginated with a total', async () => {
    for (const name of ['Alice Able', 'Alan Apple', 'Bob Baker']) await network.createPerson(database.db, actor, { name });
    const page = await network.listPeople(database.db, { text: 'al', limit: 1, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]!.name).toBe('Alan Apple');
  });

  it('gives each group a unique address and keeps one membership per person, updating the role', async () => {
    const a = await network.createGroup(database.db, actor, { name: 'Chairs’ Network', kind: 'network' });
    const b = await network.createGroup(database.db, actor, { name: 'Chairs Network', kind: 'network' });
    expect(a.slug).not.toBe(b.slug);
    const person = await network.createPerson(database.db, actor, { name: 'Chair Person' });
    await network.setMembership(database.db, actor, a.id, { personId: person.id, role: 'member' });
    await network.setMembership(database.db, actor, a.id, { personId: person.id, role: 'chair' });
    const group = await network.getGroup(database.db, a.slug);
    expect(group?.members).toEqual([expect.objectContaining({ name: 'Chair Person', role: 'chair' })]);
    await network.removeMembership(database.db, actor, a.id, person.id);
    expect((await network.getGroup(database.db, a.id))?.members).toEqual([]);
  });
});
