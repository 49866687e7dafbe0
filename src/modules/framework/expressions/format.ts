import type { Expression, MeasureReference, Reference } from './ast.ts';

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;

function escapeFilterValue(value: string): string {
  return value.replace(/[\\|\]]/g, (ch) => `\\${ch}`);
}

function formatMeasure(ref: MeasureReference): string {
  const filters = ref.filters.map((f) => `|${f.name}=${escapeFilterValue(f.value)}`).join('');
  return `[${ref.dataset}.${ref.measure}${filters}]`;
}

/** The canonical text of one reference, also usable as a key for it. */
export function formatReference(ref: Reference): string {
  return ref.kind === 'measure' ? formatMeasure(ref) : `{${ref.code}}`;
}

function precedenceOf(e: Expression): number {
  if (e.kind === 'binary') return PRECEDENCE[e.operator];
  if (e.kind === 'negate') return 3;
  return 4;
}

/**
 * Prints an expression in canonical form: single spaces around operators, brackets only
 * where the tree needs them. Parsing the result gives back the same tree.
 */
export function formatExpression(e: Expression): string {
  switch (e.kind) {
    case 'number':
      // String() of a finite number always reads back to the same number.
      return String(e.value);
    case 'measure':
    case 'question':
      return formatReference(e);
    case 'negate': {
      const inner = formatExpression(e.operand);
      return precedenceOf(e.operand) < 3 ? `-(${inner})` : `-${inner}`;
    }
    case 'call':
      return `${e.name}(${e.args.map(formatExpression).join(', ')})`;
    case 'binary': {
      const own = PRECEDENCE[e.operator];
      const left = formatExpression(e.left);
      const right = formatExpression(e.right);
      // Operators group to the left, so a right operand of equal rank needs brackets.
      const l = precedenceOf(e.left) < own ? `(${left})` : left;
      const r = precedenceOf(e.right) <= own ? `(${right})` : right;
      return `${l} ${e.operator} ${r}`;
    }
  }
}
