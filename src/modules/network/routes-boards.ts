import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { sendDownload } from '../../platform/export/index.ts';
import * as network from './service.ts';

const view = (name: string) => `modules/network/views/${name}`;
const format = z.object({ format: z.enum(['csv', 'xlsx']).optional() });

export async function boardRoutes(app: FastifyInstance) {
  app.get('/network', { preHandler: requireSignIn }, async (_request, reply) => {
    const [boards, groups] = await Promise.all([network.listBoards(app.db), network.listGroups(app.db)]);
    return reply.page(view('index.njk'), { title: 'The network', boards, groups });
  });

  app.get('/network/boards', { preHandler: requireSignIn }, async (request, reply) => {
    const { format: fmt } = format.parse(request.query);
    const boards = await network.listBoards(app.db);
    if (fmt) {
      return sendDownload(reply, {
        filename: 'boards',
        format: fmt,
        columns: [
          { key: 'code', header: 'Code' },
          { key: 'name', header: 'Board' },
          { key: 'areas', header: 'Local authorities' },
          { key: 'ons', header: 'ONS codes' },
          { key: 'website', header: 'Website' },
        ],
        rows: boards.map((b) => ({
          code: b.code,
          name: b.name,
          areas: b.areas.map((a) => a.name).join('; '),
          ons: b.areas.map((a) => a.code).join('; '),
          website: b.website,
        })),
      });
    }
    return reply.page(view('boards.njk'), { title: 'Boards', boards });
  });

  app.get('/network/boards/:code', { preHandler: requireSignIn }, async (request, reply) => {
    const { code } = z.object({ code: z.string().max(100) }).parse(request.params);
    const board = await network.findBoard(app.db, code);
    if (!board) return reply.callNotFound();
    const people = await network.listPeople(app.db, { boardId: board.id, limit: 200 });
    return reply.page(view('board.njk'), { title: board.name, board, people: people.rows });
  });

  const boardEdit = { preHandler: requireCan('directory:edit') };
  app.get('/network/boards/:code/edit', boardEdit, async (request, reply) => {
    const { code } = z.object({ code: z.string().max(100) }).parse(request.params);
    const board = await network.findBoard(app.db, code);
    if (!board) return reply.callNotFound();
    return reply.page(view('board-edit.njk'), { title: `Edit ${board.name}`, board, values: board });
  });

  app.post('/network/boards/:code/edit', boardEdit, async (request, reply) => {
    const { code } = z.object({ code: z.string().max(100) }).parse(request.params);
    const board = await network.findBoard(app.db, code);
    if (!board) return reply.callNotFound();
    const form = parseForm(network.boardInput, request.body);
    if (!form.ok) {
      return reply.code(400).page(view('board-edit.njk'), { title: `Edit ${board.name}`, board, values: request.body, errors: form.errors });
    }
    await app.db.transaction((tx) => network.updateBoard(tx, request.actor, board.id, form.value));
    await reply.flash('success', 'Board updated');
    return reply.redirect(`/network/boards/${board.code}`, 303);
  });

  app.get('/network/areas', { preHandler: requireSignIn }, async (request, reply) => {
    const { format: fmt } = format.parse(request.query);
    const areas = await network.listAreas(app.db);
    const byCode = new Map(areas.map((a) => [a.code, a]));
    const rows = areas.map((a) => ({ ...a, parentName: a.parentCode ? (byCode.get(a.parentCode)?.name ?? a.parentCode) : '' }));
    if (fmt) {
      return sendDownload(reply, {
        filename: 'areas',
        format: fmt,
        columns: [
          { key: 'code', header: 'ONS code' },
          { key: 'dfeCode', header: 'DfE code' },
          { key: 'name', header: 'Name' },
          { key: 'kind', header: 'Kind' },
          { key: 'parentName', header: 'Inside' },
        ],
        rows,
      });
    }
    return reply.page(view('areas.njk'), { title: 'Areas', areas: rows });
  });
}
