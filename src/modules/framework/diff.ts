import { ExpressionError, formatExpression, parseExpression } from './expressions/index.ts';
import { elementTitle, flattenFramework, type Located } from './framework-elements.ts';
import { RATING_LABELS, type FrameworkDocument, type Rating } from './framework-schema.ts';

/**
 * What changed between two versions of the framework, element by element, matched by
 * stable key so a re-worded outcome is a re-wording, not a removal and an addition.
 */

export type ChangeKind = 'added' | 'removed' | 'moved' | 're-rated' | 're-worded' | 'changed';
export type ElementType = Located['type'] | 'framework';

export interface FrameworkChange {
  kind: ChangeKind;
  element: ElementType;
  key: string;
  /** The element's title in the newer version (the older one if it was removed). */
  title: string;
  field?: string;
  before?: unknown;
  after?: unknown;
  /** One plain sentence, e.g. 'Outcome "…" re-rated from Priority outcome to Critical.' */
  summary: string;
}

export interface FrameworkDiff {
  from: number;
  to: number;
  changes: FrameworkChange[];
  counts: Record<ChangeKind, number>;
}

const TYPE_LABELS: Record<ElementType, string> = {
  framework: 'Framework',
  goal: 'Goal',
  heading: 'Heading',
  'sub-heading': 'Sub-heading',
  outcome: 'Outcome',
  indicator: 'Indicator',
  node: 'Logic model node',
  link: 'Influence',
};

