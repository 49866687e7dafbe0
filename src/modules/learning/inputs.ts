import { z } from 'zod';

// Control characters have no place in prose, and two of them mark search highlights.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export const requiredText = (max: number, message: string) =>
  z
    .string({ message })
    .transform((v) => v.replace(controlCharacters, '').trim())
    .pipe(
      z
        .string()
        .min(1, message)
        .max(max, `Must be ${max.toLocaleString('en-GB')} characters or fewer`),
    );

export const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ?? '').replace(controlCharacters, '').trim())
    .pipe(z.string().max(max, `Must be ${max.toLocaleString('en-GB')} characters or fewer`))
    .transform((v) => (v === '' ? null : v));

export const requiredId = (message: string) => z.string({ message }).uuid(message);

export const optionalId = z
  .union([z.literal(''), z.string().uuid('Choose from the list')])
  .nullish()
  .transform((v) => (v ? v : null));

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as YYYY-MM-DD, checked to exist (no 31 February). */
function validDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

export const requiredDate = (label: string) =>
  z
    .string({ message: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .refine(validDate, `${label[0]!.toUpperCase()}${label.slice(1)} must be a real date, like 2025-03-31`);

export const optionalDate = (label: string) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ?? '').trim())
    .refine(
      (v) => v === '' || validDate(v),
      `${label[0]!.toUpperCase()}${label.slice(1)} must be a real date, like 2025-03-31`,
    )
    .transform((v) => (v === '' ? null : v));

/** Links users will click: only web addresses, never javascript: or data: URLs. */
export const optionalWebAddress = z
  .string()
  .nullish()
  .transform((v) => (v ?? '').trim())
  .refine((v) => {
    if (v === '') return true;
    try {
      const url = new URL(v);
      return (url.protocol === 'https:' || url.protocol === 'http:') && v.length <= 2000;
    } catch {
      return false;
    }
  }, 'Enter a web address starting with https://, like https://example.org/report.pdf')
  .transform((v) => (v === '' ? null : v));

/** Checkboxes arrive as one string or an array of strings. */
export const idList = z
  .union([z.string(), z.array(z.string())])
  .nullish()
  .transform((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== ''))
  .pipe(z.array(z.string().uuid('Choose from the list')).max(50));
