/**
 * Scores parsed minutes against hand-written expectations, micro-averaged over a set of
 * documents (issue #3: each measure must reach 0.95 on unseen minutes). Pure functions: the
 * command in score-cli.ts does the reading and printing.
 */
import type { ActionOwner, ParsedMinutes } from '../types.ts';

/** The parts of the minutes JSON that are scored. */
export type ScoredMinutes = Pick<
  ParsedMinutes,
  'attendees' | 'apologies' | 'items' | 'actions' | 'nextMeetings'
>;

export interface DocumentPair {
  name?: string;
  expected: ScoredMinutes;
  /** null when the parser refused the file: everything expected is then missed. */
  parsed: ScoredMinutes | null;
}

export type CountedMeasure = 'attendees' | 'apologies' | 'items' | 'actions' | 'owners' | 'nextMeetings';
export const COUNTED_MEASURES: readonly CountedMeasure[] = [
  'attendees',
  'apologies',
  'items',
  'actions',
  'owners',
  'nextMeetings',
];

export interface F1Score {
  expected: number;
  parsed: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AccuracyScore {
  total: number;
  correct: number;
  accuracy: number;
}

export interface Miss {
  measure: CountedMeasure | 'due';
  /** missed: expected but not parsed; extra: parsed but not expected; wrong: a matched action's due date differs. */
  kind: 'missed' | 'extra' | 'wrong';
  value: string;
  /** The action a miss belongs to, for owners and due dates. */
  action?: string;
}

export interface DocumentScore {
  name: string;
  counts: Record<CountedMeasure, { expected: number; parsed: number; matched: number }>;
  due: { total: number; correct: number };
  misses: Miss[];
}

export interface SetScore {
  measures: Record<CountedMeasure, F1Score>;
  due: AccuracyScore;
  documents: DocumentScore[];
}

/** Action texts match when their token sets overlap at least this much (Jaccard). */
export const ACTION_JACCARD_THRESHOLD = 0.8;

/** Lower case, curly quotes and dashes made plain, whitespace collapsed, final full stop dropped. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .trim();
}

export function tokens(text: string): Set<string> {
  return new Set(normalise(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

export function jaccard(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 && tb.size === 0) return 1;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/**
 * Pairs expected with parsed actions: every pair at or above the threshold, best first
 * (ties in document order), each action used at most once.
 */
export function matchActions(
  expected: readonly { text: string }[],
  parsed: readonly { text: string }[],
): [number, number][] {
  const candidates: { e: number; p: number; score: number }[] = [];
  expected.forEach((ea, e) =>
    parsed.forEach((pa, p) => {
      const score = jaccard(ea.text, pa.text);
      if (score >= ACTION_JACCARD_THRESHOLD) candidates.push({ e, p, score });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || x.e - y.e || x.p - y.p);
  const usedE = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedP.has(c.p)) continue;
    usedE.add(c.e);
    usedP.add(c.p);
    pairs.push([c.e, c.p]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

/** An owner as scored: who was written, and who or what it was resolved to. */
export function ownerKey(owner: ActionOwner): string {
  let resolution: string;
  if ('group' in owner) resolution = `group:${normalise(owner.group)}`;
  else if (owner.person !== null) resolution = normalise(owner.person);
  else resolution = `?${owner.candidates.map(normalise).sort().join(', ')}`;
  return `${normalise(owner.as)} → ${resolution}`;
}

/** Multiset comparison: what both hold, and what only one side holds. */
function compareBags(
  expected: readonly string[],
  parsed: readonly string[],
): { matched: number; missed: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const k of parsed) left.set(k, (left.get(k) ?? 0) + 1);
  const missed: string[] = [];
  let matched = 0;
  for (const k of expected) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      matched++;
    } else missed.push(k);
  }
  const extra: string[] = [];
  for (const k of parsed) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      extra.push(k);
    }
  }
  return { matched, missed, extra };
}

const EMPTY: ScoredMinutes = { attendees: [], apologies: [], items: [], actions: [], nextMeetings: [] };