/** Fields whose change is a matter of words; the rest (but rating) change what is measured. */
const WORDING = new Set([
  'title',
  'description',
  'name',
  'definition',
  'annotation',
  'caveat',
  'prompt',
  'note',
  'source',
  'unit',
]);
const FIELDS: Record<ElementType, string[]> = {
  framework: ['title', 'description', 'status'],
  goal: ['title', 'description'],
  heading: ['title', 'description', 'rating', 'optional', 'source'],
  'sub-heading': ['title', 'description', 'rating', 'optional', 'source'],
  outcome: ['title', 'description', 'rating', 'timescale', 'expectedLag'],
  indicator: [
    'code',
    'name',
    'definition',
    'kind',
    'polarity',
    'proxy',
    'caveat',
    'source',
    'numerator',
    'denominator',
    'factor',
    'unit',
    'decimals',
    'target',
    'bands',
    'prompt',
    'scale',
  ],
  node: ['kind', 'title', 'annotation', 'refersTo'],
  link: ['note'],
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Expressions compare by meaning: spacing and redundant brackets are not a change. */
function canonical(field: string, value: unknown): unknown {
  if ((field === 'numerator' || field === 'denominator') && typeof value === 'string') {
    try {
      return formatExpression(parseExpression(value));
    } catch (error) {
      if (error instanceof ExpressionError) return value;
      throw error;
    }
  }
  return value;
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (field === 'rating' && typeof value === 'string') return RATING_LABELS[value as Rating] ?? value;
  // Prose is cut short in a summary (before/after keep it whole); an expression never is.
  if (typeof value === 'string')
    return `"${WORDING.has(field) && value.length > 80 ? `${value.slice(0, 79)}…` : value}"`;
  if (field === 'bands' && typeof value === 'object') {
    const bands = value as { green: number; amber: number };
    return `green ${bands.green}, amber ${bands.amber}`;
  }
  if (field === 'expectedLag' && typeof value === 'object') {
    const lag = value as { minMonths: number; maxMonths: number };
    return `${lag.minMonths} to ${lag.maxMonths} months`;
  }
  if (field === 'scale' && Array.isArray(value))
    return value.map((p: { value: number; label: string }) => `${p.value} ${p.label}`).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Longest common subsequence of two key lists: the siblings that kept their relative order. */
function keptInOrder(a: string[], b: string[]): Set<string> {
  const table = a.map(() => new Array<number>(b.length + 1).fill(0));
  table.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

export function diffVersions(a: FrameworkDocument, b: FrameworkDocument): FrameworkDiff {
  const before = flattenFramework(a);
  const after = flattenFramework(b);
  const oldByKey = new Map(before.map((e) => [`${e.type === 'link' ? 'link' : 'item'}:${e.key}`, e]));
  const newByKey = new Map(after.map((e) => [`${e.type === 'link' ? 'link' : 'item'}:${e.key}`, e]));
  const titleOf = (key: string | null): string => {
    if (key === null) return 'the top level';
    const e = newByKey.get(`item:${key}`) ?? oldByKey.get(`item:${key}`);
    return e ? `${TYPE_LABELS[e.type].toLowerCase()} "${elementTitle(e)}"` : `"${key}"`;
  };
  const nameOf = (e: Located): string => {
    if (e.type === 'link')
      return `${TYPE_LABELS.link} ${titleOf(e.item.from).replace(/^[^"]*/, '')} → ${titleOf(e.item.to).replace(/^[^"]*/, '')}`;
    if (e.type === 'indicator') return `Indicator ${e.item.code} "${e.item.name}"`;
    return `${TYPE_LABELS[e.type]} "${elementTitle(e)}"`;
  };

  const changes: FrameworkChange[] = [];
  const add = (kind: ChangeKind, e: Located, summary: string, extra: Partial<FrameworkChange> = {}): void => {
    changes.push({ kind, element: e.type, key: e.key, title: elementTitle(e), summary, ...extra });
  };

  for (const field of FIELDS.framework) {
    const x = (a as Record<string, unknown>)[field];
    const y = (b as Record<string, unknown>)[field];
    if (!same(x, y)) {
      const kind = WORDING.has(field) ? 're-worded' : 'changed';
      changes.push({
        kind,
        element: 'framework',
        key: 'framework',
        title: b.title,
        field,
        before: x,
        after: y,
        summary: `Framework ${field} changed from ${show(field, x)} to ${show(field, y)}.`,
      });
    }
  }

  for (const [id, old] of oldByKey) {
    if (!newByKey.has(id)) add('removed', old, `${nameOf(old)} removed from ${titleOf(old.parent)}.`);
  }

  // Siblings under an unchanged parent, in old and new order, to find re-orderings.
  const siblingLists = new Map<string, { a: string[]; b: string[] }>();
  for (const [id, e] of newByKey) {
    const old = oldByKey.get(id);
    if (!old) {
      add('added', e, `${nameOf(e)} added under ${titleOf(e.parent)}.`);
      continue;
    }
    if (old.parent !== e.parent || old.type !== e.type) {
      add('moved', e, `${nameOf(e)} moved from ${titleOf(old.parent)} to ${titleOf(e.parent)}.`, {
        field: 'parent',
        before: old.parent,
        after: e.parent,
      });
    } else if (e.type !== 'node' && e.type !== 'link') {
      // Nodes and links are drawn, not listed: their order means nothing.
      const group = `${e.type}:${e.parent}`;
      const lists = siblingLists.get(group) ?? { a: [], b: [] };
      lists.b.push(e.key);
      siblingLists.set(group, lists);
    }
    for (const field of FIELDS[e.type]) {
      const x = canonical(field, (old.item as Record<string, unknown>)[field]);
      const y = canonical(field, (e.item as Record<string, unknown>)[field]);
      if (same(x, y)) continue;
      const values = {
        field,
        before: (old.item as Record<string, unknown>)[field] ?? null,
        after: (e.item as Record<string, unknown>)[field] ?? null,
      };
      if (field === 'rating') {
        add('re-rated', e, `${nameOf(e)} re-rated from ${show(field, x)} to ${show(field, y)}.`, values);
      } else if (WORDING.has(field) || (field === 'scale' && same(gradesOf(x), gradesOf(y)))) {
        add(
          're-worded',
          e,
          `${nameOf(e)}: ${field === 'scale' ? 'grade descriptors' : field} re-worded from ${show(field, x)} to ${show(field, y)}.`,
          values,
        );
      } else {
        add(
          'changed',
          e,
          `${nameOf(e)}: ${field} changed from ${show(field, x)} to ${show(field, y)}.`,
          values,
        );
      }
    }
  }
  for (const old of before) {
    const group = siblingLists.get(`${old.type}:${old.parent}`);
    if (group && group.b.includes(old.key)) group.a.push(old.key);
  }
  for (const { a: was, b: now } of siblingLists.values()) {
    const kept = keptInOrder(was, now);
    for (const key of now.filter((k) => !kept.has(k))) {
      const e = newByKey.get(`item:${key}`)!;
      add('moved', e, `${nameOf(e)} moved to position ${e.order + 1} under ${titleOf(e.parent)}.`, {
        field: 'order',
        before: oldByKey.get(`item:${key}`)!.order,
        after: e.order,
      });
    }
  }

  const counts: Record<ChangeKind, number> = {
    added: 0,
    removed: 0,
    moved: 0,
    're-rated': 0,
    're-worded': 0,
    changed: 0,
  };
  for (const c of changes) counts[c.kind]++;
  return { from: a.version, to: b.version, changes, counts };
}

function gradesOf(scale: unknown): unknown {
  return Array.isArray(scale) ? scale.map((p: { value: number }) => p.value) : scale;
}

/** "3 added, 1 re-rated" — the counts that are not zero, or "no changes". */
export function summariseDiff(diff: FrameworkDiff): string {
  const parts = Object.entries(diff.counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  return parts.length ? parts.join(', ') : 'no changes';
}
