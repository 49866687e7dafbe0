/**
 * Cell values in published statistics: a number exactly as printed, or a symbol saying why
 * there is no number. GSS/DfE symbols: c confidential (suppressed), z not applicable,
 * x not available, u low reliability, k rounds to zero (older DfE releases), low a positive
 * number that rounds to zero. `~` and `:` are the obsolete DfE forms of low and not
 * available that older EES files still carry; `..` is the older GSS "not available".
 */
export const STATUS_CODES = ['c', 'z', 'x', 'u', 'k', 'low', '~', ':', '..'] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

export const STATUS_MEANINGS: Record<StatusCode, string> = {
  c: 'suppressed to protect confidentiality',
  z: 'not applicable',
  x: 'not available',
  u: 'low reliability',
  k: 'rounds to zero',
  low: 'a positive number that rounds to zero',
  '~': 'a positive number that rounds to zero',
  ':': 'not available',
  '..': 'not available',
};

const statusSet: ReadonlySet<string> = new Set(STATUS_CODES);

export function isStatusCode(text: string): text is StatusCode {
  return statusSet.has(text);
}

// A plain decimal as R, Excel and SQL print them; exponents appear in some R output.
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
// "1,234" or "12,345.6": a number someone formatted for reading, which EES never publishes.
const THOUSANDS = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export type CellKind = 'blank' | 'number' | 'status' | 'thousands' | 'text';

export function classifyCell(text: string): CellKind {
  if (text === '') return 'blank';
  if (NUMBER.test(text)) return 'number';
  if (statusSet.has(text)) return 'status';
  if (THOUSANDS.test(text)) return 'thousands';
  return 'text';
}

export type IndicatorValue =
  { value: number; status: null; raw: string } | { value: null; status: StatusCode; raw: string };

/** Reads a non-blank indicator cell that classifyCell said is a number or a status code. */
export function readIndicatorCell(text: string): IndicatorValue {
  if (isStatusCode(text)) return { value: null, status: text, raw: text };
  return { value: Number(text), status: null, raw: text };
}
