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

// A plain decimal as R, Excel and SQL print them (exponents appear in some R output), or one
// with thousands separators ("1,234", "12,345.6"): EES never publishes those, but a file that
// has been through a spreadsheet may carry them, and they are still numbers.
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const THOUSANDS = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export type CellKind = 'blank' | 'number' | 'status' | 'text';

export function classifyCell(text: string): CellKind {
  if (text === '') return 'blank';
  if (NUMBER.test(text) || THOUSANDS.test(text)) return 'number';
  if (statusSet.has(text)) return 'status';
  return 'text';
}

export type IndicatorValue =
  { value: number; status: null; raw: string } | { value: null; status: StatusCode; raw: string };

/**
 * Reads a non-blank indicator cell that classifyCell said is a number or a status code. A
 * number's text is kept as published, less any thousands separators, so "18.30" stays
 * "18.30" and "1,234" is stored, shown and downloaded as 1234.
 */
export function readIndicatorCell(text: string): IndicatorValue {
  if (isStatusCode(text)) return { value: null, status: text, raw: text };
  const raw = text.includes(',') ? text.replace(/,/g, '') : text;
  return { value: Number(raw), status: null, raw };
}
