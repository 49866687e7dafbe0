/**
 * The tree an indicator's numerator or denominator parses to. It holds no source
 * positions, so two expressions that mean the same thing compare equal whatever their
 * spacing; positions live beside the tree (see `parseWithSpans`).
 */

export type FunctionName = 'sum' | 'min' | 'max' | 'coalesce';
export const FUNCTION_NAMES: readonly FunctionName[] = ['sum', 'min', 'max', 'coalesce'];

export type BinaryOperator = '+' | '-' | '*' | '/';

export interface MeasureFilter {
  name: string;
  value: string;
}

/** A figure from the statistics module: `[dataset.measure|filter=value]`. */
export interface MeasureReference {
  kind: 'measure';
  dataset: string;
  measure: string;
  filters: MeasureFilter[];
}

/** An answer to a board return question: `{question_code}`. */
export interface QuestionReference {
  kind: 'question';
  code: string;
}

export type Reference = MeasureReference | QuestionReference;

export type Expression =
  /** Always zero or more: a leading minus is a `negate` node. */
  | { kind: 'number'; value: number }
  | MeasureReference
  | QuestionReference
  | { kind: 'negate'; operand: Expression }
  | { kind: 'binary'; operator: BinaryOperator; left: Expression; right: Expression }
  | { kind: 'call'; name: FunctionName; args: Expression[] };

/** Where a node came from in the source text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Longest expression accepted, in characters. */
export const MAX_EXPRESSION_LENGTH = 2000;
/** Deepest nesting of brackets, functions and unary minus accepted. */
export const MAX_NESTING_DEPTH = 40;
