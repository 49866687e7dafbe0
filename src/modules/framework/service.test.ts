import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { defaultFramework } from './content/index.ts';
import { findElement, itemId } from './elements.ts';
import { FrameworkFileError, readFrameworkFile } from './files.ts';
import type { Outcome } from './framework-schema.ts';
import * as framework from './service.ts';
import { frameworkToXlsx } from './xlsx.ts';

let database: Database;
const alice = { userId: null, label: 'Alice Analyst' };
const bob = { userId: null, label: 'Bob Board' };
const outcomeId = itemId('outcome-identified-early');

const outcomeFields = (o: Outcome, parentKey: string) => ({
  parentKey,
  title: o.title,
  description: o.description,
  rating: o.rating,
  timescale: o.timescale,
  expectedLag: o.expectedLag,
});

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.transaction((tx) => framework.importVersion(tx, systemActor('test'), defaultFramework(), { status: 'published' }));
});
afterAll(async () => database?.close());

describe('framework versions', () => {
  it('refuses to edit a published version and starts a draft copied from it', async () => {
    const db = database.db;
    const v1 = (await framework.getVersion(db, 1))!;
    expect(v1.status).toBe('published');
    await expect(
      framework.saveGoal(db, alice, 1, { id: itemId('goal-protected-from-harm'), baseRevision: 1 }, { title: 'x', description: '' }),
    ).rejects.toThrow(/start a new draft/);
    const draft = await db.transaction((tx) => framework.startDraft(tx, alice, 1));
    expect(draft.number).toBe(2);
    expect(draft.document.status).toBe('draft');
    expect(draft.document.goals).toEqual(v1.document.goals);
    await expect(framework.startDraft(db, alice, 1)).rejects.toThrow(/Version 2 is still being worked on/);
  });

  it('re-rates an outcome, and a second save based on the old revision is refused with both versions kept', async () => {
    const db = database.db;
    const found = findElement((await framework.getVersion(db, 2))!.document, outcomeId)!;
    const outcome = found.item as Outcome;
    const first = await db.transaction((tx) =>
      framework.saveOutcome(tx, alice, 2, { id: outcomeId, baseRevision: 1 }, { ...outcomeFields(outcome, found.parentKey!), rating: 'critical' }),
    );
    expect(first.revision).toBe(2);
    const conflict = await db
      .transaction((tx) =>
        framework.saveOutcome(tx, bob, 2, { id: outcomeId, baseRevision: 1 }, { ...outcomeFields(outcome, found.parentKey!), title: 'Bob’s wording' }),
      )
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(framework.EditConflict);
    expect((conflict as framework.EditConflict).current.by).toBe('Alice Analyst');
    expect(((conflict as framework.EditConflict).theirs as Outcome).rating).toBe('critical');
    const saved = findElement((await framework.getVersion(db, 2))!.document, outcomeId)!.item as Outcome;
    expect(saved.rating).toBe('critical');
    expect(saved.title).toBe(outcome.title);
  });

  it('adds and removes elements, keeps the document valid, and refuses a rule-breaking save', async () => {
    const db = database.db;
    const node = await framework.saveNode(db, alice, 2, { id: null, baseRevision: 0 }, { kind: 'activity', title: 'Peer review', annotation: '', refersTo: null });
    expect(node.id).toBe('item:activity-peer-review');
    await framework.saveLink(db, alice, 2, { id: null, baseRevision: 0 }, { from: 'activity-peer-review', to: 'goal-protected', note: null });
    await expect(
      framework.saveLink(db, alice, 2, { id: null, baseRevision: 0 }, { from: 'activity-peer-review', to: 'no-such-node', note: null }),
    ).rejects.toThrow(/there is no node with the key "no-such-node"/);
    await framework.removeElement(db, alice, 2, { id: node.id, baseRevision: 1 });
    const doc = (await framework.getVersion(db, 2))!.document;
    expect(doc.model.nodes.some((n) => n.key === 'activity-peer-review')).toBe(false);
    expect(doc.model.links.some((l) => l.from === 'activity-peer-review')).toBe(false);
  });

  it('takes comments only during consultation, then publishes and supersedes the last version', async () => {
    const db = database.db;
    await expect(framework.addComment(db, bob, 2, outcomeId, { body: 'Too early?' })).rejects.toThrow(/not out for consultation/);
    await framework.setStatus(db, alice, 2, 'consultation');
    await framework.addComment(db, bob, 2, outcomeId, { body: 'Should this be critical?' });
    const v2 = (await framework.getVersion(db, 2))!;
    expect((await framework.listComments(db, v2.id)).map((c) => [c.authorName, c.elementTitle])).toEqual([
      ['Bob Board', 'Children in need are identified early and referred to the right service'],
    ]);
    await framework.setStatus(db, alice, 2, 'published');
    expect((await framework.getVersion(db, 1))!.status).toBe('superseded');
    expect((await framework.currentVersion(db))!.number).toBe(2);
    await expect(framework.setStatus(db, alice, 1, 'published')).rejects.toThrow(/cannot become published/);
  });
});

describe('framework files', () => {
  it('round-trips a version through XLSX', async () => {
    const doc = defaultFramework();
    const back = await readFrameworkFile(await frameworkToXlsx(doc));
    expect(back).toEqual(doc);
  });

  it('names the sheet and cell of each mistake in a workbook, and imports nothing', async () => {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    await workbook.xlsx.load((await frameworkToXlsx(defaultFramework())) as unknown as ExcelJS.Buffer);
    const outcomes = workbook.getWorksheet('Outcomes')!;
    outcomes.getCell('E2').value = 'essential';
    const indicators = workbook.getWorksheet('Indicators')!;
    indicators.getCell('K2').value = '[a.b] / (1 - 1';
    const bad = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = (await framework.listVersions(database.db)).length;
    const error = await framework.importFrameworkFile(database.db, alice, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FrameworkFileError);
    const problems = (error as FrameworkFileError).problems;
    expect(problems).toContainEqual(expect.stringMatching(/^Outcomes sheet, cell E2: must be "critical", "priority" or "universal"/));
    expect(problems).toContainEqual(expect.stringMatching(/^Indicators sheet, cell K2: expected '\)' to close/));
    expect((await framework.listVersions(database.db)).length).toBe(before);
  });

  it('refuses a file of another shape with a clear message', async () => {
    await expect(framework.importFrameworkFile(database.db, alice, Buffer.from('{"rows": []}'))).rejects.toThrow(
      /not a Safeguarding Hub framework file: it has no "format", "model" or "goals"/,
    );
    await expect(framework.importFrameworkFile(database.db, alice, Buffer.from('PK\u0003\u0004 not really'))).rejects.toThrow(/not an Excel workbook/);
  });

  it('imports a JSON file as the next draft', async () => {
    const version = await framework.importFrameworkFile(database.db, alice, Buffer.from(JSON.stringify(defaultFramework())));
    expect(version.number).toBe(3);
    expect(version.status).toBe('draft');
  });
});
