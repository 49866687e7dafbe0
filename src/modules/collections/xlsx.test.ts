import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import type { Db } from '../../platform/db/types.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { UploadRejected } from '../../platform/files/index.ts';
import { buildZip, deflatedEntry, deflatedZeros } from '../../platform/files/zip-fixtures.ts';
import { genuineXlsx } from '../../platform/files/document-fixtures.ts';
import * as network from '../network/service.ts';
import * as collections from './service.ts';
import { budgetSurveyForm, question } from './fixtures.ts';
import { TemplateRejected } from './xlsx-upload.ts';

let database: Database;
let db: Db;
const actor = systemActor('test');
let camden: string;
let hackney: string;
let collectionId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await network.ensureReferenceData(db);
  camden = (await network.findBoard(db, 'camden'))!.id;
  hackney = (await network.findBoard(db, 'city-and-hackney'))!.id;
  const definition = budgetSurveyForm();
  definition.sections.push({
    title: 'More',
    help: null,
    questions: [
      question('plans', 'number', 'Children on a plan', { min: 0, max: 5000, integer: true }),
      question('share', 'percentage', 'Share reviewed on time'),
      question('lead', 'single-choice', 'Lead partner', { options: ['Police', 'Health', 'Local authority'] }),
      question('themes', 'multiple-choice', 'Themes', {
        options: ['Neglect', 'Exploitation', 'Online harm'],
      }),
      question('met_on', 'date', 'Date the board agreed the figures'),
      question('contact', 'text', 'Contact name'),
    ],
  });
  const form = await collections.createForm(db, actor, { name: 'Budget and more' }, definition);
  const c = await collections.createCollection(db, actor, {
    name: 'Budget survey 2024-25',
    kind: 'survey',
    period: '2024-25',
    formId: form.id,
    audience: 'all',
    opensOn: '2025-01-01',
    closesOn: '2099-01-01',
  });
  await collections.openCollection(db, actor, c.id);
  collectionId = c.id;
});
afterAll(async () => database?.close());

async function edit(buffer: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const rowOf = (wb: ExcelJS.Workbook, code: string) => {
  const ws = wb.getWorksheet('Return')!;
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code) return ws.getRow(r);
  throw new Error(`no row for ${code}`);
};

