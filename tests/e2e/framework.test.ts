import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneyUser, expectAccessible, signInThroughForm, startJourney, visit, type Journey } from '../support/browser.ts';
import { loadFrameworkDemo } from '../../src/modules/framework/demo.ts';

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney();
  await journey.t.database.db.transaction((tx) => loadFrameworkDemo(tx));
});
afterAll(async () => journey?.close());

describe('framework journey in Chromium', () => {
  it('a coordinator reads the model, drafts a re-rating, publishes it and sees what changed', async () => {
    await createJourneyUser(journey, 'network-coordinator', { email: 'fw@example.org', name: 'Fran Work', password: 'orchard lamp violet' });
    await signInThroughForm(journey, 'fw@example.org', 'orchard lamp violet');
    const { page } = journey;

    await visit(journey, '/framework');
    await page.getByRole('link', { name: 'Logic model (version 1)' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Logic model');
    expect(await page.locator('svg.hub-logic-model').count()).toBe(1);
    expect(await page.locator('#model-list ~ ul li').count()).toBeGreaterThan(15);
    await expectAccessible(journey, 'logic model');

    for (const path of ['/framework/versions/1', '/framework/versions/1/hierarchy', '/framework/versions/1/outcomes', '/framework/versions/1/indicators/ind-referrals-nfa', '/framework/versions/1/best-fit', '/framework/import']) {
      await visit(journey, path);
    }

    await page.goto('/framework');
    await page.getByRole('button', { name: 'Start a new draft from version 1' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Version 2');
    await expectAccessible(journey, 'draft version 2');

    await page.getByRole('link', { name: 'Goals, outcomes and indicators', exact: true }).first().click();
    await expectAccessible(journey, 'draft hierarchy');
    await page.getByRole('link', { name: 'Change Children in need are identified early and referred to the right service' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Change an outcome');
    await expectAccessible(journey, 'outcome form');
    await page.getByLabel('Goes under').selectOption('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Choose the goal or heading this outcome goes under');
    await expectAccessible(journey, 'outcome form (error)');
    await page.getByLabel('Goes under').selectOption('heading-early-help-and-referral');
    await page.getByLabel('Critical').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').textContent()).toContain('Outcome saved');
    await expectAccessible(journey, 'hierarchy after saving');

    await page.goto('/framework/versions/2');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').textContent()).toContain('Version 2 is now published');
    await expectAccessible(journey, 'published version 2');

    await page.getByRole('link', { name: 'What changed' }).click();
    await expect.poll(() => page.locator('h2').first().textContent()).toContain('Version 1 to version 2');
    expect(await page.locator('table').textContent()).toContain(
      'Outcome "Children in need are identified early and referred to the right service" re-rated from Priority outcome to Critical.',
    );
    await expectAccessible(journey, 'what changed');
    expect(journey.checked.length).toBeGreaterThan(12);
  });
});
