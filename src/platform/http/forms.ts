import type { ZodError, ZodType } from 'zod';

export interface FieldErrors {
  /** For govukErrorSummary: each links to its field. */
  errorList: { text: string; href: string }[];
  /** For each field macro's errorMessage. */
  fields: Record<string, { text: string }>;
}

export function fieldErrors(error: ZodError, idPrefix = ''): FieldErrors {
  const fields: Record<string, { text: string }> = {};
  const errorList: { text: string; href: string }[] = [];
  for (const issue of error.issues) {
    const name = issue.path.join('.') || 'form';
    if (fields[name]) continue;
    fields[name] = { text: issue.message };
    errorList.push({ text: issue.message, href: `#${idPrefix}${name}` });
  }
  return { errorList, fields };
}

export function singleError(field: string, message: string): FieldErrors {
  return { errorList: [{ text: message, href: `#${field}` }], fields: { [field]: { text: message } } };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function parseForm<T>(schema: ZodType<T>, body: unknown): Parsed<T> {
  const result = schema.safeParse(body ?? {});
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** HTML forms send "" for an empty field; most schemas want that as absent. */
export const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
