import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createJourneyUser,
  expectAccessible,
  signInThroughForm,
  startJourney,
  visit,
  type Journey,
} from '../support/browser.ts';

let journey: Journey;
const people = {
  coordinator: { email: 'cora@example.org', name: 'Cora Ordinator', password: 'meadow lantern quartz' },
  camden: {
    email: 'hannah@example.org',
    name: 'Hannah Camden',
    password: 'copper kettle harbour',
    board: 'camden',
  },
  hackney: {
    email: 'tomasz@example.org',
    name: 'Tomasz Hackney',
    password: 'violet anchor summit',
    board: 'city-and-hackney',
  },
  admin: { email: 'ada@example.org', name: 'Ada Admin', password: 'granite willow parade' },
};
let returnUrl = '';
let collectionUrl = '';

beforeAll(async () => {
  journey = await startJourney();
  await createJourneyUser(journey, 'network-coordinator', people.coordinator);
  await createJourneyUser(journey, 'board-manager', people.camden);
  await createJourneyUser(journey, 'board-manager', people.hackney);
  await createJourneyUser(journey, 'network-admin', people.admin);
});
afterAll(async () => journey?.close());

async function signInAs(who: keyof typeof people) {
  await journey.context.clearCookies();
  await signInThroughForm(journey, people[who].email, people[who].password);
}

const heading = () => journey.page.locator('h1').textContent();
const banner = () => journey.page.locator('.govuk-notification-banner').first().textContent();

