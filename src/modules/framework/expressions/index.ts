export * from './ast.ts';
export { ExpressionError, pointerAt, type ExpressionProblem } from './errors.ts';
export { parseExpression, parseWithSpans, type ParsedExpression } from './parser.ts';
export { formatExpression, formatReference } from './format.ts';
export { references, checkExpression, type KnownReferences } from './check.ts';
export {
  evaluate,
  evaluateIndicator,
  type EvaluationResult,
  type IndicatorFormula,
  type Resolve,
  type ResolvedInput,
} from './evaluate.ts';
