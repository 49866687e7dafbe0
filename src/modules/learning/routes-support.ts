import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can } from '../../platform/auth/permissions.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import type { FieldErrors } from '../../platform/http/forms.ts';
import * as network from '../network/service.ts';
import type { Visibility } from './reviews.ts';

export const view = (name: string) => `modules/learning/views/${name}`;
export const idParams = z.object({ id: z.string().max(100) });
export const downloadFormat = z.object({ format: z.enum(['csv', 'xlsx']).optional() });
export const optionalUuid = z
  .string()
  .optional()
  .transform((v) => (v && z.string().uuid().safeParse(v).success ? v : undefined));

/** Everyone signed in reads published learning; unpublished reviews only the central team and the review's own board. */
export function visibilityOf(request: FastifyRequest): Visibility {
  const principal = request.principal;
  if (can(principal, 'network:manage')) return { all: true };
  const boardIds = (principal?.roles ?? [])
    .map((r) => r.boardId)
    .filter((id): id is string => !!id && can(principal, 'board:read', { boardId: id }));
  return { all: false, boardIds };
}

/** The boards this user may record learning for: all of them for coordinators, their own for board managers. */
export async function editableBoards(request: FastifyRequest) {
  const boards = await network.listBoards(request.server.db);
  return boards.filter((b) => can(request.principal, 'board:edit', { boardId: b.id }));
}

export const boardItems = (boards: readonly { id: string; name: string }[], selected?: unknown) => [
  { value: '', text: 'Choose a board' },
  ...boards.map((b) => ({ value: b.id, text: b.name, selected: b.id === selected })),
];

/** A rule the service refused with a field named: shown like any other form error. */
export function ruleErrors(error: unknown): FieldErrors | null {
  if (!(error instanceof UserFacingError) || error.statusCode !== 400) return null;
  const fields: FieldErrors['fields'] = {};
  const errorList: FieldErrors['errorList'] = [];
  for (const d of error.details as { path?: string; message?: string }[]) {
    if (!d.path || !d.message) continue;
    fields[d.path] = { text: d.message };
    errorList.push({ text: d.message, href: `#${d.path}` });
  }
  return errorList.length ? { fields, errorList } : null;
}

const dateParts = ['day', 'month', 'year'] as const;

/**
 * GOV.UK date inputs send day, month and year separately; they become one YYYY-MM-DD text
 * for the schema (blank when all three are blank), which says whether it is a real date.
 */
export function joinDates(body: unknown, names: readonly string[]): Record<string, unknown> {
  const form = { ...((body ?? {}) as Record<string, unknown>) };
  for (const name of names) {
    const [day, month, year] = dateParts.map((p) => String(form[`${name}-${p}`] ?? '').trim());
    if (!day && !month && !year) form[name] = '';
    else if (/^\d{1,2}$/.test(day!) && /^\d{1,2}$/.test(month!) && /^\d{4}$/.test(year!))
      form[name] = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    else form[name] = `${year}-${month}-${day}`;
  }
  return form;
}

/** Form values for the date inputs of a saved record. */
export function splitDates(
  record: Record<string, unknown>,
  names: readonly string[],
): Record<string, unknown> {
  const form = { ...record };
  for (const name of names) {
    const value = typeof record[name] === 'string' ? (record[name] as string) : '';
    const [year, month, day] = value ? value.split('-') : ['', '', ''];
    Object.assign(form, { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year });
  }
  return form;
}

/** Items for govukDateInput, keeping what was typed and marking the fields when the date is wrong. */
export function dateItems(name: string, values: Record<string, unknown>, hasError: boolean) {
  return dateParts.map((part) => ({
    name: part,
    label: part[0]!.toUpperCase() + part.slice(1),
    value: values[`${name}-${part}`],
    classes: `govuk-input--width-${part === 'year' ? 4 : 2}${hasError ? ' govuk-input--error' : ''}`,
  }));
}

/** The error summary links to the day field of a date, the first thing to correct. */
export function linkDates(errors: FieldErrors, names: readonly string[]): FieldErrors {
  return {
    ...errors,
    errorList: errors.errorList.map((e) =>
      names.some((n) => e.href === `#${n}`) ? { ...e, href: `${e.href}-day` } : e,
    ),
  };
}
