import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { sendDownload } from '../../platform/export/index.ts';
import { basisLabels, heatMapView, historyView } from './heat-map-view.ts';
import { canEditProject, joinDates, linkDateErrors, notFound, personItems, projectGuard, projectOf, splitDates } from './http.ts';
import { riskCategories, riskStatuses } from './schema.ts';
import * as risks from './service.ts';

const view = (name: string) => `modules/risks/views/${name}`;
const read = { preHandler: projectGuard('read') };
const edit = { preHandler: projectGuard('edit') };
const riskDates = ['nextReviewDate'] as const;
const numberParams = z.object({ slug: z.string().max(100), number: z.coerce.number().int().min(1).max(1_000_000) });

const registerQuery = z.object({
  basis: z.enum(risks.heatBases).catch('current').default('current'),
  status: z.enum([...riskStatuses, 'not-closed', 'all']).catch('not-closed').default('not-closed'),
  likelihood: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  impact: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  format: z.enum(['csv', 'xlsx']).optional(),
});

const registerColumns = [
  { key: 'reference', header: 'Reference' },
  { key: 'title', header: 'Title' },
  { key: 'categoryLabel', header: 'Category' },
  { key: 'cause', header: 'Cause' },
  { key: 'event', header: 'Event' },
  { key: 'effect', header: 'Effect' },
  { key: 'ownerName', header: 'Owner' },
  { key: 'inherentLikelihood', header: 'Inherent likelihood' },
  { key: 'inherentImpact', header: 'Inherent impact' },
  { key: 'inherentScore', header: 'Inherent score' },
  { key: 'inherentBand', header: 'Inherent band' },
  { key: 'controls', header: 'Controls' },
  { key: 'residualLikelihood', header: 'Residual likelihood' },
  { key: 'residualImpact', header: 'Residual impact' },
  { key: 'residualScore', header: 'Residual score' },
  { key: 'residualBand', header: 'Residual band' },
  { key: 'targetScore', header: 'Target score' },
  { key: 'targetBand', header: 'Target band' },
  { key: 'statusLabel', header: 'Status' },
  { key: 'nextReviewDate', header: 'Next review' },
  { key: 'linkedAction', header: 'Linked action' },
  { key: 'linkedActionUrl', header: 'Linked action link' },
];

const scaleItems = (labels: readonly string[], empty?: string) => [
  ...(empty ? [{ value: '', text: empty }] : []),
  ...labels.map((label, i) => ({ value: String(i + 1), text: `${i + 1} – ${label}` })),
];

