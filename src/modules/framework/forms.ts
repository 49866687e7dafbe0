import { z } from 'zod';
import { FACTORS, NODE_KINDS, POLARITIES, RATINGS, TIMESCALES } from './framework-schema.ts';

/** What the element forms send, turned into the fields the service saves. */
const text = (what: string, max = 2000) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `${what[0]!.toUpperCase()}${what.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer`);
const optionalText = (max = 10000) =>
  z
    .string()
    .trim()
    .max(max, `Must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .optional()
    .transform((v) => v ?? '');
const nullableText = (max = 2000) => optionalText(max).transform((v) => (v === '' ? null : v));
const checkbox = z.union([z.string(), z.array(z.string())]).optional().transform((v) => v !== undefined);
const wholeNumber = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${what} as a whole number` })
    .int(`Enter ${what} as a whole number`)
    .min(min, `${what[0]!.toUpperCase()}${what.slice(1)} must be ${min} or more`)
    .max(max, `${what[0]!.toUpperCase()}${what.slice(1)} must be ${max} or fewer`);
const optionalNumber = (what: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(/,/g, ''));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `Enter ${what} as a number, like 20 or 12.5` });
        return z.NEVER;
      }
      return n;
    });

export const revisionField = z.object({ baseRevision: z.coerce.number().int().min(0).catch(0) });

const rating = z.enum(RATINGS, { error: 'Choose critical, priority outcome or universal outcome' });

export const goalForm = z.object({ title: text('the goal'), description: optionalText() });

export const headingForm = z.object({
  parentKey: z.string({ error: 'Choose where the heading goes' }).min(1, 'Choose where the heading goes'),
  title: text('the heading'),
  description: optionalText(),
  rating,
  optional: checkbox,
  source: nullableText(500),
});

export const outcomeForm = z
  .object({
    parentKey: z.string({ error: 'Choose the goal or heading this outcome goes under' }).min(1, 'Choose the goal or heading this outcome goes under'),
    title: text('the outcome'),
    description: optionalText(),
    rating,
    timescale: z.enum(TIMESCALES, { error: 'Choose short, medium or long term' }),
    minMonths: wholeNumber('the shortest expected lag', 0, 240),
    maxMonths: wholeNumber('the longest expected lag', 0, 240),
  })
  .refine((v) => v.minMonths <= v.maxMonths, { path: ['maxMonths'], message: 'The longest expected lag must not be shorter than the shortest' })
  .transform(({ minMonths, maxMonths, ...rest }) => ({ ...rest, expectedLag: { minMonths, maxMonths } }));

const indicatorCommon = {
  parentKey: z.string({ error: 'Choose the outcome this indicator measures' }).min(1, 'Choose the outcome this indicator measures'),
  code: z
    .string({ error: 'Enter a code' })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/, 'Enter a short code of letters, digits, dots and hyphens, like CP2'),
  name: text('the name'),
  definition: text('the definition'),
  polarity: z.enum(POLARITIES, { error: 'Choose which way is better' }),
  proxy: checkbox,
  caveat: nullableText(),
  source: nullableText(500),
};

export const quantitativeForm = z
  .object({
    ...indicatorCommon,
    kind: z.literal('quantitative'),
    numerator: text('the numerator'),
    denominator: nullableText(),
    factor: z.coerce.number().pipe(z.literal(FACTORS, { error: 'Choose 1, 100, 1,000 or 10,000' })),
    unit: text('the unit', 200),
    decimals: wholeNumber('the decimal places', 0, 4),
    target: optionalNumber('the target'),
    green: optionalNumber('the green limit'),
    amber: optionalNumber('the amber limit'),
  })
  .refine((v) => (v.green === null) === (v.amber === null), { path: ['amber'], message: 'Enter both the green and the amber limits, or neither' })
  .transform(({ green, amber, ...rest }) => ({ ...rest, bands: green !== null && amber !== null ? { green, amber } : null }));

/** Grades typed one a line: "1 | Inadequate | what it looks like". */
const scaleText = z
  .string({ error: 'Enter the grades' })
  .trim()
  .min(1, 'Enter the grades, one a line')
  .transform((value, ctx) => {
    const points = value.split(/\r?\n/).filter((l) => l.trim() !== '').map((line) => line.split('|').map((p) => p.trim()));
    for (const [i, p] of points.entries()) {
      if (p.length !== 3 || !/^\d+$/.test(p[0]!) || !p[1] || !p[2]) {
        ctx.addIssue({ code: 'custom', message: `Grade line ${i + 1} must read "number | label | descriptor", like "1 | Inadequate | No shared view of risk"` });
        return z.NEVER;
      }
    }
    if (points.length < 2) {
      ctx.addIssue({ code: 'custom', message: 'Enter at least 2 grades' });
      return z.NEVER;
    }
    return points.map(([v, label, descriptor]) => ({ value: Number(v), label: label!, descriptor: descriptor! }));
  });

export const qualitativeForm = z.object({ ...indicatorCommon, kind: z.literal('qualitative'), prompt: text('the prompt'), scale: scaleText });

const kindForm = z.object({ kind: z.enum(['quantitative', 'qualitative'], { error: 'Choose quantitative or qualitative' }) });

/** The indicator form's fields depend on its kind, so the kind is read first. */
export function indicatorSchemaFor(body: unknown) {
  const kind = kindForm.safeParse(body ?? {});
  if (!kind.success) return kindForm;
  return kind.data.kind === 'quantitative' ? quantitativeForm : qualitativeForm;
}

export const nodeForm = z.object({
  kind: z.enum(NODE_KINDS, { error: 'Choose the kind of element' }),
  title: text('the title', 500),
  annotation: optionalText(),
  refersTo: nullableText(100),
});

export const linkForm = z.object({
  from: z.string({ error: 'Choose where the influence comes from' }).min(1, 'Choose where the influence comes from'),
  to: z.string({ error: 'Choose what it influences' }).min(1, 'Choose what it influences'),
  note: nullableText(),
});
