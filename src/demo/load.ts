import { sql } from 'drizzle-orm';
import type { Db, Queryable } from '../platform/db/types.ts';
import { systemActor } from '../platform/audit/service.ts';
import { createUser, findUserByEmail } from '../platform/auth/users.ts';
import { installation } from '../platform/schema.ts';
import * as network from '../modules/network/service.ts';
import { demoPeople, demoGroups, demoOrganisations } from './network-data.ts';
import { loadFrameworkDemo } from '../modules/framework/demo.ts';
import { loadLearningDemo } from '../modules/learning/demo.ts';
import { loadMeetingsDemo } from '../modules/meetings/demo.ts';
import { loadRisksDemo } from '../modules/risks/demo.ts';
import { loadCollectionsDemo } from '../modules/collections/demo.ts';
import { loadStatisticsDemo } from '../modules/statistics/demo.ts';

/** Every demo account uses this password; the demo is fictional and marked as such on every page. */
export const demoPassword = 'kettle river pencil';
export const demoCoordinatorEmail = 'coordinator@demo.safeguarding-hub.invalid';

const actor = systemActor('demo loader');

/** Loads the fictional network (people, groups, accounts). Running it twice adds nothing twice. */
export async function loadDemo(db: Db): Promise<{ loaded: boolean }> {
  return db.transaction(async (tx) => {
    await network.ensureReferenceData(tx);
    if (await findUserByEmail(tx, demoCoordinatorEmail)) return { loaded: false };
    const people = await loadNetworkDemo(tx);
    for (const loadModuleDemo of moduleDemos) await loadModuleDemo(tx, { people });
    await tx
      .insert(installation)
      .values({ key: 'demo', value: { loadedAt: new Date().toISOString() } })
      .onConflictDoUpdate({ target: installation.key, set: { value: sql`excluded.value`, updatedAt: new Date() } });
    return { loaded: true };
  });
}

/** What module demos may build on: the demo people by name (with their ids). */
export interface DemoContext {
  people: Map<string, string>;
}

/** Each module adds its own demo content after the network's, in this order. */
const moduleDemos: ((tx: Queryable, ctx: DemoContext) => Promise<void>)[] = [loadFrameworkDemo, loadLearningDemo, loadMeetingsDemo, loadRisksDemo, loadCollectionsDemo, loadStatisticsDemo];

async function loadNetworkDemo(tx: Queryable): Promise<Map<string, string>> {
  const boards = await network.listBoards(tx);
  const boardId = (code: string) => {
    const b = boards.find((x) => x.code === code);
    if (!b) throw new Error(`demo refers to unknown board ${code}`);
    return b.id;
  };
  const orgIds = new Map<string, string>();
  for (const o of demoOrganisations) {
    const row = await network.createOrganisation(tx, actor, {
      name: o.name,
      kind: o.kind,
      boardId: o.board ? boardId(o.board) : undefined,
      demo: true,
    });
    orgIds.set(o.name, row.id);
  }
  const personIds = new Map<string, string>();
  for (const p of demoPeople) {
    const person = await network.createPerson(tx, actor, {
      name: p.name,
      email: p.email,
      jobTitle: p.jobTitle,
      organisationId: orgIds.get(p.organisation),
      boardId: p.board ? boardId(p.board) : undefined,
      demo: true,
    });
    personIds.set(p.name, person.id);
    if (p.account) {
      await createUser(tx, actor, {
        email: p.email,
        name: p.name,
        role: p.account,
        boardId: p.board && (p.account === 'board-manager' || p.account === 'board-member') ? boardId(p.board) : null,
        password: demoPassword,
        personId: person.id,
        demo: true,
      });
    }
  }
  for (const g of demoGroups) {
    const group = await network.createGroup(tx, actor, { name: g.name, kind: g.kind, description: g.description, demo: true });
    for (const [name, role] of g.members) {
      const personId = personIds.get(name);
      if (!personId) throw new Error(`demo group member ${name} is not a demo person`);
      await network.setMembership(tx, actor, group.id, { personId, role });
    }
  }
  return personIds;
}
