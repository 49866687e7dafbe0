import { z } from 'zod';
import {
  evaluate,
  ExpressionError,
  parseExpression,
  references,
  type Expression,
} from '../framework/expressions/index.ts';
import {
  figureNames,
  numericFigures,
  questionOfFigure,
  type Answers,
  type FormDefinition,
} from './form-model.ts';

/**
 * Validation rules in DHIS2's shape: left expression, operator, right expression,
 * importance and a message, over the return's own answers written as `{question_code}`.
 * They reuse the framework's expression language, so one syntax serves indicators and checks.
 */

export const OPERATORS = ['==', '!=', '<', '<=', '>', '>='] as const;
export type Operator = (typeof OPERATORS)[number];
export const OPERATOR_LABELS: Record<Operator, string> = {
  '==': 'equal to',
  '!=': 'not equal to',
  '<': 'less than',
  '<=': 'less than or equal to',
  '>': 'greater than',
  '>=': 'greater than or equal to',
};

export const IMPORTANCES = ['high', 'medium', 'low'] as const;
export type Importance = (typeof IMPORTANCES)[number];

/** DHIS2's missing-value strategies, in words: most rules only make sense once both sides are answered. */
export const MISSING_STRATEGIES = ['skip-if-any-missing', 'never-skip'] as const;

export const ruleSchema = z.object({
  key: z.string().min(1).max(40),
  left: z.string().trim().min(1, 'Enter the left side').max(2000),
  operator: z.enum(OPERATORS, { error: 'Choose how the two sides compare' }),
  right: z.string().trim().min(1, 'Enter the right side').max(2000),
  importance: z.enum(IMPORTANCES, { error: 'Choose how important the rule is' }).default('medium'),
  message: z.string().trim().min(1, 'Enter the message boards see when the rule is broken').max(500),
  missing: z.enum(MISSING_STRATEGIES).default('skip-if-any-missing'),
});
export type ValidationRule = z.infer<typeof ruleSchema>;

export interface RuleProblem {
  field: 'left' | 'right';
  message: string;
}

/** Problems with a rule as written: it must parse and name only this form's numbers. */
export function checkRule(rule: Pick<ValidationRule, 'left' | 'right'>, form: FormDefinition): RuleProblem[] {
  const names = figureNames(form);
  const problems: RuleProblem[] = [];
  for (const field of ['left', 'right'] as const) {
    let expression: Expression;
    try {
      expression = parseExpression(rule[field]);
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      problems.push({ field, message: e.message });
      continue;
    }
    for (const ref of references(expression)) {
      if (ref.kind === 'measure')
        problems.push({
          field,
          message: 'Rules compare this return’s own answers: write questions as {code}, not measures',
        });
      else if (!names.has(ref.code))
        problems.push({ field, message: `This form has no number question {${ref.code}}` });
    }
  }
  return problems;
}

export interface RuleResult {
  rule: ValidationRule;
  /** null when skipped because a side had no data. */
  passed: boolean | null;
  left: number | null;
  right: number | null;
  /** The questions the rule names, to show the broken rule beside each. */
  questions: string[];
}

const compare = (a: number, op: Operator, b: number): boolean => {
  // Answers are typed with a few decimals; compare as people would, not to the last bit.
  const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  switch (op) {
    case '==':
      return Math.abs(a - b) <= eps;
    case '!=':
      return Math.abs(a - b) > eps;
    case '<':
      return a < b - eps;
    case '<=':
      return a <= b + eps;
    case '>':
      return a > b + eps;
    case '>=':
      return a >= b - eps;
  }
};

const parsedCache = new Map<string, Expression>();
function parsed(source: string): Expression {
  let e = parsedCache.get(source);
  if (!e) {
    e = parseExpression(source);
    if (parsedCache.size > 5000) parsedCache.clear();
    parsedCache.set(source, e);
  }
  return e;
}

export function runRules(
  rules: readonly ValidationRule[],
  form: FormDefinition,
  answers: Answers,
): RuleResult[] {
  const figures = numericFigures(form, answers);
  return rules.map((rule) => {
    const left = parsed(rule.left);
    const right = parsed(rule.right);
    const questions = [
      ...new Set(
        [...references(left), ...references(right)]
          .filter((r) => r.kind === 'question')
          .map((r) => questionOfFigure(r.code)),
      ),
    ];
    // DHIS2's "never skip" counts a blank answer as zero.
    const blankAs = rule.missing === 'never-skip' ? 0 : null;
    const resolve = (ref: { kind: string; code?: string }) =>
      ref.kind === 'question' ? (figures.get(ref.code!) ?? blankAs) : null;
    const side = (e: Expression) => {
      const result = evaluate(e, resolve);
      return 'value' in result ? result.value : null;
    };
    const l = side(left);
    const r = side(right);
    if (l === null || r === null) return { rule, passed: null, left: l, right: r, questions };
    return { rule, passed: compare(l, rule.operator, r), left: l, right: r, questions };
  });
}

export const brokenRules = (results: RuleResult[]) => results.filter((r) => r.passed === false);

/** Broken rules by the question they name, for showing each beside its questions. */
export function brokenByQuestion(results: RuleResult[]): Map<string, RuleResult[]> {
  const map = new Map<string, RuleResult[]>();
  for (const r of brokenRules(results)) for (const q of r.questions) map.set(q, [...(map.get(q) ?? []), r]);
  return map;
}
