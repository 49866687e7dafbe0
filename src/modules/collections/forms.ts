import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { blankToUndefined } from '../../platform/http/forms.ts';
import { frameworkDocument, formFromFramework } from './framework-link.ts';
import {
  allQuestions,
  codeSchema,
  formDefinitionSchema,
  QUESTION_KINDS,
  type FormDefinition,
  type Question,
} from './form-model.ts';
import { collectionForms, collections } from './schema.ts';

export type CollectionForm = typeof collectionForms.$inferSelect;

export const formInput = z.object({
  name: z.string().trim().min(1, 'Enter the form’s name').max(200, 'Name must be 200 characters or fewer'),
  description: z.preprocess(blankToUndefined, z.string().trim().max(2000).optional()),
});

const lines = (v: unknown) =>
  (Array.isArray(v) ? v.join('\n') : String(v ?? ''))
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
const optionalNumber = z.preprocess(
  blankToUndefined,
  z.coerce.number({ error: 'Enter a number' }).finite().optional(),
);

/** The question form of the builder, as typed: options, rows and columns one per line. */
export const questionInput = z
  .object({
    section: z.coerce.number().int().min(0).default(0),
    newSection: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
    code: codeSchema,
    kind: z.enum(QUESTION_KINDS, { error: 'Choose the kind of answer' }),
    label: z
      .string()
      .trim()
      .min(1, 'Enter the question')
      .max(500, 'The question must be 500 characters or fewer'),
    help: z.preprocess(blankToUndefined, z.string().trim().max(2000).optional()),
    required: z.preprocess((v) => v === 'yes' || v === true || v === 'on', z.boolean()),
    unit: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
    min: optionalNumber,
    max: optionalNumber,
    integer: z.preprocess((v) => v === 'yes' || v === true || v === 'on', z.boolean()),
    options: z.preprocess(lines, z.array(z.string().max(500)).max(50, 'At most 50 choices')),
    rows: z.preprocess(lines, z.array(z.string().max(500)).max(50, 'At most 50 rows')),
    columns: z.preprocess(lines, z.array(z.string().max(500)).max(20, 'At most 20 columns')),
  })
  .superRefine((q, ctx) => {
    if (q.min !== undefined && q.max !== undefined && q.min > q.max)
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'The largest value must be at least the smallest',
      });
    if ((q.kind === 'single-choice' || q.kind === 'multiple-choice') && q.options.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Enter at least two choices, one per line',
      });
    if (q.kind === 'table' && q.rows.length < 1)
      ctx.addIssue({ code: 'custom', path: ['rows'], message: 'Enter at least one row, one per line' });
    if (q.kind === 'table' && q.columns.length < 1)
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'Enter at least one column, one per line' });
  });
export type QuestionInput = z.input<typeof questionInput>;

export async function listForms(db: Queryable) {
  return db.select().from(collectionForms).orderBy(asc(collectionForms.name));
}

export async function getForm(db: Queryable, id: string): Promise<CollectionForm | null> {
  if (!z.string().uuid().safeParse(id).success) return null;
  const [row] = await db.select().from(collectionForms).where(eq(collectionForms.id, id));
  return row ?? null;
}

async function requireForm(db: Queryable, id: string) {
  const form = await getForm(db, id);
  if (!form) throw new UserFacingError(404, 'There is no such form');
  return form;
}

export async function createForm(
  db: Queryable,
  actor: Actor,
  input: z.input<typeof formInput>,
  definition: FormDefinition = { sections: [] },
  extra: { source?: string; demo?: boolean } = {},
) {
  const v = formInput.parse(input);
  const checked = formDefinitionSchema.parse(definition);
  const [row] = await db
    .insert(collectionForms)
    .values({
      name: v.name,
      description: v.description ?? null,
      definition: checked,
      source: extra.source ?? null,
      demo: extra.demo ?? false,
    })
    .returning();
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'collection-form',
    entityId: row!.id,
    summary: `Created form ${v.name} (${allQuestions(checked).length} questions)`,
  });
  return row!;
}

/** Forms used by an open collection keep their shape: boards may be half-way through it. */
async function assertEditable(db: Queryable, formId: string) {
  const [used] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(collections)
    .where(sql`${collections.formId} = ${formId} and ${collections.status} <> 'draft'`);
  if ((used?.n ?? 0) > 0)
    throw new UserFacingError(
      409,
      'This form is used by a collection that has opened, so its questions cannot change. Copy it to make a new version.',
    );
}

async function saveDefinition(
  db: Queryable,
  actor: Actor,
  form: CollectionForm,
  definition: FormDefinition,
  summary: string,
) {
  const checked = formDefinitionSchema.parse(definition);
  await db
    .update(collectionForms)
    .set({ definition: checked, version: form.version + 1, updatedAt: new Date() })
    .where(eq(collectionForms.id, form.id));
  await recordAudit(db, actor, { action: 'update', entity: 'collection-form', entityId: form.id, summary });
}

