import { z } from 'zod';

/**
 * A form: sections of questions, held whole as one document (like a framework version) so
 * a return's template, its web page and its checks all read the same definition. Each
 * question has a stable code, which validation rules name as `{code}`.
 */

export const QUESTION_KINDS = [
  'number',
  'percentage',
  'text',
  'long-text',
  'single-choice',
  'multiple-choice',
  'date',
  'table',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  number: 'Number',
  percentage: 'Percentage',
  text: 'Short text',
  'long-text': 'Long text',
  'single-choice': 'Choose one',
  'multiple-choice': 'Choose any',
  date: 'Date',
  table: 'Table of numbers',
};

export const NUMERIC_KINDS: readonly QuestionKind[] = ['number', 'percentage'];

/** Question codes are what rules and statistics measures name: lower case, digits, underscores. */
export const codeSchema = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_]{0,59}$/,
    'Enter a code of lower-case letters, digits and underscores, starting with a letter (e.g. cp_plans_at_31_march)',
  );

const label = z.string().trim().min(1).max(500);

export const measureBindingSchema = z.object({
  dataset: z.string().min(1).max(200),
  measure: z.string().min(1).max(200),
  filters: z.record(z.string(), z.string()).default({}),
});
export type MeasureBinding = z.infer<typeof measureBindingSchema>;

export const questionSchema = z.object({
  code: codeSchema,
  kind: z.enum(QUESTION_KINDS),
  label,
  help: z.string().max(2000).nullable().default(null),
  required: z.boolean().default(false),
  unit: z.string().max(100).nullable().default(null),
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
  /** Whole numbers only (counts of children, places); false allows decimals. */
  integer: z.boolean().default(false),
  measure: measureBindingSchema.nullable().default(null),
  options: z.array(label).max(50).default([]),
  rows: z.array(label).max(50).default([]),
  columns: z.array(label).max(20).default([]),
});
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.object({
  title: label,
  help: z.string().max(2000).nullable().default(null),
  questions: z.array(questionSchema),
});
export type Section = z.infer<typeof sectionSchema>;

export const formDefinitionSchema = z
  .object({ sections: z.array(sectionSchema) })
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.sections.forEach((section, s) =>
      section.questions.forEach((q, i) => {
        if (seen.has(q.code))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'questions', i, 'code'],
            message: `The code ${q.code} is used twice`,
          });
        seen.add(q.code);
      }),
    );
  });
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/** An answer as stored: numbers as numbers, tables as rows × columns with blanks as null. */
export type Answer = number | string | string[] | (number | null)[][];
export type Answers = Record<string, Answer>;

export function allQuestions(form: FormDefinition): Question[] {
  return form.sections.flatMap((s) => s.questions);
}

export function questionByCode(form: FormDefinition): Map<string, Question> {
  return new Map(allQuestions(form).map((q) => [q.code, q]));
}

/** Keys of a table's rows or columns as rules name them: `{budget.police.y2024}`. */
export function partKey(text: string, index: number): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  if (!slug) return `r${index + 1}`;
  return /^[0-9]/.test(slug) ? `y${slug}` : slug;
}

/** A table's row and column totals, and the grand total; blanks count as nothing. */
export function tableTotals(cells: (number | null)[][], rows: number, columns: number) {
  const rowTotals: number[] = [];
  const columnTotals: number[] = new Array<number>(columns).fill(0);
  let grand = 0;
  for (let r = 0; r < rows; r++) {
    let total = 0;
    for (let c = 0; c < columns; c++) {
      const v = cells[r]?.[c] ?? 0;
      total += v;
      columnTotals[c]! += v;
    }
    rowTotals.push(total);
    grand += total;
  }
  return { rowTotals, columnTotals, grand };
}

/**
 * Every number a rule can name: numeric answers by code, and for tables each cell
 * (`code.row.column`), each row and column total (`code.row.total`, `code.total.column`)
 * and the grand total (`code` and `code.total`).
 */
export function numericFigures(form: FormDefinition, answers: Answers): Map<string, number> {
  const figures = new Map<string, number>();
  for (const q of allQuestions(form)) {
    const a = answers[q.code];
    if (NUMERIC_KINDS.includes(q.kind) && typeof a === 'number') figures.set(q.code, a);
    if (q.kind === 'table' && Array.isArray(a)) {
      const cells = a as (number | null)[][];
      const rowKeys = q.rows.map(partKey);
      const colKeys = q.columns.map(partKey);
      rowKeys.forEach((rk, r) =>
        colKeys.forEach((ck, c) => {
          const v = cells[r]?.[c];
          if (typeof v === 'number') figures.set(`${q.code}.${rk}.${ck}`, v);
        }),
      );
      const t = tableTotals(cells, q.rows.length, q.columns.length);
      rowKeys.forEach((rk, r) => figures.set(`${q.code}.${rk}.total`, t.rowTotals[r]!));
      colKeys.forEach((ck, c) => figures.set(`${q.code}.total.${ck}`, t.columnTotals[c]!));
      figures.set(`${q.code}.total`, t.grand);
      figures.set(q.code, t.grand);
    }
  }
  return figures;
}

/** Names a rule may use, for checking rules when they are written. */
export function figureNames(form: FormDefinition): Set<string> {
  const names = new Set<string>();
  for (const q of allQuestions(form)) {
    if (NUMERIC_KINDS.includes(q.kind)) names.add(q.code);
    if (q.kind === 'table') {
      names.add(q.code).add(`${q.code}.total`);
      const rowKeys = q.rows.map(partKey);
      const colKeys = q.columns.map(partKey);
      for (const rk of rowKeys) {
        names.add(`${q.code}.${rk}.total`);
        for (const ck of colKeys) names.add(`${q.code}.${rk}.${ck}`);
      }
      for (const ck of colKeys) names.add(`${q.code}.total.${ck}`);
    }
  }
  return names;
}

/** The question a rule's name belongs to: `budget.police.y2024` → `budget`. */
export const questionOfFigure = (name: string): string => name.split('.')[0]!;

export function isAnswered(a: Answer | undefined): boolean {
  if (a === undefined || a === null) return false;
  if (typeof a === 'string') return a.trim() !== '';
  if (Array.isArray(a)) return a.some((x) => (Array.isArray(x) ? x.some((v) => v !== null) : x !== ''));
  return true;
}

export const allQuestionCodes = (form: FormDefinition): string[] => allQuestions(form).map((q) => q.code);
