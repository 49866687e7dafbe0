import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can } from '../../platform/auth/permissions.ts';
import { requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { sendDownload } from '../../platform/export/index.ts';
import * as network from '../network/service.ts';
import { actionStatuses } from './schema.ts';
import * as meetings from './service.ts';
import { view } from './routes-support.ts';

const logQuery = z.object({
  status: z.enum(actionStatuses).optional().catch(undefined),
  owner: z.string().uuid().optional().catch(undefined),
  meeting: z.string().uuid().optional().catch(undefined),
  overdue: z.literal('yes').optional().catch(undefined),
  format: z.enum(['csv', 'xlsx']).optional().catch(undefined),
});
const statusItems = actionStatuses.map((s) => ({ value: s, text: meetings.actionStatusLabels[s] }));

const columns = [
  { key: 'group', header: 'Group' },
  { key: 'meetingDate', header: 'Meeting date' },
  { key: 'meetingTitle', header: 'Meeting' },
  { key: 'item', header: 'Item' },
  { key: 'text', header: 'Action' },
  { key: 'owners', header: 'Owners' },
  { key: 'due', header: 'Due' },
  { key: 'status', header: 'Status' },
  { key: 'daysOverdue', header: 'Days overdue' },
];

const PAGE_SIZE = 50;

export async function actionRoutes(app: FastifyInstance) {
  /** One page shape for every view of actions: a group's log, "my actions" and network-wide overdue. */
  async function actionLog(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { title: string; base: string; filename: string; filter: Omit<meetings.ActionFilter, 'today'>; group?: Awaited<ReturnType<typeof network.getGroup>> },
  ) {
    const q = logQuery.parse(request.query);
    const today = meetings.londonToday();
    const filter: meetings.ActionFilter = {
      ...opts.filter,
      today,
      status: q.status,
      meetingId: q.meeting,
      overdue: opts.filter.overdue || q.overdue === 'yes',
      ownerPersonId: opts.filter.ownerPersonId ?? q.owner,
    };
    if (q.format) {
      const all = await meetings.listActions(app.db, filter, { limit: 100_000, offset: 0 });
      return sendDownload(reply, {
        filename: opts.filename,
        format: q.format,
        columns,
        title: opts.title,
        rows: all.rows.map((r) => ({
          group: r.groupName,
          meetingDate: r.meetingDate,
          meetingTitle: r.meetingTitle,
          item: r.itemNumber ?? '',
          text: r.action.text,
          owners: r.ownerText,
          due: r.effectiveDue ?? '',
          status: meetings.actionStatusLabels[r.action.status],
          daysOverdue: r.overdue ? r.daysOverdue : null,
        })),
      });
    }
    const page = pageOf(request.query, PAGE_SIZE);
    const list = await meetings.listActions(app.db, filter, page);
    const query = request.query as Record<string, unknown>;
    const params = new URLSearchParams(Object.entries(query).filter(([k, v]) => k !== 'page' && k !== 'format' && typeof v === 'string' && v) as [string, string][]);
    const groupMeetings = opts.group ? (await meetings.listMeetings(app.db, opts.group.id)).rows : [];
    return reply.page(view('actions.njk'), {
      title: opts.title,
      base: opts.base,
      group: opts.group,
      q,
      rows: list.rows.map((r) => ({ ...r, statusLabel: meetings.actionStatusLabels[r.action.status] })),
      pagination: paginationView(page, list.total, opts.base, query),
      download: (format: string) => `${opts.base}?${new URLSearchParams([...params, ['format', format]]).toString()}`,
      statusItems: [{ value: '', text: 'Any status' }, ...statusItems],
      ownerItems: opts.group ? [{ value: '', text: 'Anyone' }, ...opts.group.members.map((m) => ({ value: m.personId, text: m.name }))] : null,
      meetingItems: opts.group ? [{ value: '', text: 'Any meeting' }, ...groupMeetings.map((m) => ({ value: m.id, text: `${m.date} ${m.title}` }))] : null,
      fixedOverdue: !!opts.filter.overdue,
    });
  }

  app.get('/meetings/groups/:slug/actions', { preHandler: requireSignIn }, async (request, reply) => {
    const { slug } = z.object({ slug: z.string().max(100) }).parse(request.params);
    const group = await network.getGroup(app.db, slug);
    if (!group) return reply.callNotFound();
    return actionLog(request, reply, { title: `${group.name}: action log`, base: `/meetings/groups/${group.slug}/actions`, filename: `${group.slug}-actions`, filter: { groupId: group.id }, group });
  });

  app.get('/meetings/my-actions', { preHandler: requireSignIn }, async (request, reply) => {
    const personId = request.principal!.personId;
    if (!personId) return reply.page(view('no-person.njk'), { title: 'My actions' });
    return actionLog(request, reply, { title: 'My actions', base: '/meetings/my-actions', filename: 'my-actions', filter: { ownerPersonId: personId } });
  });

  app.get('/meetings/overdue', { preHandler: requireSignIn }, async (request, reply) =>
    actionLog(request, reply, { title: 'Overdue actions across the network', base: '/meetings/overdue', filename: 'overdue-actions', filter: { overdue: true } }),
  );

  const actionPage = async (request: FastifyRequest, reply: FastifyReply, id: string, errors?: FieldErrors, values: Record<string, unknown> = {}) => {
    const today = meetings.londonToday();
    const action = await meetings.getAction(app.db, id, today);
    if (!action) return reply.callNotFound();
    const coordinator = can(request.principal, 'network:manage');
    const mayUpdate = await meetings.mayUpdateAction(app.db, id, request.principal!.personId, coordinator);
    return reply.code(errors ? 400 : 200).page(view('action.njk'), {
      title: 'Action',
      a: { ...action, statusLabel: meetings.actionStatusLabels[action.action.status] },
      mayUpdate,
      statusItems,
      errors,
      values: { status: action.action.status, ...values },
    });
  };

  app.get('/meetings/actions/:id', { preHandler: requireSignIn }, async (request, reply) => actionPage(request, reply, z.object({ id: z.string().uuid() }).parse(request.params).id));

  app.post('/meetings/actions/:id/status', { preHandler: requireSignIn }, async (request, reply) => {
    const { id } = z.object({ id: z.string().uuid() }).parse(request.params);
    const coordinator = can(request.principal, 'network:manage');
    if (!(await meetings.getAction(app.db, id, meetings.londonToday()))) return reply.callNotFound();
    if (!(await meetings.mayUpdateAction(app.db, id, request.principal!.personId, coordinator))) return reply.code(403).page('errors/403.njk');
    const form = parseForm(meetings.statusInput, request.body);
    if (!form.ok) return actionPage(request, reply, id, form.errors, request.body as Record<string, unknown>);
    await app.db.transaction((tx) => meetings.setActionStatus(tx, request.actor, id, form.value, meetings.londonToday()));
    await reply.flash('success', `Action marked ${meetings.actionStatusLabels[form.value.status].toLowerCase()}`);
    const back = (request.body as Record<string, unknown>).back;
    return reply.redirect(typeof back === 'string' && /^\/meetings\/[\w/-]*$/.test(back) ? back : `/meetings/actions/${id}`, 303);
  });
}
