import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import * as network from '../network/service.ts';
import * as learning from './service.ts';
import { view, visibilityOf } from './routes-support.ts';

// Any text is a valid search: long text is cut, never refused.
export const searchQuery = z.object({
  q: z
    .unknown()
    .optional()
    .transform((v) => (typeof v === 'string' ? v : Array.isArray(v) ? String(v[0] ?? '') : ''))
    .transform((v) => v.slice(0, learning.MAX_QUERY_LENGTH)),
  kind: z.enum(learning.searchKinds).optional().catch(undefined),
});

export async function searchRoutes(app: FastifyInstance) {
  app.get('/learning', { preHandler: requireSignIn }, async (request, reply) => {
    const visibility = visibilityOf(request);
    const [reviews, examples, reviewers] = await Promise.all([
      learning.listReviews(app.db, visibility, { limit: 5 }),
      learning.listExamples(app.db, { limit: 3 }),
      learning.listReviewers(app.db, { availability: 'available', limit: 1 }),
    ]);
    return reply.page(view('index.njk'), {
      title: 'Learning from case reviews',
      reviews: reviews.rows.map((r) => ({ ...r, kindText: learning.reviewKindLabels[r.kind] })),
      reviewTotal: reviews.total,
      examples: examples.rows,
      exampleTotal: examples.total,
      availableReviewers: reviewers.total,
    });
  });

  app.get('/learning/search', { preHandler: requireSignIn }, async (request, reply) => {
    const { q, kind } = searchQuery.parse(request.query);
    const page = pageOf(request.query, 20);
    const result = await learning.searchLearning(app.db, visibilityOf(request), q, {
      kinds: kind ? [kind] : undefined,
      limit: page.limit,
      offset: page.offset,
    });
    const boards = await network.listBoards(app.db);
    const boardName = new Map(boards.map((b) => [b.id, b.name]));
    return reply.page(view('search.njk'), {
      title: q.trim() ? `Search results for “${q.trim()}”` : 'Search learning',
      q,
      kind,
      result,
      hits: result.hits.map((h) => ({
        ...h,
        kindText: learning.searchKindLabels[h.kind],
        boardName: boardName.get(h.boardId) ?? '',
      })),
      kindItems: [
        { value: '', text: 'Everything' },
        ...learning.searchKinds.map((k) => ({
          value: k,
          text: learning.searchKindLabels[k],
          selected: k === kind,
        })),
      ],
      pagination: paginationView(page, result.total, '/learning/search', { q, kind: kind ?? '' }),
    });
  });
}
