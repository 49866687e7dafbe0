import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import * as meetings from './service.ts';
import { FieldProblem } from './problems.ts';
import { confirmDeletion, idParam, listOf, manage, meetingHref, peopleItems, saveOrProblem, view } from './routes-support.ts';

type Body = Record<string, unknown>;
type Stored = NonNullable<Awaited<ReturnType<typeof meetings.storedAction>>>;

const dueItems = [
  { value: 'date', text: 'By a date', hint: { text: 'Enter the date below' } },
  { value: 'next', text: 'By the next meeting', hint: { text: 'Due on the date of the group’s next meeting, whenever that is set' } },
  { value: 'none', text: 'No due date' },
];

const merged = (...all: (FieldErrors | null | undefined)[]): FieldErrors | null => {
  const present = all.filter((e): e is FieldErrors => !!e);
  if (!present.length) return null;
  return { errorList: present.flatMap((e) => e.errorList), fields: Object.assign({}, ...present.map((e) => e.fields)) };
};

/** The owners ticked, chosen from "someone else" lists, and a new body typed in. */
const ownerChoicesOf = (body: Body) => [...listOf(body.owners), ...(typeof body.newBody === 'string' && body.newBody.trim() ? [`body:${body.newBody.trim()}`] : [])];

const valuesOf = (a: Stored) => ({
  text: a.text,
  itemId: a.itemId ?? '',
  dueKind: a.dueByNextMeeting ? 'next' : a.due ? 'date' : 'none',
  due: a.due ?? '',
  owners: a.owners.map(meetings.ownerChoice),
});

