import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import * as learning from './service.ts';
import { reviewKinds, reviewerAvailabilities, reviewerRoles } from './schema.ts';
import { idParams, optionalUuid, visibilityOf } from './routes-support.ts';
import { searchQuery } from './routes-search.ts';

const paging = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** Read-only JSON for integrations (bearer tokens or sessions), with the same visibility as the pages. */
export async function learningApi(app: FastifyInstance) {
  const signedIn = { preHandler: requireSignIn };
  const ok = (description: string) => ({
    '200': { description },
    '401': { description: 'Sign in required' },
  });
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  const query = (name: string, schema: Record<string, unknown>, description?: string) => ({
    name,
    in: 'query',
    schema,
    ...(description ? { description } : {}),
  });
  const pages = [
    query('limit', { type: 'integer', default: 100, maximum: 500 }),
    query('offset', { type: 'integer', default: 0 }),
  ];
  app.openApi.addTag(
    'learning',
    'Case reviews, recommendations and evidence of impact, good practice, the register of chairs and authors',
  );
  app.openApi.addPaths({
    '/learning/themes': {
      get: {
        tags: ['learning'],
        summary: 'The themes taxonomy, retired themes included',
        responses: ok('Themes'),
      },
    },
    '/learning/reviews': {
      get: {
        tags: ['learning'],
        summary: 'Reviews you may read (published, or your own board’s), newest first',
        parameters: [
          query('board', { type: 'string', format: 'uuid' }),
          query('theme', { type: 'string', format: 'uuid' }),
          query('kind', { enum: [...reviewKinds] }),
          query('year', { type: 'integer' }),
          ...pages,
        ],
        responses: ok('total and rows with themes and recommendation counts'),
      },
    },
    '/learning/reviews/{id}': {
      get: {
        tags: ['learning'],
        summary: 'A review with its findings and recommendations',
        parameters: [id],
        responses: {
          ...ok('review and recommendations'),
          '404': { description: 'No such review, or not yours to read' },
        },
      },
    },
    '/learning/recommendations/{id}': {
      get: {
        tags: ['learning'],
        summary: 'A recommendation with its evidence of impact',
        parameters: [id],
        responses: { ...ok('recommendation with evidence'), '404': { description: 'Not found' } },
      },
    },
    '/learning/examples': {
      get: {
        tags: ['learning'],
        summary: 'Good practice shared between boards',
        parameters: [
          query('board', { type: 'string', format: 'uuid' }),
          query('theme', { type: 'string', format: 'uuid' }),
          ...pages,
        ],
        responses: ok('total and rows'),
      },
    },
    '/learning/reviewers': {
      get: {
        tags: ['learning'],
        summary: 'Accredited review chairs and authors',
        parameters: [
          query('role', { enum: [...reviewerRoles] }),
          query('availability', { enum: [...reviewerAvailabilities] }),
          ...pages,
        ],
        responses: ok('total and rows'),
      },
    },
    '/learning/trends': {
      get: {
        tags: ['learning'],
        summary: 'Published reviews counted by theme, year and board',
        parameters: [query('board', { type: 'string', format: 'uuid' }), query('year', { type: 'integer' })],
        responses: ok('counts'),
      },
    },
    '/learning/search': {
      get: {
        tags: ['learning'],
        summary: 'Ranked full-text search over reviews, findings, recommendations and examples',
        parameters: [
          query(
            'q',
            { type: 'string', maxLength: 200 },
            'Any text: "quoted phrases", or, -word. Never an error.',
          ),
          query('kind', { enum: ['review', 'finding', 'recommendation', 'example'] }),
          query('limit', { type: 'integer', default: 20, maximum: 100 }),
          query('offset', { type: 'integer', default: 0 }),
        ],
        responses: ok('total and hits; extractHtml is escaped text where only <mark> is live'),
      },
    },
  });

  app.get('/api/v1/learning/themes', signedIn, async () => ({
    themes: await learning.listThemes(app.db, { includeRetired: true }),
  }));

  app.get('/api/v1/learning/reviews', signedIn, async (request) => {
    const q = paging
      .extend({
        board: optionalUuid,
        theme: optionalUuid,
        kind: z.enum(reviewKinds).optional(),
        year: z.coerce.number().int().min(1990).max(2100).optional(),
      })
      .parse(request.query);
    return learning.listReviews(app.db, visibilityOf(request), {
      boardId: q.board,
      themeId: q.theme,
      kind: q.kind,
      year: q.year,
      limit: q.limit,
      offset: q.offset,
    });
  });

  app.get('/api/v1/learning/reviews/:id', signedIn, async (request, reply) => {
    const review = await learning.getReview(app.db, idParams.parse(request.params).id, visibilityOf(request));
    if (!review) return reply.code(404).send({ error: 'Not found', details: [] });
    const recommendations = await learning.listRecommendations(app.db, review.id);
    return { review, recommendations };
  });

  app.get('/api/v1/learning/recommendations/:id', signedIn, async (request, reply) => {
    const recommendation = await learning.getRecommendation(app.db, idParams.parse(request.params).id);
    const review = recommendation
      ? await learning.getReview(app.db, recommendation.reviewId, visibilityOf(request))
      : null;
    if (!recommendation || !review) return reply.code(404).send({ error: 'Not found', details: [] });
    return { recommendation };
  });

  app.get('/api/v1/learning/examples', signedIn, async (request) => {
    const q = paging.extend({ board: optionalUuid, theme: optionalUuid }).parse(request.query);
    return learning.listExamples(app.db, {
      boardId: q.board,
      themeId: q.theme,
      limit: q.limit,
      offset: q.offset,
    });
  });

  app.get('/api/v1/learning/reviewers', signedIn, async (request) => {
    const q = paging
      .extend({
        role: z.enum(reviewerRoles).optional(),
        availability: z.enum(reviewerAvailabilities).optional(),
      })
      .parse(request.query);
    return learning.listReviewers(app.db, q);
  });

  app.get('/api/v1/learning/trends', signedIn, async (request) => {
    const q = z
      .object({ board: optionalUuid, year: z.coerce.number().int().min(1990).max(2100).optional() })
      .parse(request.query);
    return { counts: await learning.themeCounts(app.db, { boardId: q.board, year: q.year }) };
  });

  /** `extractHtml` is escaped text in which only <mark> elements are live; `extract` gives the same as plain pieces. */
  app.get('/api/v1/learning/search', signedIn, async (request) => {
    const { q, kind } = searchQuery.parse(request.query);
    const { limit, offset } = paging
      .extend({ limit: z.coerce.number().int().min(1).max(100).default(20) })
      .parse(request.query);
    return learning.searchLearning(app.db, visibilityOf(request), q, {
      kinds: kind ? [kind] : undefined,
      limit,
      offset,
    });
  });
}
