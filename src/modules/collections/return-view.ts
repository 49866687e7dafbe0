import type { Answers, FormDefinition, Question } from './form-model.ts';
import { parseNumber } from './answers.ts';
import { allQuestions } from './form-model.ts';
import { brokenByQuestion, type RuleResult } from './rules.ts';
import type { AnswerProblem } from './returns.ts';
import { OPERATOR_LABELS } from './rules.ts';

/**
 * The return page's fields: what each input shows (stored answers, or what was typed when
 * the page comes back with errors), the error for each, and the broken rules beside it.
 */
export type RawAnswer = string | string[] | { day: string; month: string; year: string } | string[][];

export const fieldId = (q: Question) =>
  q.kind === 'date' ? `q_${q.code}-day` : q.kind === 'table' ? `q_${q.code}-r0-c0` : `q_${q.code}`;

export function rawFromAnswers(form: FormDefinition, answers: Answers): Record<string, RawAnswer> {
  const raw: Record<string, RawAnswer> = {};
  for (const q of allQuestions(form)) {
    const a = answers[q.code];
    if (q.kind === 'date') {
      const [year = '', month = '', day = ''] = typeof a === 'string' ? a.split('-') : [];
      raw[q.code] = { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
    } else if (q.kind === 'table') {
      const cells = (a as (number | null)[][] | undefined) ?? [];
      raw[q.code] = q.rows.map((_, r) =>
        q.columns.map((_, c) => (typeof cells[r]?.[c] === 'number' ? String(cells[r]![c]) : '')),
      );
    } else if (q.kind === 'multiple-choice') raw[q.code] = Array.isArray(a) ? (a as string[]) : [];
    else raw[q.code] = a === undefined ? '' : String(a);
  }
  return raw;
}

const str = (v: unknown) => (Array.isArray(v) ? String(v[0] ?? '') : typeof v === 'string' ? v : '');

/** Every question's raw answer from a posted form: a field left out is a blank answer. */
export function rawFromBody(form: FormDefinition, body: Record<string, unknown>): Record<string, RawAnswer> {
  const raw: Record<string, RawAnswer> = {};
  for (const q of allQuestions(form)) {
    const name = `q_${q.code}`;
    if (q.kind === 'date')
      raw[q.code] = {
        day: str(body[`${name}-day`]),
        month: str(body[`${name}-month`]),
        year: str(body[`${name}-year`]),
      };
    else if (q.kind === 'table')
      raw[q.code] = q.rows.map((_, r) => q.columns.map((_, c) => str(body[`${name}-r${r}-c${c}`])));
    else if (q.kind === 'multiple-choice') {
      const v = body[name];
      raw[q.code] = (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String).filter((x) => x !== '');
    } else raw[q.code] = str(body[name]);
  }
  return raw;
}

const ruleText = (r: RuleResult) =>
  `${r.rule.message} (${r.rule.left} = ${r.left ?? 'blank'} should be ${OPERATOR_LABELS[r.rule.operator]} ${r.rule.right} = ${r.right ?? 'blank'})`;

export function returnFields(
  form: FormDefinition,
  raw: Record<string, RawAnswer>,
  problems: AnswerProblem[],
  results: RuleResult[],
  figures: Map<string, number | null> = new Map(),
) {
  const byQuestion = brokenByQuestion(results);
  const errorOf = new Map(problems.map((p) => [p.code, p.message]));
  return form.sections.map((section, s) => ({
    title: section.title,
    help: section.help,
    index: s,
    questions: section.questions.map((q) => ({
      q,
      id: fieldId(q),
      name: `q_${q.code}`,
      raw: raw[q.code],
      error: errorOf.get(q.code) ? { text: errorOf.get(q.code)! } : undefined,
      broken: (byQuestion.get(q.code) ?? []).map((r) => ({
        text: ruleText(r),
        importance: r.rule.importance,
      })),
      published: figures.get(q.code) ?? null,
      rows: q.rows.map((label, r) => ({ label, index: r })),
      columns: q.columns.map((label, c) => ({ label, index: c })),
      options: q.options.map((o) => ({ value: o, text: o })),
      totals: q.kind === 'table' ? gridTotals(raw[q.code] as string[][] | undefined, q) : null,
    })),
  }));
}

/** The error summary: parse problems and blocking rule messages, each linked to its field. */
export function errorSummary(form: FormDefinition, problems: AnswerProblem[]) {
  const byCode = new Map(allQuestions(form).map((q) => [q.code, q]));
  return {
    errorList: problems.map((p) => {
      const q = byCode.get(p.code);
      return {
        text: p.cell ? `${p.cell}: ${p.message}` : p.message,
        href: q ? `#${fieldId(q)}` : '#answers',
      };
    }),
    fields: {},
  };
}

/** Row, column and grand totals of what is in a table's fields now (blanks and non-numbers as nothing). */
function gridTotals(grid: string[][] | undefined, q: Question) {
  const n = (r: number, c: number) => parseNumber(grid?.[r]?.[c] ?? '') ?? 0;
  const rows = q.rows.map((_, r) => q.columns.reduce((t, _c, c) => t + n(r, c), 0));
  const columns = q.columns.map((_, c) => q.rows.reduce((t, _r, r) => t + n(r, c), 0));
  const fmt = (x: number) => x.toLocaleString('en-GB');
  return { rows: rows.map(fmt), columns: columns.map(fmt), grand: fmt(rows.reduce((a, b) => a + b, 0)) };
}