/** Scores one document. */
export function scoreDocument(pair: DocumentPair, index = 0): DocumentScore {
  const exp = pair.expected;
  const got = pair.parsed ?? EMPTY;
  const misses: Miss[] = [];
  const counts = {} as DocumentScore['counts'];

  const bag = (measure: CountedMeasure, expected: string[], parsed: string[], action?: string): void => {
    const r = compareBags(expected, parsed);
    const c = (counts[measure] ??= { expected: 0, parsed: 0, matched: 0 });
    c.expected += expected.length;
    c.parsed += parsed.length;
    c.matched += r.matched;
    for (const value of r.missed)
      misses.push({ measure, kind: 'missed', value, ...(action === undefined ? {} : { action }) });
    for (const value of r.extra)
      misses.push({ measure, kind: 'extra', value, ...(action === undefined ? {} : { action }) });
  };

  bag(
    'attendees',
    exp.attendees.map((a) => normalise(a.name)),
    got.attendees.map((a) => normalise(a.name)),
  );
  bag(
    'apologies',
    exp.apologies.map((a) => normalise(a.name)),
    got.apologies.map((a) => normalise(a.name)),
  );
  const itemKey = (i: { number: string; title: string }): string =>
    `${normalise(i.number)} ${normalise(i.title)}`;
  bag('items', exp.items.map(itemKey), got.items.map(itemKey));
  bag(
    'nextMeetings',
    exp.nextMeetings.map((m) => m.date),
    got.nextMeetings.map((m) => m.date),
  );

  const pairs = matchActions(exp.actions, got.actions);
  const pairedE = new Set(pairs.map(([e]) => e));
  const pairedP = new Set(pairs.map(([, p]) => p));
  counts.actions = { expected: exp.actions.length, parsed: got.actions.length, matched: pairs.length };
  exp.actions.forEach((a, e) => {
    if (!pairedE.has(e)) misses.push({ measure: 'actions', kind: 'missed', value: a.text });
  });
  got.actions.forEach((a, p) => {
    if (!pairedP.has(p)) misses.push({ measure: 'actions', kind: 'extra', value: a.text });
  });

  counts.owners = { expected: 0, parsed: 0, matched: 0 };
  let dueCorrect = 0;
  for (const [e, p] of pairs) {
    const ea = exp.actions[e]!;
    const pa = got.actions[p]!;
    bag('owners', ea.owners.map(ownerKey), pa.owners.map(ownerKey), ea.text);
    if (ea.due === pa.due) dueCorrect++;
    else
      misses.push({
        measure: 'due',
        kind: 'wrong',
        value: `expected ${ea.due ?? 'null'}, parsed ${pa.due ?? 'null'}`,
        action: ea.text,
      });
  }
  // An action the parser missed loses its owners too; one it invented brings extra owners.
  exp.actions.forEach((a, e) => {
    if (!pairedE.has(e)) bag('owners', a.owners.map(ownerKey), [], a.text);
  });
  got.actions.forEach((a, p) => {
    if (!pairedP.has(p)) bag('owners', [], a.owners.map(ownerKey), a.text);
  });

  return {
    name: pair.name ?? `document ${index + 1}`,
    counts,
    due: { total: pairs.length, correct: dueCorrect },
    misses,
  };
}

function f1Of(expected: number, parsed: number, matched: number): F1Score {
  const precision = parsed === 0 ? 1 : matched / parsed;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected, parsed, matched, precision, recall, f1 };
}

/** Scores a set of documents, each measure micro-averaged over all of them. */
export function scoreSet(pairs: readonly DocumentPair[]): SetScore {
  const documents = pairs.map((p, i) => scoreDocument(p, i));
  const measures = {} as SetScore['measures'];
  for (const m of COUNTED_MEASURES) {
    let expected = 0;
    let parsed = 0;
    let matched = 0;
    for (const d of documents) {
      expected += d.counts[m].expected;
      parsed += d.counts[m].parsed;
      matched += d.counts[m].matched;
    }
    measures[m] = f1Of(expected, parsed, matched);
  }
  const total = documents.reduce((n, d) => n + d.due.total, 0);
  const correct = documents.reduce((n, d) => n + d.due.correct, 0);
  return { measures, due: { total, correct, accuracy: total === 0 ? 1 : correct / total }, documents };
}