describe('a dataset return from pilot boards, in Chromium', () => {
  it('a coordinator confirms the pilots, generates the return form from the framework, and opens it to the pilots', async () => {
    const { page } = journey;
    await signInAs('coordinator');
    await visit(journey, '/collections');
    await visit(journey, '/collections/pilots');
    await page.getByRole('button', { name: /^Confirm Camden/ }).click();
    await expect.poll(banner).toContain('Pilot status saved');
    await page.getByRole('button', { name: /^Confirm City and Hackney/ }).click();
    await expect.poll(banner).toContain('Pilot status saved');
    await expectAccessible(journey, 'pilots after confirming');

    await visit(journey, '/collections/forms/new');
    await page.getByLabel('Name').fill('Dataset return 2024-25');
    await page.getByLabel('The framework’s indicators (a dataset return)').check();
    await page.getByRole('button', { name: 'Create form' }).click();
    await expect.poll(heading).toBe('Dataset return 2024-25');
    expect(await page.locator('main').textContent()).toContain('cp_plans_open_2_years_or_more');
    await expectAccessible(journey, 'generated form');

    await page.getByRole('button', { name: 'Start a collection with this form' }).click();
    await expect.poll(heading).toBe('Start a collection');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('.govuk-error-summary').textContent())
      .toContain('Enter the collection’s name');
    await expectAccessible(journey, 'collection form with errors');
    await page.getByLabel('Name').fill('Dataset return 2024-25');
    await page.getByLabel('Dataset return').check();
    await page.getByLabel('Period').fill('2024-25');
    await page.getByLabel('The pilot boards').check();
    await page.getByLabel('Opens on').fill('2025-04-01');
    await page.getByLabel('Closes on').fill('2099-06-30');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(heading).toBe('Dataset return 2024-25');
    collectionUrl = new URL(page.url()).pathname;

    await page.getByLabel('Left side').fill('{cp_plans_open_2_years_or_more}');
    await page.getByLabel('Must be').selectOption('<=');
    await page.getByLabel('Right side').fill('{cp_plans_at_31_march}');
    await page.getByLabel('Importance').selectOption('high');
    await page
      .getByLabel('Message for boards when it is broken')
      .fill('Plans open two years or more cannot outnumber all plans');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(banner).toContain('Validation rule added');
    await page.getByRole('button', { name: 'Open to the pilot boards' }).click();
    await expect.poll(banner).toContain('Collection opened');
    expect(await page.locator('main').textContent()).toMatch(/0 of 2\s*boards have replied/);
    await expectAccessible(journey, 'collection overview');
  });

  it('a board manager fills part on the web, uploads the rest as XLSX, fixes the broken rule and submits', async () => {
    const { page } = journey;
    await signInAs('camden');
    await visit(journey, '/collections');
    await page.getByRole('link', { name: 'Dataset return 2024-25' }).click();
    await expect.poll(heading).toBe('Dataset return 2024-25');
    returnUrl = new URL(page.url()).pathname;
    await expectAccessible(journey, 'return page');
    await page.locator('#q_cp_plans_at_31_march').fill('150');
    await page.getByRole('button', { name: 'Save and come back later' }).click();
    await expect.poll(banner).toContain('Your answers are saved');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download your board’s template/ }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    wb.getWorksheet('Return')!.eachRow((row) => {
      if (row.getCell(1).value === 'cp_plans_at_31_march') expect(row.getCell(3).value).toBe(150);
      if (row.getCell(1).value === 'cp_plans_open_2_years_or_more') row.getCell(3).value = 210;
      if (row.getCell(1).value === 'cp_reviews_on_time') row.getCell(3).value = 141;
    });
    const filled = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'return-')), 'camden-return.xlsx');
    fs.writeFileSync(filled, Buffer.from(await wb.xlsx.writeBuffer()));
    await page.getByLabel('Upload the filled-in template').setInputFiles(filled);
    await page.getByRole('button', { name: 'Upload spreadsheet' }).click();
    await expect.poll(banner).toContain('Spreadsheet uploaded: 2 answers changed');
    await expect
      .poll(() => page.locator('#question-cp_plans_open_2_years_or_more').textContent())
      .toContain('Plans open two years or more cannot outnumber all plans');
    await expectAccessible(journey, 'return with a broken rule');

    await page.locator('#q_cp_plans_open_2_years_or_more').fill('12');
    await page.getByRole('button', { name: 'Save and submit' }).click();
    await expect.poll(banner).toContain('Your return is submitted');
    expect(await page.locator('main').textContent()).not.toContain('cannot outnumber');
    await expectAccessible(journey, 'submitted return');
  });

  it('the coordinator sends it back with a comment; the board fixes it and resubmits; the coordinator accepts', async () => {
    const { page } = journey;
    await signInAs('coordinator');
    await visit(journey, returnUrl);
    await page.getByLabel('Send it back to the board').check();
    await page
      .getByLabel('Comment for the board')
      .fill('Reviews on time look low against last year: please check.');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(banner).toContain('return sent back');

    await signInAs('camden');
    await visit(journey, returnUrl);
    expect(await banner()).toContain('Reviews on time look low against last year');
    await page.locator('#q_cp_reviews_on_time').fill('146');
    await page.getByRole('button', { name: 'Save and submit' }).click();
    await expect.poll(banner).toContain('Your return is submitted');

    await signInAs('coordinator');
    await visit(journey, returnUrl);
    expect(await page.locator('main').textContent()).toContain('Changes to submitted answers');
    await page.getByLabel('Accept the return').check();
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(banner).toContain('return accepted');
    await expectAccessible(journey, 'accepted return');
  });

  it('completeness shows 1 of 2, a reminder goes to the board that has not replied, and the value is in the benchmark', async () => {
    const { page } = journey;
    await visit(journey, collectionUrl);
    expect(await page.locator('main').textContent()).toMatch(/1 of 2\s*boards have replied/);
    await page.getByRole('button', { name: /^Remind now City and Hackney/ }).click();
    await expect.poll(banner).toContain('Reminder sent to City and Hackney');
    await expectAccessible(journey, 'completeness after reminding');
    await visit(journey, '/collections/network');
    await visit(journey, `${collectionUrl}/results`);
    await visit(journey, '/collections/forms');

    await visit(journey, '/statistics/datasets/board-returns/measures/cp_plans_at_31_march?period=2024-25');
    expect(await page.locator('main').textContent()).toContain('150');

    await signInAs('admin');
    await visit(journey, '/admin/outbox');
    const outbox = await page.locator('main').textContent();
    expect(outbox).toContain(people.hackney.email);
    expect(outbox).toContain('Reminder: Dataset return 2024-25');
  });
});
