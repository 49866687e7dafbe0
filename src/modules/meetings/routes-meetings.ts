import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import * as network from '../network/service.ts';
import { listDocuments } from '../documents/service.ts';
import { meetingKinds, meetingStatuses } from './schema.ts';
import * as meetings from './service.ts';
import { ageText, confirmDeletion, idParam, manage, peopleItems, saveOrProblem, view } from './routes-support.ts';

const slugParam = z.object({ slug: z.string().max(100) });

export const statusItems = meetingStatuses.map((s) => ({ value: s, text: meetings.meetingStatusLabels[s] }));
const kindItems = meetingKinds.map((k) => ({ value: k, text: k === 'meeting' ? 'Meeting' : 'Event (for example a seminar)' }));

export async function meetingRoutes(app: FastifyInstance) {
  app.get('/meetings', { preHandler: requireSignIn }, async (request, reply) => {
    const today = meetings.londonToday();
    const groups = await network.listGroups(app.db);
    const upcoming = await meetings.upcomingMeetings(app.db, today, undefined, 10);
    const personId = request.principal!.personId;
    const mine = personId ? await meetings.listActions(app.db, { ownerPersonId: personId, status: 'open', today }, { limit: 1, offset: 0 }) : null;
    const overdue = await meetings.listActions(app.db, { overdue: true, today }, { limit: 1, offset: 0 });
    return reply.page(view('index.njk'), {
      title: 'Meetings',
      groups,
      upcoming: upcoming.map((m) => ({ ...m, groupName: groups.find((g) => g.id === m.groupId)?.name })),
      myOpen: mine?.total ?? null,
      overdueTotal: overdue.total,
    });
  });

  app.get('/meetings/groups/:slug', { preHandler: requireSignIn }, async (request, reply) => {
    const { slug } = slugParam.parse(request.params);
    const group = await network.getGroup(app.db, slug);
    if (!group) return reply.callNotFound();
    const page = pageOf(request.query, 25);
    const list = await meetings.listMeetings(app.db, group.id, page);
    return reply.page(view('group.njk'), {
      title: `${group.name}: meetings`,
      group,
      meetings: list.rows.map((m) => ({ ...m, statusLabel: meetings.meetingStatusLabels[m.status] })),
      pagination: paginationView(page, list.total, `/meetings/groups/${group.slug}`, request.query as Record<string, unknown>),
      today: meetings.londonToday(),
    });
  });

  const meetingForm = async (reply: FastifyReply, group: { id: string; slug: string; name: string }, values: unknown, errors?: FieldErrors, id?: string) =>
    reply.code(errors ? 400 : 200).page(view('meeting-form.njk'), {
      title: id ? 'Edit meeting' : `Add a meeting of ${group.name}`,
      group,
      values,
      errors,
      id,
      kindItems,
      statusItems,
      personItems: await peopleItems(app, 'No chair recorded'),
      standInItems: await peopleItems(app, 'Not standing in'),
      approvedAtItems: [
        { value: '', text: 'Not approved yet, or not recorded' },
        ...(await meetings.listMeetings(app.db, group.id)).rows.filter((m) => m.id !== id && m.kind === 'meeting').map((m) => ({ value: m.id, text: `${m.date} ${m.title}` })),
      ],
    });

  app.get('/meetings/groups/:slug/new', manage, async (request, reply) => {
    const group = await network.getGroup(app.db, slugParam.parse(request.params).slug);
    if (!group) return reply.callNotFound();
    return meetingForm(reply, group, { title: group.name, kind: 'meeting', status: 'scheduled' });
  });
  app.post('/meetings/groups/:slug/new', manage, async (request, reply) => {
    const group = await network.getGroup(app.db, slugParam.parse(request.params).slug);
    if (!group) return reply.callNotFound();
    const form = parseForm(meetings.meetingInput, request.body);
    if (!form.ok) return meetingForm(reply, group, request.body, form.errors);
    const meeting = await app.db.transaction((tx) => meetings.createMeeting(tx, request.actor, group.id, form.value));
    await reply.flash('success', `${meeting.title} on ${meeting.date} added`);
    return reply.redirect(`/meetings/${meeting.id}`, 303);
  });

  const meetingPage = async (reply: FastifyReply, id: string) => {
    const today = meetings.londonToday();
    const m = await meetings.getMeeting(app.db, id);
    if (!m) return reply.callNotFound();
    const [actions, outstanding, around] = await Promise.all([
      meetings.actionsOfMeeting(app.db, id, today),
      meetings.outstandingAt(app.db, m, today),
      meetings.neighbours(app.db, m),
    ]);
    return reply.page(view('meeting.njk'), {
      title: `${m.title}, ${m.date}`,
      m: { ...m, statusLabel: meetings.meetingStatusLabels[m.status] },
      items: m.items.map((i) => ({ ...i, blocks: meetings.minutesBlocks(i.number, i.minutes), actions: actions.filter((a) => a.action.itemId === i.id) })),
      attendance: m.attendance.map((a) => ({ ...a, label: meetings.attendanceLabels[a.attendance] })),
      actions: actions.map((a) => ({ ...a, statusLabel: meetings.actionStatusLabels[a.action.status] })),
      outstanding: outstanding.map((a) => ({ ...a, age: ageText(a.ageDays), statusLabel: meetings.actionStatusLabels[a.action.status] })),
      around,
      documents: await listDocuments(app.db, { kind: 'meeting', id }),
      approvedAt: m.approvedAtMeetingId ? await meetings.findMeeting(app.db, m.approvedAtMeetingId) : null,
    });
  };

  app.get('/meetings/:id', { preHandler: requireSignIn }, async (request, reply) => meetingPage(reply, idParam.parse(request.params).id));

  app.get('/meetings/:id/edit', manage, async (request, reply) => {
    const m = await meetings.getMeeting(app.db, idParam.parse(request.params).id);
    if (!m) return reply.callNotFound();
    return meetingForm(reply, m.group, m, undefined, m.id);
  });
  app.post('/meetings/:id/edit', manage, async (request, reply) => {
    const m = await meetings.getMeeting(app.db, idParam.parse(request.params).id);
    if (!m) return reply.callNotFound();
    const form = parseForm(meetings.meetingInput, request.body);
    const errors = form.ok ? await saveOrProblem(app, (tx) => meetings.updateMeeting(tx, request.actor, m.id, form.value)) : form.errors;
    if (errors) return meetingForm(reply, m.group, request.body, errors, m.id);
    await reply.flash('success', 'Meeting updated');
    return reply.redirect(`/meetings/${m.id}`, 303);
  });

  /** Deleting a meeting asks about its actions: they are the group's record of what it agreed. */
  const deletion = async (reply: FastifyReply, what: meetings.MeetingDeletion, errors?: FieldErrors) => {
    const { meeting: m, actions, openActions } = what;
    const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
    return confirmDeletion(reply, {
      title: `Delete ${m.title}, ${m.date}?`,
      caption: m.title,
      consequences: [
        what.items || what.attendance
          ? `Its ${plural(what.items, 'agenda item')} with their minutes, and ${plural(what.attendance, 'attendance entry', 'attendance entries')}, go with it.`
          : 'No agenda items or attendance are recorded for it.',
        actions
          ? `Its ${plural(actions, 'action')} (${openActions} still open) ${actions === 1 ? 'is' : 'are'} deleted too: ${actions === 1 ? 'it leaves' : 'they leave'} the action log, “my actions”, reminders and the outstanding list of later meetings. If the group still needs ${actions === 1 ? 'it' : 'them'}, keep this meeting and delete only what was recorded by mistake.`
          : 'No actions were recorded at it.',
        ...what.approves.map((a) => `The minutes of ${a.title}, ${a.date} stay approved, without the link to this meeting.`),
      ],
      confirm: actions ? { name: 'deleteActions', text: `Yes, delete its ${plural(actions, 'action')} as well` } : undefined,
      refusal: what.papers.length ? 'Papers are uploaded to this meeting or its items. A paper cannot be left without its meeting: delete each paper from its own page first.' : undefined,
      papers: what.papers,
      cancel: `/meetings/${m.id}`,
      action: `/meetings/${m.id}/delete`,
      errors,
    });
  };

  app.get('/meetings/:id/delete', manage, async (request, reply) => {
    const what = await meetings.meetingDeletion(app.db, idParam.parse(request.params).id);
    return what ? deletion(reply, what) : reply.callNotFound();
  });

  app.post('/meetings/:id/delete', manage, async (request, reply) => {
    const what = await meetings.meetingDeletion(app.db, idParam.parse(request.params).id);
    if (!what) return reply.callNotFound();
    if (what.papers.length) return deletion(reply, what);
    const confirmed = (request.body as Record<string, unknown> | undefined)?.deleteActions === 'yes';
    const problem = await saveOrProblem(app, (tx) => meetings.deleteMeeting(tx, request.actor, what.meeting.id, { actions: confirmed }));
    if (problem) return deletion(reply, what, problem);
    const group = await network.getGroup(app.db, what.meeting.groupId);
    await reply.flash('success', `${what.meeting.title}, ${what.meeting.date} deleted`);
    return reply.redirect(`/meetings/groups/${group!.slug}`, 303);
  });
}
