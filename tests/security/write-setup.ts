import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { systemActor } from '../../src/platform/audit/service.ts';
import * as collections from '../../src/modules/collections/service.ts';
import { question } from '../../src/modules/collections/forms.ts';
import * as framework from '../../src/modules/framework/service.ts';
import { firstValue, type Role, type SecurityFixture } from './fixture.ts';

// What writing routes need before a person can use them (a form no collection uses, an open
// framework version, a filled-in template), made through the services, as the audit
// coverage check's setup.

export type Fields = Record<string, string | string[]>;

export const actor = systemActor('audit coverage setup');
export const db = (fx: SecurityFixture) => fx.t.database.db;

export async function userIdOf(fx: SecurityFixture, role: Exclude<Role, 'signed-out'>): Promise<string> {
  const email = fx.sessions[role].email;
  return firstValue(fx.t, sql`select id as v from users where email = ${email}`);
}

/** The framework's open version (draft or out for consultation), started from the published one when there is none. */
export async function openFrameworkVersion(fx: SecurityFixture, status: 'draft' | 'consultation' = 'draft') {
  const versions = await framework.listVersions(db(fx));
  const open = versions.find((v) => framework.isOpen(v.status));
  const published = versions.find((v) => v.status === 'published') ?? versions[0]!;
  const number = open?.number ?? (await framework.startDraft(db(fx), actor, published.number)).number;
  if ((open?.status ?? 'draft') !== status) await framework.setStatus(db(fx), actor, number, status);
  return framework.requireVersion(db(fx), number);
}

export async function frameworkOutcomes(fx: SecurityFixture, status: 'draft' | 'consultation' = 'draft') {
  const version = await openFrameworkVersion(fx, status);
  const outcomes = version.document.goals.flatMap((g) => [
    ...g.outcomes,
    ...g.headings.flatMap((h) => [...h.outcomes, ...h.subHeadings.flatMap((s) => s.outcomes)]),
  ]);
  return { number: version.number, outcomes };
}

/** A form no collection uses yet, so its questions may change: one section with question q_one. */
export async function draftForm(fx: SecurityFixture): Promise<string> {
  const definition = {
    sections: [{ title: 'Questions', help: null, questions: [question('q_one', 'number', 'How many?')] }],
  };
  return (
    await collections.createForm(db(fx), actor, { name: `Coverage draft form ${Date.now()}` }, definition)
  ).id;
}

/** Board A's return template with one answer typed in, as a board would send it back. */
export async function filledTemplate(fx: SecurityFixture, code: string, value: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await collections.returnTemplate(db(fx), fx.collectionId, fx.boardA.id))
      .buffer as unknown as ArrayBuffer,
  );
  const sheet = workbook.getWorksheet('Return')!;
  for (let r = 1; r <= sheet.rowCount; r++)
    if (sheet.getCell(r, 1).value === code) sheet.getCell(r, 3).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A meeting (not an event) and its items, attendance and actions as they are now: routes
 * probed earlier may have deleted the first ones. Chosen by date and position, so every run
 * probes the same ones.
 */
const latestOf = (fx: SecurityFixture, table: 'agenda_items' | 'meeting_attendance' | 'meeting_actions') =>
  firstValue(
    fx.t,
    sql`select x.id as v from ${sql.identifier(table)} x join meetings m on m.id = x.meeting_id
        where m.kind = 'meeting' order by m.date desc, m.title, x.position, x.id limit 1`,
  );
export const someMeeting = (fx: SecurityFixture) =>
  firstValue(
    fx.t,
    sql`select id as v from meetings where kind = 'meeting' order by date desc, title limit 1`,
  );
export const someItem = (fx: SecurityFixture) => latestOf(fx, 'agenda_items');
export const someAttendance = (fx: SecurityFixture) => latestOf(fx, 'meeting_attendance');
export const someAction = (fx: SecurityFixture) => latestOf(fx, 'meeting_actions');

export const collectionFields = (fx: SecurityFixture, name: string): Fields => ({
  name,
  kind: 'survey',
  period: '2025-26',
  formId: fx.formId,
  audience: 'all',
  opensOn: '2025-01-01',
  closesOn: '2099-12-31',
  reminderFirstAfterDays: '7',
  reminderEveryDays: '7',
  reminderMax: '3',
});

/** A collection still in draft, on the fixture's form. */
export async function draftCollection(fx: SecurityFixture): Promise<string> {
  const input = collectionFields(fx, `Coverage draft collection ${Date.now()}`) as Record<string, string>;
  return (await collections.createCollection(db(fx), actor, input as unknown as collections.CollectionInput))
    .id;
}
