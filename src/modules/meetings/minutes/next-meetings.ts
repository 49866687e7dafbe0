import type { NextMeeting } from './types.ts';
import { type Table, cell } from './tables.ts';
import { findDates, findTimes, timeRange } from './dates.ts';
import { withoutLeadIn } from './actions.ts';

export const NEXT_MEETINGS_HEADING =
  /\b(?:dates?|times?)\s+(?:(?:and|&)\s+(?:times?|venues?)\s+)?(?:of|for)\s+(?:the\s+)?(?:next|future|forthcoming|further|remaining)\s+meetings?\b|^(?:the\s+)?(?:next|future|forthcoming)\s+meetings?\b|\b(?:future|forthcoming)\s+meeting\s+dates\b|^(?:20\d\d\s+)?meeting\s+dates\b|\bdates\s+(?:of|for)\s+(?:the\s+)?(?:20\d\d(?:\/\d\d)?\s+)?meetings\b|\bdates\s+for\s+(?:20\d\d|future|next)|\bmeetings\s+(?:(?:in|for|during)\s+)?20\d\d\b|^schedule\s+of\s+meetings\b|\bdates\s+of\s+(?:\w+\s+){1,2}meetings\b|^(?:future|forthcoming)\s+(?:meeting\s+)?dates\b|^(?:meeting\s+)?dates\s+for\s+(?:the\s+)?(?:(?:rest|remainder)\s+of\s+(?:the\s+)?(?:\w+\s+)?year|coming\s+year|year\s+ahead|new\s+year)\b/i;

const VENUE =
  /\b(?:room|hall|centre|center|house|chamber|offices?|building|street|road|lane|avenue|square|place|civic|library|school|hotel|hospital|church|academy|college|university|suite|campus|court|station|councils?|venue|teams|zoom|online|virtual|webex)\b/i;
