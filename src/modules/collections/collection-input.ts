import { z } from 'zod';
import { blankToUndefined } from '../../platform/http/forms.ts';
import {
  audiences,
  collectionKinds,
  collections,
  type CollectionSettings,
  type CollectionStatus,
} from './schema.ts';

/** What a collection is, as coordinators type it: names, labels and the checked input. */
export type Collection = typeof collections.$inferSelect;

export const kindLabels: Record<Collection['kind'], string> = {
  return: 'Dataset return',
  survey: 'Survey',
  consultation: 'Consultation',
  'volunteer-call': 'Call for volunteers',
};
export const statusLabels: Record<CollectionStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
  published: 'Published',
};
export const audienceLabels: Record<Collection['audience'], string> = {
  all: 'Every board',
  group: 'The boards of a group',
  pilots: 'The pilot boards',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD');
const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${name} as a whole number` })
    .int(`Enter ${name} as a whole number`)
    .min(min, `${name} must be ${min} or more`)
    .max(max, `${name} must be ${max} or fewer`);

const placesText = z.preprocess(
  (v) => (typeof v === 'string' ? v : ''),
  z.string().transform((text, ctx) => {
    const places: { role: string; count: number }[] = [];
    for (const line of text
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const m = /^(\d+)\s+(.+)$/.exec(line);
      if (!m) {
        ctx.addIssue({
          code: 'custom',
          message: `Write each place as a number then a role, e.g. “2 Representative” (not “${line}”)`,
        });
        return z.NEVER;
      }
      places.push({ count: Number(m[1]), role: m[2]! });
    }
    return places;
  }),
);

export const collectionInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter the collection’s name')
      .max(200, 'Name must be 200 characters or fewer'),
    kind: z.enum(collectionKinds, { error: 'Choose the kind of collection' }),
    period: z.string().trim().min(1, 'Enter the period it covers, e.g. 2024-25').max(40),
    formId: z.string().uuid('Choose a form'),
    audience: z.enum(audiences, { error: 'Choose which boards are invited' }),
    groupId: z.preprocess(blankToUndefined, z.string().uuid('Choose a group').optional()),
    opensOn: isoDate,
    closesOn: isoDate,
    reminderFirstAfterDays: whole('the days before the first reminder', 0, 365).default(7),
    reminderEveryDays: whole('the days between reminders', 1, 365).default(7),
    reminderMax: whole('the most reminders', 0, 20).default(3),
    completeOnlyIfValid: z.preprocess((v) => v === 'yes' || v === true, z.boolean()).default(false),
    places: placesText.optional(),
    budgetTable: z.preprocess(blankToUndefined, z.string().max(60).optional()),
    budgetTotal: z.preprocess(blankToUndefined, z.string().max(60).optional()),
    budgetThreshold: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: 'Enter the change threshold as a percentage' }).min(1).max(1000).optional(),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.audience === 'group' && !v.groupId)
      ctx.addIssue({
        code: 'custom',
        path: ['groupId'],
        message: 'Choose the group whose boards are invited',
      });
    if (v.closesOn < v.opensOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'The closing date must be on or after the opening date',
      });
    if (v.kind === 'volunteer-call' && !(v.places ?? []).length)
      ctx.addIssue({
        code: 'custom',
        path: ['places'],
        message: 'Enter the places to fill, e.g. “2 Representative”',
      });
  });
export type CollectionInput = z.input<typeof collectionInput>;

export function settingsOf(v: z.infer<typeof collectionInput>): CollectionSettings {
  const settings: CollectionSettings = {};
  if (v.places?.length) settings.places = v.places;
  if (v.budgetTable)
    settings.budget = {
      table: v.budgetTable,
      total: v.budgetTotal ?? null,
      changeThreshold: (v.budgetThreshold ?? 25) / 100,
    };
  return settings;
}
