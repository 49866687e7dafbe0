import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneyUser, expectAccessible, signInThroughForm, startJourney, visit, type Journey } from '../support/browser.ts';

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney();
});
afterAll(async () => journey?.close());

describe('foundation journey in Chromium', () => {
  it('a signed-out visitor sees the start page and a sign-in form, and a wrong password gives an error summary', async () => {
    await visit(journey, '/');
    await journey.page.goto('/sign-in');
    await journey.page.getByLabel('Email address').fill('nobody@example.org');
    await journey.page.getByLabel('Password', { exact: true }).fill('not the password');
    await journey.page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => journey.page.locator('.govuk-error-summary').textContent()).toContain('Enter a correct email address and password');
    await expectAccessible(journey, '/sign-in (error)');
  });

  it('a coordinator signs in, browses the directory and adds a person and a group member', async () => {
    await createJourneyUser(journey, 'network-coordinator', { email: 'coord@example.org', name: 'Cora Ordinator', password: 'meadow lantern quartz' });
    await signInThroughForm(journey, 'coord@example.org', 'meadow lantern quartz');
    const { page } = journey;
    await expect.poll(() => page.locator('h1').textContent()).toContain('Welcome, Cora Ordinator');
    await expectAccessible(journey, '/ (signed in)');

    for (const path of ['/network', '/network/boards', '/network/boards/camden', '/network/areas', '/network/organisations', '/network/groups']) {
      await visit(journey, path);
    }

    await visit(journey, '/network/people/new');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Enter the person’s name');
    await expectAccessible(journey, '/network/people/new (error)');
    await page.getByLabel('Name').fill('Robin Member');
    await page.getByLabel('Job title (optional)').fill('Designated nurse');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Robin Member');
    await expectAccessible(journey, 'person page');

    await visit(journey, '/network/groups/new');
    await page.getByLabel('Name').fill('Health Sub-group');
    await page.getByLabel('Sub-group').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Health Sub-group');
    await page.getByLabel('Person').selectOption({ label: 'Robin Member' });
    await page.getByLabel('Role').selectOption('chair');
    await page.getByRole('button', { name: 'Save membership' }).click();
    await expect.poll(() => page.locator('table').textContent()).toContain('Robin Member');
    await expectAccessible(journey, 'group page');
  });

  it('an administrator reads the audit log with the changes just made', async () => {
    await journey.context.clearCookies();
    await createJourneyUser(journey, 'network-admin', { email: 'admin@example.org', name: 'Ada Admin', password: 'copper kettle harbour' });
    await signInThroughForm(journey, 'admin@example.org', 'copper kettle harbour');
    await visit(journey, '/admin/users');
    await visit(journey, '/admin/audit?entity=person');
    expect(await journey.page.locator('table').textContent()).toContain('Added Robin Member to the directory');
    await visit(journey, '/admin/outbox');
    await visit(journey, '/admin/users/invite');
    await visit(journey, '/accessibility');
    await journey.page.goto('/no-such-page');
    await expectAccessible(journey, '404 page');
    expect(journey.checked.length).toBeGreaterThan(15);
  });
});
