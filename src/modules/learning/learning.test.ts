import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { listAudit, systemActor } from '../../platform/audit/service.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import * as network from '../network/service.ts';
import * as learning from './service.ts';

let database: Database;
let camden: string;
let hackney: string;
let themes: Map<string, string>;
const actor = systemActor('test');
const all: learning.Visibility = { all: true };

beforeAll(async () => {
  database = await createTestDatabase();
  await learning.ensureThemes(database.db);
  camden = (await network.findBoard(database.db, 'camden'))!.id;
  hackney = (await network.findBoard(database.db, 'city-and-hackney'))!.id;
  themes = new Map((await learning.listThemes(database.db)).map((t) => [t.name, t.id]));
});
afterAll(async () => database.close());

const review = (overrides: Partial<learning.ReviewInput> = {}): learning.ReviewInput => ({
  boardId: camden,
  kind: 'practice-review',
  title: 'Child R: a practice review',
  publishedOn: '2024-05-02',
  reportUrl: 'https://example.org/child-r.pdf',
  summary: 'An infant who died after a period of neglect.',
  themeIds: [themes.get('Neglect')!, themes.get('Information sharing')!],
  findings:
    'Health visitors did not know about the police call-outs.\n\nThe school saw weight loss but did not refer.',
  ...overrides,
});

describe('themes taxonomy', () => {
  it('is seeded once with the familiar themes, and seeding again changes nothing', async () => {
    expect([...themes.keys()]).toEqual(
      expect.arrayContaining([
        'Neglect',
        'Domestic abuse',
        'Information sharing',
        'Child sexual exploitation',
        'Online harm',
      ]),
    );
    await learning.ensureThemes(database.db);
    expect(await learning.listThemes(database.db)).toHaveLength(themes.size);
  });

  it('lets coordinators add and retire themes; a retired theme leaves the choices but stays on old reviews', async () => {
    const theme = await learning.createTheme(database.db, actor, { name: 'Private fostering' });
    await expect(learning.createTheme(database.db, actor, { name: 'private FOSTERING' })).rejects.toThrow(
      UserFacingError,
    );
    const { id } = await learning.createReview(database.db, actor, review({ themeIds: [theme.id] }));
    await learning.updateTheme(database.db, actor, theme.id, { name: 'Private fostering', retired: true });
    expect((await learning.listThemes(database.db)).map((t) => t.name)).not.toContain('Private fostering');
    expect((await learning.getReview(database.db, id, all))!.themes.map((t) => t.name)).toEqual([
      'Private fostering',
    ]);
  });
});

describe('reviews', () => {
  it('records a review with its themes and findings, one finding per paragraph, and audits it', async () => {
    const { id } = await learning.createReview(database.db, actor, review());
    const saved = (await learning.getReview(database.db, id, all))!;
    expect(saved.boardName).toBe('Camden Safeguarding Children Partnership');
    expect(saved.themes.map((t) => t.name)).toEqual(['Information sharing', 'Neglect']);
    expect(saved.findings.map((f) => f.text)).toEqual([
      'Health visitors did not know about the police call-outs.',
      'The school saw weight loss but did not refer.',
    ]);
    const listed = (await learning.listReviews(database.db, all)).rows.find((r) => r.id === id)!;
    expect(listed).toMatchObject({
      themes: ['Information sharing', 'Neglect'],
      recommendations: 0,
      boardName: saved.boardName,
    });
    const audit = await listAudit(database.db, { entity: 'learning-review' }, { limit: 10, offset: 0 });
    expect(audit.rows.map((r) => r.summary)).toContain('Recorded review Child R: a practice review');
  });

  it('refuses bad input and saves nothing', async () => {
    const before = (await learning.listReviews(database.db, all)).total;
    const attempts: Partial<learning.ReviewInput>[] = [
      { title: '   ' },
      { themeIds: [] },
      { reportUrl: 'javascript:alert(1)' },
      { publishedOn: '2024-02-30' },
      { publishedOn: '2999-01-01' },
      { publishedOn: '', reportUrl: 'https://example.org/x.pdf' },
      { kind: 'inquest' as never },
    ];
    for (const bad of attempts)
      await expect(learning.createReview(database.db, actor, review(bad))).rejects.toThrow(ZodError);
    await expect(
      learning.createReview(database.db, actor, review({ themeIds: [crypto.randomUUID()] })),
    ).rejects.toThrow('Choose themes from the list');
    expect((await learning.listReviews(database.db, all)).total).toBe(before);
  });

  it('shows unpublished reviews only to the central team and their own board', async () => {
    const { id } = await learning.createReview(
      database.db,
      actor,
      review({ title: 'Child S: in progress', publishedOn: '', reportUrl: '', boardId: hackney }),
    );
    expect(await learning.getReview(database.db, id, { all: false, boardIds: [] })).toBeNull();
    expect(await learning.getReview(database.db, id, { all: false, boardIds: [camden] })).toBeNull();
    expect(await learning.getReview(database.db, id, { all: false, boardIds: [hackney] })).not.toBeNull();
    const visibleToCamden = await learning.listReviews(database.db, { all: false, boardIds: [camden] });
    expect(visibleToCamden.rows.map((r) => r.title)).not.toContain('Child S: in progress');
  });
});

