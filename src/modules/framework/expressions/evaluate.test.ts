import { describe, expect, it } from 'vitest';
import type { Reference } from './ast.ts';
import { evaluate, evaluateIndicator, type ResolvedInput } from './evaluate.ts';
import { formatReference } from './format.ts';
import { parseExpression } from './parser.ts';

const inputs: Record<string, ResolvedInput> = {
  '[c1.rereferral_count]': 142900,
  '[c1.referral_count]': 632830,
  '[d3.CPP_start]': { status: 'c' },
  '{zero}': 0,
  '{attendance}': 41,
  '{possible}': 48,
};
const resolve = (ref: Reference): ResolvedInput => inputs[formatReference(ref)] ?? null;
const run = (source: string) => evaluate(parseExpression(source), resolve);

describe('evaluate', () => {
  it('computes arithmetic with precedence and functions', () => {
    expect(run('1 + 2 * 3 - -4 / 2')).toEqual({ value: 9 });
    expect(run('sum(1, 2, 3) + min(4, 5) * max(1, 2)')).toEqual({ value: 14 });
    expect(run('{attendance} / {possible} * 100')).toEqual({ value: (41 / 48) * 100 });
  });

  it("gives England's re-referral percentage from the counts", () => {
    const result = run('[c1.rereferral_count] / [c1.referral_count] * 100');
    expect('value' in result && Math.round(result.value * 10) / 10).toBe(22.6);
  });

  it('passes a published status code through instead of a number', () => {
    expect(run('[d3.CPP_start] * 100')).toEqual({ status: 'c' });
    expect(run('sum({attendance}, [d3.CPP_start])')).toEqual({ status: 'c' });
    // A status code explains more than a gap, so it is what the reader sees.
    expect(run('{missing} + [d3.CPP_start]')).toEqual({ status: 'c' });
  });

  it('gives no data when an input is missing or a division is by zero', () => {
    expect(run('{missing} + 1')).toEqual({ noData: true });
    expect(run('{attendance} / {zero}')).toEqual({ noData: true });
    expect(run('1e308 * 10')).toEqual({ noData: true });
  });

  it('fills in only missing data with coalesce, never a suppressed figure', () => {
    expect(run('coalesce({missing}, 0)')).toEqual({ value: 0 });
    expect(run('coalesce({attendance}, 0)')).toEqual({ value: 41 });
    expect(run('coalesce([d3.CPP_start], 0)')).toEqual({ status: 'c' });
    expect(run('coalesce({missing}, {other})')).toEqual({ noData: true });
  });

  it('treats a non-finite input as no data', () => {
    expect(evaluate(parseExpression('{x}'), () => Number.NaN)).toEqual({ noData: true });
  });
});

describe('evaluateIndicator', () => {
  it('applies the factor to numerator over denominator', () => {
    const formula = {
      numerator: parseExpression('{attendance}'),
      denominator: parseExpression('{possible}'),
      factor: 100,
    };
    expect(evaluateIndicator(formula, resolve)).toEqual({ value: (41 / 48) * 100 });
    expect(evaluateIndicator({ ...formula, denominator: parseExpression('{zero}') }, resolve)).toEqual({
      noData: true,
    });
    expect(evaluateIndicator({ ...formula, denominator: null, factor: 1 }, resolve)).toEqual({ value: 41 });
  });
});
