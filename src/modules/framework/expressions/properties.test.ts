import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, type Expression } from './ast.ts';
import { checkExpression, references } from './check.ts';
import { evaluate } from './evaluate.ts';
import { ExpressionError } from './errors.ts';
import { formatExpression } from './format.ts';
import { parseExpression } from './parser.ts';

const name = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
// Filter values: printable text, no spaces at either end (they are trimmed on reading).
const filterValue = fc
  .string({ unit: fc.constantFrom(...'ab Z09|]\\-_,.()£é'.split('')), minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() === s && s !== '');

const { expression } = fc.letrec<{ expression: Expression }>((tie) => ({
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .oneof(fc.nat({ max: 100000 }), fc.double({ min: 0, max: 1e30, noNaN: true }))
      .map((value) => ({ kind: 'number' as const, value })),
    fc
      .record({
        dataset: name,
        measure: name,
        filters: fc.uniqueArray(fc.record({ name, value: filterValue }), {
          maxLength: 2,
          selector: (f) => f.name,
        }),
      })
      .map((r) => ({ kind: 'measure' as const, ...r })),
    fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/).map((code) => ({ kind: 'question' as const, code })),
    tie('expression').map((operand) => ({ kind: 'negate' as const, operand })),
    fc
      .record({
        operator: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const),
        left: tie('expression'),
        right: tie('expression'),
      })
      .map((r) => ({ kind: 'binary' as const, ...r })),
    fc
      .record({
        name: fc.constantFrom(...FUNCTION_NAMES),
        args: fc.array(tie('expression'), { minLength: 1, maxLength: 3 }),
      })
      .map((r) => ({ kind: 'call' as const, ...r })),
  ),
}));

function depthOf(e: Expression): number {
  switch (e.kind) {
    case 'negate':
      return 1 + depthOf(e.operand);
    case 'binary':
      return 1 + Math.max(depthOf(e.left), depthOf(e.right));
    case 'call':
      return 1 + Math.max(...e.args.map(depthOf));
    default:
      return 0;
  }
}

const expressionAlphabet = fc.constantFrom(...'0123456789.e+-*/(),[]{}|=\\ \tabc_sumincoalesx\n%$'.split(''));

function onlyExpressionErrors(source: string): void {
  try {
    parseExpression(source);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    const position = (error as ExpressionError).position;
    expect(position).toBeGreaterThanOrEqual(0);
    expect(position).toBeLessThanOrEqual(source.length);
  }
}

describe('expression properties', () => {
  it('prints any tree as text that parses back to the same tree', () => {
    fc.assert(
      fc.property(expression, (e) => {
        fc.pre(depthOf(e) < 15);
        const text = formatExpression(e);
        fc.pre(text.length <= 2000);
        expect(parseExpression(text)).toEqual(e);
        expect(formatExpression(parseExpression(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('throws nothing but ExpressionError on any text, with a position inside it', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), onlyExpressionErrors), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: expressionAlphabet, maxLength: 60 }), onlyExpressionErrors), {
      numRuns: 2000,
    });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), onlyExpressionErrors), {
      numRuns: 300,
    });
  });

  it('keeps positions of check problems inside the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: expressionAlphabet, maxLength: 60 }), (source) => {
        for (const problem of checkExpression(source, {
          knownMeasure: () => false,
          knownQuestion: () => false,
        })) {
          expect(problem.position).toBeGreaterThanOrEqual(0);
          expect(problem.position).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('evaluates to a finite figure, a status or no data, never Infinity or NaN', () => {
    const input = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, 1e308, null, { status: 'c' }, { status: 'x' }),
    );
    fc.assert(
      fc.property(expression, fc.array(input, { minLength: 1, maxLength: 8 }), (e, inputs) => {
        fc.pre(depthOf(e) < 15);
        const keys = references(e).map((r) => JSON.stringify(r));
        const result = evaluate(
          e,
          (ref) => inputs[keys.indexOf(JSON.stringify(ref)) % inputs.length] ?? null,
        );
        if ('value' in result) expect(Number.isFinite(result.value)).toBe(true);
        else expect('status' in result || result.noData === true).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