describe('recommendations and evidence of impact', () => {
  it('will not call a recommendation embedded on training alone: it needs checked evidence first', async () => {
    const { id: reviewId } = await learning.createReview(database.db, actor, review({ title: 'Child T' }));
    const base = {
      text: 'Train GPs to recognise neglect in infants',
      agency: 'Health',
      owner: 'Designated doctor',
      dueOn: '2025-03-31',
    };
    await expect(
      learning.createRecommendation(database.db, actor, reviewId, { ...base, status: 'embedded' }),
    ).rejects.toThrow(learning.embeddedNeedsEvidence);
    const { id } = await learning.createRecommendation(database.db, actor, reviewId, {
      ...base,
      status: 'in-progress',
    });
    await learning.updateRecommendation(database.db, actor, id, { ...base, status: 'completed' });
    await expect(
      learning.updateRecommendation(database.db, actor, id, { ...base, status: 'embedded' }),
    ).rejects.toThrow(/Training delivered is not enough/);
    expect((await learning.getRecommendation(database.db, id))!.status).toBe('completed');

    await expect(
      learning.addEvidence(database.db, actor, id, {
        whatChanged: 'x',
        method: 'other',
        checkedOn: '2025-01-10',
        checkedBy: 'Audit lead',
      }),
    ).rejects.toThrow('Describe how the change was checked');
    await learning.addEvidence(database.db, actor, id, {
      whatChanged: 'GP records now note who cares for the baby at every visit',
      method: 'audit',
      checkedOn: '2025-01-10',
      checkedBy: 'Named GP for safeguarding',
    });
    await learning.updateRecommendation(database.db, actor, id, { ...base, status: 'embedded' });
    const saved = (await learning.getRecommendation(database.db, id))!;
    expect(saved.status).toBe('embedded');
    expect(saved.evidence.map((e) => e.method)).toEqual(['audit']);
    const list = await learning.listRecommendations(database.db, reviewId);
    expect(list.map((r) => [r.status, r.evidenceCount])).toEqual([['embedded', 1]]);
  });
});

