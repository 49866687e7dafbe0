import { describe, expect, it } from 'vitest';
import { checkExpression, references } from './check.ts';
import { parseExpression } from './parser.ts';

const known = {
  knownMeasure: (ref: { dataset: string; measure: string }) =>
    ref.dataset === 'c1' && ref.measure.endsWith('_count'),
  knownQuestion: (code: string) => code === 'attendance_board_meetings',
};

describe('references', () => {
  it('lists each measure and question once, in the order written', () => {
    const e = parseExpression('sum([c1.a], {q}, [c1.a|x=1]) / ([c1.a] + {q})');
    expect(references(e)).toEqual([
      { kind: 'measure', dataset: 'c1', measure: 'a', filters: [] },
      { kind: 'question', code: 'q' },
      { kind: 'measure', dataset: 'c1', measure: 'a', filters: [{ name: 'x', value: '1' }] },
    ]);
    expect(references(parseExpression('2 * 3'))).toEqual([]);
  });
});

describe('checkExpression', () => {
  it('accepts a sound expression', () => {
    expect(checkExpression('[c1.rereferral_count] / [c1.referral_count]', known)).toEqual([]);
  });

  it('names unknown measures and questions at their positions', () => {
    const problems = checkExpression('[c1.referral_count] + [c1.rereferral_percent] + {attendance}', known);
    expect(problems.map((p) => p.position)).toEqual([22, 48]);
    expect(problems[0]!.message).toContain('unknown measure [c1.rereferral_percent]');
    expect(problems[1]!.message).toContain('unknown question {attendance}');
    expect(problems[1]!.pointer.split('\n')[1]).toBe(' '.repeat(48) + '^');
  });

  it('refuses division by a constant zero, however it is written', () => {
    expect(checkExpression('{attendance_board_meetings} / 0', known)).toMatchObject([
      { position: 30, message: expect.stringContaining('division by zero') },
    ]);
    expect(checkExpression('1 / (2-2)', known)[0]).toMatchObject({ position: 4 });
    expect(checkExpression('1 / min(0, 5)', known)).toHaveLength(1);
    // A measure that may be zero is a run-time matter, not a mistake in the expression.
    expect(checkExpression('1 / [c1.referral_count]', known)).toEqual([]);
  });

  it('reports a syntax mistake alone', () => {
    const problems = checkExpression('[c1.x] + ', known);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.position).toBe(9);
  });
});
