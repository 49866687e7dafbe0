import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneyUser, expectAccessible, signInThroughForm, startJourney, visit, type Journey } from '../support/browser.ts';

let journey: Journey;
let uploadDir: string;
beforeAll(async () => {
  journey = await startJourney();
  // The test app's data dir does not exist; give uploads somewhere to go.
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-e2e-uploads-'));
  journey.t.app.config.uploadDir = uploadDir;
});
afterAll(async () => {
  await journey?.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

const heatCell = (likelihood: string, impact: number) =>
  journey.page.locator('#heat-map-table tbody tr', { hasText: likelihood }).locator('td').nth(impact - 1);

describe('projects and risks journey in Chromium', () => {
  it('a coordinator starts a project, adds a risk, raises its score and sees it move on the heat map and in its history', async () => {
    await createJourneyUser(journey, 'network-coordinator', { email: 'risk-coord@example.org', name: 'Rhea Coordinator', password: 'ochre tundra violin' });
    await signInThroughForm(journey, 'risk-coord@example.org', 'ochre tundra violin');
    const { page } = journey;
    await visit(journey, '/projects');
    await page.getByRole('button', { name: 'Start a project' }).click();
    await page.getByRole('button', { name: 'Save project' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Enter the project’s name');
    await expectAccessible(journey, '/projects/new (error)');
    await page.getByLabel('Name').fill('Datasets project');
    await page.getByLabel('Description (optional)').fill('One dataset every London board returns, with benchmarks.');
    await page.getByRole('button', { name: 'Save project' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Datasets project');
    await expectAccessible(journey, 'project plan');

    await visit(journey, '/projects/datasets-project/risks');
    await page.getByRole('button', { name: 'Add a risk' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Boards miss the return deadline');
    await page.getByLabel('Event', { exact: true }).fill('Several boards send their returns late');
    await page.getByLabel('Category').selectOption('delivery');
    await page.getByLabel('Inherent likelihood').selectOption('2');
    await page.getByLabel('Inherent impact').selectOption('2');
    await page.locator('#nextReviewDate-day').fill('1');
    await page.locator('#nextReviewDate-month').fill('2');
    await page.locator('#nextReviewDate-year').fill('2025');
    await page.getByRole('button', { name: 'Save risk' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Boards miss the return deadline');
    await expectAccessible(journey, 'risk page');

    await visit(journey, '/projects/datasets-project/risks');
    expect(await heatCell('2 Unlikely', 2).textContent()).toContain('1 risk');
    expect(await heatCell('4 Likely', 5).textContent()).not.toContain('1 risk');

    await visit(journey, '/projects/datasets-project/risks/1/edit');
    await page.getByLabel('Inherent likelihood').selectOption('4');
    await page.getByLabel('Inherent impact').selectOption('5');
    await page.getByRole('button', { name: 'Save risk' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').textContent()).toContain('Risk R1 saved');
    await expectAccessible(journey, 'risk page after raising the score');
    const history = page.locator('table', { hasText: 'Every change of likelihood or impact' });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    expect(await history.locator('tbody tr').nth(1).textContent()).toMatch(/Rhea Coordinator[\s\S]*20[\s\S]*Extreme/);
    expect(await page.locator('.hub-chart svg').count()).toBe(1);

    await visit(journey, '/projects/datasets-project/risks');
    expect(await heatCell('2 Unlikely', 2).textContent()).not.toContain('1 risk');
    expect(await heatCell('4 Likely', 5).textContent()).toContain('1 risk');
    await heatCell('4 Likely', 5).getByRole('link').click();
    await expect.poll(() => page.locator('#register ~ table, table').last().textContent()).toContain('Boards miss the return deadline');
    await expectAccessible(journey, 'register filtered to one cell');

    await visit(journey, '/projects/reviews-due');
    expect(await page.locator('table').textContent()).toContain('R1 Boards miss the return deadline');
  });

  it('uploads a published document, publishes the project page and opens it signed out', async () => {
    const { page } = journey;
    await visit(journey, '/projects/datasets-project/plan');
    await page.getByRole('button', { name: 'Upload a document' }).click();
    await expectAccessible(journey, 'upload form');
    await page.getByLabel('Title').fill('Data dictionary');
    await page.getByLabel('File').setInputFiles({ name: 'dictionary.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await page.getByLabel('Published').check();
    await page.getByRole('button', { name: 'Upload document' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Data dictionary');
    await expectAccessible(journey, 'document page');

    await visit(journey, '/projects/datasets-project/edit');
    await page.getByLabel('Publish a public page for this project').check();
    await page.getByRole('button', { name: 'Save project' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').textContent()).toContain('public page is published');

    await journey.context.clearCookies();
    await visit(journey, '/projects/datasets-project');
    expect(await page.locator('h1').textContent()).toBe('Datasets project');
    expect(await page.locator('main').textContent()).toContain('One dataset every London board returns');
    await expect.poll(() => page.getByRole('link', { name: 'Data dictionary' }).count()).toBe(1);
    const response = await page.request.get(await page.getByRole('link', { name: 'Data dictionary' }).getAttribute('href') as string);
    expect(response.status()).toBe(200);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    const register = await page.goto('/projects/datasets-project/risks');
    expect(new URL(register!.url()).pathname).toBe('/sign-in');
    expect(journey.checked.length).toBeGreaterThan(12);
  });

  it('deletes the document after a confirmation naming it, and the public page stops listing it', async () => {
    const { page } = journey;
    await signInThroughForm(journey, 'risk-coord@example.org', 'ochre tundra violin');
    await visit(journey, '/projects/datasets-project/plan');
    await page.getByRole('link', { name: 'Data dictionary' }).click();
    await page.getByRole('button', { name: 'Delete this document' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Are you sure you want to delete Data dictionary?');
    expect(await page.locator('main').textContent()).toContain('dictionary.pdf');
    await expectAccessible(journey, 'delete confirmation');
    await page.getByRole('button', { name: 'Delete document' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').textContent()).toContain('Data dictionary deleted');
    await expectAccessible(journey, 'project plan after deleting');
    await journey.context.clearCookies();
    await visit(journey, '/projects/datasets-project');
    expect(await page.getByRole('link', { name: 'Data dictionary' }).count()).toBe(0);
  });
});
