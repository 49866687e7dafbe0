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
beforeAll(async () => {
  journey = await startJourney();
});
afterAll(async () => journey?.close());

async function fillDate(journey: Journey, legend: string, day: string, month: string, year: string) {
  const group = journey.page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

describe('learning journey in Chromium', () => {
  it('a board manager records a review with two recommendations, adds evidence of impact to one, and finds it by a phrase from its finding', async () => {
    await createJourneyUser(journey, 'board-manager', {
      email: 'manager@example.org',
      name: 'Hana Manager',
      password: 'orchard lantern violet',
      board: 'camden',
    });
    await signInThroughForm(journey, 'manager@example.org', 'orchard lantern violet');
    const { page } = journey;

    for (const path of [
      '/learning',
      '/learning/reviews',
      '/learning/examples',
      '/learning/register',
      '/learning/themes',
      '/learning/trends',
    ]) {
      await visit(journey, path);
    }

    // An empty form: the error summary names each missing field, and nothing is saved.
    await visit(journey, '/learning/reviews/new');
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect
      .poll(() => page.locator('.govuk-error-summary').textContent())
      .toContain('Enter the review’s title');
    await expectAccessible(journey, '/learning/reviews/new (errors)');

    await page.getByLabel('Child safeguarding practice review').check();
    await page
      .getByLabel('Title', { exact: true })
      .fill('Child N: a local child safeguarding practice review');
    await fillDate(journey, 'Date published (leave blank if not yet published)', '9', '10', '2024');
    await page.getByLabel('Link to the published report (optional)').fill('https://example.org/child-n.pdf');
    await page.getByLabel('Neglect', { exact: true }).check();
    await page.getByLabel('Information sharing', { exact: true }).check();
    await page
      .getByLabel('Key findings')
      .fill(
        'The nursery noticed the toddler arriving hungry on Mondays but kept its concerns to itself.\n\nThe GP was not told that the family had moved into a hostel.',
      );
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Child N: a local child safeguarding practice review');
    await expectAccessible(journey, 'review page');
    const reviewUrl = page.url();

    const addRecommendation = async (text: string, agency: string, owner: string, status: string) => {
      await page.getByRole('button', { name: 'Add a recommendation' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Add a recommendation');
      await page.getByLabel('Recommendation', { exact: true }).fill(text);
      await page.getByLabel('Agency').fill(agency);
      await page.getByLabel('Owner').fill(owner);
      await fillDate(journey, 'Due date (optional)', '31', '3', '2025');
      await page.getByLabel(status, { exact: true }).check();
      await page.getByRole('button', { name: 'Save recommendation' }).click();
    };
    await addRecommendation(
      'Early years settings should share attendance and hunger concerns with the health visitor the same week.',
      'Early years and health',
      'Head of early years',
      'Actions completed',
    );
    await expect
      .poll(() => page.locator('table').textContent())
      .toContain('Early years settings should share');
    await expectAccessible(journey, 'review page with one recommendation');
    await addRecommendation(
      'GP practices should be told when a family on a child protection plan moves address.',
      'Housing and health',
      'Head of housing needs',
      'In progress',
    );
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(2);

    // "Embedded" is refused while there is no evidence of impact.
    await page.getByRole('link', { name: /Early years settings should share/ }).click();
    await expect
      .poll(() => page.locator('.govuk-warning-text').textContent())
      .toContain('Training delivered is not the same as learning embedded');
    await expectAccessible(journey, 'recommendation page (no evidence)');
    const recommendationUrl = page.url();
    await page.getByRole('button', { name: 'Update the recommendation' }).click();
    await page.getByLabel('Embedded: evidence of impact').check();
    await page.getByRole('button', { name: 'Save recommendation' }).click();
    await expect
      .poll(() => page.locator('.govuk-error-summary').textContent())
      .toContain('Training delivered is not enough on its own');
    await expectAccessible(journey, 'recommendation form (embedded refused)');

    await page.goto(recommendationUrl);
    await page.getByRole('button', { name: 'Add evidence of impact' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Add evidence of impact');
    await expectAccessible(journey, 'evidence form');
    await page
      .getByLabel('What changed in practice')
      .fill('Nursery staff now pass hunger and attendance concerns to the health visitor within five days.');
    await page.getByLabel('Audit of cases or records').check();
    await fillDate(journey, 'Date it was checked', '20', '1', '2025');
    await page.getByLabel('Checked by').fill('Early years quality lead');
    await page.getByRole('button', { name: 'Save evidence' }).click();
    await expect
      .poll(() => page.locator('.govuk-summary-card').textContent())
      .toContain('Nursery staff now pass hunger');
    await expectAccessible(journey, 'recommendation page (with evidence)');
    await page.getByRole('button', { name: 'Update the recommendation' }).click();
    await page.getByLabel('Embedded: evidence of impact').check();
    await page.getByRole('button', { name: 'Save recommendation' }).click();
    await expect
      .poll(() => page.locator('.govuk-summary-list').first().textContent())
      .toContain('Embedded: evidence of impact');

    // Search by a phrase from the finding: the finding comes back with the phrase marked.
    await visit(journey, '/learning/search');
    await page
      .getByLabel('Search reviews, findings, recommendations and good practice')
      .fill('"arriving hungry on Mondays"');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.locator('.hub-search-results').textContent())
      .toContain('Child N: a local child safeguarding practice review');
    expect(await page.locator('.hub-search-results mark').allTextContents()).toEqual(
      expect.arrayContaining(['arriving', 'hungry', 'Mondays']),
    );
    await expectAccessible(journey, 'search results');
    await page.locator('.hub-search-results a').first().click();
    await expect.poll(() => page.url()).toContain(reviewUrl);

    // Text full of operators is answered, not an error.
    await visit(journey, '/learning/search?q=' + encodeURIComponent('&|!():*<>'));
    expect(await page.locator('main').textContent()).toContain('There are no words to search for');

    await visit(journey, '/learning/trends');
    expect(await page.locator('main table').first().textContent()).toContain('Information sharing');
  });
});
