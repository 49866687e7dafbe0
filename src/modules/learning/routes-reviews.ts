import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can } from '../../platform/auth/permissions.ts';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, singleError, type FieldErrors } from '../../platform/http/forms.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { sendDownload } from '../../platform/export/index.ts';
import * as network from '../network/service.ts';
import * as learning from './service.ts';
import { reviewKinds } from './schema.ts';
import {
  boardItems,
  dateItems,
  downloadFormat,
  editableBoards,
  idParams,
  joinDates,
  linkDates,
  optionalUuid,
  ruleErrors,
  splitDates,
  view,
  visibilityOf,
} from './routes-support.ts';

const dates = ['publishedOn'];
const listQuery = z.object({
  board: optionalUuid,
  theme: optionalUuid,
  kind: z.enum(reviewKinds).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
});

/** The review's board decides who may change it; a missing review lets the route answer 404. */
async function reviewBoard(request: FastifyRequest) {
  const { id } = idParams.parse(request.params);
  const review = await learning.getReview(request.server.db, id, { all: true });
  return { boardId: review?.boardId ?? null };
}

export async function reviewRoutes(app: FastifyInstance) {
  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    data: { title: string; values: Record<string, unknown>; errors?: FieldErrors; reviewId?: string },
  ) {
    const [boards, themes] = await Promise.all([
      editableBoards(request),
      learning.listThemes(app.db, { includeRetired: false }),
    ]);
    const chosen = new Set(([] as unknown[]).concat(data.values.themeIds ?? []).map(String));
    // A retired theme already on the review stays ticked and offered.
    const themeList = data.reviewId
      ? ((await learning.getReview(app.db, data.reviewId, { all: true }))?.themes ?? [])
      : [];
    const offered = [...themes, ...themeList.filter((t) => !themes.some((x) => x.id === t.id))];
    return reply.code(data.errors ? 400 : 200).page(view('review-form.njk'), {
      ...data,
      errors: data.errors ? linkDates(data.errors, dates) : undefined,
      boardItems: boardItems(boards, data.values.boardId),
      kindItems: reviewKinds.map((k) => ({
        value: k,
        text: learning.reviewKindLabels[k],
        checked: data.values.kind === k,
      })),
      themeItems: offered.map((t) => ({ value: t.id, text: t.name, checked: chosen.has(t.id) })),
      publishedOnItems: dateItems('publishedOn', data.values, !!data.errors?.fields.publishedOn),
    });
  }

  app.get('/learning/reviews', { preHandler: requireSignIn }, async (request, reply) => {
    const filter = listQuery.parse(request.query);
    const { format } = downloadFormat.parse(request.query);
    const visibility = visibilityOf(request);
    const f = { boardId: filter.board, themeId: filter.theme, kind: filter.kind, year: filter.year };
    if (format) {
      const { rows } = await learning.listReviews(app.db, visibility, f);
      return sendDownload(reply, {
        filename: 'case-reviews',
        format,
        columns: [
          { key: 'title', header: 'Review' },
          { key: 'kind', header: 'Kind' },
          { key: 'boardName', header: 'Board' },
          { key: 'publishedOn', header: 'Date published' },
          { key: 'themes', header: 'Themes' },
          { key: 'recommendations', header: 'Recommendations' },
          { key: 'embedded', header: 'Recommendations embedded' },
          { key: 'reportUrl', header: 'Published report' },
        ],
        rows: rows.map((r) => ({
          ...r,
          kind: learning.reviewKindLabels[r.kind],
          publishedOn: r.publishedOn ?? 'Not yet published',
        })),
      });
    }
    const page = pageOf(request.query);
    const [{ rows, total }, boards, themes, years] = await Promise.all([
      learning.listReviews(app.db, visibility, { ...f, limit: page.limit, offset: page.offset }),
      network.listBoards(app.db),
      learning.listThemes(app.db, { includeRetired: true }),
      learning.publishedYears(app.db),
    ]);
    const query = request.query as Record<string, unknown>;
    return reply.page(view('reviews.njk'), {
      title: 'Case reviews',
      reviews: rows.map((r) => ({ ...r, kindText: learning.reviewKindLabels[r.kind] })),
      filter,
      pagination: paginationView(page, total, '/learning/reviews', query),
      boardItems: [
        { value: '', text: 'All boards' },
        ...boards.map((b) => ({ value: b.id, text: b.name, selected: b.id === filter.board })),
      ],
      themeItems: [
        { value: '', text: 'All themes' },
        ...themes.map((t) => ({ value: t.id, text: t.name, selected: t.id === filter.theme })),
      ],
      kindItems: [
        { value: '', text: 'All kinds' },
        ...reviewKinds.map((k) => ({
          value: k,
          text: learning.reviewKindLabels[k],
          selected: k === filter.kind,
        })),
      ],
      yearItems: [
        { value: '', text: 'Any year' },
        ...years.map((y) => ({ value: String(y), text: String(y), selected: y === filter.year })),
      ],
      downloadQuery: new URLSearchParams(
        Object.entries(filter)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      ).toString(),
      canRecord: (await editableBoards(request)).length > 0,
    });
  });

  app.get('/learning/reviews/new', { preHandler: requireSignIn }, async (request, reply) => {
    if ((await editableBoards(request)).length === 0) return reply.code(403).page('errors/403.njk');
    const mine = request.principal?.roles.find((r) => r.boardId)?.boardId;
    return showForm(request, reply, { title: 'Record a case review', values: { boardId: mine ?? '' } });
  });

  app.post('/learning/reviews/new', { preHandler: requireSignIn }, async (request, reply) => {
    if ((await editableBoards(request)).length === 0) return reply.code(403).page('errors/403.njk');
    const body = joinDates(request.body, dates);
    const values = body;
    const form = parseForm(learning.reviewInput, body);
    if (!form.ok)
      return showForm(request, reply, { title: 'Record a case review', values, errors: form.errors });
    if (!can(request.principal, 'board:edit', { boardId: form.value.boardId }))
      return showForm(request, reply, {
        title: 'Record a case review',
        values,
        errors: singleError('boardId', 'You can record reviews only for your own board'),
      });
    try {
      const { id } = await app.db.transaction((tx) =>
        learning.createReview(tx, request.actor, values as learning.ReviewInput),
      );
      await reply.flash('success', 'Review recorded', 'Now add its recommendations.');
      return reply.redirect(`/learning/reviews/${id}`, 303);
    } catch (error) {
      const errors = ruleErrors(error);
      if (!errors) throw error;
      return showForm(request, reply, { title: 'Record a case review', values, errors });
    }
  });

  app.get('/learning/reviews/:id', { preHandler: requireSignIn }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const review = await learning.getReview(app.db, id, visibilityOf(request));
    if (!review) return reply.callNotFound();
    const recommendations = await learning.listRecommendations(app.db, review.id);
    return reply.page(view('review.njk'), {
      title: review.title,
      review: { ...review, kindText: learning.reviewKindLabels[review.kind] },
      recommendations: recommendations.map((r) => ({ ...r, statusText: learning.statusLabels[r.status] })),
      canEdit: can(request.principal, 'board:edit', { boardId: review.boardId }),
    });
  });

  const edit = { preHandler: requireCan('board:edit', reviewBoard) };
  app.get('/learning/reviews/:id/edit', edit, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const review = await learning.getReview(app.db, id, { all: true });
    if (!review) return reply.callNotFound();
    const values = splitDates(
      {
        ...review,
        themeIds: review.themes.map((t) => t.id),
        findings: review.findings.map((f) => f.text).join('\n\n'),
      },
      dates,
    );
    return showForm(request, reply, { title: `Edit ${review.title}`, values, reviewId: id });
  });

  app.post('/learning/reviews/:id/edit', edit, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const review = await learning.getReview(app.db, id, { all: true });
    if (!review) return reply.callNotFound();
    const values = joinDates(request.body, dates);
    const title = `Edit ${review.title}`;
    const form = parseForm(learning.reviewInput, values);
    if (!form.ok) return showForm(request, reply, { title, values, errors: form.errors, reviewId: id });
    if (!can(request.principal, 'board:edit', { boardId: form.value.boardId }))
      return showForm(request, reply, {
        title,
        values,
        reviewId: id,
        errors: singleError('boardId', 'You can move a review only to a board you manage'),
      });
    try {
      await app.db.transaction((tx) =>
        learning.updateReview(tx, request.actor, id, values as learning.ReviewInput),
      );
    } catch (error) {
      const errors = ruleErrors(error);
      if (!errors) throw error;
      return showForm(request, reply, { title, values, errors, reviewId: id });
    }
    await reply.flash('success', 'Review updated');
    return reply.redirect(`/learning/reviews/${id}`, 303);
  });
}
