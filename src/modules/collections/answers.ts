import type { Answer, Question } from './form-model.ts';

/**
 * Turning what a person typed (on the web page or in an XLSX cell) into an answer, with a
 * message for them when it cannot be one. Blank means "not answered", never zero.
 */
export type Parsed = { ok: true; value: Answer | undefined } | { ok: false; message: string };

/** A raw date from three GOV.UK date fields. */
export interface DateParts {
  day?: string;
  month?: string;
  year?: string;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const fail = (message: string): Parsed => ({ ok: false, message });
const quoted = (q: Question) => `‘${q.label}’`;

/** "1,234", " 12.5 ", "45%" (for percentages) → number; anything else is not a number. */
export function parseNumber(raw: unknown, percent = false): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  let text = raw.trim().replace(/(?<=\d),(?=\d{3}(\D|$))/g, '');
  if (percent) text = text.replace(/\s*%$/, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n + 0 : null; // + 0: "-0" is zero
}

function checkBounds(q: Question, n: number, what = quoted(q)): Parsed {
  const min = q.min ?? (q.kind === 'percentage' ? 0 : null);
  const max = q.max ?? (q.kind === 'percentage' ? 100 : null);
  if (q.integer && !Number.isInteger(n)) return fail(`${what} must be a whole number`);
  if (min !== null && max !== null && (n < min || n > max))
    return fail(`${what} must be between ${min} and ${max}`);
  if (min !== null && n < min) return fail(`${what} must be ${min} or more`);
  if (max !== null && n > max) return fail(`${what} must be ${max} or less`);
  return { ok: true, value: n };
}

function numberAnswer(q: Question, raw: unknown): Parsed {
  if (blank(raw)) return { ok: true, value: undefined };
  const n = parseNumber(raw, q.kind === 'percentage');
  if (n === null)
    return fail(
      `${quoted(q)} must be a number${q.kind === 'percentage' ? ' (a percentage, e.g. 45 or 45%)' : ''}`,
    );
  return checkBounds(q, n);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function toIsoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function dateAnswer(q: Question, raw: unknown): Parsed {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail(`${quoted(q)} must be a real date`);
    return { ok: true, value: raw.toISOString().slice(0, 10) };
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const p = raw as DateParts;
    if (blank(p.day) && blank(p.month) && blank(p.year)) return { ok: true, value: undefined };
    const iso = toIsoDate(Number(p.year), Number(p.month), Number(p.day));
    return iso ? { ok: true, value: iso } : fail(`${quoted(q)} must be a real date, for example 31 3 2025`);
  }
  if (blank(raw)) return { ok: true, value: undefined };
  const text = String(raw).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const value = iso
    ? toIsoDate(+iso[1]!, +iso[2]!, +iso[3]!)
    : uk
      ? toIsoDate(+uk[3]!, +uk[2]!, +uk[1]!)
      : null;
  return value ? { ok: true, value } : fail(`${quoted(q)} must be a real date, for example 31/03/2025`);
}

function choiceList(raw: unknown): string[] {
  if (Array.isArray(raw))
    return raw
      .map(String)
      .map((s) => s.trim())
      .filter(Boolean);
  if (blank(raw)) return [];
  return String(raw)
    .split(/\s*[;\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function tableAnswer(q: Question, raw: unknown): Parsed {
  const grid = Array.isArray(raw) ? (raw as unknown[][]) : [];
  const cells: (number | null)[][] = [];
  let any = false;
  for (let r = 0; r < q.rows.length; r++) {
    const row: (number | null)[] = [];
    for (let c = 0; c < q.columns.length; c++) {
      const v = grid[r]?.[c];
      if (blank(v)) {
        row.push(null);
        continue;
      }
      const where = `${quoted(q)}, ${q.rows[r]} – ${q.columns[c]}`;
      const n = parseNumber(v);
      if (n === null) return fail(`${where} must be a number`);
      const bounded = checkBounds(q, n, where);
      if (!bounded.ok) return bounded;
      row.push(n);
      any = true;
    }
    cells.push(row);
  }
  return { ok: true, value: any ? cells : undefined };
}

/** Parses one answer; `raw` is a string, a number, a Date, date parts, a list or a grid. */
export function parseAnswer(q: Question, raw: unknown): Parsed {
  switch (q.kind) {
    case 'number':
    case 'percentage':
      return numberAnswer(q, raw);
    case 'text':
    case 'long-text': {
      if (blank(raw)) return { ok: true, value: undefined };
      const text = String(raw).trim();
      const limit = q.kind === 'text' ? 500 : 10000;
      return text.length > limit
        ? fail(`${quoted(q)} must be ${limit} characters or fewer`)
        : { ok: true, value: text };
    }
    case 'single-choice': {
      if (blank(raw)) return { ok: true, value: undefined };
      const text = String(raw).trim();
      const match = q.options.find((o) => o.toLowerCase() === text.toLowerCase());
      return match
        ? { ok: true, value: match }
        : fail(`${quoted(q)} must be one of: ${q.options.join(', ')}`);
    }
    case 'multiple-choice': {
      const chosen: string[] = [];
      for (const item of choiceList(raw)) {
        const match = q.options.find((o) => o.toLowerCase() === item.toLowerCase());
        if (!match)
          return fail(`${quoted(q)}: “${item}” is not one of the choices (${q.options.join('; ')})`);
        if (!chosen.includes(match)) chosen.push(match);
      }
      return { ok: true, value: chosen.length ? chosen : undefined };
    }
    case 'date':
      return dateAnswer(q, raw);
    case 'table':
      return tableAnswer(q, raw);
  }
}

/** How an answer reads on a page or in a cell. */
export function answerText(q: Question, a: Answer | undefined): string {
  if (a === undefined) return '';
  if (q.kind === 'table') return '';
  if (Array.isArray(a)) return (a as string[]).join('; ');
  if (typeof a === 'number')
    return q.kind === 'percentage' ? `${a}%` : `${a.toLocaleString('en-GB')}${q.unit ? ` ${q.unit}` : ''}`;
  return a;
}
