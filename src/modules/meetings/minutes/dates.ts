// The English locale only: the full package loads every language chrono knows.
import * as chronoEn from 'chrono-node/en';

/** A calendar date found in text, with where it was written. */
export interface FoundDate {
  iso: string;
  index: number;
  text: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoOf = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

const WEEKDAY_OF = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** What chrono read in a text, before the year is settled: only what was written counts. */
interface Written {
  day: number;
  month: number;
  year: number | null;
  weekday: number | null;
  index: number;
  text: string;
}

// The same paragraph is asked about several times while one document is read (header, item,
// action, next meeting); chrono is the slowest step, so what it read is kept for that document.
let cache: Map<string, Written[]> | null = null;

/** Runs `read` with chrono's readings remembered for its duration (one document). */
export function withDateCache<T>(read: () => T): T {
  const outer = cache;
  cache = new Map();
  try {
    return read();
  } finally {
    cache = outer;
  }
}

/** Times with what joins them to the text ("at 3pm", ", 1pm - 3pm"), as spans to cut out before chrono reads the dates. */
function timeSpans(text: string): { index: number; end: number }[] {
  const spans: { index: number; end: number }[] = [];
  for (const t of findTimes(text)) {
    const last = spans[spans.length - 1];
    if (last && /^\s*(?:–|-|—|to|until|till)\s*$/i.test(text.slice(last.end, t.index))) last.end = t.end;
    else spans.push({ index: t.index - /[\s,]*(?:\b(?:at|from)\b|@)?\s*$/i.exec(text.slice(0, t.index))![0].length, end: t.end });
  }
  return spans;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MON_YEAR = /(?<![\w-])(\d{1,2})-(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*-(\d{4}|\d{2})(?![\w-])/gi;

const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]|\.\d)/g;

function written(text: string): Written[] {
  const known = cache?.get(text);
  if (known) return known;
  const out: Written[] = [];
  // "18-Sep-25, 27-Nov-25": chrono reads a list of these as one odd date, so they are read here
  // (the shape is fixed: day, month's abbreviation, year) and hidden from chrono.
  const masked = text
    .replace(DAY_MON_YEAR, (m, d: string, mon: string, y: string, index: number) => {
      const month = MONTHS.indexOf(mon.slice(0, 3).toLowerCase()) + 1;
      out.push({ day: Number(d), month, year: y.length === 2 ? 2000 + Number(y) : Number(y), weekday: null, index, text: m });
      return ' '.repeat(m.length);
    })
    // "7.3.25", "31.03.2025": chrono reads slashes but not dots.
    .replace(DOTTED, (m, d: string, mo: string, y: string, index: number) => {
      if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1) return m;
      out.push({ day: Number(d), month: Number(mo), year: y.length === 2 ? 2000 + Number(y) : Number(y), weekday: null, index, text: m });
      return ' '.repeat(m.length);
    });
  // Times are read on their own (findTimes); hidden from chrono, which reads "9 July, 3.30pm" as 3 July.
  // They are cut out (not blanked: chrono misreads "January,   "), and chrono's offsets mapped back.
  let untimed = '';
  const origin: number[] = [];
  let from = 0;
  for (const t of [...timeSpans(masked), { index: masked.length, end: masked.length }]) {
    for (let k = from; k < t.index; k++) origin.push(k);
    untimed += masked.slice(from, t.index);
    from = t.end;
  }
  origin.push(masked.length);
  for (const r of chronoEn.GB.parse(untimed, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    const day = s.get('day');
    const month = s.get('month');
    if (day == null || month == null) continue;
    // The day number must be written, so "tomorrow" or "Friday" never become a date.
    if (!new RegExp(`(^|\\D)0?${day}(?!\\d)`).test(r.text)) continue;
    // chrono folds "at 9.30 am" into the date; the time is read separately.
    // chrono takes in a leading "on" ("on 3rd Oct 2025"); the date starts after it.
    const lead = /^(?:on|the)\s+/i.exec(r.text)?.[0].length ?? 0;
    const start = origin[r.index + lead]!;
    let dateText = text.slice(start, origin[r.index + r.text.length - 1]! + 1);
    if (s.isCertain('hour')) {
      const t = findTimes(dateText)[0];
      if (t && t.index > 0) dateText = dateText.slice(0, t.index).replace(/[\s,]*(?:at|from|@|,)?\s*$/i, '');
    }
    out.push({ day, month, year: s.isCertain('year') ? (s.get('year') ?? null) : null, weekday: s.isCertain('weekday') ? (s.get('weekday') ?? null) : null, index: start, text: dateText });
  }
  out.sort((a, b) => a.index - b.index);
  if (cache && cache.size < 5000) cache.set(text, out);
  return out;
}

/**
 * Dates with a written day and month (UK order). A missing year comes from the meeting:
 * the first such date on or after it (or up to `lookBackDays` before it), unless a weekday
 * written beside it only fits another year. Relative words ("tomorrow") and month-only
 * phrases ("in February") are not dates here, because they would put a day in the output
 * that the minutes never wrote.
 */
export function findDates(text: string, meetingIso: string | null, opts: { lookBackDays?: number } = {}): FoundDate[] {
  if (!/\d/.test(text)) return [];
  const found: FoundDate[] = [];
  for (const w of written(text)) {
    let y = w.year;
    if (y == null) {
      if (!meetingIso) continue;
      y = inferYear(meetingIso, w.month, w.day, w.weekday, opts.lookBackDays ?? 0);
    }
    if (y < 1900 || y > 2200 || w.day > new Date(Date.UTC(y, w.month, 0)).getUTCDate()) continue;
    found.push({ iso: isoOf(y, w.month, w.day), index: w.index, text: w.text });
  }
  return found;
}

/**
 * A meeting date written without its year ("Date: Thursday 12 March"): the year is the one
 * most full dates in the minutes carry (or either side of it, to fit a written weekday).
 */
export function dateWithoutYear(text: string, wholeText: string): string | null {
  const w = written(text).find((x) => x.year === null);
  if (!w) return null;
  const years = new Map<number, number>();
  for (const x of written(wholeText.slice(0, 200_000))) if (x.year !== null) years.set(x.year, (years.get(x.year) ?? 0) + 1);
  const common = [...years].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (common === undefined) return null;
  const fits = [common, common + 1, common - 1].find((y) => w.weekday === null || WEEKDAY_OF(y, w.month, w.day) === w.weekday) ?? common;
  return w.day <= new Date(Date.UTC(fits, w.month, 0)).getUTCDate() ? isoOf(fits, w.month, w.day) : null;
}

function inferYear(meetingIso: string, m: number, d: number, weekday: number | null | undefined, lookBackDays: number): number {
  const my = Number(meetingIso.slice(0, 4));
  const daysBefore = (Date.parse(meetingIso) - Date.UTC(my, m - 1, d)) / 86_400_000;
  const y = isoOf(my, m, d) >= meetingIso || daysBefore <= lookBackDays ? my : my + 1;
  if (weekday != null && WEEKDAY_OF(y, m, d) !== weekday) {
    for (const alt of [y + 1, y - 1, y + 2]) if (WEEKDAY_OF(alt, m, d) === weekday) return alt;
  }
  return y;
}

/** A time of day written in the text, as 24-hour HH:MM. */
export interface FoundTime {
  hhmm: string;
  index: number;
  end: number;
}

const MERIDIEM = String.raw`(?:\s?([ap])\.?\s?m\b\.?)`;
const TIME_RE = new RegExp(
  String.raw`\b(?:12(?:[.:]00)?\s*)?(noon|midday)\b|(?<![\d.:/])(\d{1,2})(?:[.:](\d{2}))?${MERIDIEM}|(?<![\d.:/£$])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d%]|[.:/]\d)(?:\s?(?:hrs|hours|h)\b)?`,
  'gi',
);

export function findTimes(text: string): FoundTime[] {
  const times: FoundTime[] = [];
  for (const m of text.matchAll(TIME_RE)) {
    // "Room 2.14", "Suite 3.12": a room's number, not a time.
    if (/\b(?:room|rm|suite|level|floor|unit|block|building|no\.?)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    let h: number;
    let min: number;
    if (m[1]) [h, min] = [12, 0];
    else if (m[2]) {
      h = Number(m[2]);
      min = Number(m[3] ?? 0);
      if (h < 1 || h > 12 || min > 59) continue;
      const pm = m[4]!.toLowerCase() === 'p';
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    } else {
      h = Number(m[5]);
      min = Number(m[6]);
    }
    times.push({ hhmm: `${pad(h)}:${pad(min)}`, index: m.index, end: m.index + m[0].length });
  }
  // "2 – 4pm": a bare hour before a range dash takes the meridiem of the time after it.
  const bare = /(?<![\d.:/])(\d{1,2})\s*(?:–|-|—|to)\s*(\d{1,2}(?:[.:]\d{2})?)\s?([ap])\.?\s?m\b/gi;
  for (const m of text.matchAll(bare)) {
    if (times.some((t) => t.index === m.index)) continue;
    let h = Number(m[1]);
    if (h < 1 || h > 12) continue;
    if (m[3]!.toLowerCase() === 'p' && h < 12 && h < Number(m[2]!.split(/[.:]/)[0])) h += 12;
    times.push({ hhmm: `${pad(h)}:00`, index: m.index, end: m.index + m[1]!.length });
  }
  return times.sort((a, b) => a.index - b.index);
}

/** "1.30" or "3.45" without am or pm is the afternoon: meetings do not sit between 1 and 7 in the morning. */
const daytime = (hhmm: string): string => {
  const h = Number(hhmm.slice(0, 2));
  return h >= 1 && h <= 6 ? `${String(h + 12)}${hhmm.slice(2)}` : hhmm;
};

/** Start and end of a "2.00pm – 4.00pm" style span; the end only when a range is written. */
export function timeRange(text: string): { start: string | null; end: string | null } {
  const t = findTimes(text);
  if (t.length === 0) return { start: null, end: null };
  const between = t.length > 1 ? text.slice(t[0]!.end, t[1]!.index) : '';
  const isRange = t.length > 1 && /^\s*(?:–|-|—|to|until|till)\s*$/i.test(between);
  return { start: daytime(t[0]!.hhmm), end: isRange ? daytime(t[1]!.hhmm) : null };
}
