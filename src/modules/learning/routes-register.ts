import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { can } from '../../platform/auth/permissions.ts';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { sendDownload } from '../../platform/export/index.ts';
import * as learning from './service.ts';
import { reviewerAvailabilities, reviewerRoles } from './schema.ts';
import {
  dateItems,
  downloadFormat,
  idParams,
  joinDates,
  linkDates,
  splitDates,
  view,
} from './routes-support.ts';

const dates = ['accreditedOn'];
const listQuery = z.object({
  role: z.enum(reviewerRoles).optional().catch(undefined),
  availability: z.enum(reviewerAvailabilities).optional().catch(undefined),
});

/** The register of accredited review chairs and authors, kept by the central team. */
export async function registerRoutes(app: FastifyInstance) {
  function showForm(
    reply: FastifyReply,
    data: { title: string; values: Record<string, unknown>; errors?: FieldErrors },
  ) {
    return reply.code(data.errors ? 400 : 200).page(view('reviewer-form.njk'), {
      ...data,
      errors: data.errors ? linkDates(data.errors, dates) : undefined,
      accreditedOnItems: dateItems('accreditedOn', data.values, !!data.errors?.fields.accreditedOn),
      roleItems: reviewerRoles.map((r) => ({
        value: r,
        text: learning.reviewerRoleLabels[r],
        checked: data.values.role === r,
      })),
      availabilityItems: reviewerAvailabilities.map((a) => ({
        value: a,
        text: learning.availabilityLabels[a],
        checked: data.values.availability === a,
      })),
    });
  }

  app.get('/learning/register', { preHandler: requireSignIn }, async (request, reply) => {
    const filter = listQuery.parse(request.query);
    const { format } = downloadFormat.parse(request.query);
    const label = <
      T extends {
        role: keyof typeof learning.reviewerRoleLabels;
        availability: keyof typeof learning.availabilityLabels;
      },
    >(
      r: T,
    ) => ({
      ...r,
      roleText: learning.reviewerRoleLabels[r.role],
      availabilityText: learning.availabilityLabels[r.availability],
    });
    if (format) {
      const { rows } = await learning.listReviewers(app.db, filter);
      return sendDownload(reply, {
        filename: 'review-chairs-and-authors',
        format,
        title: 'Accredited review chairs and authors',
        columns: [
          { key: 'name', header: 'Name' },
          { key: 'roleText', header: 'Role' },
          { key: 'accreditedOn', header: 'Accreditation date' },
          { key: 'accreditingBody', header: 'Accredited by' },
          { key: 'availabilityText', header: 'Availability' },
          { key: 'email', header: 'Email' },
          { key: 'notes', header: 'Notes' },
        ],
        rows: rows.map(label),
      });
    }
    const page = pageOf(request.query);
    const { rows, total } = await learning.listReviewers(app.db, {
      ...filter,
      limit: page.limit,
      offset: page.offset,
    });
    return reply.page(view('register.njk'), {
      title: 'Accredited review chairs and authors',
      reviewers: rows.map(label),
      filter,
      pagination: paginationView(page, total, '/learning/register', request.query as Record<string, unknown>),
      roleItems: [
        { value: '', text: 'Any role' },
        ...reviewerRoles.map((r) => ({
          value: r,
          text: learning.reviewerRoleLabels[r],
          selected: r === filter.role,
        })),
      ],
      availabilityItems: [
        { value: '', text: 'Any availability' },
        ...reviewerAvailabilities.map((a) => ({
          value: a,
          text: learning.availabilityLabels[a],
          selected: a === filter.availability,
        })),
      ],
      downloadQuery: new URLSearchParams(
        Object.entries(filter).filter(([, v]) => v !== undefined) as [string, string][],
      ).toString(),
      canManage: can(request.principal, 'network:manage'),
    });
  });

  const manage = { preHandler: requireCan('network:manage') };
  app.get('/learning/register/new', manage, async (_request, reply) =>
    showForm(reply, { title: 'Add a review chair or author', values: { availability: 'available' } }),
  );

  app.post('/learning/register/new', manage, async (request, reply) => {
    const values = joinDates(request.body, dates);
    const form = parseForm(learning.reviewerInput, values);
    if (!form.ok)
      return showForm(reply, { title: 'Add a review chair or author', values, errors: form.errors });
    const row = await app.db.transaction((tx) => learning.createReviewer(tx, request.actor, form.value));
    await reply.flash('success', `${row.name} added to the register`);
    return reply.redirect('/learning/register', 303);
  });

  app.get('/learning/register/:id/edit', manage, async (request, reply) => {
    const reviewer = await learning.getReviewer(app.db, idParams.parse(request.params).id);
    if (!reviewer) return reply.callNotFound();
    return showForm(reply, { title: `Edit ${reviewer.name}`, values: splitDates(reviewer, dates) });
  });

  app.post('/learning/register/:id/edit', manage, async (request, reply) => {
    const reviewer = await learning.getReviewer(app.db, idParams.parse(request.params).id);
    if (!reviewer) return reply.callNotFound();
    const values = joinDates(request.body, dates);
    const form = parseForm(learning.reviewerInput, values);
    if (!form.ok) return showForm(reply, { title: `Edit ${reviewer.name}`, values, errors: form.errors });
    await app.db.transaction((tx) => learning.updateReviewer(tx, request.actor, reviewer.id, form.value));
    await reply.flash('success', `${form.value.name} updated`);
    return reply.redirect('/learning/register', 303);
  });
}