/**
 * A question with every setting at its default (optional, no unit, no bounds, no choices),
 * so builders name only what makes their question different.
 */
export function question(
  code: string,
  kind: Question['kind'],
  label: string,
  extra: Partial<Question> = {},
): Question {
  return {
    code,
    kind,
    label,
    help: null,
    required: false,
    unit: null,
    min: null,
    max: null,
    integer: false,
    measure: null,
    options: [],
    rows: [],
    columns: [],
    ...extra,
  };
}

function toQuestion(v: z.infer<typeof questionInput>): Question {
  return {
    code: v.code,
    kind: v.kind,
    label: v.label,
    help: v.help ?? null,
    required: v.required,
    unit: v.unit ?? null,
    min: v.min ?? null,
    max: v.max ?? null,
    integer: v.integer,
    measure: null,
    options: v.kind.endsWith('choice') ? v.options : [],
    rows: v.kind === 'table' ? v.rows : [],
    columns: v.kind === 'table' ? v.columns : [],
  };
}

/** Adds a question (to a new section when one is named); a code used already is refused. */
export async function addQuestion(db: Queryable, actor: Actor, formId: string, input: QuestionInput) {
  const v = questionInput.parse(input);
  const form = await requireForm(db, formId);
  await assertEditable(db, formId);
  const definition = structuredClone(form.definition);
  if (allQuestions(definition).some((q) => q.code === v.code))
    throw new UserFacingError(400, `The code ${v.code} is already used in this form`, [{ path: 'code' }]);
  if (v.newSection || definition.sections.length === 0)
    definition.sections.push({ title: v.newSection ?? 'Questions', help: null, questions: [] });
  const index =
    v.newSection || form.definition.sections.length === 0
      ? definition.sections.length - 1
      : Math.min(v.section, definition.sections.length - 1);
  definition.sections[index]!.questions.push(toQuestion(v));
  await saveDefinition(db, actor, form, definition, `Added question ${v.code} to form ${form.name}`);
}

export async function updateQuestion(
  db: Queryable,
  actor: Actor,
  formId: string,
  code: string,
  input: QuestionInput,
) {
  const v = questionInput.parse(input);
  const form = await requireForm(db, formId);
  await assertEditable(db, formId);
  const definition = structuredClone(form.definition);
  if (v.code !== code && allQuestions(definition).some((q) => q.code === v.code))
    throw new UserFacingError(400, `The code ${v.code} is already used in this form`, [{ path: 'code' }]);
  for (const section of definition.sections) {
    const i = section.questions.findIndex((q) => q.code === code);
    if (i >= 0) section.questions[i] = { ...toQuestion(v), measure: section.questions[i]!.measure };
  }
  await saveDefinition(db, actor, form, definition, `Changed question ${code} of form ${form.name}`);
}

export async function removeQuestion(db: Queryable, actor: Actor, formId: string, code: string) {
  const form = await requireForm(db, formId);
  await assertEditable(db, formId);
  const definition = structuredClone(form.definition);
  for (const section of definition.sections)
    section.questions = section.questions.filter((q) => q.code !== code);
  definition.sections = definition.sections.filter((s) => s.questions.length > 0);
  await saveDefinition(db, actor, form, definition, `Removed question ${code} from form ${form.name}`);
}

/** Section titles and help, edited in place. */
export async function updateSection(
  db: Queryable,
  actor: Actor,
  formId: string,
  index: number,
  input: { title: string; help?: string | null },
) {
  const v = z
    .object({
      title: z.string().trim().min(1, 'Enter the section title').max(200),
      help: z.preprocess(blankToUndefined, z.string().trim().max(2000).optional()),
    })
    .parse(input);
  const form = await requireForm(db, formId);
  await assertEditable(db, formId);
  const definition = structuredClone(form.definition);
  const section = definition.sections[index];
  if (!section) throw new UserFacingError(404, 'There is no such section');
  section.title = v.title;
  section.help = v.help ?? null;
  await saveDefinition(db, actor, form, definition, `Changed section ${v.title} of form ${form.name}`);
}

/** A dataset return's form from a framework version (0: the framework as shipped). */
export async function generateFormFromFramework(
  db: Queryable,
  actor: Actor,
  input: { name: string; frameworkVersion: number },
) {
  const v = z
    .object({
      name: z.string().trim().min(1, 'Enter the form’s name').max(200),
      frameworkVersion: z.coerce.number().int().min(0),
    })
    .parse(input);
  const found = await frameworkDocument(db, v.frameworkVersion);
  if (!found) throw new UserFacingError(404, `There is no version ${v.frameworkVersion} of the framework`);
  return createForm(
    db,
    actor,
    { name: v.name, description: `Generated from ${found.document.title}` },
    formFromFramework(found.document),
    { source: found.label },
  );
}
