import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/audit/service.ts';
import { importEesFile, importNeighbours } from '../../src/modules/statistics/service.ts';
import { sharedPath } from '../support/shared.ts';
import { createJourneyUser, expectAccessible, signInThroughForm, startJourney, visit, type Journey } from '../support/browser.ts';

const dfe = (name: string) => sharedPath('data', 'dfe', name);
let journey: Journey;

beforeAll(async () => {
  journey = await startJourney();
  // The population figures and the neighbour model come in through the service; the referrals file through the page.
  await importEesFile(journey.t.database.db, systemActor('test'), dfe('ons_mid-year_population_estimates_2012_to_2024.csv'));
  await importNeighbours(journey.t.database.db, systemActor('test'), dfe('sn_model_2025_wide.csv'));
});
afterAll(async () => journey?.close());

describe('statistics journey in Chromium', () => {
  it('a coordinator imports a DfE file, then reads an area profile and a measure page with charts and tables', async () => {
    const { page } = journey;
    await createJourneyUser(journey, 'network-coordinator', { email: 'stats@example.org', name: 'Sam Statistician', password: 'violet anchor meadow' });
    await signInThroughForm(journey, 'stats@example.org', 'violet anchor meadow');

    await visit(journey, '/statistics');
    await visit(journey, '/statistics/import');
    await page.getByRole('button', { name: 'Check and import' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Select an EES data file');
    await expectAccessible(journey, '/statistics/import (error)');
    await page.getByLabel('Data file').setInputFiles(dfe('c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv'));
    await page.getByRole('button', { name: 'Check and import' }).click();
    await expect.poll(() => page.locator('.govuk-panel').textContent(), { timeout: 60_000 }).toContain('values imported');
    await expectAccessible(journey, 'import result');

    await visit(journey, '/statistics');
    await page.getByLabel('Area').selectOption('E09000012');
    await page.getByRole('button', { name: 'Show profile' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hackney');
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThan(5);
    await expectAccessible(journey, 'Hackney profile');

    await page.getByRole('link', { name: 'rereferral percent' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('rereferral percent');
    await expectAccessible(journey, 'measure page');
    await page.getByLabel('Compare with').selectOption('neighbours:E09000012');
    await page.getByRole('button', { name: 'Update' }).click();
    await expect.poll(() => page.locator('h2').first().textContent()).toContain('Statistical neighbours of Hackney');
    for (const caption of ['Where each area sits', 'Trend', 'London boroughs']) {
      const figure = page.locator('figure', { has: page.getByRole('heading', { name: caption }) });
      expect(await figure.locator('svg').count(), caption).toBe(1);
      expect(await figure.locator('table tbody tr').count(), caption).toBeGreaterThan(0);
    }
    await expectAccessible(journey, 'measure page against neighbours');

    await page.getByLabel('Lower is better').check();
    await page.getByRole('button', { name: 'Save polarity' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').textContent()).toContain('Polarity saved');
    await expectAccessible(journey, 'measure page after polarity');

    await visit(journey, '/statistics/datasets/c1_children_in_need_referrals_and_rereferrals_2013_to_2025');
    await visit(journey, '/statistics/groups/new');
    await page.getByLabel('Name').fill('North London');
    await page.getByLabel('Camden (E09000007)').check();
    await page.getByLabel('Islington (E09000019)').check();
    await page.getByRole('button', { name: 'Create group' }).click();
    await expect.poll(() => page.locator('table').textContent()).toContain('North London');
    await expectAccessible(journey, 'comparator groups');
    await visit(journey, '/statistics/neighbours');
  });
});
