import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { barChart, type ChartResult } from '../../platform/charts/index.ts';
import { suppressSmallNumbers, type PublishedValue } from '../../platform/export/index.ts';
import * as network from '../network/service.ts';
import { answerText } from './answers.ts';
import { budgetFlags, type BudgetFlag } from './budget-checks.ts';
import type { Collection } from './collections.ts';
import {
  allQuestions,
  NUMERIC_KINDS,
  tableTotals,
  type Answers,
  type FormDefinition,
  type Question,
} from './form-model.ts';
import { collectionReturns } from './schema.ts';
import { fillPlaces } from './volunteers.ts';

export interface Reply {
  boardId: string;
  boardName: string;
  boardCode: string;
  status: string;
  answers: Answers;
  submittedAt: Date;
}

/** Returns that count in results: submitted or accepted; once published, accepted only. */
export async function replies(db: Queryable, c: Collection, acceptedOnly = false): Promise<Reply[]> {
  const rows = await db
    .select()
    .from(collectionReturns)
    .where(
      and(
        eq(collectionReturns.collectionId, c.id),
        inArray(collectionReturns.status, acceptedOnly ? ['accepted'] : ['submitted', 'accepted']),
      ),
    );
  const boards = new Map((await network.listBoards(db)).map((b) => [b.id, b]));
  return rows
    .map((r) => ({
      boardId: r.boardId,
      boardName: boards.get(r.boardId)?.name ?? '?',
      boardCode: boards.get(r.boardId)?.code ?? '',
      status: r.status,
      answers: r.answers,
      submittedAt: r.firstSubmittedAt ?? r.submittedAt ?? new Date(),
    }))
    .sort((a, b) => a.boardName.localeCompare(b.boardName));
}

type Shown = PublishedValue;

export interface QuestionResult {
  question: Question;
  answered: number;
  /** Numbers: summary figures. */
  summary?: { total: Shown; mean: number | null; median: number | null; min: Shown; max: Shown };
  /** Choices: how many boards chose each. */
  counts?: { option: string; count: Shown }[];
  /** Per board (numbers and text). */
  byBoard?: { boardName: string; text: string; value: Shown }[];
  /** Tables: each cell added up across boards, with row and column totals. */
  table?: { rows: { label: string; cells: Shown[]; total: Shown }[]; columnTotals: Shown[]; grand: Shown };
  chart?: ChartResult;
}

const medianOf = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Per question: numbers summarised and charted by board, choices counted and charted,
 * tables added up cell by cell, text listed by board. `suppress` applies small-number
 * suppression to every count and figure shown (for published results).
 */
export async function questionResults(
  form: FormDefinition,
  list: Reply[],
  opts: { suppress: boolean; threshold?: number; charts?: boolean },
): Promise<QuestionResult[]> {
  const shown = (v: number | null): Shown =>
    v === null ? null : opts.suppress ? suppressSmallNumbers(v, opts.threshold) : v;
  const out: QuestionResult[] = [];
  let chartNumber = 0;
  for (const q of allQuestions(form)) {
    const answered = list.filter((r) => r.answers[q.code] !== undefined);
    const result: QuestionResult = { question: q, answered: answered.length };
    if (NUMERIC_KINDS.includes(q.kind)) {
      const values = answered.map((r) => r.answers[q.code] as number);
      result.summary = {
        total: shown(values.length ? values.reduce((a, b) => a + b, 0) : null),
        mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
        median: medianOf(values),
        min: shown(values.length ? Math.min(...values) : null),
        max: shown(values.length ? Math.max(...values) : null),
      };
      if (opts.suppress) result.summary.mean = result.summary.median = null;
      result.byBoard = answered.map((r) => ({
        boardName: r.boardName,
        text: '',
        value: shown(r.answers[q.code] as number),
      }));
      if (opts.charts !== false && values.length) {
        result.chart = await barChart({
          id: `chart-${++chartNumber}`,
          title: q.label,
          valueTitle: q.kind === 'percentage' ? 'Per cent' : (q.unit ?? 'Value'),
          labelTitle: 'Board',
          bars: result.byBoard.map((b) =>
            typeof b.value === 'number'
              ? { label: b.boardName, value: b.value }
              : { label: b.boardName, value: null, code: String(b.value ?? 'x') },
          ),
        });
      }
    } else if (q.kind === 'single-choice' || q.kind === 'multiple-choice') {
      result.counts = q.options.map((option) => {
        const n = answered.filter((r) => {
          const a = r.answers[q.code];
          return Array.isArray(a) ? (a as string[]).includes(option) : a === option;
        }).length;
        return { option, count: shown(n) };
      });
      if (opts.charts !== false && answered.length) {
        result.chart = await barChart({
          id: `chart-${++chartNumber}`,
          title: q.label,
          valueTitle: 'Boards',
          labelTitle: 'Answer',
          sort: 'none',
          bars: result.counts.map((c) =>
            typeof c.count === 'number'
              ? { label: c.option, value: c.count }
              : { label: c.option, value: null, code: String(c.count) },
          ),
        });
      }
    } else if (q.kind === 'table') {
      const sum: (number | null)[][] = q.rows.map((_, r) =>
        q.columns.map((_, c) => {
          const vs = answered
            .map((x) => (x.answers[q.code] as (number | null)[][])[r]?.[c])
            .filter((v): v is number => typeof v === 'number');
          return vs.length ? vs.reduce((a, b) => a + b, 0) : null;
        }),
      );
      const t = tableTotals(sum, q.rows.length, q.columns.length);
      result.table = {
        rows: q.rows.map((label, r) => ({ label, cells: sum[r]!.map(shown), total: shown(t.rowTotals[r]!) })),
        columnTotals: t.columnTotals.map(shown),
        grand: shown(t.grand),
      };
    } else {
      result.byBoard = answered.map((r) => ({
        boardName: r.boardName,
        text: answerText(q, r.answers[q.code]),
        value: null,
      }));
    }
    out.push(result);
  }
  return out;
}

/** The budget survey's flags, board by board (only boards with something to flag). */
export function budgetReport(
  c: Collection,
  form: FormDefinition,
  list: Reply[],
): { boardName: string; boardCode: string; flags: BudgetFlag[] }[] {
  const table = allQuestions(form).find((q) => q.code === c.settings.budget?.table);
  return list
    .map((r) => ({
      boardName: r.boardName,
      boardCode: r.boardCode,
      flags: budgetFlags(c.settings.budget, table, r.answers),
    }))
    .filter((r) => r.flags.length);
}

export function volunteerPlaces(c: Collection, form: FormDefinition, list: Reply[]) {
  return fillPlaces(c.settings.places ?? [], form, list);
}

/** What the collated consultation document needs of each reply. */
export const consultationReplies = (list: Reply[]) =>
  list.map((r) => ({ boardName: r.boardName, answers: r.answers }));
