// Collections: saving a 300-question return, the XLSX template round trip, and the
// completeness pages with every board invited to 20 collections; each beside a baseline.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/platform/db/prepare.ts';
import { systemActor } from '../src/platform/audit/service.ts';
import { createUser } from '../src/platform/auth/users.ts';
import { toXlsx } from '../src/platform/export/index.ts';
import { listBoards } from '../src/modules/network/service.ts';
import * as collections from '../src/modules/collections/service.ts';
import { collectionReturns } from '../src/modules/collections/schema.ts';
import { largeForm, question } from '../src/modules/collections/fixtures.ts';
import { benchDatabase } from './pages.ts';
import { timeMedian } from './support.ts';

type Report = (name: string, medianMs: number, note?: string) => void;
const actor = systemActor('bench');

export async function run(report: Report): Promise<void> {
  const database = await benchDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    HUB_DEMO: '0',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-1234',
    HUB_DATA_DIR: '/nonexistent',
  });
  await prepareDatabase(database, config);
  const db = database.db;
  const boards = await listBoards(db);

  // A 300-question return: every answer changes on every save.
  const form = await collections.createForm(db, actor, { name: 'Bench 300' }, largeForm(300));
  const big = await collections.createCollection(db, actor, {
    name: 'Bench return',
    kind: 'return',
    period: '2024-25',
    formId: form.id,
    audience: 'all',
    opensOn: '2025-01-01',
    closesOn: '2099-01-01',
  });
  await collections.addRule(db, actor, big.id, {
    left: '{q2}',
    operator: '<=',
    right: '{q1}',
    importance: 'high',
    message: 'q2 at most q1',
  });
  await collections.openCollection(db, actor, big.id);
  const boardId = boards[0]!.id;
  let round = 0;
  const answers = () => {
    round++;
    return Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`q${i + 1}`, String((i * 7 + round) % 100000)]),
    );
  };
  const save = await timeMedian(
    async () => {
      const row = (await collections.getReturn(db, big.id, boardId))!;
      await db.transaction((tx) =>
        collections.saveAnswers(tx, actor, {
          collectionId: big.id,
          boardId,
          revision: row.revision,
          answers: answers(),
        }),
      );
    },
    30,
    3,
  );
  const stored = (await collections.getReturn(db, big.id, boardId))!;
  // Baseline: writing the same answers as one row update, with no parsing, rules or audit.
  const write = await timeMedian(
    () =>
      db.transaction((tx) =>
        tx
          .update(collectionReturns)
          .set({ answers: stored.answers })
          .where(eq(collectionReturns.id, stored.id)),
      ),
    30,
    3,
  );
  report(
    'collections: save a 300-question return (target < 100 ms)',
    save,
    `${(save / write).toFixed(1)}× a bare row update (${write.toFixed(2)} ms)`,
  );

  // The XLSX template round trip for one board: build the template, then upload it back.
  const trip = await timeMedian(
    async () => {
      const { buffer } = await collections.returnTemplate(db, big.id, boardId);
      await db.transaction((tx) =>
        collections.uploadReturn(tx, actor, {
          collectionId: big.id,
          boardId,
          fileName: 'return.xlsx',
          buffer,
        }),
      );
    },
    10,
    2,
  );
  // Baseline: a plain 300-row export written and read back by exceljs.
  const plain = await timeMedian(
    async () => {
      const buffer = await toXlsx([
        {
          name: 'Return',
          columns: [
            { key: 'code', header: 'Code' },
            { key: 'answer', header: 'Answer' },
          ],
          rows: Array.from({ length: 300 }, (_, i) => ({ code: `q${i}`, answer: i })),
        },
      ]);
      await new ExcelJS.Workbook().xlsx.load(buffer as unknown as ArrayBuffer);
    },
    10,
    2,
  );
  report(
    'collections: XLSX template round trip, 300 questions (target < 1 s)',
    trip,
    `${(trip / plain).toFixed(1)}× a plain 300-row XLSX write + read (${plain.toFixed(1)} ms)`,
  );

  // Completeness: every board invited to 20 collections, returns in mixed states.
  const small = await collections.createForm(
    db,
    actor,
    { name: 'Bench small' },
    { sections: [{ title: 'S', help: null, questions: [question('a', 'number', 'A')] }] },
  );
  let firstId = '';
  for (let n = 0; n < 20; n++) {
    const c = await collections.createCollection(db, actor, {
      name: `Bench collection ${n + 1}`,
      kind: 'survey',
      period: '2025',
      formId: small.id,
      audience: 'all',
      opensOn: '2025-01-01',
      closesOn: '2099-01-01',
    });
    await collections.openCollection(db, actor, c.id);
    firstId ||= c.id;
    for (const [i, b] of boards.entries()) {
      if ((i + n) % 3 === 0) continue;
      await collections.saveAnswers(db, actor, {
        collectionId: c.id,
        boardId: b.id,
        revision: 0,
        answers: { a: String(i) },
      });
      if ((i + n) % 3 === 1)
        await collections.submitReturn(db, actor, { collectionId: c.id, boardId: b.id, revision: 1 });
    }
  }
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  await createUser(db, actor, {
    email: 'bench-coordinator@example.org',
    name: 'Bench',
    role: 'network-coordinator',
    password: 'bench password long enough',
  });
  const form0 = await app.inject('/sign-in');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form0.body)![1]!;
  const cookies = (r: { cookies: { name: string; value: string }[] }) =>
    r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const signed = await app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie: cookies(form0) },
    payload: { email: 'bench-coordinator@example.org', password: 'bench password long enough', _csrf: csrf },
  });
  const cookie = cookies(signed);
  const health = await timeMedian(() => app.inject('/health'), 100, 10);
  const network = await timeMedian(
    () => app.inject({ url: '/collections/network', headers: { cookie } }),
    40,
    5,
  );
  const one = await timeMedian(
    () => app.inject({ url: `/collections/${firstId}`, headers: { cookie } }),
    40,
    5,
  );
  const n = boards.length;
  report(
    `collections: completeness page, ${n} boards × 20 collections (target < 50 ms)`,
    network,
    `${(network / health).toFixed(1)}× /health (${health.toFixed(2)} ms)`,
  );
  report(
    `collections: one collection's completeness with ${n} boards`,
    one,
    `${(one / health).toFixed(1)}× /health`,
  );
  await app.close();
  await database.close();
}