export async function actionFormRoutes(app: FastifyInstance) {
  /** The add and edit form: owners as checkboxes (members, attendance, bodies), with "someone else" lists for anyone in the directory. */
  const actionForm = async (reply: FastifyReply, meetingId: string, opts: { action?: Stored; values: Body; errors?: FieldErrors | null; moreOwners?: number }) => {
    const options = await meetings.ownerOptions(app.db, meetingId, opts.action?.owners ?? []);
    if (!options) return reply.callNotFound();
    const m = (await meetings.getMeeting(app.db, meetingId))!;
    const chosen = listOf(opts.values.owners);
    const listed = new Set([...options.people.map((p) => `person:${p.id}`), ...options.bodies.map((b) => `body:${b}`), ...options.unmatched.map((l) => `label:${l}`)]);
    const others = chosen.filter((c) => c.startsWith('person:') && !listed.has(c));
    const everyone = (await peopleItems(app, 'Choose a person')).map((p) => ({ value: p.value ? `person:${p.value}` : '', text: p.text }));
    const selects = Array.from({ length: others.length + 1 + (opts.moreOwners ?? 0) }, (_, i) => ({ id: `extraOwner-${i + 1}`, value: others[i] ?? '' }));
    if (!options.people.length) selects[0]!.id = 'owners';
    return reply.code(opts.errors ? 400 : 200).page(view('action-form.njk'), {
      title: opts.action ? 'Edit action' : 'Add an action',
      m,
      action: opts.action,
      values: opts.values,
      errors: opts.errors ?? undefined,
      chosen,
      dueItems,
      personOptions: options.people.map((p) => ({ value: `person:${p.id}`, text: p.name, hint: { text: p.hint }, checked: chosen.includes(`person:${p.id}`) })),
      bodyOptions: [
        ...options.bodies.map((b) => ({ value: `body:${b}`, text: b, checked: chosen.includes(`body:${b}`) })),
        ...options.unmatched.map((l) => ({ value: `label:${l}`, text: `${l} (as the minutes wrote it; not matched to anyone)`, checked: chosen.includes(`label:${l}`) })),
      ],
      selects,
      everyone,
      itemItems: [{ value: '', text: 'Not under an item' }, ...m.items.map((i) => ({ value: i.id, text: `${i.number}. ${i.title}` }))],
    });
  };

  /** Reads the form; answers the errors to show, or the action input to save. */
  const readForm = async (body: Body, previous: Stored['owners'] = []) => {
    const form = parseForm(meetings.actionForm, body);
    let owners: Awaited<ReturnType<typeof meetings.ownersFromChoices>> = [];
    let ownerErrors: FieldErrors | null = null;
    try {
      owners = await meetings.ownersFromChoices(app.db, ownerChoicesOf(body), previous);
    } catch (e) {
      if (!(e instanceof FieldProblem)) throw e;
      ownerErrors = { errorList: [{ text: e.message, href: `#${e.field}` }], fields: { [e.field]: { text: e.message } } };
    }
    const errors = merged(form.ok ? null : form.errors, ownerErrors);
    return errors || !form.ok ? { errors } : { input: { ...form.value, owners } };
  };

  const moreOwners = (body: Body) => (body.addOwner === 'yes' ? 1 : 0);

  app.get('/meetings/:id/actions/new', manage, async (request, reply) => actionForm(reply, idParam.parse(request.params).id, { values: { dueKind: 'none' } }));

  app.post('/meetings/:id/actions', manage, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    if (!(await meetings.findMeeting(app.db, id))) return reply.callNotFound();
    const body = (request.body ?? {}) as Body;
    // "Add another owner" shows one more list; nothing is saved until "Save action".
    if (moreOwners(body)) return actionForm(reply, id, { values: body, moreOwners: 1 });
    const read = await readForm(body);
    if (!read.input) return actionForm(reply, id, { values: body, errors: read.errors });
    const problem = await saveOrProblem(app, (tx) => meetings.addAction(tx, request.actor, id, read.input));
    if (problem) return actionForm(reply, id, { values: body, errors: problem });
    await reply.flash('success', 'Action added');
    return reply.redirect(meetingHref(id, 'actions'), 303);
  });

  app.get('/meetings/actions/:id/edit', manage, async (request, reply) => {
    const action = await meetings.storedAction(app.db, idParam.parse(request.params).id);
    if (!action) return reply.callNotFound();
    return actionForm(reply, action.meetingId, { action, values: valuesOf(action) });
  });

  app.post('/meetings/actions/:id/edit', manage, async (request, reply) => {
    const action = await meetings.storedAction(app.db, idParam.parse(request.params).id);
    if (!action) return reply.callNotFound();
    const body = (request.body ?? {}) as Body;
    if (moreOwners(body)) return actionForm(reply, action.meetingId, { action, values: body, moreOwners: 1 });
    const read = await readForm(body, action.owners);
    if (!read.input) return actionForm(reply, action.meetingId, { action, values: body, errors: read.errors });
    const problem = await saveOrProblem(app, (tx) => meetings.updateAction(tx, request.actor, action.id, read.input));
    if (problem) return actionForm(reply, action.meetingId, { action, values: body, errors: problem });
    await reply.flash('success', 'Action updated');
    return reply.redirect(`/meetings/actions/${action.id}`, 303);
  });

  const deletePage = async (reply: FastifyReply, id: string) => {
    const action = await meetings.getAction(app.db, id, meetings.londonToday());
    if (!action) return reply.callNotFound();
    return confirmDeletion(reply, {
      title: 'Delete this action?',
      caption: `${action.meetingTitle}, ${action.meetingDate}`,
      consequences: [
        `“${action.action.text}”`,
        `Its owners (${action.ownerText || 'none'}) and its ${action.notes.length} status note${action.notes.length === 1 ? '' : 's'} are deleted with it.`,
        'It leaves the action log, “my actions”, reminders and the outstanding list of later meetings. To record that it will not be done, mark it dropped instead.',
      ],
      cancel: `/meetings/actions/${id}`,
      action: `/meetings/actions/${id}/delete`,
    });
  };

  app.get('/meetings/actions/:id/delete', manage, async (request, reply) => deletePage(reply, idParam.parse(request.params).id));

  app.post('/meetings/actions/:id/delete', manage, async (request, reply) => {
    const action = await meetings.storedAction(app.db, idParam.parse(request.params).id);
    if (!action) return reply.callNotFound();
    await app.db.transaction((tx) => meetings.deleteAction(tx, request.actor, action.id));
    await reply.flash('success', 'Action deleted');
    return reply.redirect(meetingHref(action.meetingId, 'actions'), 303);
  });
}
