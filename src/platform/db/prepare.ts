import { sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Database } from './open.ts';
import { users } from '../auth/schema.ts';
import { installation } from '../schema.ts';
import { ensureReferenceData } from '../../modules/network/service.ts';

export interface Prepared {
  demo: boolean;
  demoSignIn: { email: string; password: string } | null;
}

/** Start-up: migrations, reference geography, and the demo on a first, empty start. */
export async function prepareDatabase(database: Database, config: Config): Promise<Prepared> {
  await database.migrate();
  const db = database.db;
  await db.transaction((tx) => ensureReferenceData(tx));
  const [{ count }] = (await db.select({ count: sql<number>`count(*)::int` }).from(users)) as [{ count: number }];
  if (count === 0 && config.demo) {
    // Every module's demo content: loaded only when needed, so an ordinary start skips it.
    const { loadDemo, demoPassword, demoCoordinatorEmail } = await import('../../demo/load.ts');
    await loadDemo(db);
    return { demo: true, demoSignIn: { email: demoCoordinatorEmail, password: demoPassword } };
  }
  return { demo: await isDemoLoaded(database), demoSignIn: null };
}

export async function isDemoLoaded(database: Database): Promise<boolean> {
  const rows = await database.db.select().from(installation).where(sql`${installation.key} = 'demo'`);
  return rows.length > 0;
}
