import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireCan } from '../http/session.ts';
import { parseForm, type FieldErrors, blankToUndefined } from '../http/forms.ts';
import { pageOf, paginationView } from '../http/pagination.ts';
import { sendDownload } from '../export/index.ts';
import { auditEntities, listAudit } from '../audit/service.ts';
import { listOutbox } from '../mail/service.ts';
import { inviteUser } from '../auth/invitations.ts';
import { listUsers, setUserDisabled, UserInputError } from '../auth/users.ts';
import { boardScopedRoles, roleLabels } from '../auth/permissions.ts';
import { roles } from '../auth/schema.ts';
import { listBoards } from '../../modules/network/service.ts';

const view = (name: string) => `platform/admin/views/${name}`;
const manageUsers = { preHandler: requireCan('users:manage') };
const readAudit = { preHandler: requireCan('audit:read') };

const inviteForm = z.object({
  email: z.string().trim().toLowerCase().email('Enter an email address in the correct format, like name@example.org'),
  name: z.string().trim().min(1, 'Enter the person’s name').max(200),
  role: z.enum(roles, { message: 'Choose a role' }),
  boardId: z.preprocess(blankToUndefined, z.string().uuid().optional()),
});

const auditQuery = z.object({
  entity: z.preprocess(blankToUndefined, z.string().max(50).optional()),
  actor: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  text: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  from: z.preprocess(blankToUndefined, z.coerce.date().optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, z.coerce.date().optional()).catch(undefined),
  format: z.enum(['csv', 'xlsx']).optional(),
});

export async function adminRoutes(app: FastifyInstance) {
  app.addNavigation({ href: '/admin', text: 'Administration', action: 'users:manage', order: 90 });

  app.get('/admin', manageUsers, async (_request, reply) => reply.redirect('/admin/users'));

  app.get('/admin/users', manageUsers, async (request, reply) => {
    const { q } = z.object({ q: z.string().max(200).optional() }).parse(request.query);
    const page = pageOf(request.query);
    const [result, boards] = await Promise.all([listUsers(app.db, { text: q, ...page }), listBoards(app.db)]);
    const boardName = new Map(boards.map((b) => [b.id, b.name]));
    const users = result.rows.map((u) => ({
      ...u,
      roleText: u.roles.map((r) => roleLabels[r.role] + (r.boardId ? ` (${boardName.get(r.boardId) ?? 'unknown board'})` : '')).join(', '),
    }));
    return reply.page(view('users.njk'), {
      title: 'Users',
      users,
      q: q ?? '',
      pagination: paginationView(page, result.total, '/admin/users', request.query as Record<string, unknown>),
    });
  });

  const invitePage = async (reply: FastifyReply, values: unknown, errors?: FieldErrors) => {
    const boards = await listBoards(app.db);
    return reply.code(errors ? 400 : 200).page(view('invite.njk'), {
      title: 'Invite a user',
      values,
      errors,
      roleItems: roles.map((r) => ({ value: r, text: roleLabels[r] })),
      boardItems: [{ value: '', text: 'Not a board role' }, ...boards.map((b) => ({ value: b.id, text: b.name }))],
    });
  };
  app.get('/admin/users/invite', manageUsers, async (_request, reply) => invitePage(reply, {}));
  app.post('/admin/users/invite', manageUsers, async (request, reply) => {
    const form = parseForm(inviteForm, request.body);
    if (!form.ok) return invitePage(reply, request.body, form.errors);
    const v = form.value;
    const scoped = boardScopedRoles.includes(v.role);
    if (scoped !== !!v.boardId) {
      const message = scoped ? 'Choose the board this role is for' : 'Only board managers and members have a board';
      return invitePage(reply, request.body, { errorList: [{ text: message, href: '#boardId' }], fields: { boardId: { text: message } } });
    }
    try {
      await app.db.transaction((tx) =>
        inviteUser(tx, request.actor, { ...v, boardId: v.boardId ?? null }, { publicUrl: app.config.publicUrl, inviterName: request.principal!.name }),
      );
    } catch (e) {
      if (e instanceof UserInputError) {
        return invitePage(reply, request.body, { errorList: [{ text: e.message, href: `#${e.field}` }], fields: { [e.field]: { text: e.message } } });
      }
      throw e;
    }
    await reply.flash('success', `Invitation sent to ${v.email}`, 'The email is in the outbox.');
    return reply.redirect('/admin/users', 303);
  });

  app.post('/admin/users/:id/disable', manageUsers, async (request, reply) => {
    const { id } = z.object({ id: z.string().uuid() }).parse(request.params);
    const { disabled } = z.object({ disabled: z.enum(['true', 'false']) }).parse(request.body);
    if (id === request.principal!.userId) {
      await reply.flash('important', 'You cannot disable your own account');
      return reply.redirect('/admin/users', 303);
    }
    await app.db.transaction((tx) => setUserDisabled(tx, request.actor, id, disabled === 'true'));
    await reply.flash('success', disabled === 'true' ? 'Account disabled' : 'Account re-enabled');
    return reply.redirect('/admin/users', 303);
  });

  app.get('/admin/audit', readAudit, async (request, reply) => {
    const q = auditQuery.parse(request.query);
    const filter = { entity: q.entity, actor: q.actor, text: q.text, from: q.from, to: q.to };
    if (q.format) {
      const all = await listAudit(app.db, filter, { limit: 50_000, offset: 0 });
      return sendDownload(reply, {
        filename: 'audit-log',
        format: q.format,
        columns: [
          { key: 'at', header: 'When' },
          { key: 'actorLabel', header: 'Who' },
          { key: 'action', header: 'Action' },
          { key: 'entity', header: 'What' },
          { key: 'entityId', header: 'Id' },
          { key: 'summary', header: 'Summary' },
        ],
        rows: all.rows,
      });
    }
    const page = pageOf(request.query, 50);
    const [result, entities] = await Promise.all([listAudit(app.db, filter, page), auditEntities(app.db)]);
    return reply.page(view('audit.njk'), {
      title: 'Audit log',
      events: result.rows,
      values: request.query,
      entityItems: [{ value: '', text: 'Everything' }, ...entities.map((e) => ({ value: e, text: e }))],
      pagination: paginationView(page, result.total, '/admin/audit', request.query as Record<string, unknown>),
      exportQuery: new URLSearchParams(Object.entries(request.query as Record<string, string>).filter(([k, v]) => k !== 'page' && typeof v === 'string')).toString(),
    });
  });

  app.get('/admin/outbox', manageUsers, async (request, reply) => {
    const page = pageOf(request.query);
    const result = await listOutbox(app.db, page);
    return reply.page(view('outbox.njk'), {
      title: 'Outbox',
      emails: result.rows,
      smtp: !!app.config.smtpUrl,
      pagination: paginationView(page, result.total, '/admin/outbox'),
    });
  });
}
