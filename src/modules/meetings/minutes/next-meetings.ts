import type { NextMeeting } from './types.ts';
import { type Table, cell } from './tables.ts';
import { findDates, findTimes, timeRange } from './dates.ts';
import { withoutLeadIn } from './actions.ts';

export const NEXT_MEETINGS_HEADING =
  /^(?:the\s+)?(?:next|future|forthcoming|remaining)\s+(?:meeting|forum|board|panel|group|session|network)s?\s+dates\b|\bdates?\s+(?:of|for)\s+(?:the\s+)?(?:next|coming|following)\s+(?:(?:academic\s+)?year['’]s|term['’]s)\s+(?:meetings?|forums?|sessions?|boards?|panels?)\b|\b(?:dates?|times?)\s+(?:(?:and|&)\s+(?:times?|venues?)\s+)?(?:of|for)\s+(?:the\s+)?(?:next|future|forthcoming|further|remaining)\s+meetings?\b|^(?:the\s+)?(?:next|future|forthcoming)\s+meetings?\b|\b(?:future|forthcoming)\s+meeting\s+dates\b|^(?:20\d\d\s+)?meeting\s+dates\b|\bdates\s+(?:of|for)\s+(?:the\s+)?(?:20\d\d(?:\/\d\d)?\s+)?meetings\b|\bdates\s+for\s+(?:20\d\d|future|next)|\bmeetings\s+(?:(?:in|for|during)\s+)?20\d\d\b|^schedule\s+of\s+meetings\b|\bdates\s+of\s+(?:\w+\s+){1,2}meetings\b|^(?:future|forthcoming)\s+(?:meeting\s+)?dates\b|^(?:meeting\s+)?dates\s+for\s+(?:the\s+)?(?:(?:rest|remainder)\s+of\s+(?:the\s+)?(?:\w+\s+)?year|coming\s+year|year\s+ahead|new\s+year)\b/i;

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
  // "A Board development session will be held on …": the words before "will be held" say what it is.
  r = r.replace(/^(?:[Aa]n?|[Tt]he)\s+(?:\p{Lu}[\p{L}’'-]*\s+)*(\p{Ll}.*?)\s+(?:will|is to|is)\s+(?:be\s+)?(?:held|take place)\b(?:\s+on\b)?/u, '$1, ');
  // "online via Teams": online is the note, Teams the place.
  r = r.replace(/\b(online|hybrid|virtual)\s+(?:via|on|using)\s+((?:microsoft\s+|ms\s+)?teams|zoom|webex)\b/i, '$1, $2');
  // "February 2026 (date TBC)": a month without a day is no meeting's note; "unless we say otherwise" qualifies the place.
  r = r.replace(MONTH_ONLY, ' ').replace(/\s+unless\b.*$|[,\s]+then$/i, '').trim();
  r = r.replace(/^\((.*)\)$/, '$1').trim();
  // "all – on Teams", "both, via Teams", "all Wednesdays, Teams": words about the dates, not the place.
  r = r.replace(/^(?:[\s,.;:·–—-]|\b(?:at|from|to|until|and|all|both|each|(?:all\s+)?(?:on\s+)?(?:mon|tues|wednes|thurs|fri)days)\b)+/i, '').replace(/[\s,.;:·–—-]+$/, '').trim();
  r = r.replace(/^\((.*)\)$/, '$1').trim();
  if (!r) return { location: null, note: null };
  // "will be a development session at Wyecombe Teachers’ Centre"
  const prose = /^(?:will\s+be|is)\s+(?:an?\s+)?(.+?)\s+(?:at|in)\s+(?:the\s+)?(\p{Lu}.+)$/u.exec(r);
  if (prose) return { location: prose[2]!, note: prose[1]! };
  // "Hounslow House – face to face, with lunch", "Room 4, Marlowfield House – development session", "Online (Teams)":
  // each part between dashes, brackets and commas is the place or says something about the meeting.
  const parts = r.split(/(\s+[–—-]\s+|\s*[()]\s*|\s*[,;]\s+)/);
  const places: string[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const place = partPlace(parts[k]!.trim());
    if (place === undefined) continue;
    if (place) places.push(place);
    parts[k] = '';
  }
  const note = parts
    .join('')
    .replace(/\(\s*(?:[,;–—-]\s*)*\)/g, ' ')
    .replace(/(?:\s*[,;–—-](?=\s|$)\s*){2,}/g, ', ')
    .replace(/\(\s*[,;]\s*/g, '(')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^([^()]*)\)$/, '$1')
    .trim();
  return { location: places.join(', ') || null, note: note || null };
}

const MONTH_ONLY = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+20\d\d\b\s*(?:\([^)]*\))?/gi;
// Words that say what kind of meeting it is or that its place is not settled: never the place itself.
const NOTE_WORDS = /\b(?:tbc|tba|to be (?:confirmed|arranged|agreed)|confirm\w*|online|hybrid|in person|face to face|virtual|development|extraordinary|joint|cancel\w*|provisional|postponed|rescheduled|session|away ?day|development day|workshop|seminar|agm|annual|meeting|day)\b/i;
// "Kettlewick Professional Development Centre" is a place; "development day" is not.
const UNSETTLED = /\b(?:tbc|tba|to be (?:confirmed|arranged|agreed)|confirm\w*|online|hybrid|in person|face to face|virtual|development (?:day|session|event|meeting)|extraordinary|joint|cancel\w*|provisional|postponed|rescheduled|session)\b/i;

