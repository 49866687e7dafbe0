import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor } from '../../platform/audit/service.ts';
import * as network from '../network/service.ts';
import * as learning from './service.ts';

let database: Database;
let camden: string;
let hackney: string;
let unpublishedReview: string;
const actor = systemActor('test');
const all: learning.Visibility = { all: true };
const textOf = (segments: learning.Segment[]) => segments.map((s) => s.text).join('');
const marked = (segments: learning.Segment[]) =>
  segments.filter((s) => s.mark).map((s) => s.text.toLowerCase());

beforeAll(async () => {
  database = await createTestDatabase();
  await learning.ensureThemes(database.db);
  camden = (await network.findBoard(database.db, 'camden'))!.id;
  hackney = (await network.findBoard(database.db, 'city-and-hackney'))!.id;
  const themes = new Map((await learning.listThemes(database.db)).map((t) => [t.name, t.id]));
  const published = await learning.createReview(database.db, actor, {
    boardId: camden,
    kind: 'serious-case-review',
    title: 'Child Q: a serious case review',
    publishedOn: '2023-11-20',
    themeIds: [themes.get('Domestic abuse')!],
    findings: [
      'Agencies did not share information about repeated police call-outs to the family home.',
      'The mother’s fear of her partner was never explored: professional curiosity was missing.',
      'A note said <script>alert("x")</script> & nobody followed it up.',
    ].join('\n\n'),
  });
  await learning.createRecommendation(database.db, actor, published.id, {
    text: 'Police must notify schools of domestic abuse incidents before the next school day (Operation Encompass).',
    agency: 'Metropolitan Police',
    owner: 'Detective Superintendent, Central North',
  });
  const draft = await learning.createReview(database.db, actor, {
    boardId: hackney,
    kind: 'rapid-review',
    title: 'Child V: rapid review (not yet published)',
    themeIds: [themes.get('Online harm')!],
    findings: 'Online grooming through a gaming platform went unnoticed by the school.',
  });
  unpublishedReview = draft.id;
  await learning.createExample(database.db, actor, {
    boardId: hackney,
    themeId: themes.get('Online harm')!,
    title: 'Online safety ambassadors in secondary schools',
    whatTheyDid: 'Pupils trained as ambassadors teach younger pupils about grooming on gaming platforms.',
    result: 'Reports of online concerns to school staff doubled within a term.',
  });
});
afterAll(async () => database.close());

describe('learning search', () => {
  it('finds a finding by a phrase in quotes, ranked above looser matches, with the matched words marked', async () => {
    const result = await learning.searchLearning(database.db, all, '"repeated police call-outs"');
    expect(result.total).toBe(1);
    const [hit] = result.hits;
    expect(hit!.kind).toBe('finding');
    expect(textOf(hit!.extract)).toContain(
      'Agencies did not share information about repeated police call-outs',
    );
    expect(marked(hit!.extract)).toEqual(expect.arrayContaining(['repeated', 'police']));
    expect(hit!.href).toMatch(/^\/learning\/reviews\/[0-9a-f-]+#finding-[0-9a-f-]+$/);
    const loose = await learning.searchLearning(database.db, all, 'police');
    expect(loose.hits.map((h) => h.kind)).toEqual(expect.arrayContaining(['finding', 'recommendation']));
  });

  it('searches recommendations, examples and review titles, and "or" and "-" work as people expect', async () => {
    expect(
      (await learning.searchLearning(database.db, all, 'Operation Encompass')).hits.map((h) => h.kind),
    ).toEqual(['recommendation']);
    expect((await learning.searchLearning(database.db, all, 'ambassadors')).hits.map((h) => h.kind)).toEqual([
      'example',
    ]);
    const either = await learning.searchLearning(database.db, all, 'ambassadors or encompass');
    expect(either.total).toBe(2);
    const without = await learning.searchLearning(database.db, all, 'grooming -ambassadors');
    expect(without.hits.every((h) => h.kind !== 'example')).toBe(true);
  });

  it('never shows an unpublished review’s findings to other boards', async () => {
    const query = 'gaming platform school';
    const outsider = await learning.searchLearning(database.db, { all: false, boardIds: [camden] }, query);
    expect(outsider.hits.some((h) => h.reviewId === unpublishedReview)).toBe(false);
    const own = await learning.searchLearning(database.db, { all: false, boardIds: [hackney] }, query);
    expect(own.hits.some((h) => h.reviewId === unpublishedReview)).toBe(true);
  });

  it('keeps HTML in the text as text: extracts are escaped and only <mark> is live', async () => {
    const result = await learning.searchLearning(database.db, all, 'nobody followed');
    const [hit] = result.hits;
    expect(textOf(hit!.extract)).toContain('<script>alert("x")</script> & nobody');
    expect(hit!.extractHtml).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>nobody</mark>',
    );
    expect(hit!.extractHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('pages through results and says how many there are', async () => {
    const first = await learning.searchLearning(database.db, all, 'school', { limit: 1 });
    expect(first.total).toBeGreaterThan(1);
    expect(first.hits).toHaveLength(1);
    const second = await learning.searchLearning(database.db, all, 'school', { limit: 1, offset: 1 });
    expect(second.hits[0]!.id).not.toBe(first.hits[0]!.id);
    const beyond = await learning.searchLearning(database.db, all, 'school', { limit: 1, offset: 50 });
    expect(beyond).toMatchObject({ hits: [], total: first.total });
  });

  it('answers empty, stop-word-only and operator-only queries with no results instead of an error', async () => {
    for (const q of [
      '',
      '   ',
      'the',
      '&|!():*<>',
      '!!!',
      '""',
      '"unclosed phrase',
      "o'brien:*",
      'a & | b',
      '(((',
      '\\',
      'or',
      '-',
      '<->',
      'x'.repeat(5000),
    ]) {
      const result = await learning.searchLearning(database.db, all, q);
      expect(result.total, q.slice(0, 20)).toBeGreaterThanOrEqual(0);
    }
    expect(await learning.searchLearning(database.db, all, '&|!():*<>')).toMatchObject({
      searchable: false,
      hits: [],
    });
  });

  it('never errors on any text a user could type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.constantFrom(
            '&',
            '|',
            '!',
            '(',
            ')',
            ':',
            '*',
            '<',
            '>',
            '"',
            "'",
            '-',
            ' ',
            'a',
            'school',
            '\\',
            '\u0000',
            'é',
          ),
          maxLength: 30,
        }),
        async (q) => {
          const result = await learning.searchLearning(database.db, all, q);
          expect(Array.isArray(result.hits)).toBe(true);
          for (const hit of result.hits)
            expect(hit.extractHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('highlight segments', () => {
  it('splits at the markers and unescapes exactly once', () => {
    expect(learning.segmentsOf('a &amp;lt; \u0001b\u0002 &lt;c&gt;')).toEqual([
      { text: 'a &lt; ', mark: false },
      { text: 'b', mark: true },
      { text: ' <c>', mark: false },
    ]);
    expect(learning.segmentsToHtml([{ text: '<b>', mark: true }])).toBe('<mark>&lt;b&gt;</mark>');
  });
});
