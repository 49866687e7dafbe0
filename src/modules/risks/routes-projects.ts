import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { sendDownload } from '../../platform/export/index.ts';
import * as network from '../network/service.ts';
import * as documents from '../documents/service.ts';
import { canEditProject, joinDates, linkDateErrors, notFound, personItems, projectGuard, projectOf, splitDates } from './http.ts';
import { planStatuses, projectStatuses } from './schema.ts';
import * as risks from './service.ts';

const view = (name: string) => `modules/risks/views/${name}`;
const read = { preHandler: projectGuard('read') };
const edit = { preHandler: projectGuard('edit') };
const idParams = z.object({ slug: z.string().max(100), id: z.string().uuid() });
const phaseDates = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
const milestoneDates = ['plannedDate', 'actualDate'] as const;
const statusItems = projectStatuses.map((s) => ({ value: s, text: risks.projectStatusLabels[s] }));
const planStatusItems = planStatuses.map((s) => ({ value: s, text: risks.planStatusLabels[s] }));

export async function projectRoutes(app: FastifyInstance) {
  app.get('/projects', { preHandler: requireSignIn }, async (request, reply) => {
    const projects = await risks.listProjects(app.db, request.principal);
    return reply.page(view('projects.njk'), { title: 'Projects', projects });
  });

  const projectForm = async (request: FastifyRequest, reply: FastifyReply, values: unknown, errors?: FieldErrors, slug?: string) => {
    const boards = await network.listBoards(app.db);
    return reply.code(errors ? 400 : 200).page(view('project-form.njk'), {
      title: slug ? 'Edit project' : 'Start a project',
      values,
      errors,
      slug,
      statusItems,
      people: await personItems(request),
      boardItems: [{ value: '', text: 'The network (no single board)' }, ...boards.map((b) => ({ value: b.id, text: b.name }))],
    });
  };

  app.get('/projects/new', { preHandler: requireCan('network:manage') }, async (request, reply) => projectForm(request, reply, { status: 'active' }));
  app.post('/projects/new', { preHandler: requireCan('network:manage') }, async (request, reply) => {
    const form = parseForm(risks.projectInput, request.body);
    if (!form.ok) return projectForm(request, reply, request.body, form.errors);
    const project = await app.db.transaction((tx) => risks.createProject(tx, request.actor, form.value));
    await reply.flash('success', `Project ${project.name} started`);
    return reply.redirect(`/projects/${project.slug}/plan`, 303);
  });

  app.get('/projects/:slug/edit', edit, async (request, reply) => projectForm(request, reply, projectOf(request), undefined, projectOf(request).slug));
  app.post('/projects/:slug/edit', edit, async (request, reply) => {
    const project = projectOf(request);
    const form = parseForm(risks.projectInput, request.body);
    if (!form.ok) return projectForm(request, reply, request.body, form.errors, project.slug);
    await app.db.transaction((tx) => risks.updateProject(tx, request.actor, project.id, form.value));
    await reply.flash('success', form.value.publicPage ? 'Project saved. Its public page is published.' : 'Project saved');
    return reply.redirect(`/projects/${project.slug}/plan`, 303);
  });

  app.get('/projects/:slug/plan', read, async (request, reply) => {
    const project = projectOf(request);
    const { format } = z.object({ format: z.enum(['csv', 'xlsx']).optional() }).parse(request.query);
    const [phases, milestones] = await Promise.all([risks.listPhases(app.db, project.id), risks.listMilestones(app.db, project.id)]);
    if (format) {
      return sendDownload(reply, {
        filename: `${project.slug}-milestones`,
        format,
        columns: [
          { key: 'name', header: 'Milestone' },
          { key: 'phaseName', header: 'Phase' },
          { key: 'ownerName', header: 'Owner' },
          { key: 'statusLabel', header: 'Status' },
          { key: 'plannedDate', header: 'Planned date' },
          { key: 'actualDate', header: 'Actual date' },
        ],
        rows: milestones,
      });
    }
    return reply.page(view('plan.njk'), {
      title: project.name,
      project: await risks.describeProject(app.db, project),
      phases,
      currentPhase: risks.currentPhase(phases),
      milestones,
      documents: await documents.listDocuments(app.db, { kind: 'project', id: project.id }),
      canEdit: canEditProject(request, project),
      bands: project.bands.map(risks.describeBand),
    });
  });

  const bandsForm = (reply: FastifyReply, project: risks.Project, rows: unknown[], errors?: FieldErrors) =>
    reply.code(errors ? 400 : 200).page(view('bands.njk'), { title: `Risk bands: ${project.name}`, project, rows, errors });

  app.get('/projects/:slug/bands', edit, async (request, reply) => {
    const project = projectOf(request);
    return bandsForm(reply, project, [...project.bands, ...Array.from({ length: 6 - project.bands.length }, () => ({}))]);
  });
  app.post('/projects/:slug/bands', edit, async (request, reply) => {
    const project = projectOf(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const rows = Array.from({ length: 6 }, (_, i) => ({ label: String(body[`label${i}`] ?? '').trim(), from: String(body[`from${i}`] ?? '').trim(), to: String(body[`to${i}`] ?? '').trim() }));
    const given = rows.map((r, i) => ({ ...r, row: i })).filter((r) => r.label || r.from || r.to);
    const parsed = risks.bandsInput.safeParse(given.map(({ label, from, to }) => ({ label, from, to })));
    if (!parsed.success) {
      const errorList = parsed.error.issues.map((issue) => {
        const [index, field] = issue.path as [number | undefined, string | undefined];
        const row = index === undefined ? 0 : (given[index]?.row ?? 0);
        return { text: index === undefined ? issue.message : `Band ${row + 1}: ${issue.message}`, href: `#${field ?? 'label'}${row}` };
      });
      return bandsForm(reply, project, rows, { errorList, fields: {} });
    }
    await app.db.transaction((tx) => risks.setProjectBands(tx, request.actor, project.id, parsed.data));
    await reply.flash('success', 'Risk bands saved');
    return reply.redirect(`/projects/${project.slug}/risks`, 303);
  });

  // Phases
  const phaseForm = async (request: FastifyRequest, reply: FastifyReply, values: Record<string, unknown>, errors?: FieldErrors, id?: string) =>
    reply.code(errors ? 400 : 200).page(view('phase-form.njk'), {
      title: id ? 'Edit phase' : 'Add a phase',
      project: projectOf(request),
      values,
      errors: errors && linkDateErrors(errors, phaseDates),
      id,
      statusItems: planStatusItems,
      people: await personItems(request),
    });
  app.get('/projects/:slug/phases/new', edit, async (request, reply) => phaseForm(request, reply, { status: 'not-started' }));
  app.post('/projects/:slug/phases/new', edit, async (request, reply) => {
    const project = projectOf(request);
    const form = parseForm(risks.phaseInput, joinDates(request.body, phaseDates));
    if (!form.ok) return phaseForm(request, reply, request.body as Record<string, unknown>, form.errors);
    await app.db.transaction((tx) => risks.addPhase(tx, request.actor, project.id, form.value));
    await reply.flash('success', `Phase ${form.value.name} added`);
    return reply.redirect(`/projects/${project.slug}/plan`, 303);
  });
  app.get('/projects/:slug/phases/:id/edit', edit, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const phase = await risks.getPhase(app.db, projectOf(request).id, id);
    if (!phase) return notFound(request, reply);
    return phaseForm(request, reply, splitDates(phase, phaseDates), undefined, id);
  });
  app.post('/projects/:slug/phases/:id/edit', edit, async (request, reply) => {
    const project = projectOf(request);
    const { id } = idParams.parse(request.params);
    if (!(await risks.getPhase(app.db, project.id, id))) return notFound(request, reply);
    const form = parseForm(risks.phaseInput, joinDates(request.body, phaseDates));
    if (!form.ok) return phaseForm(request, reply, request.body as Record<string, unknown>, form.errors, id);
    await app.db.transaction((tx) => risks.updatePhase(tx, request.actor, project.id, id, form.value));
    await reply.flash('success', `Phase ${form.value.name} saved`);
    return reply.redirect(`/projects/${project.slug}/plan`, 303);
  });

  // Milestones
  const milestoneForm = async (request: FastifyRequest, reply: FastifyReply, values: Record<string, unknown>, errors?: FieldErrors, id?: string) => {
    const phases = await risks.listPhases(app.db, projectOf(request).id);
    return reply.code(errors ? 400 : 200).page(view('milestone-form.njk'), {
      title: id ? 'Edit milestone' : 'Add a milestone',
      project: projectOf(request),
      values,
      errors: errors && linkDateErrors(errors, milestoneDates),
      id,
      statusItems: planStatusItems,
      people: await personItems(request),
      phaseItems: [{ value: '', text: 'Not part of a phase' }, ...phases.map((p) => ({ value: p.id, text: p.name }))],
    });
  };
  app.get('/projects/:slug/milestones/new', edit, async (request, reply) => milestoneForm(request, reply, { status: 'not-started' }));
  app.post('/projects/:slug/milestones/new', edit, async (request, reply) => {
    const project = projectOf(request);
    const form = parseForm(risks.milestoneInput, joinDates(request.body, milestoneDates));
    if (!form.ok) return milestoneForm(request, reply, request.body as Record<string, unknown>, form.errors);
    if (form.value.phaseId && !(await risks.getPhase(app.db, project.id, form.value.phaseId))) return notFound(request, reply);
    await app.db.transaction((tx) => risks.addMilestone(tx, request.actor, project.id, form.value));
    await reply.flash('success', `Milestone ${form.value.name} added`);
    return reply.redirect(`/projects/${project.slug}/plan`, 303);
  });
  app.get('/projects/:slug/milestones/:id/edit', edit, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const milestone = await risks.getMilestone(app.db, projectOf(request).id, id);
    if (!milestone) return notFound(request, reply);
    return milestoneForm(request, reply, splitDates(milestone, milestoneDates), undefined, id);
  });
  app.post('/projects/:slug/milestones/:id/edit', edit, async (request, reply) => {
    const project = projectOf(request);
    const { id } = idParams.parse(request.params);
    if (!(await risks.getMilestone(app.db, project.id, id))) return notFound(request, reply);
    const form = parseForm(risks.milestoneInput, joinDates(request.body, milestoneDates));
    if (!form.ok) return milestoneForm(request, reply, request.body as Record<string, unknown>, form.errors, id);
    if (form.value.phaseId && !(await risks.getPhase(app.db, project.id, form.value.phaseId))) return notFound(request, reply);
    await app.db.transaction((tx) => risks.updateMilestone(tx, request.actor, project.id, id, form.value));
    await reply.flash('success', `Milestone ${form.value.name} saved`);
    return reply.redirect(`/projects/${project.slug}/plan`, 303);
  });
}
