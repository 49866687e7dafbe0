import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, csrfFrom, signedInAs, type TestApp } from '../../../tests/support/app.ts';
import { systemActor } from '../../platform/audit/service.ts';
import * as service from './service.ts';
import { budgetSurveyForm, question } from './fixtures.ts';

let t: TestApp;
let coordinator: Awaited<ReturnType<typeof signedInAs>>;
let camdenManager: Awaited<ReturnType<typeof signedInAs>>;
let barnetManager: Awaited<ReturnType<typeof signedInAs>>;
let collectionId: string;
const actor = systemActor('test');

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signedInAs(t, 'network-coordinator');
  camdenManager = await signedInAs(t, 'board-manager', 'camden');
  barnetManager = await signedInAs(t, 'board-manager', 'barnet');
  const db = t.database.db;
  const definition = budgetSurveyForm();
  definition.sections.push({
    title: 'Plans',
    help: null,
    questions: [
      question('plans', 'number', 'Children on a plan', { min: 0, integer: true }),
      question('plans_2y', 'number', 'Of which 2 years or more', { min: 0 }),
    ],
  });
  const form = await service.createForm(db, actor, { name: 'Budget' }, definition);
  const c = await service.createCollection(db, actor, {
    name: 'Budget survey',
    kind: 'survey',
    period: '2024-25',
    formId: form.id,
    audience: 'all',
    opensOn: '2025-01-01',
    closesOn: '2099-12-31',
    budgetTable: 'contributions',
    budgetTotal: 'budget_total',
  });
  await service.addRule(db, actor, c.id, {
    left: '{plans_2y}',
    operator: '<=',
    right: '{plans}',
    importance: 'high',
    message: 'Cannot be more than all plans',
  });
  await service.openCollection(db, actor, c.id);
  collectionId = c.id;
}, 120_000);
afterAll(async () => t?.close());

