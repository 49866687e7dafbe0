import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import type { Paper } from './schema.ts';
import * as meetings from './service.ts';
import { FieldProblem } from './problems.ts';
import { confirmDeletion, idParam, listOf, manage, meetingHref, peopleItems, saveOrProblem, view } from './routes-support.ts';

type Body = Record<string, unknown>;
type Item = NonNullable<Awaited<ReturnType<typeof meetings.findItem>>>;

/** The papers an item keeps (those not ticked for removal) and a new link, if one was given. */
function papersOf(body: Body, kept: Paper[]) {
  const removed = new Set(listOf(body.removePaper).map(Number));
  const papers = kept.filter((_, i) => !removed.has(i));
  const url = typeof body.paperUrl === 'string' ? body.paperUrl.trim() : '';
  const title = typeof body.paperTitle === 'string' ? body.paperTitle.trim() : '';
  return url ? [...papers, { title: title || url, url }] : papers;
}

/** A paper's link or title is checked as `papers.<n>.url`; the form has one box for each. */
function onPaperFields(errors: FieldErrors): FieldErrors {
  const field = (name: string) => (/^papers\.\d+\.title$/.test(name) ? 'paperTitle' : /^papers(\.|$)/.test(name) ? 'paperUrl' : name);
  return {
    errorList: errors.errorList.map((e) => ({ ...e, href: `#${field(e.href.slice(1))}` })),
    fields: Object.fromEntries(Object.entries(errors.fields).map(([k, v]) => [field(k), v])),
  };
}

export async function itemRoutes(app: FastifyInstance) {
  const itemForm = async (reply: FastifyReply, meetingId: string, opts: { item?: Item; values: Body; errors?: FieldErrors | null }) => {
    const m = await meetings.getMeeting(app.db, meetingId);
    if (!m) return reply.callNotFound();
    return reply.code(opts.errors ? 400 : 200).page(view('item-form.njk'), {
      title: opts.item ? `Edit item ${opts.item.number}` : 'Add an agenda item',
      m,
      item: opts.item,
      values: opts.values,
      errors: opts.errors ?? undefined,
      personItems: await peopleItems(app, 'Not in the directory, or none'),
      paperItems: (opts.item?.papers ?? []).map((p, i) => ({ value: String(i), text: p.title, hint: { text: p.url }, checked: listOf(opts.values.removePaper).includes(String(i)) })),
    });
  };

  /** Validates the form and the item's number (one item per number in a meeting), then saves. */
  const save = async (meetingId: string, body: Body, change: (input: meetings.ItemInput) => Parameters<typeof saveOrProblem>[1], item?: Item) => {
    const form = parseForm(meetings.itemInput, { ...body, papers: papersOf(body, item?.papers ?? []) });
    if (!form.ok) return onPaperFields(form.errors);
    return saveOrProblem(app, async (tx) => {
      if (await meetings.itemNumberTaken(tx, meetingId, form.value.number, item?.id)) throw new FieldProblem('number', `This meeting already has an item ${form.value.number}: give this item another number`);
      await change(form.value)(tx);
    });
  };

  app.get('/meetings/:id/items/new', manage, async (request, reply) => itemForm(reply, idParam.parse(request.params).id, { values: {} }));

  app.post('/meetings/:id/items', manage, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    if (!(await meetings.findMeeting(app.db, id))) return reply.callNotFound();
    const body = (request.body ?? {}) as Body;
    const errors = await save(id, body, (input) => (tx) => meetings.addItem(tx, request.actor, id, input));
    if (errors) return itemForm(reply, id, { values: body, errors });
    await reply.flash('success', `Item ${String(body.number).trim()} added`);
    return reply.redirect(meetingHref(id, 'items'), 303);
  });

  app.get('/meetings/items/:id/edit', manage, async (request, reply) => {
    const item = await meetings.findItem(app.db, idParam.parse(request.params).id);
    if (!item) return reply.callNotFound();
    return itemForm(reply, item.meetingId, { item, values: item });
  });

  app.post('/meetings/items/:id/edit', manage, async (request, reply) => {
    const item = await meetings.findItem(app.db, idParam.parse(request.params).id);
    if (!item) return reply.callNotFound();
    const body = (request.body ?? {}) as Body;
    const errors = await save(item.meetingId, body, (input) => (tx) => meetings.updateItem(tx, request.actor, item.id, input), item);
    if (errors) return itemForm(reply, item.meetingId, { item, values: body, errors });
    await reply.flash('success', `Item ${String(body.number).trim()} updated`);
    return reply.redirect(meetingHref(item.meetingId, `item-${item.id}`), 303);
  });

  /** An item goes with its minutes; its actions stay with the meeting. Uploaded papers keep it. */
  const deletion = async (reply: FastifyReply, item: Item) => {
    const [m, actions, papers] = await Promise.all([
      meetings.findMeeting(app.db, item.meetingId),
      meetings.actionsUnderItem(app.db, item.id),
      meetings.itemPapers(app.db, item.id),
    ]);
    return confirmDeletion(reply, {
      title: `Delete item ${item.number}, ${item.title}?`,
      caption: `${m!.title}, ${m!.date}`,
      consequences: [
        item.minutes ? 'Its minutes are deleted with it.' : 'It has no minutes written yet.',
        actions
          ? `Its ${actions} action${actions === 1 ? ' stays' : 's stay'} with the meeting, no longer under an item. Delete ${actions === 1 ? 'it' : 'them'} separately if ${actions === 1 ? 'it was' : 'they were'} recorded by mistake.`
          : 'No actions sit under it.',
      ],
      refusal: papers.length ? 'Papers are uploaded to this item. A paper cannot be left without its item: delete each paper from its own page first.' : undefined,
      papers: papers.map((p) => ({ id: p.id, title: p.title })),
      cancel: meetingHref(item.meetingId, 'items'),
      action: `/meetings/items/${item.id}/delete`,
    });
  };

  app.get('/meetings/items/:id/delete', manage, async (request, reply) => {
    const item = await meetings.findItem(app.db, idParam.parse(request.params).id);
    return item ? deletion(reply, item) : reply.callNotFound();
  });

  app.post('/meetings/items/:id/delete', manage, async (request, reply) => {
    const item = await meetings.findItem(app.db, idParam.parse(request.params).id);
    if (!item) return reply.callNotFound();
    if ((await meetings.itemPapers(app.db, item.id)).length) return deletion(reply, item);
    await app.db.transaction((tx) => meetings.deleteItem(tx, request.actor, item.id));
    await reply.flash('success', `Item ${item.number} deleted`);
    return reply.redirect(meetingHref(item.meetingId, 'items'), 303);
  });
}
