import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { can } from '../../platform/auth/permissions.ts';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import * as network from '../network/service.ts';
import { listDocuments } from '../documents/service.ts';
import { attendanceKinds, meetingKinds, meetingStatuses } from './schema.ts';
import * as meetings from './service.ts';

export const view = (name: string) => `modules/meetings/views/${name}`;
const manage = { preHandler: requireCan('network:manage') };
const idParam = z.object({ id: z.string().uuid() });
const slugParam = z.object({ slug: z.string().max(100) });

export const statusItems = meetingStatuses.map((s) => ({ value: s, text: meetings.meetingStatusLabels[s] }));
const kindItems = meetingKinds.map((k) => ({ value: k, text: k === 'meeting' ? 'Meeting' : 'Event (for example a seminar)' }));
const attendanceItems = attendanceKinds.map((k) => ({ value: k, text: meetings.attendanceLabels[k] }));

/** "6 weeks", "3 days": how long an action has been outstanding. */
export function ageText(days: number): string {
  if (days >= 14) return `${Math.floor(days / 7)} weeks`;
  return `${days} day${days === 1 ? '' : 's'}`;
}

async function peopleItems(app: FastifyInstance, blank: string) {
  const everyone = await network.listPeople(app.db, { limit: 5000 });
  return [{ value: '', text: blank }, ...everyone.rows.map((p) => ({ value: p.id, text: p.organisationName ? `${p.name} (${p.organisationName})` : p.name }))];
}

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

  const meetingForm = async (reply: FastifyReply, group: { slug: string; name: string }, values: unknown, errors?: FieldErrors, id?: string) =>
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

  const meetingPage = async (reply: FastifyReply, id: string, errors?: FieldErrors, values: Record<string, unknown> = {}) => {
    const today = meetings.londonToday();
    const m = await meetings.getMeeting(app.db, id);
    if (!m) return reply.callNotFound();
    const [actions, outstanding, around] = await Promise.all([
      meetings.actionsOfMeeting(app.db, id, today),
      meetings.outstandingAt(app.db, m, today),
      meetings.neighbours(app.db, m),
    ]);
    return reply.code(errors ? 400 : 200).page(view('meeting.njk'), {
      title: `${m.title}, ${m.date}`,
      m: { ...m, statusLabel: meetings.meetingStatusLabels[m.status] },
      items: m.items.map((i) => ({ ...i, paragraphs: meetings.numberedParagraphs(i.number, i.minutes) })),
      attendance: m.attendance.map((a) => ({ ...a, label: meetings.attendanceLabels[a.attendance] })),
      actions: actions.map((a) => ({ ...a, statusLabel: meetings.actionStatusLabels[a.action.status] })),
      outstanding: outstanding.map((a) => ({ ...a, age: ageText(a.ageDays), statusLabel: meetings.actionStatusLabels[a.action.status] })),
      around,
      documents: await listDocuments(app.db, { kind: 'meeting', id }),
      approvedAt: m.approvedAtMeetingId ? await meetings.findMeeting(app.db, m.approvedAtMeetingId) : null,
      errors,
      values,
      attendanceItems,
      personItems: can(reply.request.principal, 'network:manage') ? await peopleItems(app, 'Choose a person') : [],
      itemItems: [{ value: '', text: 'Not under an item' }, ...m.items.map((i) => ({ value: i.id, text: `${i.number}. ${i.title}` }))],
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
    if (!form.ok) return meetingForm(reply, m.group, request.body, form.errors, m.id);
    await app.db.transaction((tx) => meetings.updateMeeting(tx, request.actor, m.id, form.value));
    await reply.flash('success', 'Meeting updated');
    return reply.redirect(`/meetings/${m.id}`, 303);
  });

  app.post('/meetings/:id/attendance', manage, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    if (!(await meetings.findMeeting(app.db, id))) return reply.callNotFound();
    const form = parseForm(meetings.attendanceInput, request.body);
    if (!form.ok) return meetingPage(reply, id, form.errors, request.body as Record<string, unknown>);
    await app.db.transaction((tx) => meetings.setAttendance(tx, request.actor, id, form.value));
    await reply.flash('success', 'Attendance recorded');
    return reply.redirect(`/meetings/${id}#attendance`, 303);
  });

  app.post('/meetings/:id/items', manage, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    if (!(await meetings.findMeeting(app.db, id))) return reply.callNotFound();
    const body = request.body as Record<string, string>;
    const papers = body.paperUrl ? [{ title: body.paperTitle || body.paperUrl, url: body.paperUrl }] : [];
    const form = parseForm(meetings.itemInput, { ...body, papers });
    if (!form.ok) return meetingPage(reply, id, form.errors, body);
    await app.db.transaction((tx) => meetings.addItem(tx, request.actor, id, form.value));
    await reply.flash('success', `Item ${form.value.number} added`);
    return reply.redirect(`/meetings/${id}#items`, 303);
  });

  app.post('/meetings/:id/actions', manage, async (request, reply) => {
    const { id } = idParam.parse(request.params);
    if (!(await meetings.findMeeting(app.db, id))) return reply.callNotFound();
    const body = request.body as Record<string, string | string[]>;
    const ownerIds = ([] as string[]).concat(body.ownerPersonId ?? []).filter(Boolean);
    const everyone = ownerIds.length ? await network.listPeople(app.db, { limit: 5000 }) : { rows: [] };
    const owners: meetings.ActionInput['owners'] = ownerIds.map((pid) => ({ personId: pid, label: everyone.rows.find((p) => p.id === pid)?.name ?? 'Owner' }));
    if (typeof body.ownerBody === 'string' && body.ownerBody.trim()) owners.push({ body: body.ownerBody.trim(), label: body.ownerBody.trim() });
    const form = parseForm(meetings.actionInput, { ...body, owners, dueByNextMeeting: body.dueByNextMeeting === 'yes' });
    if (!form.ok) return meetingPage(reply, id, form.errors, body);
    await app.db.transaction((tx) => meetings.addAction(tx, request.actor, id, form.value));
    await reply.flash('success', 'Action added');
    return reply.redirect(`/meetings/${id}#actions`, 303);
  });
}