function multipart(file: { name: string; content: Buffer }) {
  const boundary = '----hubtest' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(session: typeof coordinator, url: string, file: { name: string; content: Buffer }) {
  const page = await session.get(url);
  session.jar.take(page);
  const body = multipart(file);
  return t.app.inject({
    method: 'POST',
    url: `${url}/upload?_csrf=${encodeURIComponent(csrfFrom(page.body))}`,
    headers: { cookie: session.jar.header, 'content-type': body.contentType },
    payload: body.payload,
  });
}

describe('collections pages', () => {
  it('sends signed-out visitors to sign in and answers the API with 401', async () => {
    expect((await t.app.inject({ url: '/collections' })).statusCode).toBe(302);
    expect((await t.app.inject({ url: `/collections/${collectionId}/returns/camden` })).statusCode).toBe(302);
    expect((await t.app.inject({ url: '/api/v1/collections' })).statusCode).toBe(401);
  });

  it('shows board managers “Your returns”, and keeps another board’s return and unpublished results from them', async () => {
    const list = await camdenManager.get('/collections');
    expect(list.body).toContain('Your returns');
    expect(list.body).toContain(`/collections/${collectionId}/returns/camden`);
    expect((await camdenManager.get(`/collections/${collectionId}/returns/barnet`)).statusCode).toBe(403);
    expect((await camdenManager.get(`/collections/${collectionId}/results`)).statusCode).toBe(403);
    expect((await camdenManager.get(`/collections/${collectionId}`)).statusCode).toBe(403);
    expect(
      (
        await camdenManager.post(
          `/collections/${collectionId}/returns/barnet`,
          { revision: '0' },
          `/collections/${collectionId}/returns/camden`,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('a coordinator builds a form question by question, with errors kept on the page', async () => {
    const created = await coordinator.post(
      '/collections/forms/new',
      { name: 'Scoping exercise', start: 'blank' },
      '/collections/forms/new',
    );
    expect(created.statusCode).toBe(303);
    const formUrl = created.headers.location as string;
    const bad = await coordinator.post(
      `${formUrl}/questions/new`,
      { code: 'Bad Code', kind: 'single-choice', label: '', options: 'Only one' },
      `${formUrl}/questions/new`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a code of lower-case letters');
    expect(bad.body).toContain('Enter the question');
    expect(bad.body).toContain('Only one');
    const ok = await coordinator.post(
      `${formUrl}/questions/new`,
      {
        newSection: 'About your board',
        code: 'has_scrutineer',
        kind: 'single-choice',
        label: 'Do you have an independent scrutineer?',
        options: 'Yes\nNo',
        required: 'yes',
      },
      `${formUrl}/questions/new`,
    );
    expect(ok.statusCode).toBe(303);
    const page = await coordinator.get(formUrl);
    expect(page.body).toContain('Do you have an independent scrutineer?');
    expect(page.body).toContain('About your board');
    const generated = await coordinator.post(
      '/collections/forms/new',
      { name: 'Dataset return 2024-25', start: 'framework', frameworkVersion: '0' },
      '/collections/forms/new',
    );
    expect(generated.statusCode).toBe(303);
    expect((await coordinator.get(generated.headers.location as string)).body).toContain(
      'cp_plans_open_2_years_or_more',
    );
  });

  it('saves a return on the web, shows broken rules beside the questions, and keeps typed values on errors', async () => {
    const url = `/collections/${collectionId}/returns/camden`;
    const bad = await camdenManager.post(
      url,
      { revision: '0', q_plans: 'lots', q_plans_2y: '3', 'q_contributions-r0-c0': '12' },
      url,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('‘Children on a plan’ must be a number');
    expect(bad.body).toContain('value="lots"');
    const saved = await camdenManager.post(url, { revision: '0', q_plans: '10', q_plans_2y: '30' }, url);
    expect(saved.statusCode).toBe(303);
    const page = await camdenManager.get(url);
    expect(page.body).toContain('Cannot be more than all plans');
    expect(page.body).toMatch(/1 validation rule is\s+not met/);
  });

  it('tells the second of two people editing at once, and shows both answers', async () => {
    const url = `/collections/${collectionId}/returns/barnet`;
    const other = await signedInAs(t, 'board-manager', 'barnet');
    expect((await barnetManager.post(url, { revision: '0', q_plans: '40' }, url)).statusCode).toBe(303);
    const second = await other.post(url, { revision: '0', q_plans: '44' }, url);
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('saved this return while you were editing it');
    expect(second.body).toMatch(
      /<td class="govuk-table__cell">40<\/td><td class="govuk-table__cell">44<\/td>/,
    );
  });

  it('uploads a filled-in template, and refuses another board’s template with a message', async () => {
    const url = `/collections/${collectionId}/returns/camden`;
    const template = await camdenManager.get(`${url}/template.xlsx`);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Return')!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'plans_2y') row.getCell(3).value = 4;
      if (row.getCell(1).value === 'budget_total') row.getCell(3).value = 1000;
    });
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const ok = await upload(camdenManager, url, { name: 'camden.xlsx', content: filled });
    expect(ok.statusCode).toBe(303);
    const page = await camdenManager.get(url);
    expect(page.body).toContain('Spreadsheet uploaded: 2 answers changed');
    expect(page.body).not.toContain('Cannot be more than all plans');

    const barnetTemplate = await barnetManager.get(
      `/collections/${collectionId}/returns/barnet/template.xlsx`,
    );
    const wrong = await upload(camdenManager, url, {
      name: 'barnet.xlsx',
      content: barnetTemplate.rawPayload,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('This template is for another board');
    const notXlsx = await upload(camdenManager, url, {
      name: 'return.xlsx',
      content: Buffer.from('just text'),
    });
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.body).toContain('The selected file must be XLSX.');
  });

  it('submits; the coordinator sends it back with a comment; it is resubmitted and accepted; completeness counts it', async () => {
    const url = `/collections/${collectionId}/returns/camden`;
    const page = await camdenManager.get(url);
    const revision = /name="revision" value="(\d+)"/.exec(page.body)![1]!;
    expect((await camdenManager.post(`${url}/submit`, { revision }, url)).statusCode).toBe(303);
    const missingComment = await coordinator.post(`${url}/review`, { decision: 'return' }, url);
    expect(missingComment.statusCode).toBe(400);
    expect(missingComment.body).toContain('Say what the board needs to fix');
    expect(
      (
        await coordinator.post(
          `${url}/review`,
          { decision: 'return', comment: 'Budget total looks wrong' },
          url,
        )
      ).statusCode,
    ).toBe(303);
    const returned = await camdenManager.get(url);
    expect(returned.body).toContain('What to fix');
    expect(returned.body).toContain('Budget total looks wrong');
    const rev = /name="revision" value="(\d+)"/.exec(returned.body)![1]!;
    expect(
      (
        await camdenManager.post(
          url,
          { revision: rev, then: 'submit', q_plans: '10', q_plans_2y: '4', q_budget_total: '1200' },
          url,
        )
      ).statusCode,
    ).toBe(303);
    expect((await coordinator.post(`${url}/review`, { decision: 'accept' }, url)).statusCode).toBe(303);
    const overview = await coordinator.get(`/collections/${collectionId}`);
    expect(overview.body).toMatch(/<strong>1 of \d+<\/strong> boards have replied/);
    const history = await camdenManager.get(url);
    expect(history.body).toContain('Changes to submitted answers');
    const api = await coordinator.get(`/api/v1/collections/${collectionId}/completeness`);
    expect(JSON.parse(api.body).completeness).toMatchObject({ submitted: 1, accepted: 1 });
  });

  it('“remind now” puts a reminder in the outbox for a board that has not replied', async () => {
    const res = await coordinator.post(
      `/collections/${collectionId}/remind/barnet`,
      {},
      `/collections/${collectionId}`,
    );
    expect(res.statusCode).toBe(303);
    const outbox = await coordinator.get('/collections/network');
    expect(outbox.statusCode).toBe(200);
    const camden = await coordinator.post(
      `/collections/${collectionId}/remind/camden`,
      {},
      `/collections/${collectionId}`,
    );
    expect(camden.statusCode).toBe(409);
  });

  it('publishes results to every member with small numbers suppressed, and flags budget returns', async () => {
    const coordinatorView = await coordinator.get(`/collections/${collectionId}/results`);
    expect(coordinatorView.body).toContain('No contribution from');
    await coordinator.post(
      `/collections/${collectionId}/status`,
      { action: 'publish' },
      `/collections/${collectionId}`,
    );
    const member = await signedInAs(t, 'board-member', 'ealing');
    const published = await member.get(`/collections/${collectionId}/results`);
    expect(published.statusCode).toBe(200);
    expect(published.body).toContain('shown as <strong>c</strong>');
    const csv = await member.get(`/collections/${collectionId}/results?format=csv`);
    expect(csv.body).toContain('Children on a plan');
  });
});
