import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestApp, signedInAs, type TestApp } from '../../../tests/support/app.ts';
import { systemActor } from '../../platform/audit/service.ts';
import * as network from '../network/service.ts';
import * as learning from './service.ts';

let t: TestApp;
let camden: string;
let themes: Map<string, string>;
const actor = systemActor('test');

beforeAll(async () => {
  t = await createTestApp();
  camden = (await network.findBoard(t.database.db, 'camden'))!.id;
  themes = new Map((await learning.listThemes(t.database.db)).map((x) => [x.name, x.id]));
});
afterAll(async () => t.close());

const reviewForm = (overrides: Record<string, string | string[]> = {}) => ({
  boardId: camden,
  kind: 'practice-review',
  title: 'Child W: a practice review',
  'publishedOn-day': '12',
  'publishedOn-month': '3',
  'publishedOn-year': '2024',
  reportUrl: 'https://example.org/child-w.pdf',
  summary: '',
  themeIds: [themes.get('Neglect')!, themes.get('Substance misuse')!],
  findings: 'Midwives did not hear about the father’s drinking.\n\nNobody asked who else lived in the flat.',
  ...overrides,
});

describe('learning pages', () => {
  it('seeds the themes taxonomy when the app starts', () => {
    expect(themes.has('Neglect') && themes.has('Domestic abuse') && themes.has('Online harm')).toBe(true);
  });

  it('lets a board manager record a review for their board; an invalid form keeps values, links fields and saves nothing', async () => {
    const manager = await signedInAs(t, 'board-manager', 'camden');
    const bad = await manager.post(
      '/learning/reviews/new',
      reviewForm({
        title: '',
        'publishedOn-day': '31',
        'publishedOn-month': '2',
        themeIds: [],
        reportUrl: 'javascript:alert(1)',
      }),
      '/learning/reviews/new',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#title"');
    expect(bad.body).toContain('href="#publishedOn-day"');
    expect(bad.body).toContain('Choose at least one theme');
    expect(bad.body).toContain('Enter a web address starting with https://');
    expect(bad.body).toContain('Midwives did not hear about the father’s drinking.');
    expect((await learning.listReviews(t.database.db, { all: true })).total).toBe(0);

    const hackney = (await network.findBoard(t.database.db, 'city-and-hackney'))!.id;
    const elsewhere = await manager.post(
      '/learning/reviews/new',
      reviewForm({ boardId: hackney }),
      '/learning/reviews/new',
    );
    expect(elsewhere.statusCode).toBe(400);
    expect((await learning.listReviews(t.database.db, { all: true })).total).toBe(0);

    const ok = await manager.post('/learning/reviews/new', reviewForm(), '/learning/reviews/new');
    expect(ok.statusCode).toBe(303);
    const page = await manager.get(ok.headers.location as string);
    expect(page.body).toContain('Child W: a practice review');
    expect(page.body).toContain('Nobody asked who else lived in the flat.');
    expect(page.body).toContain('12 March 2024');
  });

  it('refuses "embedded" without evidence, with the reason against the status field', async () => {
    const manager = await signedInAs(t, 'board-manager', 'camden');
    const { id: reviewId } = await learning.createReview(t.database.db, actor, {
      boardId: camden,
      kind: 'rapid-review',
      title: 'Child X',
      themeIds: [themes.get('Neglect')!],
    });
    const form = `/learning/reviews/${reviewId}/recommendations/new`;
    const base = {
      text: 'Deliver neglect training to all health visitors',
      agency: 'Health',
      owner: 'Named nurse',
      'dueOn-day': '',
      'dueOn-month': '',
      'dueOn-year': '',
    };
    const refused = await manager.post(form, { ...base, status: 'embedded' }, form);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#status"');
    expect(refused.body).toContain('Training delivered is not enough on its own');
    const created = await manager.post(form, { ...base, status: 'completed' }, form);
    expect(created.statusCode).toBe(303);
    const [recommendation] = await learning.listRecommendations(t.database.db, reviewId);
    const recPage = await manager.get(`/learning/recommendations/${recommendation!.id}`);
    expect(recPage.body).toContain('no evidence yet that practice has changed');

    const evidenceUrl = `/learning/recommendations/${recommendation!.id}/evidence/new`;
    const noMethod = await manager.post(
      evidenceUrl,
      {
        whatChanged: 'Records now show who lives at home',
        checkedBy: 'Audit lead',
        'checkedOn-day': '1',
        'checkedOn-month': '2',
        'checkedOn-year': '2025',
      },
      evidenceUrl,
    );
    expect(noMethod.statusCode).toBe(400);
    expect(noMethod.body).toContain('Choose how the change was checked');
    const added = await manager.post(
      evidenceUrl,
      {
        whatChanged: 'Records now show who lives at home',
        method: 'audit',
        checkedBy: 'Audit lead',
        'checkedOn-day': '1',
        'checkedOn-month': '2',
        'checkedOn-year': '2025',
      },
      evidenceUrl,
    );
    expect(added.statusCode).toBe(303);
    const editUrl = `/learning/recommendations/${recommendation!.id}/edit`;
    expect((await manager.post(editUrl, { ...base, status: 'embedded' }, editUrl)).statusCode).toBe(303);
    expect((await learning.getRecommendation(t.database.db, recommendation!.id))!.status).toBe('embedded');
    const list = await manager.get('/learning/reviews');
    expect(list.body).toContain('1 of 1 embedded');
  });

  it('lets only the owning board and the network team edit; viewers read published learning only', async () => {
    const { id } = await learning.createReview(t.database.db, actor, {
      boardId: camden,
      kind: 'rapid-review',
      title: 'Child Y (draft)',
      themeIds: [themes.get('Neglect')!],
    });
    const otherManager = await signedInAs(t, 'board-manager', 'barnet');
    expect((await otherManager.get(`/learning/reviews/${id}/edit`)).statusCode).toBe(403);
    expect((await otherManager.get(`/learning/reviews/${id}`)).statusCode).toBe(404);
    const viewer = await signedInAs(t, 'viewer');
    expect((await viewer.get('/learning/reviews/new')).statusCode).toBe(403);
    expect((await viewer.get('/learning/reviews')).body).not.toContain('Child Y (draft)');
    expect((await viewer.get('/learning/register/new')).statusCode).toBe(403);
    const coordinator = await signedInAs(t, 'network-coordinator');
    expect((await coordinator.get(`/learning/reviews/${id}/edit`)).statusCode).toBe(200);
    const signedOut = await t.app.inject({ method: 'GET', url: '/learning/reviews' });
    expect(signedOut.statusCode).toBe(302);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/learning/reviews' })).statusCode).toBe(401);
  });

  it('searches from the page and the API, escaping whatever the text holds', async () => {
    await learning.createReview(t.database.db, actor, {
      boardId: camden,
      kind: 'serious-case-review',
      title: 'Child Z <img src=x onerror=alert(1)>',
      publishedOn: '2022-01-10',
      themeIds: [themes.get('Online harm')!],
      findings: 'The <b>gaming</b> chat logs were never requested by police.',
    });
    const viewer = await signedInAs(t, 'viewer');
    const page = await viewer.get('/learning/search?q=' + encodeURIComponent('"chat logs"'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<mark>chat</mark> <mark>logs</mark>');
    expect(page.body).toContain('gaming&lt;/b&gt;');
    expect(page.body).not.toContain('<b>gaming');
    expect(page.body).not.toContain('<img src=x');
    for (const q of ['&|!():*<>', '', '"', 'a:* & !b', "')); drop table learning_reviews; --"]) {
      const res = await viewer.get('/learning/search?q=' + encodeURIComponent(q));
      expect(res.statusCode, q).toBe(200);
    }
    expect((await viewer.get('/learning/search?q=a&q=b&page=-4&kind=nonsense')).statusCode).toBe(200);
    const api = await viewer.get('/api/v1/learning/search?q=gaming');
    const json = api.json() as learning.SearchResult;
    expect(json.hits[0]!.extractHtml).toContain('&lt;b&gt;<mark>gaming</mark>&lt;/b&gt;');
  });

  it('exports the register and the theme counts, and draws the themes chart with its table', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const bad = await coordinator.post(
      '/learning/register/new',
      {
        name: 'Sam Chair',
        role: 'chair',
        availability: 'available',
        'accreditedOn-day': '1',
        'accreditedOn-month': '13',
        'accreditedOn-year': '2022',
      },
      '/learning/register/new',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#accreditedOn-day"');
    const ok = await coordinator.post(
      '/learning/register/new',
      {
        name: '=HYPERLINK("x")',
        role: 'chair',
        availability: 'available',
        'accreditedOn-day': '1',
        'accreditedOn-month': '9',
        'accreditedOn-year': '2022',
      },
      '/learning/register/new',
    );
    expect(ok.statusCode).toBe(303);
    const csv = await coordinator.get('/learning/register?format=csv');
    const rows = parse(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({
      Role: 'Review chair',
      'Accreditation date': '2022-09-01',
      Availability: 'Available for new reviews',
    });
    expect(rows[0]!.Name!.startsWith('=')).toBe(false);
    const xlsx = await coordinator.get('/learning/register?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');

    const trends = await coordinator.get('/learning/trends');
    expect(trends.statusCode).toBe(200);
    expect(trends.body).toContain('<svg');
    expect(trends.body).toContain('Reviews raising each theme');
    const counts = parse((await coordinator.get('/learning/trends?format=csv')).body, {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    expect(counts.find((c) => c.Theme === 'Neglect' && c['Year published'] === '2024')?.Reviews).toBe('1');
  });

  it('lets a coordinator add a theme but not twice', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    expect(
      (await coordinator.post('/learning/themes/new', { name: 'Radicalisation' }, '/learning/themes/new'))
        .statusCode,
    ).toBe(303);
    const again = await coordinator.post(
      '/learning/themes/new',
      { name: 'radicalisation' },
      '/learning/themes/new',
    );
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('There is already a theme called radicalisation');
  });

  it('renders every list page for a signed-in reader', async () => {
    const viewer = await signedInAs(t, 'viewer');
    for (const url of [
      '/learning',
      '/learning/reviews',
      '/learning/examples',
      '/learning/register',
      '/learning/themes',
      '/learning/trends',
      '/learning/search',
    ]) {
      expect((await viewer.get(url)).statusCode, url).toBe(200);
    }
    const openApi = await viewer.get('/api/v1/openapi.json');
    expect(openApi.body).toContain('/learning/search');
  });
});
