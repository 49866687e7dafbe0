import { z } from 'zod';

// Form fields every module needs. An HTML form sends "" for a field left empty; these
// read that as "not given" (null), and name the field in their messages.

export const optionalText = (max: number, what = 'This') =>
  z
    .string()
    .trim()
    .max(max, `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .nullish()
    .transform((v) => v || null);

export const optionalId = (message = 'Choose from the list') =>
  z
    .union([z.literal(''), z.string().uuid(message)])
    .nullish()
    .transform((v) => v || null);

function isCalendarDate(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A calendar date as YYYY-MM-DD, or null when left empty. */
export const optionalDate = (what: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDate(v)), `${what} must be a real date`);
