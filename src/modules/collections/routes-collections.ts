import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { fieldErrors, parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { sendDownload } from '../../platform/export/index.ts';
import { can } from '../../platform/auth/permissions.ts';
import * as network from '../network/service.ts';
import * as service from './service.ts';
import { ruleSchema, IMPORTANCES, OPERATORS, OPERATOR_LABELS } from './rules.ts';
import { audiences, collectionKinds } from './schema.ts';
import { collectionOr404, dateText, dateTimeText, idParam, view } from './routes-support.ts';

const manage = { preHandler: requireCan('network:manage') };
const formatQuery = z.object({ format: z.enum(['csv', 'xlsx']).optional() });

export async function collectionRoutes(app: FastifyInstance) {
  app.get('/collections', { preHandler: requireSignIn }, async (request, reply) => {
    const principal = request.principal!;
    const page = pageOf(request.query, 25);
    const coordinator = can(principal, 'network:manage');
    const list = await service.listCollections(app.db, { limit: page.limit, offset: page.offset });
    const boardIds = [
      ...new Set(
        principal.roles
          .filter((r) => r.boardId && (r.role === 'board-manager' || r.role === 'board-member'))
          .map((r) => r.boardId!),
      ),
    ];
    const yourReturns = [];
    for (const boardId of boardIds) {
      const board = await network.findBoard(app.db, boardId);
      if (!board) continue;
      for (const row of await service.collectionsForBoard(app.db, boardId)) {
        yourReturns.push({
          board,
          collection: row.collection,
          status: service.returnStatusLabels[row.status],
          closes: dateText(row.collection.closesOn),
        });
      }
    }
    const visible = coordinator ? list.rows : list.rows.filter((c) => c.status === 'published');
    return reply.page(view('index.njk'), {
      title: 'Collections',
      coordinator,
      yourReturns,
      collections: visible.map((c) => ({
        ...c,
        kindLabel: service.kindLabels[c.kind],
        statusLabel: service.statusLabels[c.status],
        closes: dateText(c.closesOn),
      })),
      pagination: coordinator ? paginationView(page, list.total, '/collections') : null,
    });
  });

  app.get('/collections/network', manage, async (request, reply) => {
    const { format } = formatQuery.parse(request.query);
    const rows = (await service.networkCompleteness(app.db)).map((r) => ({
      ...r,
      kindLabel: service.kindLabels[r.kind as keyof typeof service.kindLabels],
      rate: r.invited ? Math.round((100 * r.submitted) / r.invited) : 0,
    }));
    if (format) {
      return sendDownload(reply, {
        filename: 'collections-completeness',
        format,
        columns: [
          { key: 'name', header: 'Collection' },
          { key: 'kindLabel', header: 'Kind' },
          { key: 'period', header: 'Period' },
          { key: 'closesOn', header: 'Closes' },
          { key: 'invited', header: 'Invited' },
          { key: 'started', header: 'Started' },
          { key: 'submitted', header: 'Submitted' },
          { key: 'onTime', header: 'On time' },
          { key: 'accepted', header: 'Accepted' },
        ],
        rows,
      });
    }
    return reply.page(view('network.njk'), {
      title: 'Completeness across collections',
      rows: rows.map((r) => ({ ...r, closes: dateText(r.closesOn) })),
    });
  });

  const editPage = async (
    reply: FastifyReply,
    values: Record<string, unknown>,
    errors?: FieldErrors,
    id?: string,
  ) => {
    const [forms, groups] = await Promise.all([service.listForms(app.db), network.listGroups(app.db)]);
    return reply.code(errors ? 400 : 200).page(view('collection-form.njk'), {
      title: id ? 'Change the collection' : 'Start a collection',
      values,
      errors,
      id,
      kindItems: collectionKinds.map((k) => ({ value: k, text: service.kindLabels[k] })),
      audienceItems: audiences.map((a) => ({ value: a, text: service.audienceLabels[a] })),
      formItems: [{ value: '', text: 'Choose a form' }, ...forms.map((f) => ({ value: f.id, text: f.name }))],
      groupItems: [
        { value: '', text: 'Choose a group' },
        ...groups.map((g) => ({ value: g.id, text: g.name })),
      ],
    });
  };
  const valuesOf = (c: service.Collection) => ({
    ...c,
    completeOnlyIfValid: c.completeOnlyIfValid ? 'yes' : '',
    places: (c.settings.places ?? []).map((p) => `${p.count} ${p.role}`).join('\n'),
    budgetTable: c.settings.budget?.table ?? '',
    budgetTotal: c.settings.budget?.total ?? '',
    budgetThreshold: c.settings.budget ? String(Math.round(c.settings.budget.changeThreshold * 100)) : '',
  });

  app.get('/collections/new', manage, async (request, reply) => {
    const { form } = z.object({ form: z.string().uuid().optional() }).parse(request.query);
    return editPage(reply, {
      formId: form,
      audience: 'all',
      reminderFirstAfterDays: 7,
      reminderEveryDays: 7,
      reminderMax: 3,
    });
  });
  app.post('/collections/new', manage, async (request, reply) => {
    const form = parseForm(service.collectionInput, request.body);
    if (!form.ok) return editPage(reply, request.body as Record<string, unknown>, form.errors);
    const c = await app.db.transaction((tx) =>
      service.createCollection(tx, request.actor, form.value as service.CollectionInput),
    );
    await reply.flash(
      'success',
      `Collection ${c.name} created`,
      'Add validation rules if you need them, then open it to the boards.',
    );
    return reply.redirect(`/collections/${c.id}`, 303);
  });
  app.get('/collections/:id/edit', manage, async (request, reply) => {
    const c = await collectionOr404(request);
    if (!c) return reply.callNotFound();
    return editPage(reply, valuesOf(c), undefined, c.id);
  });
  app.post('/collections/:id/edit', manage, async (request, reply) => {
    const c = await collectionOr404(request);
    if (!c) return reply.callNotFound();
    const form = parseForm(service.collectionInput, request.body);
    if (!form.ok) return editPage(reply, request.body as Record<string, unknown>, form.errors, c.id);
    await app.db.transaction((tx) =>
      service.updateCollection(tx, request.actor, c.id, form.value as service.CollectionInput),
    );
    await reply.flash('success', 'Collection saved');
    return reply.redirect(`/collections/${c.id}`, 303);
  });

  const overview = async (
    request: FastifyRequest,
    reply: FastifyReply,
    ruleErrors?: FieldErrors,
    ruleValues: Record<string, unknown> = {},
  ) => {
    const c = await collectionOr404(request);
    if (!c) return reply.callNotFound();
    const [form, figures, lines] = await Promise.all([
      service.getForm(app.db, c.formId),
      service.completeness(app.db, c.id),
      service.boardLines(app.db, c.id, c.closesOn),
    ]);
    const group = c.groupId ? await network.getGroup(app.db, c.groupId) : null;
    const page = pageOf(request.query, 40);
    return reply.code(ruleErrors ? 400 : 200).page(view('collection.njk'), {
      title: c.name,
      c: {
        ...c,
        kindLabel: service.kindLabels[c.kind],
        statusLabel: service.statusLabels[c.status],
        audienceLabel:
          c.audience === 'group'
            ? `${service.audienceLabels.group}: ${group?.name ?? 'unknown'}`
            : service.audienceLabels[c.audience],
        opens: dateText(c.opensOn),
        closes: dateText(c.closesOn),
      },
      form,
      figures,
      lines: lines.slice(page.offset, page.offset + page.limit).map((l) => ({
        ...l,
        statusLabel: service.returnStatusLabels[l.status],
        submitted: dateTimeText(l.submittedAt),
        reminded: dateTimeText(l.lastRemindedAt),
        awaiting: service.awaitingStatuses.includes(l.status),
      })),
      pagination: paginationView(page, lines.length, `/collections/${c.id}`),
      rules: c.rules.map((r) => ({ ...r, operatorLabel: OPERATOR_LABELS[r.operator] })),
      operatorItems: OPERATORS.map((o) => ({ value: o, text: `${o} (${OPERATOR_LABELS[o]})` })),
      importanceItems: IMPORTANCES.map((i) => ({ value: i, text: i[0]!.toUpperCase() + i.slice(1) })),
      errors: ruleErrors,
      ruleValues,
    });
  };
  app.get('/collections/:id', manage, overview);

  app.get('/collections/:id/boards', manage, async (request, reply) => {
    const c = await collectionOr404(request);
    if (!c) return reply.callNotFound();
    const { format } = formatQuery.parse(request.query);
    const lines = await service.boardLines(app.db, c.id, c.closesOn);
    return sendDownload(reply, {
      filename: `${c.name} completeness`,
      format: format ?? 'csv',
      columns: [
        { key: 'boardName', header: 'Board' },
        { key: 'status', header: 'Status' },
        { key: 'submitted', header: 'First submitted' },
        { key: 'onTime', header: 'On time' },
        { key: 'remindersSent', header: 'Reminders sent' },
        { key: 'reminded', header: 'Last reminded' },
        { key: 'bounced', header: 'Reminders not delivered' },
      ],
      rows: lines.map((l) => ({
        ...l,
        status: service.returnStatusLabels[l.status],
        submitted: l.submittedAt?.toISOString() ?? '',
        reminded: l.lastRemindedAt?.toISOString() ?? '',
        onTime: l.onTime ? 'yes' : 'no',
      })),
    });
  });

  app.post('/collections/:id/status', manage, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const { action } = z
      .object({ action: z.enum(['open', 'close', 'publish', 'extend']) })
      .parse(request.body);
    const messages = {
      open: 'Collection opened: invited boards can now fill in their returns',
      close: 'Collection closed',
      publish: 'Results published to all members',
      extend: 'Collection extended to every board',
    };
    await app.db.transaction(async (tx) => {
      if (action === 'open') await service.openCollection(tx, request.actor, id);
      else if (action === 'extend') await service.extendToAllBoards(tx, request.actor, id);
      else
        await service.setCollectionStatus(tx, request.actor, id, action === 'close' ? 'closed' : 'published');
    });
    await reply.flash('success', messages[action]);
    return reply.redirect(`/collections/${id}`, 303);
  });

  app.post('/collections/:id/rules', manage, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    const input = ruleSchema.omit({ key: true }).safeParse(request.body);
    if (!input.success)
      return overview(
        request,
        reply,
        fieldErrors(input.error, 'rule-'),
        request.body as Record<string, unknown>,
      );
    try {
      await app.db.transaction((tx) => service.addRule(tx, request.actor, id, input.data));
    } catch (e) {
      if (!(e instanceof service.RuleInputError)) throw e;
      const errors: FieldErrors = { errorList: [], fields: {} };
      for (const [field, message] of Object.entries(e.fields)) {
        errors.errorList.push({ text: message, href: `#rule-${field}` });
        errors.fields[field] = { text: message };
      }
      return overview(request, reply, errors, request.body as Record<string, unknown>);
    }
    await reply.flash('success', 'Validation rule added');
    return reply.redirect(`/collections/${id}#rules`, 303);
  });
  app.post('/collections/:id/rules/:key/remove', manage, async (request, reply) => {
    const { id, key } = z.object({ id: z.string().uuid(), key: z.string().max(40) }).parse(request.params);
    await app.db.transaction((tx) => service.removeRule(tx, request.actor, id, key));
    await reply.flash('success', 'Validation rule removed');
    return reply.redirect(`/collections/${id}#rules`, 303);
  });

  app.post('/collections/:id/remind/:board', manage, async (request, reply) => {
    const { id, board } = z
      .object({ id: z.string().uuid(), board: z.string().max(100) })
      .parse(request.params);
    const found = await network.findBoard(app.db, board);
    if (!found) return reply.callNotFound();
    const sent = await app.db.transaction((tx) =>
      service.remindNow(tx, request.actor, id, found.id, { publicUrl: app.config.publicUrl }),
    );
    await reply.flash(
      'success',
      sent ? `Reminder sent to ${found.name}` : `${found.name} has no board manager to email`,
      sent ? 'It is in the outbox.' : 'The reminder was recorded; add a board manager to reach them.',
    );
    return reply.redirect(`/collections/${id}#boards`, 303);
  });
}