const FILLER =
  /^the\s+\w+\s+meeting\s+(?:on|will\s+be\s+(?:held\s+)?on)?\s*|^(?:the\s+)?(?:next|future)\s+meetings?\s+(?:of\s+(?:the\s+)?(?:\p{Lu}[\w’'-]*\s+){1,5})?(?:(?:will|would|shall|is\s+to|is|are|was)\s+(?:be\s+)?(?:held|scheduled|take place|arranged)?\s*)?(?:(?:on|for)(?:\s+|$))?|^(?:next|future)\s+meetings?\s*:?|^(?:on|from)\s+/iu;

/** What is left of a meeting line after its date and times: a place, or a note. */
function placeOrNote(rest: string): { location: string | null; note: string | null } {
  let r = rest
    .replace(/\(\s*(?:[–—-]|to|from|until)?\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  r = r.replace(FILLER, '').trim();
  r = r.replace(/^\((.*)\)$/, '$1').trim();
  // "all – on Teams", "both, via Teams", "all Wednesdays, Teams": words about the dates, not the place.
  r = r.replace(/^(?:[\s,.;:·–—-]|\b(?:at|from|to|until|and|all|both|(?:all\s+)?(?:on\s+)?(?:mon|tues|wednes|thurs|fri)days)\b)+/i, '').replace(/[\s,.;:·–—-]+$/, '').trim();
  r = r.replace(/^\((.*)\)$/, '$1').trim();
  if (!r) return { location: null, note: null };
  // "will be a development session at Wyecombe Teachers’ Centre"
  const prose = /^(?:will\s+be|is)\s+(?:an?\s+)?(.+?)\s+(?:at|in)\s+(?:the\s+)?(\p{Lu}.+)$/u.exec(r);
  if (prose) return { location: prose[2]!, note: prose[1]! };
  // "Hounslow House – face to face, with lunch", "Westmere House (in person)", "hybrid, Tamsey House": the place is one part, the rest is a note.
  for (const m of r.matchAll(/(?:^|\s+[–—-]\s+|\s*\(\s*|^(?:hybrid|online|in person|face to face|virtual)\s*,\s*)([^()–—]+?)(?=\s+[–—-]\s+|\s*[()]|$)/gi)) {
    const part = m[1]!.replace(/^[\s,;:]+|[\s,;:]+$/g, '');
    const online = /^(?:via|on|using|by)\s+((?:microsoft\s+|ms\s+)?teams|zoom|webex|google meet)$/i.exec(part);
    const at = /^(?:at|in|venue:?)\s+(?:the\s+)?(.+)$/i.exec(part);
    const place = online?.[1] ?? (at && VENUE.test(at[1]!) ? at[1]! : VENUE.test(part) && !/\bconfirm|\btbc\b|\btba\b|seminar|workshop|cancel|session|online|hybrid/i.test(part) ? part.replace(/^the\s+/, '') : null);
    if (!place) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const note = (r.slice(0, m.index) + r.slice(start + m[1]!.length)).replace(/\(\s*\)/g, '').replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').replace(/^\((.*)\)$/, '$1').trim();
    return { location: place, note: note || null };
  }
  return { location: null, note: r };
}

/** The place written after a meeting's date and time, if the words name one. */
export function meetingPlace(rest: string): string | null {
  return placeOrNote(withoutTimes(rest)).location;
}

/** Removes the written times ("(2pm – 4pm)", "at 9.30 am") from a line. */
function withoutTimes(s: string): string {
  let out = s;
  for (const t of findTimes(s).reverse()) out = out.slice(0, t.index) + ' ' + out.slice(t.end);
  return out.replace(/(?:^|\s)(?:–|—|-|to|until|from|at)(?=\s*(?:[)\],;]|$))/gi, ' ');
}

const NOT_A_MEETING = /\b(?:by|deadline|due|before|until|from|starting|beginning|w\/c|closes?|closing)\b[^.;]{0,20}$|\b(?:papers?|reports?|submissions?)(?:\s+(?:to|in|due|deadline))?\s*[:–—-]?\s*$/i;

/** Prose that says when the group meets next: "The next meeting of the Board is on …", "Future meetings will be held on …". */
export const NEXT_MEETING_PROSE =
  /(?<!\b(?:by|at|to|for|until|before|from|after|since)\s+(?:the\s+)?)\bnext\s+(?:[\w-]+\s+){0,3}meeting\b|\b(?:future|forthcoming|remaining)\s+meetings?\b|\bmeetings?\s+(?:dates\s+)?(?:for|in)\s+20\d\d\b|\bmeeting\s+dates\b/i;

/** Meetings written on one line or paragraph: "Thursday 17 January (2pm – 4pm) – Seminar, to be confirmed". */
export function meetingsInText(rawText: string, allCells: string[], meetingIso: string, title = ''): NextMeeting[] {
  const text = withoutLeadIn(rawText);
  // "20.1<TAB>Wednesday 10 September …": a paragraph number is not a column of the meeting.
  const cells = allCells.filter((c, i) => !(i === 0 && /^(?:\d+(?:\.\d+)*[.)]?|•)$/.test(c.trim())));
  // "Thursday 12 March (papers by 2 March)": a deadline beside a meeting is not another meeting.
  const dates = findDates(text, meetingIso).filter((d) => d.iso > meetingIso && !NOT_A_MEETING.test(text.slice(Math.max(0, d.index - 30), d.index)) && !elsewhere(text, d.index, title));
  if (dates.length === 0) return [];
  if (cells.length > 1 && dates.length === 1) {
    const times = cells.filter((c) => findTimes(c).length && findDates(c, meetingIso).length === 0);
    const dateCell = cells.find((c) => findDates(c, meetingIso).length) ?? '';
    const span = timeRange(times.join(' – ') || dateCell);
    const others = cells.filter((c) => c !== dateCell && !times.includes(c));
    const rest = placeOrNote(withoutTimes(dateCell.replace(dates[0]!.text, ' ')));
    const place = others.find((c) => VENUE.test(c)) ?? null;
    const note = others.find((c) => c !== place) ?? rest.note;
    return [{ date: dates[0]!.iso, ...span, location: place ?? rest.location, note: note ?? null }];
  }
  const found = dates.map((d, i) => {
    // A date's words run to the next date or the end of its sentence; a later sentence's opening words go with its date.
    const after = text.slice(d.index + d.text.length, dates[i + 1]?.index ?? text.length);
    const stop = /[.!?](?:\s+|$)(?=\p{Lu}|$)/u.exec(after);
    const seg = stop ? after.slice(0, stop.index) : after;
    const from = i === 0 ? 0 : (() => {
      const prior = text.slice(dates[i - 1]!.index + dates[i - 1]!.text.length, d.index);
      const end = /[.!?]\s+(?=\p{Lu})/u.exec(prior);
      return end ? dates[i - 1]!.index + dates[i - 1]!.text.length + end.index + end[0].length : d.index;
    })();
    const before = text.slice(from, d.index);
    const span = timeRange(seg);
    // "Extraordinary meeting (yearly report sign-off): Wednesday 16 July …": the words before the colon say what it is.
    const label = /^\s*(\S.*?)\s*:\s*$/.exec(before);
    const where = label && !FILLER.test(label[1]!) ? { ...placeOrNote(withoutTimes(seg)), note: label[1]! } : placeOrNote(`${before} ${withoutTimes(seg)}`);
    return { date: d.iso, ...span, ...where, bare: /^[\s,;·|/]*(?:and|&)?[\s,;·|/]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,]*$/i.test(seg) };
  });
  // "Wednesday 9 July 2025 and Wednesday 14 January 2026, 13:00 – 15:00": what follows the last date is every date's.
  const last = found[found.length - 1]!;
  const shared = found.length > 1 && found.slice(0, -1).every((m) => m.bare);
  return found.map(({ bare: _, ...m }) => (shared && last.start ? { ...m, start: last.start, end: last.end, location: m.location ?? last.location } : m));
}

/**
 * Whether the date at `at` belongs to another event or body, by the words of its own sentence:
 * "Practitioner conference: Wednesday 3 June", "The regional CDOP learning day is on …",
 * "The Corporate Parenting Board will meet on …" (unless that board is the one minuted).
 */
function elsewhere(text: string, at: number, title: string): boolean {
  const opening = text.slice(0, at).search(/(?:[.!?]\s+|\()(?=[^.!?(]*$)/);
  const prefix = text.slice(opening < 0 ? 0 : opening, at);
  if (OTHER_EVENT.test(prefix) && !/\bmeetings?\b|\bsession\b|\bdevelopment\b/i.test(prefix)) return true;
  // "Stenmoor Safeguarding Children Partnership Executive: Tuesday 29 September" in a list of this body's dates.
  const body = OTHER_BODY.exec(prefix) ?? /^\s*((?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:Board|Partnership|Committee|Panel|Group|Forum|Council|Network|Executive))\s*(?:[:–—]|\s-)\s*$/u.exec(prefix.replace(/^[•\s]+/, ''));
  if (!body) return false;
  const ours = new Set(title.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  return !(body[1]!.toLowerCase().match(/[\p{L}]+/gu) ?? []).every((w) => ours.has(w) || /^(?:the|of|and)$/.test(w));
}
const OTHER_BODY = /\b((?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:Board|Body|Partnership|Committee|Panel|Group|Forum|Council|Network|Executive))\b[^.]*?\b(?:will\s+(?:next\s+)?meet|(?:next\s+)?meets|is\s+meeting)\b/u;

const OTHER_EVENT = /\b(?:(?:learning|training|awareness|launch|networking|celebration)\s+(?:event|day)|conference|training|course|launch|awards?|celebration|festival|roadshow|webinar|briefing|fair|exhibition|open day|summit|lecture)\b/i;

/** "All meetings 10.00 – 12.30, Committee Room 3, unless stated": the time and place every date below shares. */
export function sharedMeetingLine(text: string): Pick<NextMeeting, 'start' | 'end' | 'location'> | null {
  if (findDates(text, '2000-01-01').length) return null;
  // "Future meetings – 10.00am to 12.00pm, Civic Offices, Room 2.14": a heading that gives them too.
  const heading = NEXT_MEETINGS_HEADING.exec(text);
  const after = heading && heading.index < 3 ? /^[^–—:(-]*[–—:(-]\s*(.+)$/.exec(text.slice(heading.index + heading[0].length)) : null;
  if (after && findTimes(after[1]!).length) text = after[1]!.replace(/\)\s*:?\s*$/, '');
  else if (!/^(?:all|each|every)\s+(?:other\s+)?(?:meetings?|on\s+\w+days)\b|\bunless\s+(?:otherwise\s+)?(?:stated|shown|noted|indicated)\b/i.test(text)) return null;
  const rest = text
    .replace(/^(?:all|each|every)\s+(?:other\s+)?(?:meetings?|on\s+\w+days)[\s,]+(?:(?:will|are to|to)\s+)?(?:be\s+)?(?:held\s+)?(?:(?:from|at)\s+)?/i, '')
    .replace(/[\s:.]+$/, '')
    .replace(/[,(]?\s*\bunless\s+(?:otherwise\s+)?(?:stated|shown|noted|indicated)\b.*$/i, '');
  const span = timeRange(rest);
  const { location } = placeOrNote(withoutTimes(rest));
  return span.start || location ? { ...span, location } : null;
}

/** The shared time and place, for dates whose own entry does not say otherwise. */
export function withShared(m: NextMeeting, shared: Pick<NextMeeting, 'start' | 'end' | 'location'> | null): NextMeeting {
  if (!shared) return m;
  const ownTime = m.start !== null;
  const placeUnknown = m.note !== null && /\b(?:venue|location)\b.*\b(?:confirm|tbc)/i.test(m.note);
  return { ...m, start: ownTime ? m.start : shared.start, end: ownTime ? m.end : shared.end, location: m.location ?? (placeUnknown ? null : shared.location) };
}

export function meetingsFromTable(table: Table, meetingIso: string): NextMeeting[] {
  const out: NextMeeting[] = [];
  for (const row of table.rows) {
    const date = findDates(cell(row, table, 'date'), meetingIso)[0];
    if (!date) continue;
    const time = timeRange(cell(row, table, 'time'));
    const start = findTimes(cell(row, table, 'start'))[0]?.hhmm ?? time.start;
    const end = findTimes(cell(row, table, 'end'))[0]?.hhmm ?? time.end;
    out.push({ date: date.iso, start, end, location: cell(row, table, 'location') || null, note: cell(row, table, 'note') || null });
  }
  return out;
}