/**
 * The place a part of a meeting line names ("via Teams" is Teams), "" for words to drop
 * ("of the Panel will be held on"), or undefined when the part is a note.
 */
function partPlace(part: string): string | undefined {
  if (!part) return undefined;
  // "Boardroom, and MS Teams": the place as written, its "and" kept.
  const and = /^(?:and|&)\s+(\S.*)$/.exec(part);
  if (and) return partPlace(and[1]!) ? part : undefined;
  const online = /^(?:(?:via|on|using|by)\s+)?((?:microsoft\s+|ms\s+)?teams|zoom|webex|google meet)$/i.exec(part);
  if (online) return online[1]!;
  // "each at in the Council Chamber", "of the Committee will be held on at in the Council Chamber": prose around the place.
  const inProse = /^(?:each|all|both|of|which|and)\b|\b(?:held|be|is|are|will)\b/.test(part) ? /^[a-z].*?\b(?:at|in)\s+(?:the\s+)?(\p{Lu}[^]*)$/u.exec(part) : null;
  if (inProse) return inProse[1]!;
  const at = /^(?:at|in|venue:?)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(part);
  if (at) return at[1]!;
  // "would be held on", "Next business meeting", "The Full Governing Body meets on": words about the date, not a note.
  if (/\b(?:held|take place|meets?|will meet)\s+on\b|\bbe\s+held\b|^(?:next|further|future|remaining|other)\b.*\b(?:meetings?|dates)\b|^same\s+(?:time|place|venue)\b|\bmeetings\s+20\d\d/i.test(part) || NEXT_MEETINGS_HEADING.test(part)) return '';
  if (!/^[\p{Lu}\d]/u.test(part)) return undefined;
  // "Sallowby Community Hub" names a place in capitals; "Youth Justice Plan sign-off" says what the meeting is for.
  const titleCase = part.split(/\s+/).every((w) => /^[\p{Lu}\d&(]|^(?:of|and|the|for|on|at|de|upon)$/u.test(w));
  return (VENUE.test(part) ? !UNSETTLED.test(part) : titleCase && !NOTE_WORDS.test(part)) ? part.replace(/^the\s+/, '') : undefined;
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

// "last modified on 21 Nov 2025": a page's own dates are no meetings either.
const NOT_A_MEETING = /\b(?:modified|updated|edited|created|published|printed|saved|sent)(?:\s+on)?\s*$|\b(?:by|deadline|due|before|until|from|starting|beginning|w\/c|closes?|closing)\b[^.;]{0,20}$|\b(?:papers?|reports?|submissions?)(?:\s+(?:to|in|due|deadline))?\s*[:–—-]?\s*$/i;

/** Prose that says when the group meets next: "The next meeting of the Board is on …", "Future meetings will be held on …". */
export const NEXT_MEETING_PROSE =
  /(?<!\b(?:by|at|to|for|until|before|from|after|since)\s+(?:the\s+)?)\bnext\s+(?:[\w-]+\s+){0,3}meeting\b|\b(?:future|forthcoming|remaining)\s+meetings?\b|\bmeetings?\s+(?:dates\s+)?(?:for|in)\s+20\d\d\b|\bmeeting\s+dates\b/i;

/** Meetings written on one line or paragraph: "Thursday 17 January (2pm – 4pm) – Seminar, to be confirmed". */
export function meetingsInText(rawText: string, allCells: string[], meetingIso: string, title = '', prior: NextMeeting | null = null): NextMeeting[] {
  const found = datedMeetings(rawText, allCells, meetingIso, title);
  if (!found.length) return found;
  // "All Tuesdays, 10:00 – 11:30, on Teams: 10 March, 12 May", "…, each at 6.30 pm in Committee Room 1: …": the words before the dates give them all their time and place.
  const text = withoutLeadIn(rawText);
  const before = text.slice(0, findDates(text, meetingIso).find((d) => d.iso === found[0]!.date)?.index ?? 0);
  const lead = /\S\s*:\s*$/.test(before) ? before.replace(/\s*:\s*$/, '').split(/(?<=[.!?])\s+/).at(-1) : undefined;
  const span = lead ? timeRange(lead) : { start: null, end: null };
  const place = lead ? placeOrNote(withoutTimes(lead)).location : null;
  // "Further dates (same time and place): …": the time and place of the date before them.
  const same: Partial<NextMeeting> = prior && /\bsame\s+(?:time|place|venue)\b/i.test(text) ? sameAs(text, prior) : {};
  const time = span.start ? span : same.start ? { start: same.start, end: same.end ?? null } : null;
  return found.map((m) => ({ ...m, ...(!m.start && time), location: m.location ?? place ?? same.location ?? null }));
}

function datedMeetings(rawText: string, allCells: string[], meetingIso: string, title: string): NextMeeting[] {
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
    // "Online (Teams)" in a cell of its own: a note and a place.
    const read = others.map((c) => placeOrNote(c));
    const location = read.find((r) => r.location)?.location ?? rest.location;
    const note = read.map((r) => r.note).filter(Boolean).join(', ') || rest.note;
    return [{ date: dates[0]!.iso, ...span, location, note }];
  }
  let previous: NextMeeting | null = null;
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
    const labelNote = label && !FILLER.test(label[1]!) && !findTimes(label[1]!).length && !placeOrNote(label[1]!).location && !/\bdates?\b|\bsame\s+(?:time|place|venue)\b/i.test(label[1]!);
    const where = labelNote ? { ...placeOrNote(withoutTimes(seg)), note: label![1]! } : label ? placeOrNote(withoutTimes(seg)) : placeOrNote(`${before} ${withoutTimes(seg)}`);
    // "21 May 2026 – spring practitioner learning event, Conference Centre": another event, named after its date.
    if (where.note && OTHER_EVENT.test(where.note) && !/\bmeetings?\b|\bsession\b|\bdevelopment\b|\bAGM\b/i.test(where.note)) return null;
    // "then Tuesday 2 September at the same time and place": the previous date's.
    const same = i > 0 && /\bsame\s+(?:time|place|venue)\b/i.test(seg) ? sameAs(seg, previous!) : null;
    previous = { date: d.iso, ...span, ...where };
    if (same) Object.assign(previous, same);
    return { ...previous, bare: /^[\s,;·|/]*(?:and|&)?[\s,;·|/]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,]*$/i.test(seg) };
  });
  // "Wednesday 9 July 2025 and Wednesday 14 January 2026, 13:00 – 15:00": what follows the last date is every date's.
  const meetings = found.filter((m) => m !== null);
  if (!meetings.length) return [];
  const last = meetings[meetings.length - 1]!;
  const shared = meetings.length > 1 && meetings.slice(0, -1).every((m) => m.bare);
  return meetings.map(({ bare: _, ...m }) => (shared && last.start ? { ...m, start: last.start, end: last.end, location: m.location ?? last.location } : m));
}

