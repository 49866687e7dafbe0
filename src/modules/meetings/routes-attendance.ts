import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import * as meetings from './service.ts';
import { confirmDeletion, idParam, manage, meetingHref, peopleItems, saveOrProblem, view } from './routes-support.ts';

type Body = Record<string, unknown>;
type Entry = NonNullable<Awaited<ReturnType<typeof meetings.findAttendance>>>;
type Meeting = NonNullable<Awaited<ReturnType<typeof meetings.findMeeting>>>;

export async function attendanceRoutes(app: FastifyInstance) {
  const attendanceForm = async (reply: FastifyReply, m: Meeting, opts: { entry?: Entry; values: Body; errors?: FieldErrors | null }) =>
    reply.code(opts.errors ? 400 : 200).page(view('attendance-form.njk'), {
      title: opts.entry ? `Change the attendance of ${opts.entry.name}` : 'Record attendance',
      m,
      entry: opts.entry,
      values: opts.values,
      errors: opts.errors ?? undefined,
      personItems: await peopleItems(app, 'Choose a person'),
      attendanceItems: meetings.attendanceKindsFor(m.kind).map((k) => ({ value: k, text: meetings.attendanceLabels[k] })),
    });

  app.get('/meetings/:id/attendance/new', manage, async (request, reply) => {
    const m = await meetings.findMeeting(app.db, idParam.parse(request.params).id);
    return m ? attendanceForm(reply, m, { values: {} }) : reply.callNotFound();
  });

  app.post('/meetings/:id/attendance', manage, async (request, reply) => {
    const m = await meetings.findMeeting(app.db, idParam.parse(request.params).id);
    if (!m) return reply.callNotFound();
    const body = (request.body ?? {}) as Body;
    const form = parseForm(meetings.attendanceInput, body);
    const errors = form.ok ? await saveOrProblem(app, (tx) => meetings.setAttendance(tx, request.actor, m.id, form.value)) : form.errors;
    if (errors) return attendanceForm(reply, m, { values: body, errors });
    await reply.flash('success', 'Attendance recorded');
    return reply.redirect(meetingHref(m.id, 'attendance'), 303);
  });

  const entryOf = async (params: unknown) => {
    const entry = await meetings.findAttendance(app.db, idParam.parse(params).id);
    const m = entry ? await meetings.findMeeting(app.db, entry.meetingId) : null;
    return entry && m ? { entry, m } : null;
  };

  app.get('/meetings/attendance/:id/edit', manage, async (request, reply) => {
    const found = await entryOf(request.params);
    return found ? attendanceForm(reply, found.m, { entry: found.entry, values: found.entry }) : reply.callNotFound();
  });

  app.post('/meetings/attendance/:id/edit', manage, async (request, reply) => {
    const found = await entryOf(request.params);
    if (!found) return reply.callNotFound();
    const body = (request.body ?? {}) as Body;
    const form = parseForm(meetings.attendanceInput, body);
    const errors = form.ok ? await saveOrProblem(app, (tx) => meetings.updateAttendance(tx, request.actor, found.entry.id, form.value)) : form.errors;
    if (errors) return attendanceForm(reply, found.m, { entry: found.entry, values: body, errors });
    await reply.flash('success', 'Attendance updated');
    return reply.redirect(meetingHref(found.m.id, 'attendance'), 303);
  });

  app.get('/meetings/attendance/:id/delete', manage, async (request, reply) => {
    const found = await entryOf(request.params);
    if (!found) return reply.callNotFound();
    const { entry, m } = found;
    return confirmDeletion(reply, {
      title: `Remove ${entry.name} from the attendance?`,
      caption: `${m.title}, ${m.date}`,
      consequences: [
        `${entry.name} is recorded as ${meetings.attendanceLabels[entry.attendance].toLowerCase()}${entry.role ? ` (${entry.role})` : ''}. The entry is removed from this meeting only; they stay in the directory.`,
      ],
      cancel: meetingHref(m.id, 'attendance'),
      action: `/meetings/attendance/${entry.id}/delete`,
    });
  });

  app.post('/meetings/attendance/:id/delete', manage, async (request, reply) => {
    const found = await entryOf(request.params);
    if (!found) return reply.callNotFound();
    await app.db.transaction((tx) => meetings.deleteAttendance(tx, request.actor, found.entry.id));
    await reply.flash('success', `${found.entry.name} removed from the attendance`);
    return reply.redirect(meetingHref(found.m.id, 'attendance'), 303);
  });
}
