import {
  FUNCTION_NAMES,
  MAX_EXPRESSION_LENGTH,
  MAX_NESTING_DEPTH,
  type Expression,
  type FunctionName,
  type Span,
} from './ast.ts';
import { ExpressionError } from './errors.ts';
import { tokenize, type Token } from './tokenizer.ts';

export interface ParsedExpression {
  expression: Expression;
  /** Where each node of `expression` sits in the source. */
  spans: WeakMap<Expression, Span>;
}

const PRIMARY = "a number, a measure [dataset.measure], a question {code}, a function such as sum(…) or '('";

function describe(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the expression';
    case 'number':
      return `the number ${token.value}`;
    case 'word':
      return `'${token.text}'`;
    case 'measure':
      return `the measure [${token.dataset}.${token.measure}${token.filters.length ? '|…' : ''}]`;
    case 'question':
      return `the question {${token.code}}`;
    default:
      return `'${token.type}'`;
  }
}

/**
 * Reads an indicator expression, e.g. `[c1.rereferral_count] / [c1.referral_count]` or
 * `sum({a}, {b})`. Throws an `ExpressionError` saying what was expected, what was found and
 * where. Never evaluates anything: the result is a plain tree.
 */
export function parseExpression(source: string): Expression {
  return parseWithSpans(source).expression;
}

export function parseWithSpans(source: string): ParsedExpression {
  if (typeof source !== 'string') throw new ExpressionError('', 0, 'expected the expression as text');
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(
      source,
      MAX_EXPRESSION_LENGTH,
      `the expression is too long: ${source.length} characters, at most ${MAX_EXPRESSION_LENGTH} are allowed`,
    );
  }
  const tokens = tokenize(source);
  const spans = new WeakMap<Expression, Span>();
  let index = 0;
  let depth = 0;

  const peek = (): Token => tokens[index]!;
  const fail = (token: Token, detail: string): never => {
    throw new ExpressionError(source, token.start, detail);
  };
  const node = (expression: Expression, start: number, end: number): Expression => {
    spans.set(expression, { start, end });
    return expression;
  };
  const startOf = (e: Expression): number => spans.get(e)!.start;
  const endOf = (e: Expression): number => spans.get(e)!.end;
  const enter = (token: Token): void => {
    depth++;
    if (depth > MAX_NESTING_DEPTH) {
      fail(
        token,
        `the expression is nested too deeply: at most ${MAX_NESTING_DEPTH} levels of brackets, functions and minus signs are allowed`,
      );
    }
  };

  const parseSum = (): Expression => {
    let left = parseProduct();
    for (let op = peek(); op.type === '+' || op.type === '-'; op = peek()) {
      index++;
      const right = parseProduct();
      left = node({ kind: 'binary', operator: op.type, left, right }, startOf(left), endOf(right));
    }
    return left;
  };

  const parseProduct = (): Expression => {
    let left = parseUnary();
    for (let op = peek(); op.type === '*' || op.type === '/'; op = peek()) {
      index++;
      const right = parseUnary();
      left = node({ kind: 'binary', operator: op.type, left, right }, startOf(left), endOf(right));
    }
    return left;
  };

  const parseUnary = (): Expression => {
    const token = peek();
    if (token.type !== '-') return parsePrimary();
    index++;
    enter(token);
    const operand = parseUnary();
    depth--;
    return node({ kind: 'negate', operand }, token.start, endOf(operand));
  };

  const expectClose = (opener: Token, what: string): Token => {
    const token = peek();
    if (token.type !== ')')
      fail(
        token,
        `expected ${what} to close the '(' at position ${opener.start} but found ${describe(token)}`,
      );
    index++;
    return token;
  };

  const parseCall = (word: Token & { type: 'word' }): Expression => {
    const name = word.text.toLowerCase() as FunctionName;
    const opener = tokens[index + 1]!;
    if (!FUNCTION_NAMES.includes(name)) {
      if (opener.type === '(') {
        fail(word, `unknown function '${word.text}': the functions are ${FUNCTION_NAMES.join(', ')}`);
      }
      fail(
        word,
        `expected ${PRIMARY} but found '${word.text}' (measures are written in square brackets, e.g. [dataset.${word.text}], and questions in braces, e.g. {${word.text}})`,
      );
    }
    if (opener.type !== '(')
      fail(opener, `expected '(' after the function ${name} but found ${describe(opener)}`);
    index += 2;
    enter(opener);
    const args: Expression[] = [parseSum()];
    while (peek().type === ',') {
      index++;
      args.push(parseSum());
    }
    const close = expectClose(opener, `',' or ')'`);
    depth--;
    return node({ kind: 'call', name, args }, word.start, close.end);
  };

  const parsePrimary = (): Expression => {
    const token = peek();
    switch (token.type) {
      case 'number':
        index++;
        return node({ kind: 'number', value: token.value }, token.start, token.end);
      case 'measure':
        index++;
        return node(
          { kind: 'measure', dataset: token.dataset, measure: token.measure, filters: token.filters },
          token.start,
          token.end,
        );
      case 'question':
        index++;
        return node({ kind: 'question', code: token.code }, token.start, token.end);
      case 'word':
        return parseCall(token);
      case '(': {
        index++;
        enter(token);
        const inner = parseSum();
        const close = expectClose(token, `')'`);
        depth--;
        // Brackets leave no node of their own, but the span covers them for messages.
        spans.set(inner, { start: token.start, end: close.end });
        return inner;
      }
      default:
        return fail(token, `expected ${PRIMARY} but found ${describe(token)}`);
    }
  };

  const expression = parseSum();
  const rest = peek();
  if (rest.type !== 'end') {
    const detail =
      rest.type === ')'
        ? `found ')' with no '(' to close`
        : `expected an operator (+ - * /) or the end of the expression but found ${describe(rest)}`;
    fail(rest, detail);
  }
  return { expression, spans };
}
