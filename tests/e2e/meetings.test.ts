import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../support/shared.ts';
import { systemActor } from '../../src/platform/audit/service.ts';
import { createGroup, createPerson } from '../../src/modules/network/service.ts';
import { createJourneyUser, expectAccessible, signInThroughForm, startJourney, visit, type Journey } from '../support/browser.ts';

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney();
  await createGroup(journey.t.database.db, systemActor('test'), { name: 'Performance and Data Sub-Group', kind: 'sub-group' });
  // In the directory but not at the meeting: an owner found through "Someone else".
  await createPerson(journey.t.database.db, systemActor('test'), { name: 'Priya Outsider' });
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

    // Linked under its item and in the table of actions.
    await page.getByRole('link', { name: 'GO to write to the five boroughs that have not yet submitted a Quarter 1 return' }).first().click();
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

  it('the coordinator edits an item’s minutes and gives an action several owners', async () => {
    const { page } = journey;
    await visit(journey, '/meetings/groups/performance-and-data-sub-group');
    await page.getByRole('row', { name: /^2012-12-06/ }).getByRole('link').click();
    await expect.poll(() => page.locator('h2#items').textContent()).toBe('Agenda and minutes');
    const meetingPath = new URL(page.url()).pathname;
    await expectAccessible(journey, meetingPath);

    // The coordinator rewrites the minutes of item 2: paragraphs are numbered 2.1, 2.2 on the page.
    await page.getByRole('link', { name: 'Edit item 2 and its minutes' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Edit item 2');
    await expectAccessible(journey, 'edit item');
    expect(await page.getByLabel('Minutes of this item (optional)').inputValue()).toContain('2.1 GO reported that 27 of the 32 London LSCBs');
    await page.getByLabel('Number').fill('');
    await page.getByRole('button', { name: 'Save item' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('Enter the item’s number');
    await expectAccessible(journey, 'edit item (error)');
    await page.getByLabel('Number').fill('2');
    await page.getByLabel('Minutes of this item (optional)').fill('Quarter 2 returns were reviewed <b>in full</b>.\n\nFour boroughs failed validation.');
    await page.getByRole('button', { name: 'Save item' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').textContent()).toContain('Item 2 updated');
    await expectAccessible(journey, 'meeting after editing item 2');
    const item2 = await page.locator('main').textContent();
    expect(item2).toContain('2.1 Quarter 2 returns were reviewed <b>in full</b>.');
    expect(item2).toContain('2.2 Four boroughs failed validation.');

    // An action gets more owners: a person at the meeting, a body, and someone else in the directory.
    await page.getByRole('link', { name: 'GO and NS to revise the dataset guidance notes in light of the comments received, by the next meeting' }).first().click();
    await page.getByRole('link', { name: 'Edit the action, its owners or due date' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Edit action');
    await expectAccessible(journey, 'edit action');
    expect(await page.getByRole('checkbox', { name: 'Grace Obuya' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'Tom Fairweather' }).check();
    await page.getByRole('checkbox', { name: 'Chairs' }).check();
    await page.getByRole('button', { name: 'Add another owner' }).click();
    await expect.poll(() => page.locator('select[name="owners"]').count()).toBe(2);
    await expectAccessible(journey, 'edit action (another owner)');
    expect(await page.getByRole('checkbox', { name: 'Tom Fairweather' }).isChecked()).toBe(true);
    await page.getByLabel('Someone else (optional)').selectOption({ label: 'Priya Outsider' });
    await page.getByRole('button', { name: 'Save action' }).click();
    await expect.poll(() => page.locator('.govuk-notification-banner').textContent()).toContain('Action updated');
    await expectAccessible(journey, 'action with several owners');
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Grace Obuya, Nathan Sewell, Tom Fairweather, Chairs, Priya Outsider');

    await visit(journey, `${meetingPath}/delete`);
    expect(await page.locator('main').textContent()).toContain('Yes, delete its 11 actions as well');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(meetingPath);
  });
});
