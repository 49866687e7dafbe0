import type { MeasureFilter } from './ast.ts';
import { ExpressionError } from './errors.ts';

export type Token =
  | { type: 'number'; value: number; start: number; end: number }
  | { type: 'word'; text: string; start: number; end: number }
  | {
      type: 'measure';
      dataset: string;
      measure: string;
      filters: MeasureFilter[];
      start: number;
      end: number;
    }
  | { type: 'question'; code: string; start: number; end: number }
  | { type: '+' | '-' | '*' | '/' | '(' | ')' | ','; start: number; end: number }
  | { type: 'end'; start: number; end: number };

const NAME_CHAR = /[A-Za-z0-9_-]/;
const CODE_CHAR = /[A-Za-z0-9_.-]/;
const WORD_START = /[A-Za-z_]/;
const WORD_CHAR = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;
const SPACE = /[ \t\r\n]/;
const PUNCTUATION = new Set(['+', '-', '*', '/', '(', ')', ',']);

/** How a character appears in a message: quoted, with invisible ones spelt out. */
export function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the expression';
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f)
    return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${ch}'`;
}

/** Splits an expression into tokens; measure and question references become one token each. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  // Typed up front so that TypeScript knows code after a call to it is unreachable.
  const fail: (at: number, detail: string) => never = (at, detail) => {
    throw new ExpressionError(source, at, detail);
  };
  const skipSpaces = (): void => {
    while (i < source.length && SPACE.test(source[i]!)) i++;
  };
  const readName = (pattern: RegExp, what: string, example: string): string => {
    skipSpaces();
    const start = i;
    while (i < source.length && pattern.test(source[i]!)) i++;
    if (i === start) fail(i, `expected ${what} (${example}) but found ${describeChar(source[i])}`);
    const name = source.slice(start, i);
    skipSpaces();
    return name;
  };

  const readMeasure = (): Token => {
    const start = i++;
    const unclosed = `expected ']' to close the measure reference opened at position ${start}`;
    const dataset = readName(NAME_CHAR, 'a dataset name', 'letters, digits, _ or -');
    if (source[i] !== '.') {
      fail(
        i,
        `expected '.' between the dataset and the measure, as in [dataset.measure], but found ${describeChar(source[i])}`,
      );
    }
    i++;
    const measure = readName(NAME_CHAR, 'a measure name', 'letters, digits, _ or -');
    const filters: MeasureFilter[] = [];
    while (source[i] === '|') {
      i++;
      const nameAt = i;
      const name = readName(NAME_CHAR, 'a filter name', 'as in |age_group=Children aged 0 to 17 years');
      if (source[i] !== '=')
        fail(i, `expected '=' after the filter name '${name}' but found ${describeChar(source[i])}`);
      i++;
      if (filters.some((f) => f.name === name))
        fail(nameAt, `the filter '${name}' is given twice in one measure reference`);
      filters.push({ name, value: readFilterValue(name) });
    }
    if (source[i] !== ']') {
      fail(
        i,
        `${source[i] === undefined ? unclosed : `expected '|' or ']' after the measure name`} but found ${describeChar(source[i])}`,
      );
    }
    i++;
    return { type: 'measure', dataset, measure, filters, start, end: i };
  };

  // A filter value runs to the next unescaped '|' or ']'; `\|`, `\]` and `\\` stand for themselves.
  const readFilterValue = (filter: string): string => {
    const start = i;
    let value = '';
    for (;;) {
      const ch = source[i];
      if (ch === undefined)
        fail(i, `expected ']' to close the measure reference but found the end of the expression`);
      if (ch === '|' || ch === ']') break;
      if (ch === '\\') {
        const next = source[i + 1];
        if (next !== '\\' && next !== '|' && next !== ']') {
          fail(
            i,
            `expected '\\\\', '\\|' or '\\]' after a backslash in a filter value but found ${describeChar(next)}`,
          );
        }
        value += next;
        i += 2;
        continue;
      }
      if (ch < ' ' || ch === '\x7f') fail(i, `expected a filter value but found ${describeChar(ch)}`);
      value += ch;
      i++;
    }
    const trimmed = value.replace(/^ +| +$/g, '');
    if (trimmed === '')
      fail(start, `expected a value for the filter '${filter}' but found ${describeChar(source[i])}`);
    return trimmed;
  };

  const readQuestion = (): Token => {
    const start = i++;
    const code = readName(CODE_CHAR, 'a question code', 'as in {attendance_board_meetings}');
    if (source[i] !== '}')
      fail(
        i,
        `expected '}' to close the question reference opened at position ${start} but found ${describeChar(source[i])}`,
      );
    i++;
    return { type: 'question', code, start, end: i };
  };

  const readNumber = (): Token => {
    const start = i;
    while (DIGIT.test(source[i] ?? '')) i++;
    if (source[i] === '.') {
      i++;
      if (!DIGIT.test(source[i] ?? ''))
        fail(i, `expected a digit after the decimal point but found ${describeChar(source[i])}`);
      while (DIGIT.test(source[i] ?? '')) i++;
    }
    if (source[i] === 'e' || source[i] === 'E') {
      i++;
      if (source[i] === '+' || source[i] === '-') i++;
      if (!DIGIT.test(source[i] ?? ''))
        fail(i, `expected the digits of an exponent but found ${describeChar(source[i])}`);
      while (DIGIT.test(source[i] ?? '')) i++;
    }
    const value = Number(source.slice(start, i));
    if (!Number.isFinite(value)) fail(start, `the number ${source.slice(start, i)} is too large`);
    return { type: 'number', value, start, end: i };
  };

  for (;;) {
    skipSpaces();
    const ch = source[i];
    if (ch === undefined) break;
    if (ch === '[') tokens.push(readMeasure());
    else if (ch === '{') tokens.push(readQuestion());
    else if (DIGIT.test(ch) || (ch === '.' && DIGIT.test(source[i + 1] ?? ''))) tokens.push(readNumber());
    else if (WORD_START.test(ch)) {
      const start = i;
      while (i < source.length && WORD_CHAR.test(source[i]!)) i++;
      tokens.push({ type: 'word', text: source.slice(start, i), start, end: i });
    } else if (PUNCTUATION.has(ch)) {
      tokens.push({ type: ch as '+', start: i, end: i + 1 });
      i++;
    } else {
      fail(
        i,
        `expected a number, an operator (+ - * /), a bracket, a measure [dataset.measure] or a question {code} but found ${describeChar(ch)}`,
      );
    }
  }
  tokens.push({ type: 'end', start: source.length, end: source.length });
  return tokens;
}
