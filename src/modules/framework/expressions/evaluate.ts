import type { Expression, Reference } from './ast.ts';

/** A figure, a published status code (c, x, z, …) in place of one, or nothing at all. */
export type EvaluationResult = { value: number } | { status: string } | { noData: true };
export type ResolvedInput = number | { status: string } | null | undefined;
export type Resolve = (ref: Reference) => ResolvedInput;

const NO_DATA: EvaluationResult = { noData: true };

function fromInput(input: ResolvedInput): EvaluationResult {
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input } : NO_DATA;
  if (input && typeof input === 'object' && typeof input.status === 'string') return { status: input.status };
  return NO_DATA;
}

/**
 * Combines operands: a status code wins (it is what was published, and must be shown
 * rather than a made-up number), then missing data; otherwise `combine` runs on the values.
 */
function combineAll(
  results: EvaluationResult[],
  combine: (values: number[]) => number | null,
): EvaluationResult {
  for (const r of results) if ('status' in r) return r;
  if (results.some((r) => 'noData' in r)) return NO_DATA;
  const value = combine(results.map((r) => (r as { value: number }).value));
  // Division by zero and overflow give no figure rather than Infinity or NaN.
  return value === null || !Number.isFinite(value) ? NO_DATA : { value };
}

/**
 * Works out an expression from its inputs. `resolve` gives each reference's figure, a
 * `{ status }` for a published code, or null when there is no data.
 */
export function evaluate(expression: Expression, resolve: Resolve): EvaluationResult {
  const run = (e: Expression): EvaluationResult => {
    switch (e.kind) {
      case 'number':
        return { value: e.value };
      case 'measure':
      case 'question':
        return fromInput(resolve(e));
      case 'negate':
        return combineAll([run(e.operand)], ([v]) => -v! + 0);
      case 'binary':
        return combineAll([run(e.left), run(e.right)], ([a, b]) => {
          switch (e.operator) {
            case '+':
              return a! + b!;
            case '-':
              return a! - b!;
            case '*':
              return a! * b!;
            case '/':
              return b === 0 ? null : a! / b!;
          }
        });
      case 'call':
        if (e.name === 'coalesce') {
          // coalesce fills in missing data only: a suppressed figure stays suppressed.
          for (const arg of e.args) {
            const r = run(arg);
            if (!('noData' in r)) return r;
          }
          return NO_DATA;
        }
        return combineAll(e.args.map(run), (values) => {
          if (e.name === 'sum') return values.reduce((t, v) => t + v, 0);
          return e.name === 'min' ? Math.min(...values) : Math.max(...values);
        });
    }
  };
  return run(expression);
}

export interface IndicatorFormula {
  numerator: Expression;
  denominator: Expression | null;
  factor: number;
}

/** An indicator's value: numerator ÷ denominator × factor, with the same rules as `evaluate`. */
export function evaluateIndicator(formula: IndicatorFormula, resolve: Resolve): EvaluationResult {
  const numerator = evaluate(formula.numerator, resolve);
  const denominator = formula.denominator ? evaluate(formula.denominator, resolve) : { value: 1 };
  return combineAll([numerator, denominator], ([n, d]) => (d === 0 ? null : (n! / d!) * formula.factor));
}