function sameAs(seg: string, prior: NextMeeting): Partial<NextMeeting> {
  const time = /\bsame\s+time\b/i.test(seg) ? { start: prior.start, end: prior.end } : {};
  const place = /\bsame\s+(?:time\s+and\s+)?(?:place|venue)\b/i.test(seg) ? { location: prior.location } : {};
  return { ...time, ...place, note: null };
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
  // "8.1<TAB>All on Wednesdays, …": a paragraph number is not part of it.
  text = text.replace(/^\d+(?:\.\d+)*[.)]?\s+/, '');
  // "Future meetings – 10.00am to 12.00pm, Civic Offices, Room 2.14", "Future meetings in 2026, all 09:30 – 11:30, Boardroom": a heading that gives them too.
  const heading = NEXT_MEETINGS_HEADING.exec(text);
  const after = heading && heading.index < 3 ? text.slice(heading.index + heading[0].length).replace(/^[^–—:(,-]*[–—:(,-]\s*/, '') : null;
  if (after && findTimes(after).length) text = after.replace(/\)\s*:?\s*$/, '');
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
    // "Brackenfield Racecourse – joint development day", "Online (Teams)", "TBC" in the Venue column: a place and a note.
    const where = placeOrNote(cell(row, table, 'location'));
    const note = [where.note, cell(row, table, 'note')].filter(Boolean).join(', ') || null;
    out.push({ date: date.iso, start, end, location: where.location, note });
  }
  return out;
}
