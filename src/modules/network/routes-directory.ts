import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { sendDownload } from '../../platform/export/index.ts';
import { organisationKinds } from './schema.ts';
import * as network from './service.ts';

const view = (name: string) => `modules/network/views/${name}`;
const listQuery = z.object({ q: z.string().trim().max(200).optional(), format: z.enum(['csv', 'xlsx']).optional() });
const idParam = z.object({ id: z.string().uuid() });
const edit = { preHandler: requireCan('directory:edit') };

export async function directoryRoutes(app: FastifyInstance) {
  const choices = async () => {
    const [boards, organisations] = await Promise.all([network.listBoards(app.db), network.listOrganisations(app.db)]);
    return {
      boardItems: [{ value: '', text: 'None' }, ...boards.map((b) => ({ value: b.id, text: b.name }))],
      organisationItems: [{ value: '', text: 'None' }, ...organisations.rows.map((o) => ({ value: o.id, text: o.name }))],
      kindItems: organisationKinds.map((k) => ({ value: k, text: network.organisationKindLabels[k] })),
    };
  };

  // People
  app.get('/network/people', { preHandler: requireSignIn }, async (request, reply) => {
    const q = listQuery.parse(request.query);
    if (q.format) {
      const all = await network.listPeople(app.db, { text: q.q });
      return sendDownload(reply, {
        filename: 'people',
        format: q.format,
        columns: [
          { key: 'name', header: 'Name' },
          { key: 'jobTitle', header: 'Job title' },
          { key: 'organisationName', header: 'Organisation' },
          { key: 'boardName', header: 'Board' },
          { key: 'email', header: 'Email' },
        ],
        rows: all.rows,
      });
    }
    const page = pageOf(request.query);
    const result = await network.listPeople(app.db, { text: q.q, limit: page.limit, offset: page.offset });
    return reply.page(view('people.njk'), {
      title: 'People',
      people: result.rows,
      q: q.q ?? '',
      pagination: paginationView(page, result.total, '/network/people', request.query as Record<string, unknown>),
    });
  });

  const personForm = async (reply: FastifyReply, values: unknown, errors?: FieldErrors, id?: string) =>
    reply.code(errors ? 400 : 200).page(view('person-form.njk'), { title: id ? 'Edit person' : 'Add a person', values, errors, id, ...(await choices()) });

  app.get('/network/people/new', edit, async (_request, reply) => personForm(reply, {}));
  app.post('/network/people/new', edit, async (request, reply) => {
    const form = parseForm(network.personInput, request.body);
    if (!form.ok) return personForm(reply, request.body, form.errors);
    const person = await app.db.transaction((tx) => network.createPerson(tx, request.actor, form.value));
    await reply.flash('success', `${person.name} added to the directory`);
    return reply.redirect(`/network/people/${person.id}`, 303);
  });

  app.get('/network/people/:id', { preHandler: requireSignIn }, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const person = await network.getPerson(app.db, id);
    if (!person) return reply.callNotFound();
    return reply.page(view('person.njk'), { title: person.name, person });
  });
  app.get('/network/people/:id/edit', edit, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const person = await network.getPerson(app.db, id);
    if (!person) return reply.callNotFound();
    return personForm(reply, person, undefined, id);
  });
  app.post('/network/people/:id/edit', edit, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    if (!(await network.getPerson(app.db, id))) return reply.callNotFound();
    const form = parseForm(network.personInput, request.body);
    if (!form.ok) return personForm(reply, request.body, form.errors, id);
    await app.db.transaction((tx) => network.updatePerson(tx, request.actor, id, form.value));
    await reply.flash('success', 'Person updated');
    return reply.redirect(`/network/people/${id}`, 303);
  });

  // Organisations
  app.get('/network/organisations', { preHandler: requireSignIn }, async (request, reply) => {
    const q = listQuery.parse(request.query);
    if (q.format) {
      const all = await network.listOrganisations(app.db, { text: q.q });
      return sendDownload(reply, {
        filename: 'organisations',
        format: q.format,
        columns: [
          { key: 'name', header: 'Organisation' },
          { key: 'kindLabel', header: 'Kind' },
          { key: 'boardName', header: 'Board' },
        ],
        rows: all.rows.map((o) => ({ ...o, kindLabel: network.organisationKindLabels[o.kind] })),
      });
    }
    const page = pageOf(request.query);
    const result = await network.listOrganisations(app.db, { text: q.q, limit: page.limit, offset: page.offset });
    return reply.page(view('organisations.njk'), {
      title: 'Organisations',
      organisations: result.rows.map((o) => ({ ...o, kindLabel: network.organisationKindLabels[o.kind] })),
      q: q.q ?? '',
      pagination: paginationView(page, result.total, '/network/organisations', request.query as Record<string, unknown>),
    });
  });

  const organisationForm = async (reply: FastifyReply, values: unknown, errors?: FieldErrors, id?: string) =>
    reply
      .code(errors ? 400 : 200)
      .page(view('organisation-form.njk'), { title: id ? 'Edit organisation' : 'Add an organisation', values, errors, id, ...(await choices()) });

  app.get('/network/organisations/new', edit, async (_request, reply) => organisationForm(reply, {}));
  app.post('/network/organisations/new', edit, async (request, reply) => {
    const form = parseForm(network.organisationInput, request.body);
    if (!form.ok) return organisationForm(reply, request.body, form.errors);
    const org = await app.db.transaction((tx) => network.createOrganisation(tx, request.actor, form.value));
    await reply.flash('success', `${org.name} added`);
    return reply.redirect('/network/organisations', 303);
  });
  app.get('/network/organisations/:id/edit', edit, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const org = await network.getOrganisation(app.db, id);
    if (!org) return reply.callNotFound();
    return organisationForm(reply, org, undefined, id);
  });
  app.post('/network/organisations/:id/edit', edit, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    if (!(await network.getOrganisation(app.db, id))) return reply.callNotFound();
    const form = parseForm(network.organisationInput, request.body);
    if (!form.ok) return organisationForm(reply, request.body, form.errors, id);
    await app.db.transaction((tx) => network.updateOrganisation(tx, request.actor, id, form.value));
    await reply.flash('success', 'Organisation updated');
    return reply.redirect('/network/organisations', 303);
  });
}
