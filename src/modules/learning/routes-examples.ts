import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can } from '../../platform/auth/permissions.ts';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, singleError, type FieldErrors } from '../../platform/http/forms.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { sendDownload } from '../../platform/export/index.ts';
import * as network from '../network/service.ts';
import * as learning from './service.ts';
import {
  boardItems,
  downloadFormat,
  editableBoards,
  idParams,
  optionalUuid,
  ruleErrors,
  view,
} from './routes-support.ts';

const listQuery = z.object({ board: optionalUuid, theme: optionalUuid });

async function exampleBoard(request: FastifyRequest) {
  const example = await learning.getExample(request.server.db, idParams.parse(request.params).id);
  return { boardId: example?.boardId ?? null };
}

export async function exampleRoutes(app: FastifyInstance) {
  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    data: { title: string; values: Record<string, unknown>; errors?: FieldErrors },
  ) {
    const [boards, themes, people] = await Promise.all([
      editableBoards(request),
      learning.listThemes(app.db),
      network.listPeople(app.db, { limit: 2000 }),
    ]);
    return reply.code(data.errors ? 400 : 200).page(view('example-form.njk'), {
      ...data,
      boardItems: boardItems(boards, data.values.boardId),
      themeItems: [
        { value: '', text: 'Choose a theme' },
        ...themes.map((t) => ({ value: t.id, text: t.name, selected: t.id === data.values.themeId })),
      ],
      contactItems: [
        { value: '', text: 'No contact named' },
        ...people.rows.map((p) => ({
          value: p.id,
          text: p.boardName ? `${p.name} (${p.boardName})` : p.name,
          selected: p.id === data.values.contactPersonId,
        })),
      ],
    });
  }

  app.get('/learning/examples', { preHandler: requireSignIn }, async (request, reply) => {
    const filter = listQuery.parse(request.query);
    const { format } = downloadFormat.parse(request.query);
    if (format) {
      const { rows } = await learning.listExamples(app.db, { boardId: filter.board, themeId: filter.theme });
      return sendDownload(reply, {
        filename: 'good-practice',
        format,
        columns: [
          { key: 'title', header: 'Example' },
          { key: 'boardName', header: 'Board' },
          { key: 'themeName', header: 'Theme' },
          { key: 'whatTheyDid', header: 'What they did' },
          { key: 'result', header: 'Result' },
        ],
        rows,
      });
    }
    const page = pageOf(request.query);
    const [{ rows, total }, boards, themes] = await Promise.all([
      learning.listExamples(app.db, {
        boardId: filter.board,
        themeId: filter.theme,
        limit: page.limit,
        offset: page.offset,
      }),
      network.listBoards(app.db),
      learning.listThemes(app.db, { includeRetired: true }),
    ]);
    return reply.page(view('examples.njk'), {
      title: 'Good practice shared between boards',
      examples: rows,
      filter,
      pagination: paginationView(page, total, '/learning/examples', request.query as Record<string, unknown>),
      boardItems: [
        { value: '', text: 'All boards' },
        ...boards.map((b) => ({ value: b.id, text: b.name, selected: b.id === filter.board })),
      ],
      themeItems: [
        { value: '', text: 'All themes' },
        ...themes.map((t) => ({ value: t.id, text: t.name, selected: t.id === filter.theme })),
      ],
      downloadQuery: new URLSearchParams(
        Object.entries(filter).filter(([, v]) => v !== undefined) as [string, string][],
      ).toString(),
      canShare: (await editableBoards(request)).length > 0,
    });
  });

  app.get('/learning/examples/new', { preHandler: requireSignIn }, async (request, reply) => {
    if ((await editableBoards(request)).length === 0) return reply.code(403).page('errors/403.njk');
    const mine = request.principal?.roles.find((r) => r.boardId)?.boardId;
    return showForm(request, reply, {
      title: 'Share an example of good practice',
      values: { boardId: mine ?? '' },
    });
  });

  app.post('/learning/examples/new', { preHandler: requireSignIn }, async (request, reply) => {
    if ((await editableBoards(request)).length === 0) return reply.code(403).page('errors/403.njk');
    const values = (request.body ?? {}) as Record<string, unknown>;
    const title = 'Share an example of good practice';
    const form = parseForm(learning.exampleInput, values);
    if (!form.ok) return showForm(request, reply, { title, values, errors: form.errors });
    if (!can(request.principal, 'board:edit', { boardId: form.value.boardId }))
      return showForm(request, reply, {
        title,
        values,
        errors: singleError('boardId', 'You can share examples only for your own board'),
      });
    try {
      const { id } = await app.db.transaction((tx) => learning.createExample(tx, request.actor, form.value));
      await reply.flash('success', 'Example shared');
      return reply.redirect(`/learning/examples/${id}`, 303);
    } catch (error) {
      const errors = ruleErrors(error);
      if (!errors) throw error;
      return showForm(request, reply, { title, values, errors });
    }
  });

  app.get('/learning/examples/:id', { preHandler: requireSignIn }, async (request, reply) => {
    const example = await learning.getExample(app.db, idParams.parse(request.params).id);
    if (!example) return reply.callNotFound();
    return reply.page(view('example.njk'), {
      title: example.title,
      example,
      canEdit: can(request.principal, 'board:edit', { boardId: example.boardId }),
    });
  });

  const edit = { preHandler: requireCan('board:edit', exampleBoard) };
  app.get('/learning/examples/:id/edit', edit, async (request, reply) => {
    const example = await learning.getExample(app.db, idParams.parse(request.params).id);
    if (!example) return reply.callNotFound();
    return showForm(request, reply, { title: `Edit ${example.title}`, values: example });
  });

  app.post('/learning/examples/:id/edit', edit, async (request, reply) => {
    const example = await learning.getExample(app.db, idParams.parse(request.params).id);
    if (!example) return reply.callNotFound();
    const values = (request.body ?? {}) as Record<string, unknown>;
    const title = `Edit ${example.title}`;
    const form = parseForm(learning.exampleInput, values);
    if (!form.ok) return showForm(request, reply, { title, values, errors: form.errors });
    if (!can(request.principal, 'board:edit', { boardId: form.value.boardId }))
      return showForm(request, reply, {
        title,
        values,
        errors: singleError('boardId', 'You can move an example only to a board you manage'),
      });
    try {
      await app.db.transaction((tx) => learning.updateExample(tx, request.actor, example.id, form.value));
    } catch (error) {
      const errors = ruleErrors(error);
      if (!errors) throw error;
      return showForm(request, reply, { title, values, errors });
    }
    await reply.flash('success', 'Example updated');
    return reply.redirect(`/learning/examples/${example.id}`, 303);
  });
}
