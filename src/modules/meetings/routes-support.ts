import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireCan } from '../../platform/http/session.ts';
import { singleError, type FieldErrors } from '../../platform/http/forms.ts';
import type { Tx } from '../../platform/db/types.ts';
import * as network from '../network/service.ts';
import { FieldProblem } from './problems.ts';

export const view = (name: string) => `modules/meetings/views/${name}`;
export const manage = { preHandler: requireCan('network:manage') };
export const idParam = z.object({ id: z.string().uuid() });

/** "6 weeks", "3 days": how long an action has been outstanding. */
export function ageText(days: number): string {
  if (days >= 14) return `${Math.floor(days / 7)} weeks`;
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** Everyone in the directory as choices, their organisation beside their name. */
export async function peopleItems(app: FastifyInstance, blank: string) {
  const everyone = await network.listPeople(app.db, { limit: 5000 });
  return [{ value: '', text: blank }, ...everyone.rows.map((p) => ({ value: p.id, text: p.organisationName ? `${p.name} (${p.organisationName})` : p.name }))];
}

/** Runs a change in one transaction; a rule it breaks on a field comes back as that field's error. */
export async function saveOrProblem(app: FastifyInstance, change: (tx: Tx) => Promise<unknown>): Promise<FieldErrors | null> {
  try {
    await app.db.transaction(change);
    return null;
  } catch (e) {
    if (e instanceof FieldProblem) return singleError(e.field, e.message);
    throw e;
  }
}

/** A form body's field as a list (checkboxes and repeated selects send one value or several). */
export const listOf = (value: unknown): string[] => ([] as unknown[]).concat(value ?? []).filter((v): v is string => typeof v === 'string' && v !== '');

/** Where "Cancel" and a finished change lead back to. */
export const meetingHref = (meetingId: string, part = '') => `/meetings/${meetingId}${part ? `#${part}` : ''}`;

/** The confirmation page every deletion goes through: what goes, what stays, and a warning button. */
export function confirmDeletion(
  reply: FastifyReply,
  page: {
    title: string;
    caption: string;
    consequences: string[];
    cancel: string;
    action: string;
    confirm?: { name: string; text: string };
    /** Why it cannot be deleted yet, and the papers to deal with first. */
    refusal?: string;
    papers?: { id: string; title: string }[];
    errors?: FieldErrors;
  },
) {
  return reply.code(page.errors ? 400 : page.refusal ? 409 : 200).page(view('confirm-delete.njk'), page);
}