export async function registerRoutes(app: FastifyInstance) {
  app.get('/projects/:slug/risks', read, async (request, reply) => {
    const project = projectOf(request);
    const q = registerQuery.parse(request.query);
    const filter: risks.RiskFilter = { basis: q.basis, status: q.status === 'all' ? undefined : q.status, likelihood: q.likelihood, impact: q.impact };
    if (q.format) {
      const all = await risks.listRisks(app.db, project.id, project.bands, filter);
      return sendDownload(reply, { filename: `${project.slug}-risk-register`, format: q.format, columns: registerColumns, rows: all.rows, title: `${project.name}: risk register`, sheetName: 'Risk register' });
    }
    const page = pageOf(request.query);
    const [list, counts] = await Promise.all([risks.listRisks(app.db, project.id, project.bands, filter, page), risks.heatMapCounts(app.db, project.id, q.basis)]);
    const base = `/projects/${project.slug}/risks`;
    const query = { basis: q.basis, status: q.status, likelihood: q.likelihood ? String(q.likelihood) : '', impact: q.impact ? String(q.impact) : '' };
    return reply.page(view('register.njk'), {
      title: `Risk register: ${project.name}`,
      project,
      section: 'risks',
      risks: list.rows,
      pagination: paginationView(page, list.total, base, query),
      heat: await heatMapView(counts, project.bands, q.basis, base),
      basis: q.basis,
      basisItems: risks.heatBases.map((b) => ({ value: b, text: basisLabels[b] })),
      statusItems: [
        { value: 'not-closed', text: 'Open and monitoring' },
        ...riskStatuses.map((s) => ({ value: s, text: risks.riskStatusLabels[s] })),
        { value: 'all', text: 'All' },
      ],
      q,
      downloadQuery: new URLSearchParams(Object.entries(query).filter(([, v]) => v)).toString(),
      canEdit: canEditProject(request, project),
      bands: project.bands.map(risks.describeBand),
    });
  });

  const riskForm = async (request: FastifyRequest, reply: FastifyReply, values: Record<string, unknown>, errors?: FieldErrors, number?: number) => {
    const project = projectOf(request);
    return reply.code(errors ? 400 : 200).page(view('risk-form.njk'), {
      title: number ? `Edit risk R${number}` : 'Add a risk',
      project,
      number,
      values,
      errors: errors && linkDateErrors(errors, riskDates),
      people: await personItems(request),
      categoryItems: [{ value: '', text: 'Choose a category' }, ...riskCategories.map((c) => ({ value: c, text: risks.riskCategoryLabels[c] }))],
      statusItems: riskStatuses.map((s) => ({ value: s, text: risks.riskStatusLabels[s] })),
      likelihoodItems: scaleItems(risks.likelihoodLabels),
      impactItems: scaleItems(risks.impactLabels),
      optionalLikelihoodItems: scaleItems(risks.likelihoodLabels, 'Not assessed'),
      optionalImpactItems: scaleItems(risks.impactLabels, 'Not assessed'),
      bands: project.bands.map(risks.describeBand),
    });
  };

  app.get('/projects/:slug/risks/new', edit, async (request, reply) => riskForm(request, reply, { status: 'open' }));
  app.post('/projects/:slug/risks/new', edit, async (request, reply) => {
    const project = projectOf(request);
    const form = parseForm(risks.riskInput, joinDates(request.body, riskDates));
    if (!form.ok) return riskForm(request, reply, request.body as Record<string, unknown>, form.errors);
    const risk = await app.db.transaction((tx) => risks.createRisk(tx, request.actor, project.id, form.value));
    await reply.flash('success', `Risk R${risk.number} added`);
    return reply.redirect(`/projects/${project.slug}/risks/${risk.number}`, 303);
  });

  app.get('/projects/:slug/risks/:number', read, async (request, reply) => {
    const project = projectOf(request);
    const { number } = numberParams.parse(request.params);
    const found = await risks.getRisk(app.db, project.id, number);
    if (!found) return notFound(request, reply);
    const risk = risks.describeRisk(found.risk, project.bands, found.ownerName);
    return reply.page(view('risk.njk'), {
      title: `${risk.reference} ${risk.title}`,
      project,
      risk,
      history: await historyView(await risks.riskHistory(app.db, risk.id), project.bands),
      canEdit: canEditProject(request, project),
      today: risks.londonDate(new Date()),
    });
  });

  app.get('/projects/:slug/risks/:number/edit', edit, async (request, reply) => {
    const project = projectOf(request);
    const { number } = numberParams.parse(request.params);
    const found = await risks.getRisk(app.db, project.id, number);
    if (!found) return notFound(request, reply);
    const values = Object.fromEntries(Object.entries(found.risk).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]));
    return riskForm(request, reply, splitDates(values, riskDates), undefined, number);
  });
  app.post('/projects/:slug/risks/:number/edit', edit, async (request, reply) => {
    const project = projectOf(request);
    const { number } = numberParams.parse(request.params);
    const found = await risks.getRisk(app.db, project.id, number);
    if (!found) return notFound(request, reply);
    const form = parseForm(risks.riskInput, joinDates(request.body, riskDates));
    if (!form.ok) return riskForm(request, reply, request.body as Record<string, unknown>, form.errors, number);
    await app.db.transaction((tx) => risks.updateRisk(tx, request.actor, found.risk.id, form.value));
    await reply.flash('success', `Risk R${number} saved`);
    return reply.redirect(`/projects/${project.slug}/risks/${number}`, 303);
  });

  app.get('/projects/reviews-due', { preHandler: requireSignIn }, async (request, reply) => {
    const q = z.object({ within: z.coerce.number().int().refine((n) => [0, 7, 30, 90].includes(n)).catch(30).default(30), format: z.enum(['csv', 'xlsx']).optional() }).parse(request.query);
    if (q.format) {
      const all = await risks.reviewsDue(app.db, request.principal, new Date(), q.within);
      return sendDownload(reply, {
        filename: 'risk-reviews-due',
        format: q.format,
        columns: [
          { key: 'nextReviewDate', header: 'Review due' },
          { key: 'projectName', header: 'Project' },
          { key: 'reference', header: 'Reference' },
          { key: 'title', header: 'Risk' },
          { key: 'ownerName', header: 'Owner' },
          { key: 'currentScore', header: 'Current score' },
          { key: 'currentBand', header: 'Current band' },
          { key: 'overdue', header: 'Overdue' },
        ],
        rows: all.rows,
      });
    }
    const page = pageOf(request.query);
    const due = await risks.reviewsDue(app.db, request.principal, new Date(), q.within, page);
    return reply.page(view('reviews-due.njk'), {
      title: 'Risk reviews due',
      due: due.rows,
      within: q.within,
      withinItems: [
        { value: '0', text: 'Overdue or due today' },
        { value: '7', text: 'Due in the next 7 days' },
        { value: '30', text: 'Due in the next 30 days' },
        { value: '90', text: 'Due in the next 90 days' },
      ],
      pagination: paginationView(page, due.total, '/projects/reviews-due', { within: String(q.within) }),
    });
  });
}
