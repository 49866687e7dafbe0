import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { z } from 'zod';
import { requireCan } from '../../platform/http/session.ts';
import type { FieldErrors } from '../../platform/http/forms.ts';
import * as network from '../network/service.ts';
import { getProject, projectAccess, type Project } from './projects.ts';

const loaded = new WeakMap<FastifyRequest, Project>();
const slugParam = z.object({ slug: z.string().max(100) });

const wantsJson = (request: FastifyRequest) => request.url.startsWith('/api/') || (request.headers.accept ?? '').startsWith('application/json');

export function notFound(request: FastifyRequest, reply: FastifyReply) {
  if (wantsJson(request)) return reply.code(404).send({ error: 'Not found', details: [] });
  return reply.code(404).page('errors/404.njk');
}

/**
 * Route guard for a project's pages: signed-out → sign in, no such project → 404, then
 * requireCan with the action the project needs (a board's project is that board's).
 */
export function projectGuard(need: 'read' | 'edit'): preHandlerHookHandler {
  return async function guard(request, reply) {
    const signedIn = requireCan('hub:read');
    await signedIn.call(this, request, reply, () => {});
    if (reply.sent) return reply;
    const { slug } = slugParam.parse(request.params);
    const project = await getProject(request.server.db, slug);
    if (!project) return notFound(request, reply);
    const action = need === 'read' ? (project.boardId ? 'board:read' : 'hub:read') : project.boardId ? 'board:edit' : 'network:manage';
    await requireCan(action, () => ({ boardId: project.boardId })).call(this, request, reply, () => {});
    if (reply.sent) return reply;
    loaded.set(request, project);
  };
}

/** The project the guard loaded for this request. */
export function projectOf(request: FastifyRequest): Project {
  const project = loaded.get(request);
  if (!project) throw new Error('projectGuard did not run');
  return project;
}

export const canEditProject = (request: FastifyRequest, project: Project) => projectAccess(request.principal, project).canEdit;

/** People to choose an owner from, for select boxes. */
export async function personItems(request: FastifyRequest, emptyText = 'No owner yet') {
  const everyone = await network.listPeople(request.server.db, { limit: 2000 });
  return [{ value: '', text: emptyText }, ...everyone.rows.map((p) => ({ value: p.id, text: p.organisationName ? `${p.name} (${p.organisationName})` : p.name }))];
}

/**
 * GOV.UK date inputs arrive as three fields (`x-day`, `x-month`, `x-year`); services want
 * one YYYY-MM-DD. Partly filled or non-numeric dates become a string the schema refuses.
 */
export function joinDates(body: unknown, names: readonly string[]): Record<string, unknown> {
  const source = (body ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...source };
  for (const name of names) {
    const part = (p: string) => String(source[`${name}-${p}`] ?? '').trim();
    const [day, month, year] = [part('day'), part('month'), part('year')];
    if (!day && !month && !year) out[name] = '';
    else if (![day, month, year].every((p) => /^\d+$/.test(p)) || year.length !== 4) out[name] = 'invalid';
    else out[name] = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return out;
}

/** The other way, to fill a form from a stored record. */
export function splitDates(values: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  for (const name of names) {
    const v = values[name];
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) continue;
    const [year, month, day] = v.split('-');
    Object.assign(out, { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year });
  }
  return out;
}

/** Error summary links to a date go to its day field, the first input of the three. */
export function linkDateErrors(errors: FieldErrors, names: readonly string[]): FieldErrors {
  return { ...errors, errorList: errors.errorList.map((e) => (names.some((n) => e.href === `#${n}`) ? { ...e, href: `${e.href}-day` } : e)) };
}
