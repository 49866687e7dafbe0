import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../platform/auth/permissions.ts';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import * as learning from './service.ts';
import { evidenceMethods, recommendationStatuses } from './schema.ts';
import {
  dateItems,
  idParams,
  joinDates,
  linkDates,
  ruleErrors,
  splitDates,
  view,
  visibilityOf,
} from './routes-support.ts';

const recommendationDates = ['dueOn'];
const evidenceDates = ['checkedOn'];

/** Who may change a recommendation: the central team and managers of its review's board. */
async function boardOfReview(request: FastifyRequest) {
  const { id } = idParams.parse(request.params);
  const review = await learning.getReview(request.server.db, id, { all: true });
  return { boardId: review?.boardId ?? null };
}

async function boardOfRecommendation(request: FastifyRequest) {
  const { id } = idParams.parse(request.params);
  const recommendation = await learning.getRecommendation(request.server.db, id);
  const review = recommendation
    ? await learning.getReview(request.server.db, recommendation.reviewId, { all: true })
    : null;
  return { boardId: review?.boardId ?? null };
}

type Review = NonNullable<Awaited<ReturnType<typeof learning.getReview>>>;

export async function recommendationRoutes(app: FastifyInstance) {
  function showForm(
    reply: FastifyReply,
    data: {
      title: string;
      review: Review;
      values: Record<string, unknown>;
      errors?: FieldErrors;
      evidenceCount: number;
    },
  ) {
    return reply.code(data.errors ? 400 : 200).page(view('recommendation-form.njk'), {
      ...data,
      errors: data.errors ? linkDates(data.errors, recommendationDates) : undefined,
      dueOnItems: dateItems('dueOn', data.values, !!data.errors?.fields.dueOn),
      statusItems: recommendationStatuses.map((s) => ({
        value: s,
        text: learning.statusLabels[s],
        hint: { text: learning.statusHints[s] },
        checked: (data.values.status ?? 'not-started') === s,
      })),
    });
  }

  const onReview = { preHandler: requireCan('board:edit', boardOfReview) };
  app.get('/learning/reviews/:id/recommendations/new', onReview, async (request, reply) => {
    const review = await learning.getReview(app.db, idParams.parse(request.params).id, { all: true });
    if (!review) return reply.callNotFound();
    return showForm(reply, {
      title: 'Add a recommendation',
      review,
      values: { status: 'not-started' },
      evidenceCount: 0,
    });
  });

  app.post('/learning/reviews/:id/recommendations/new', onReview, async (request, reply) => {
    const review = await learning.getReview(app.db, idParams.parse(request.params).id, { all: true });
    if (!review) return reply.callNotFound();
    const values = joinDates(request.body, recommendationDates);
    const form = parseForm(learning.recommendationInput, values);
    const fail = (errors: FieldErrors) =>
      showForm(reply, { title: 'Add a recommendation', review, values, errors, evidenceCount: 0 });
    if (!form.ok) return fail(form.errors);
    try {
      await app.db.transaction((tx) =>
        learning.createRecommendation(tx, request.actor, review.id, form.value),
      );
    } catch (error) {
      const errors = ruleErrors(error);
      if (!errors) throw error;
      return fail(errors);
    }
    await reply.flash('success', 'Recommendation added');
    return reply.redirect(`/learning/reviews/${review.id}#recommendations`, 303);
  });

  app.get('/learning/recommendations/:id', { preHandler: requireSignIn }, async (request, reply) => {
    const recommendation = await learning.getRecommendation(app.db, idParams.parse(request.params).id);
    const review = recommendation
      ? await learning.getReview(app.db, recommendation.reviewId, visibilityOf(request))
      : null;
    if (!recommendation || !review) return reply.callNotFound();
    return reply.page(view('recommendation.njk'), {
      title: `Recommendation for ${recommendation.agency}`,
      review,
      recommendation: {
        ...recommendation,
        statusText: learning.statusLabels[recommendation.status],
        statusHint: learning.statusHints[recommendation.status],
      },
      evidence: recommendation.evidence.map((e) => ({ ...e, methodText: learning.methodLabels[e.method] })),
      canEdit: can(request.principal, 'board:edit', { boardId: review.boardId }),
    });
  });

  const onRecommendation = { preHandler: requireCan('board:edit', boardOfRecommendation) };
  async function load(request: FastifyRequest) {
    const recommendation = await learning.getRecommendation(app.db, idParams.parse(request.params).id);
    const review = recommendation
      ? await learning.getReview(app.db, recommendation.reviewId, { all: true })
      : null;
    return recommendation && review ? { recommendation, review } : null;
  }

  app.get('/learning/recommendations/:id/edit', onRecommendation, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const values = splitDates(found.recommendation, recommendationDates);
    return showForm(reply, {
      title: 'Update the recommendation',
      review: found.review,
      values,
      evidenceCount: found.recommendation.evidence.length,
    });
  });

  app.post('/learning/recommendations/:id/edit', onRecommendation, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const { recommendation, review } = found;
    const values = joinDates(request.body, recommendationDates);
    const form = parseForm(learning.recommendationInput, values);
    const fail = (errors: FieldErrors) =>
      showForm(reply, {
        title: 'Update the recommendation',
        review,
        values,
        errors,
        evidenceCount: recommendation.evidence.length,
      });
    if (!form.ok) return fail(form.errors);
    try {
      await app.db.transaction((tx) =>
        learning.updateRecommendation(tx, request.actor, recommendation.id, form.value),
      );
    } catch (error) {
      const errors = ruleErrors(error);
      if (!errors) throw error;
      return fail(errors);
    }
    await reply.flash('success', 'Recommendation updated');
    return reply.redirect(`/learning/recommendations/${recommendation.id}`, 303);
  });

  function showEvidenceForm(
    reply: FastifyReply,
    data: {
      recommendation: { id: string; agency: string; text: string };
      review: Review;
      values: Record<string, unknown>;
      errors?: FieldErrors;
    },
  ) {
    return reply.code(data.errors ? 400 : 200).page(view('evidence-form.njk'), {
      ...data,
      title: 'Add evidence of impact',
      errors: data.errors ? linkDates(data.errors, evidenceDates) : undefined,
      checkedOnItems: dateItems('checkedOn', data.values, !!data.errors?.fields.checkedOn),
      methodItems: evidenceMethods.map((m) => ({
        value: m,
        text: learning.methodLabels[m],
        checked: data.values.method === m,
      })),
    });
  }

  app.get('/learning/recommendations/:id/evidence/new', onRecommendation, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    return showEvidenceForm(reply, { ...found, values: { checkedBy: request.principal?.name ?? '' } });
  });

  app.post('/learning/recommendations/:id/evidence/new', onRecommendation, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const values = joinDates(request.body, evidenceDates);
    const form = parseForm(learning.evidenceInput, values);
    if (!form.ok) return showEvidenceForm(reply, { ...found, values, errors: form.errors });
    await app.db.transaction((tx) =>
      learning.addEvidence(tx, request.actor, found.recommendation.id, form.value),
    );
    await reply.flash(
      'success',
      'Evidence of impact added',
      found.recommendation.status === 'embedded'
        ? undefined
        : 'If practice has now changed, update the recommendation’s status to embedded.',
    );
    return reply.redirect(`/learning/recommendations/${found.recommendation.id}`, 303);
  });
}
