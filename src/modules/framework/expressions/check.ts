import type { Expression, MeasureReference, QuestionReference, Reference } from './ast.ts';
import { ExpressionError, pointerAt, problemFrom, type ExpressionProblem } from './errors.ts';
import { evaluate } from './evaluate.ts';
import { formatExpression, formatReference } from './format.ts';
import { parseWithSpans } from './parser.ts';

function children(e: Expression): Expression[] {
  switch (e.kind) {
    case 'negate':
      return [e.operand];
    case 'binary':
      return [e.left, e.right];
    case 'call':
      return e.args;
    default:
      return [];
  }
}

function walk(e: Expression, visit: (e: Expression) => void): void {
  visit(e);
  for (const child of children(e)) walk(child, visit);
}

/** Every measure and question the expression reads, each once, in the order written. */
export function references(expression: Expression): Reference[] {
  const seen = new Map<string, Reference>();
  walk(expression, (e) => {
    if (e.kind === 'measure' || e.kind === 'question') {
      const key = formatReference(e);
      if (!seen.has(key)) seen.set(key, e);
    }
  });
  return [...seen.values()];
}

function isConstant(e: Expression): boolean {
  let constant = true;
  walk(e, (n) => {
    if (n.kind === 'measure' || n.kind === 'question') constant = false;
  });
  return constant;
}

export interface KnownReferences {
  knownMeasure?: (ref: MeasureReference) => boolean;
  knownQuestion?: (code: string, ref: QuestionReference) => boolean;
}

/**
 * Everything wrong with an expression, each with its position: a syntax mistake (then
 * nothing else is checked), references to measures or questions that do not exist, and
 * divisions by something that is always zero. An empty list means it is sound.
 */
export function checkExpression(source: string, known: KnownReferences = {}): ExpressionProblem[] {
  let parsed;
  try {
    parsed = parseWithSpans(source);
  } catch (error) {
    if (error instanceof ExpressionError) return [problemFrom(error)];
    throw error;
  }
  const problems: ExpressionProblem[] = [];
  const report = (e: Expression, message: string): void => {
    const position = parsed.spans.get(e)?.start ?? 0;
    problems.push({
      position,
      message: `${message} (at position ${position})`,
      pointer: pointerAt(source, position),
    });
  };
  walk(parsed.expression, (e) => {
    if (e.kind === 'measure' && known.knownMeasure && !known.knownMeasure(e)) {
      report(
        e,
        `unknown measure ${formatReference(e)}: no dataset '${e.dataset}' with the measure '${e.measure}'${e.filters.length ? ' and these filters' : ''} is loaded`,
      );
    }
    if (e.kind === 'question' && known.knownQuestion && !known.knownQuestion(e.code, e)) {
      report(e, `unknown question {${e.code}}: no return question has this code`);
    }
    if (e.kind === 'binary' && e.operator === '/' && isConstant(e.right)) {
      const divisor = evaluate(e.right, () => null);
      if ('value' in divisor && divisor.value === 0) {
        report(e.right, `division by zero: '${formatExpression(e.right)}' is always 0`);
      }
    }
  });
  return problems;
}