describe('good practice and the register', () => {
  it('shares an example with a directory contact, and lists it by theme', async () => {
    const person = await network.createPerson(database.db, actor, { name: 'Dana Contact', boardId: camden });
    const { id } = await learning.createExample(database.db, actor, {
      boardId: camden,
      themeId: themes.get('Domestic abuse')!,
      title: 'Joint triage of police domestic abuse notifications',
      whatTheyDid: 'Police, health and children’s social care read every notification together each morning.',
      result: 'Decisions within 24 hours rose from 40% to 92%.',
      contactPersonId: person.id,
    });
    expect((await learning.getExample(database.db, id))!.contact?.name).toBe('Dana Contact');
    const list = await learning.listExamples(database.db, { themeId: themes.get('Domestic abuse')! });
    expect(list.rows.map((r) => r.title)).toEqual(['Joint triage of police domestic abuse notifications']);
    await expect(
      learning.createExample(database.db, actor, {
        boardId: camden,
        themeId: themes.get('Neglect')!,
        title: 'x',
        whatTheyDid: 'y',
        result: 'z',
        contactPersonId: crypto.randomUUID(),
      }),
    ).rejects.toThrow('Choose the contact from the directory');
  });

  it('keeps a register of accredited chairs and authors', async () => {
    await learning.createReviewer(database.db, actor, {
      name: 'Morgan Chair',
      role: 'chair',
      accreditedOn: '2022-09-01',
      availability: 'available',
    });
    await learning.createReviewer(database.db, actor, {
      name: 'Alex Author',
      role: 'author',
      accreditedOn: '2023-01-15',
      availability: 'limited',
    });
    await expect(
      learning.createReviewer(database.db, actor, {
        name: 'Future',
        role: 'chair',
        accreditedOn: '2999-01-01',
        availability: 'available',
      }),
    ).rejects.toThrow(ZodError);
    const available = await learning.listReviewers(database.db, { availability: 'available' });
    expect(available.rows.map((r) => r.name)).toEqual(['Morgan Chair']);
  });
});

describe('themes across reviews', () => {
  it('counts published reviews by theme, year and board', async () => {
    const fresh = await createTestDatabase();
    try {
      await learning.ensureThemes(fresh.db);
      const ids = new Map((await learning.listThemes(fresh.db)).map((t) => [t.name, t.id]));
      const add = (boardId: string, publishedOn: string, names: string[]) =>
        learning.createReview(fresh.db, actor, {
          boardId,
          kind: 'rapid-review',
          title: `Review ${publishedOn}`,
          publishedOn,
          themeIds: names.map((n) => ids.get(n)!),
        });
      await add(camden, '2023-04-01', ['Neglect', 'Domestic abuse']);
      await add(camden, '2024-06-01', ['Neglect']);
      await add(hackney, '2024-07-01', ['Neglect', 'Online harm']);
      await learning.createReview(fresh.db, actor, {
        boardId: hackney,
        kind: 'rapid-review',
        title: 'Unpublished',
        themeIds: [ids.get('Online harm')!],
      });
      const counts = await learning.themeCounts(fresh.db);
      const grid = learning.byThemeAndYear(counts);
      expect(grid.years).toEqual([2023, 2024]);
      expect(grid.totals).toEqual([
        { theme: 'Neglect', reviews: 3 },
        { theme: 'Domestic abuse', reviews: 1 },
        { theme: 'Online harm', reviews: 1 },
      ]);
      expect(grid.cell('Neglect', 2024)).toBe(2);
      const camdenOnly = learning.byThemeAndYear(await learning.themeCounts(fresh.db, { boardId: camden }));
      expect(camdenOnly.totals).toEqual([
        { theme: 'Neglect', reviews: 2 },
        { theme: 'Domestic abuse', reviews: 1 },
      ]);
    } finally {
      await fresh.close();
    }
  });
});

describe('demo content', () => {
  it('loads fictional reviews, embedded recommendations with evidence, examples and a register, all searchable', async () => {
    const fresh = await createTestDatabase();
    try {
      const { loadLearningDemo } = await import('./demo.ts');
      await fresh.db.transaction((tx) => loadLearningDemo(tx, { people: new Map() }));
      const reviews = await learning.listReviews(fresh.db, all);
      expect(reviews.total).toBeGreaterThanOrEqual(3);
      expect(reviews.rows.some((r) => r.embedded > 0)).toBe(true);
      expect((await learning.listExamples(fresh.db)).total).toBeGreaterThanOrEqual(2);
      expect((await learning.listReviewers(fresh.db)).total).toBeGreaterThanOrEqual(3);
      const hits = await learning.searchLearning(fresh.db, { all: false, boardIds: [] }, '"county lines"');
      expect(hits.total).toBeGreaterThan(0);
      // The unpublished demo review stays out of everyone else's search.
      expect(
        (await learning.searchLearning(fresh.db, { all: false, boardIds: [] }, 'gaming platform')).hits.every(
          (h) => h.kind !== 'review',
        ),
      ).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
