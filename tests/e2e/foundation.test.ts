import fs from 'node:fs';
import path from 'node:path';
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

  it('the header keeps every section on one line at 1280 px and folds into a menu at 320 px, with the account beside it', async () => {
    const { page } = journey;
    const shots = path.resolve('test-results');
    fs.mkdirSync(shots, { recursive: true });
    const layout = () =>
      page.evaluate(() => {
        const box = (e: Element) => e.getBoundingClientRect();
        const items = [...document.querySelectorAll('.govuk-service-navigation__item')].filter((e) => box(e).height > 0);
        return {
          rows: new Set(items.map((e) => Math.round(box(e).top))).size,
          visibleItems: items.map((e) => e.textContent!.trim()),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          account: [...document.querySelectorAll('.hub-account a, .hub-account button')].filter((e) => box(e).width > 0).map((e) => ({ text: e.textContent!.trim(), right: box(e).right })),
        };
      });

    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(journey, '/network/boards');
    const wide = await layout();
    await page.screenshot({ path: path.join(shots, 'navigation-1280.png') });
    expect(wide.visibleItems).toEqual(['Network', 'Meetings', 'Framework', 'Statistics', 'Collections', 'Projects', 'Learning', 'Administration']);
    expect(wide.rows, 'rows of navigation at 1280 px').toBe(1);
    expect(wide.overflow).toBe(0);
    expect(wide.account.map((a) => a.text)).toEqual(['Ada Admin (your account)', 'Sign out']);
    expect(await page.locator('.govuk-service-navigation__item--active').textContent()).toContain('Network');
    expect(await page.locator('.govuk-service-navigation__link[aria-current]').textContent()).toContain('Network');

    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    const narrow = await layout();
    await page.screenshot({ path: path.join(shots, 'navigation-320-closed.png') });
    expect(narrow.visibleItems, 'sections hidden behind the menu button at 320 px').toEqual([]);
    expect(narrow.overflow).toBe(0);
    expect(narrow.account.map((a) => a.text)).toEqual(['Ada Admin (your account)', 'Sign out']);
    expect(Math.max(...narrow.account.map((a) => a.right))).toBeLessThanOrEqual(320);
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expectAccessible(journey, 'menu closed at 320 px');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const open = await layout();
    await page.screenshot({ path: path.join(shots, 'navigation-320-open.png') });
    expect(open.visibleItems).toHaveLength(8);
    expect(open.overflow).toBe(0);
    await expectAccessible(journey, 'menu open at 320 px');

    await page.getByRole('link', { name: 'Ada Admin' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Your account');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Sign in');
    await expectAccessible(journey, 'signed out');
  });
});
