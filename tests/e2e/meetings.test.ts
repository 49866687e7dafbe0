import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../support/shared.ts';
import { systemActor } from '../../src/platform/audit/service.ts';
import { createGroup } from '../../src/modules/network/service.ts';
import { createJourneyUser, expectAccessible, signInThroughForm, startJourney, visit, type Journey } from '../support/browser.ts';

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney();
  await createGroup(journey.t.database.db, systemActor('test'), { name: 'Performance and Data Sub-Group', kind: 'sub-group' });
});
afterAll(async () => journey?.close());

describe('meetings journey in Chromium', () => {
  it('a coordinator imports Word minutes, confirms the review, marks an action done and sees the rest carried forward', async () => {
    const { page } = journey;
    await createJourneyUser(journey, 'network-coordinator', { email: 'minutes@example.org', name: 'Mina Coordinator', password: 'orchard violet compass' });
    await signInThroughForm(journey, 'minutes@example.org', 'orchard violet compass');
    await visit(journey, '/meetings');

    await visit(journey, '/meetings/import');
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Choose the group');
    await expectAccessible(journey, '/meetings/import (error)');
    await page.getByLabel('Group').selectOption({ label: 'Performance and Data Sub-Group' });
    await page.getByLabel('Minutes file').setInputFiles(sharedPath('samples', 'minutes', 'template-london.docx'));
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Check the imported minutes');
    await expectAccessible(journey, 'import review');
    expect(await page.locator('main').textContent()).toContain('GO and NS to revise the dataset guidance notes');

    // Initials that fit two people must be answered before anything is saved.
    await page.getByRole('button', { name: 'Confirm and save the meeting' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Choose who “SC” is');
    await expectAccessible(journey, 'import review (error)');
    await page.locator('input[name="owner-8-0"][value="Sarah Collins"]').check();
    await page.getByRole('button', { name: 'Confirm and save the meeting' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Performance and Data Sub-Group');
    await expectAccessible(journey, 'imported meeting');
    const agreed = await page.locator('table', { has: page.locator('caption', { hasText: 'Actions agreed at this meeting' }) }).textContent();
    expect(agreed).toContain('GO and NS to revise the dataset guidance notes');
    expect(agreed).toContain('Sarah Collins');

    await page.getByRole('link', { name: 'GO to write to the five boroughs that have not yet submitted a Quarter 1 return' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('GO to write to the five boroughs');
    await expectAccessible(journey, 'action page');
    await page.getByLabel('Done').check();
    await page.getByLabel('Note (optional)').fill('Letters sent on 10 December');
    await page.getByRole('button', { name: 'Save status' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').textContent()).toContain('Action marked done');
    await expectAccessible(journey, 'action page (done)');

    await page.getByRole('link', { name: /, 2012-12-06$/ }).click();
    await page.getByRole('link', { name: '2013-01-17' }).click();
    await expect.poll(() => page.locator('h2#outstanding').textContent()).toContain('Outstanding from earlier meetings');
    await expectAccessible(journey, 'next meeting');
    const outstanding = await page.locator('main').textContent();
    expect(outstanding).toContain('TF to circulate the Islington private fostering awareness leaflet');
    expect(outstanding).toContain('6 weeks');
    expect(outstanding).not.toContain('GO to write to the five boroughs');

    const nextUrl = new URL(page.url()).pathname;
    await visit(journey, `${nextUrl}/agenda`);
    await visit(journey, '/meetings/groups/performance-and-data-sub-group');
    await visit(journey, '/meetings/groups/performance-and-data-sub-group/actions?status=open&overdue=yes');
    await visit(journey, '/meetings/overdue');
    await visit(journey, '/meetings/my-actions');
    await visit(journey, '/meetings/calendar');
    await page.getByRole('button', { name: 'Create new calendar links' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('shown only once');
    await expectAccessible(journey, 'calendar links');
  });
});