describe('XLSX template round trip', () => {
  it('a filled-in template uploads every kind of answer, and a new template carries them back', async () => {
    const { buffer } = await collections.returnTemplate(db, collectionId, camden);
    const filled = await edit(buffer, (wb) => {
      rowOf(wb, 'budget_total').getCell(3).value = 180_000;
      rowOf(wb, 'plans').getCell(3).value = 312;
      rowOf(wb, 'share').getCell(3).value = '87.5%';
      rowOf(wb, 'lead').getCell(3).value = 'police';
      rowOf(wb, 'themes').getCell(3).value = 'Neglect; Online harm';
      rowOf(wb, 'met_on').getCell(3).value = new Date(Date.UTC(2025, 2, 31));
      rowOf(wb, 'contact').getCell(3).value = { richText: [{ text: 'Sam ' }, { text: 'Jones' }] };
      const table = wb.getWorksheet('Table 1')!;
      table.getCell('B4').value = 100_000;
      table.getCell('C4').value = 110_000;
      table.getCell('C5').value = 50_000;
    });
    const result = await collections.uploadReturn(db, actor, {
      collectionId,
      boardId: camden,
      fileName: 'camden.xlsx',
      buffer: filled,
    });
    expect(result.changed.sort()).toEqual([
      'budget_total',
      'contact',
      'contributions',
      'lead',
      'met_on',
      'plans',
      'share',
      'themes',
    ]);
    const row = (await collections.getReturn(db, collectionId, camden))!;
    expect(row.answers).toMatchObject({
      budget_total: 180000,
      plans: 312,
      share: 87.5,
      lead: 'Police',
      themes: ['Neglect', 'Online harm'],
      met_on: '2025-03-31',
      contact: 'Sam Jones',
      contributions: [
        [100000, 110000],
        [null, 50000],
        [null, null],
        [null, null],
        [null, null],
      ],
    });

    const again = await collections.returnTemplate(db, collectionId, camden);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(again.buffer as unknown as ArrayBuffer);
    expect(rowOf(wb, 'plans').getCell(3).value).toBe(312);
    expect(wb.getWorksheet('Table 1')!.getCell('C5').value).toBe(50000);
    expect(wb.getWorksheet('Instructions')!.getCell('A1').value).toBe(
      `Budget survey 2024-25: ${(await network.findBoard(db, camden))!.name}`,
    );
    // Labels are locked, answers open, and the answer cells validated.
    const ws = wb.getWorksheet('Return')!;
    expect(rowOf(wb, 'plans').getCell(2).protection?.locked).not.toBe(false);
    expect(rowOf(wb, 'plans').getCell(3).protection?.locked).toBe(false);
    expect(rowOf(wb, 'plans').getCell(3).dataValidation).toMatchObject({
      type: 'whole',
      operator: 'between',
      formulae: [0, 5000],
    });
    expect((ws as unknown as { sheetProtection?: { sheet: boolean } }).sheetProtection?.sheet).toBe(true);
    // An unchanged template uploads with nothing to change.
    expect(
      (
        await collections.uploadReturn(db, actor, {
          collectionId,
          boardId: camden,
          fileName: 'c.xlsx',
          buffer: again.buffer,
        })
      ).changed,
    ).toEqual([]);
  });

  it('gives a message per cell for text in a number cell and an out-of-bounds value, and saves nothing', async () => {
    const before = (await collections.getReturn(db, collectionId, hackney))!;
    const { buffer } = await collections.returnTemplate(db, collectionId, hackney);
    const bad = await edit(buffer, (wb) => {
      rowOf(wb, 'plans').getCell(3).value = 'about 40';
      rowOf(wb, 'share').getCell(3).value = 130;
      rowOf(wb, 'contact').getCell(3).value = 'Kept?';
      wb.getWorksheet('Table 1')!.getCell('B5').value = 'n/a';
    });
    const error = (await collections
      .uploadReturn(db, actor, { collectionId, boardId: hackney, fileName: 'h.xlsx', buffer: bad })
      .catch((e) => e)) as collections.AnswerErrors;
    expect(error).toBeInstanceOf(collections.AnswerErrors);
    expect(error.problems.map((p) => `${p.cell}: ${p.message}`)).toEqual([
      'Table 1!B4: ‘Contributions by partner agency’, Police – 2023-24 must be a number',
      expect.stringMatching(/^Return!C\d+: ‘Children on a plan’ must be a number$/),
      expect.stringMatching(/^Return!C\d+: ‘Share reviewed on time’ must be between 0 and 100$/),
    ]);
    expect((await collections.getReturn(db, collectionId, hackney))!).toMatchObject({
      answers: before.answers,
      revision: before.revision,
    });
  });

  it('refuses another board’s template, a changed layout, a workbook that is not a template, a non-XLSX file and a zip bomb', async () => {
    const camdenTemplate = (await collections.returnTemplate(db, collectionId, camden)).buffer;
    const upload = (buffer: Buffer, fileName = 'x.xlsx') =>
      collections
        .uploadReturn(db, actor, { collectionId, boardId: hackney, fileName, buffer })
        .catch((e) => e);

    const other = await upload(camdenTemplate);
    expect(other).toBeInstanceOf(TemplateRejected);
    expect(other.message).toMatch(/^This template is for another board, not .*Hackney/);

    const own = (await collections.returnTemplate(db, collectionId, hackney)).buffer;
    const moved = await edit(own, (wb) => wb.getWorksheet('Return')!.spliceRows(3, 0, ['inserted row']));
    expect((await upload(moved)).message).toMatch(
      /^The spreadsheet’s layout has been changed \(Return!A\d+ should hold the code/,
    );
    const renamed = await edit(
      own,
      (wb) => (wb.getWorksheet('Table 1')!.getCell('A5').value = 'Police and fire'),
    );
    expect((await upload(renamed)).message).toContain('Table 1!A5 should hold the row “Police”');

    const notOurs = await upload(await genuineXlsx());
    expect(notOurs.message).toBe(
      'This is not a return template from Safeguarding Hub. Download the template for your board from the return’s page and upload that.',
    );

    const csv = await upload(Buffer.from('code,answer\nplans,4\n'), 'return.xlsx');
    expect(csv).toBeInstanceOf(UploadRejected);
    expect(csv.message).toContain('XLSX');

    const bomb = buildZip([
      deflatedEntry('[Content_Types].xml', '<Types/>'),
      deflatedEntry('xl/workbook.xml', '<workbook/>'),
      await deflatedZeros('xl/worksheets/sheet1.xml', 200 * 1024 * 1024),
    ]);
    const bombed = await upload(bomb);
    expect(bombed).toBeInstanceOf(UploadRejected);
    expect((await collections.getReturn(db, collectionId, hackney))!.revision).toBe(0);
  });

  it('a template downloaded before someone else saved is refused as a conflict', async () => {
    const stale = (await collections.returnTemplate(db, collectionId, hackney)).buffer;
    await collections.saveAnswers(db, systemActor('Other person'), {
      collectionId,
      boardId: hackney,
      revision: 0,
      answers: { plans: '10' },
    });
    const filled = await edit(stale, (wb) => (rowOf(wb, 'plans').getCell(3).value = 12));
    const conflict = await collections
      .uploadReturn(db, actor, { collectionId, boardId: hackney, fileName: 'h.xlsx', buffer: filled })
      .catch((e) => e);
    expect(conflict).toBeInstanceOf(collections.ReturnConflict);
    expect(conflict.message).toContain('Other person saved this return');
  });
});
