import { z } from 'zod';

export { optionalText, optionalId, optionalDate } from '../../platform/http/fields.ts';

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
