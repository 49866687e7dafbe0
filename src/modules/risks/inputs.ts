import { z } from 'zod';

/** "" from a form means "not given". */
export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .nullish()
    .transform((v) => v || null);

export const optionalId = (message: string) =>
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

/** A likelihood or impact: a whole number from 1 to 5. Anything else is refused with this message. */
export const scale = (what: string) =>
  z.coerce
    .number({ message: `${what} must be a whole number from 1 to 5` })
    .int(`${what} must be a whole number from 1 to 5`)
    .min(1, `${what} must be a whole number from 1 to 5`)
    .max(5, `${what} must be a whole number from 1 to 5`);

export const optionalScale = (what: string) =>
  z
    .preprocess((v) => (v === '' ? null : v), scale(what).nullable())
    .optional()
    .transform((v) => v ?? null);

export const slugify = (s: string, fallback: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '')
    .slice(0, 60)
    .replace(/-$/, '') || fallback;

/** Today's date in London, the date reviews fall due by. */
export function londonDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
