/**
 * Draws the line of `source` holding `position`, and a caret under it. Tabs before the
 * caret are kept as tabs so the caret lines up however the reader's terminal shows them.
 */
export function pointerAt(source: string, position: number): string {
  const at = Math.max(0, Math.min(position, source.length));
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const nextBreak = source.indexOf('\n', at);
  const lineEnd = nextBreak === -1 ? source.length : nextBreak;
  // Very long lines are cut around the caret so the pointer stays readable.
  const windowStart = Math.max(lineStart, at - 60);
  const windowEnd = Math.min(lineEnd, at + 60);
  const shown = source.slice(windowStart, windowEnd).replace(/[\r\v\f]/g, ' ');
  const lead = windowStart > lineStart ? '…' : '';
  const tail = windowEnd < lineEnd ? '…' : '';
  const before = source.slice(windowStart, at).replace(/[^\t]/g, ' ');
  return `${lead}${shown}${tail}\n${lead ? ' ' : ''}${before}^`;
}

/** A mistake in an expression, with the 0-based position the reader should look at. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
  readonly position: number;
  readonly pointer: string;
  /** The message without the position prefix, for forms that show the pointer apart. */
  readonly detail: string;

  constructor(source: string, position: number, detail: string) {
    const at = Math.max(0, Math.min(position, source.length));
    super(`${detail} (at position ${at})`);
    this.position = at;
    this.detail = detail;
    this.pointer = pointerAt(source, at);
  }
}

/** A problem `checkExpression` found; the same fields as an `ExpressionError`. */
export interface ExpressionProblem {
  position: number;
  message: string;
  pointer: string;
}

export function problemFrom(error: ExpressionError): ExpressionProblem {
  return { position: error.position, message: error.message, pointer: error.pointer };
}
