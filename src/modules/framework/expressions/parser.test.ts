import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH } from './ast.ts';
import { ExpressionError } from './errors.ts';
import { formatExpression } from './format.ts';
import { parseExpression } from './parser.ts';

function errorOf(source: string): ExpressionError {
  try {
    parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error(`expected "${source}" to be rejected`);
}

describe('parseExpression', () => {
  it('reads a percentage of two measures', () => {
    expect(parseExpression('[c1.rereferral_count] / [c1.referral_count]')).toEqual({
      kind: 'binary',
      operator: '/',
      left: { kind: 'measure', dataset: 'c1', measure: 'rereferral_count', filters: [] },
      right: { kind: 'measure', dataset: 'c1', measure: 'referral_count', filters: [] },
    });
  });

  it('reads filters whose values hold spaces, and datasets with hyphens', () => {
    const e = parseExpression(
      '[ons_mid-year_population.population_estimate|age_group=Children aged 0 to 17 years|sex = all ]',
    );
    expect(e).toEqual({
      kind: 'measure',
      dataset: 'ons_mid-year_population',
      measure: 'population_estimate',
      filters: [
        { name: 'age_group', value: 'Children aged 0 to 17 years' },
        { name: 'sex', value: 'all' },
      ],
    });
  });

  it('lets a filter value hold | and ] when escaped', () => {
    const e = parseExpression('[d.m|f=a\\|b\\]c\\\\]');
    expect(e).toMatchObject({ filters: [{ name: 'f', value: 'a|b]c\\' }] });
    expect(formatExpression(e)).toBe('[d.m|f=a\\|b\\]c\\\\]');
  });

  it('reads return questions, functions and unary minus with the usual precedence', () => {
    expect(formatExpression(parseExpression('SUM({a},{b}) * -  2 + min(1,coalesce({c}, 0))'))).toBe(
      'sum({a}, {b}) * -2 + min(1, coalesce({c}, 0))',
    );
    expect(parseExpression('1 - 2 - 3')).toMatchObject({
      operator: '-',
      left: { operator: '-' },
      right: { value: 3 },
    });
    expect(parseExpression('1 + 2 * 3')).toMatchObject({ operator: '+', right: { operator: '*' } });
  });

  it('reads decimals and exponents', () => {
    expect(parseExpression('0.5')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseExpression('.25')).toEqual({ kind: 'number', value: 0.25 });
    expect(parseExpression('1e4')).toEqual({ kind: 'number', value: 10000 });
  });

  it('points at a missing operand with a caret under it', () => {
    const error = errorOf('sum([a.b] + )');
    expect(error.position).toBe(12);
    expect(error.message).toContain('expected a number');
    expect(error.message).toContain("but found ')'");
    expect(error.pointer).toBe('sum([a.b] + )\n            ^');
  });

  it('says which bracket is left open', () => {
    const error = errorOf('([a.b] + 1');
    expect(error.position).toBe(10);
    expect(error.message).toBe(
      "expected ')' to close the '(' at position 0 but found the end of the expression (at position 10)",
    );
    expect(errorOf('1 + 2)').message).toContain("found ')' with no '(' to close");
    expect(errorOf('[a.b').message).toContain(
      "expected ']' to close the measure reference opened at position 0",
    );
    expect(errorOf('{code').position).toBe(5);
  });

  it('explains bare words, unknown functions and stray characters', () => {
    expect(errorOf('rereferral_percent * 100').message).toContain('measures are written in square brackets');
    expect(errorOf('avg({a})').message).toContain("unknown function 'avg'");
    expect(errorOf('sum {a}').message).toContain("expected '(' after the function sum");
    const stray = errorOf('{a} % 2');
    expect(stray.position).toBe(4);
    expect(stray.message).toContain("found '%'");
    expect(errorOf('[a.b|f=]').message).toContain("expected a value for the filter 'f'");
    expect(errorOf('[a.b|f=x|f=y]').message).toContain("the filter 'f' is given twice");
    expect(errorOf('1.').message).toContain('expected a digit after the decimal point');
    expect(errorOf('').message).toContain('but found the end of the expression');
  });

  it('points within the right line of a multi-line expression', () => {
    const error = errorOf('[a.b]\n\t/ *');
    expect(error.pointer).toBe('\t/ *\n\t  ^');
  });

  it('refuses over-long and over-deep expressions with a clear message', () => {
    const long = '1 + '.repeat(MAX_EXPRESSION_LENGTH) + '1';
    expect(errorOf(long).message).toContain('the expression is too long');
    expect(errorOf(long).position).toBe(MAX_EXPRESSION_LENGTH);
    const deep = '('.repeat(MAX_NESTING_DEPTH + 1) + '1' + ')'.repeat(MAX_NESTING_DEPTH + 1);
    expect(errorOf(deep).message).toContain('nested too deeply');
    expect(errorOf('-'.repeat(MAX_NESTING_DEPTH + 5) + '1').message).toContain('nested too deeply');
    expect(() =>
      parseExpression('('.repeat(MAX_NESTING_DEPTH) + '1' + ')'.repeat(MAX_NESTING_DEPTH)),
    ).not.toThrow();
  });

  it('refuses numbers too large to hold', () => {
    expect(errorOf('1e999').message).toContain('too large');
  });
});
