import type { Apology, Attendee } from './types.ts';
import type { Line } from './lines.ts';
import { sentences } from './actions.ts';
import { type PersonEntry, endsWithTitle, initialsFit, isOrgLike, isRoleLike, looksLikeInitials, looksLikePersonName, parsePersonEntry } from './people.ts';

export const PRESENT_HEADING =
  /^(?:(?:members\s+|officers\s+)?present(?:\s+were)?|(?:other\s+)?attendees|attendance|attended(?:\s+by)?|(?:officers\s+)?in attendance|(?:(?:board|panel|group|committee|partnership|co-?opted|independent|voting|non-voting|lay|other|elected)\s+)?(?:members?|councillors|representatives|partners|governors|trustees|directors)(?:\s+present)?|(?:[a-z-]+\s+){1,2}present|(?:other|guest|external|additional|invited)\s+attendees|also\s+(?:present|in attendance|attending)|those present|attending|participants|(?:invited\s+)?guests?|observers?|officers(?:\s+present)?|(?:facilitators?|speakers?|presenters?)(?:\s+(?:and|&)\s+(?:facilitators?|speakers?|presenters?))?)\b(?:\s+(?:for|at)\s+(?:agenda\s+)?(?:items?|minutes?)\s+[\d.,&\s–-]*(?:and\s+\d+)?)?(?:\s*(?:[:–—-]|\t)\s*|\s*$)([\s\S]*)$/i;
export const APOLOGIES_HEADING =
  /^(?:apologies(?:\s+for\s+absence)?(?:\s+(?:were|had been)\s+(?:received|given|noted|sent)(?:\s+and\s+(?:accepted|noted))?)?(?:\s+(?:from|by))?|apologies received(?:\s+from)?|absent\s+with\s+apologies)\b(?:\s*(?:[:–—-]|\t)\s*|\s*$|\s+(?=[A-Z]))([\s\S]*)$/i;
/** Members who were absent without apologies: neither present nor apologies, so left out. */
export const ABSENT_HEADING = /^(?:absent(?!\s+with\s+apolog)|not present|absentees|did not attend|non-attendance)\b(?:\s*(?:[:–—-]|\t)\s*|\s*$)([\s\S]*)$/i;

/** "Minutes: Ellen Park", "Note taker – …": the person taking the notes, who is present. */
export const NOTE_TAKER = /^(minutes|minute[- ]?taker|minutes taken by|note[- ]?taker|notes taken by|notes|clerk|recorder)\s*(?:[:–—-]|\t)\s*(\S[\s\S]*)$/i;
export const LEGEND = /^([*†‡#^+]+)\s*(?:=|–|—|-|:|denotes|indicates)?\s*(.+)$/;

const DASHED = /^[^()]*?\S\s*(?:[–—]|\s-\s)\s*\S/;

/** A trailing phrase that is about the attendance, not the person: "for minute 23". */
const ATTENDANCE_NOTE = /\s+(?:for|during|from|until)\s+(?:minutes?|items?|agenda items?|part(?:\s+of\s+the\s+meeting)?|the\s+(?:first|second|last)\b)[^,;()]*$/i;

// "… Brian Lock and from Fiona Gale": "and" between people, with the sentence's "from" repeated.
const AND_NEXT = /^ and (?:from )?(?=[A-Z])/;

/**
 * Splits attendance text into entries: on commas, semicolons, cell and paragraph breaks and
 * "and" outside brackets. A fragment that is not a person ("Chelsea" in "Kensington and
 * Chelsea", "(Kensington and Chelsea)*" on its own line) belongs to the entry before it.
 */
export function splitEntries(rawText: string, kind: 'present' | 'apology'): PersonEntry[] {
  const columns = columnEntries(rawText, kind);
  if (columns) return columns;
  // "… from Cllr Fenn and Cllr Yeo. There were no substitutions.": later sentences are not names.
  const text = rawText
    .split('\n')
    .map((line) => {
      const spans = sentences(line);
      const keep = spans.findIndex((sp, k) => k > 0 && !startsWithName(line.slice(sp.start)));
      return keep > 0 ? line.slice(0, spans[keep]!.start).trim() : line;
    })
    .join('\n');
  // "Imogen Tate, Elmscote Foodbank" a line at a time, most lines naming a body or a job after the comma: one person a line.
  const rows = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const personPerLine =
    rows.length >= 3 &&
    rows.every((l) => /,/.test(l) && !/;|\band\s+\p{Lu}/u.test(l) && startsWithName(l)) &&
    rows.filter((l) => isOrgLike(l.split(',')[1]!.replace(/\(.*$/, '').trim()) || isRoleLike(l.split(',')[1]!.trim())).length * 2 >= rows.length;
  if (personPerLine) return rows.map((l) => parsePersonEntry(l.replace(ATTENDANCE_NOTE, ''), kind, { startsLine: true })).filter((e): e is PersonEntry => e !== null);
  const fragments: { sep: string; text: string }[] = [];
  let depth = 0;
  let start = 0;
  let sep = '';
  const push = (end: number, nextSep: string, skip: number): void => {
    fragments.push({ sep, text: text.slice(start, end) });
    sep = nextSep;
    start = end + skip;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // A bulleted line is one person: its commas separate role and organisation, not people.
    if (ch === '•' && (i === 0 || text[i - 1] === '\n')) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      if (startsWithName(text.slice(i + 1, stop).trim())) {
        if (i > start) push(i, '\n', 0);
        push(stop, '\n', 1);
        i = stop;
        continue;
      }
    }
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n' || ch === '\t')) push(i, ch === '\t' ? '\n' : ch === ',' ? ', ' : ch, 1);
    // "Head of Inclusion and Alternative Provision": "and" inside a job's subject joins no people.
    // …nor does "Westmarch Fire and Rescue Service".
    else if (depth === 0 && ch === ' ' && AND_NEXT.test(text.slice(i, i + 11)) && !/\b(?:of|for)\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3}$/u.test(text.slice(start, i)) && !isOrgLike(text.slice(i + 5).split(/[,;\n(]/)[0]!))
      push(i, ' and ', AND_NEXT.exec(text.slice(i, i + 11))![0].length);
  }
  push(text.length, '', 0);
  const entries: { raw: string; entry: PersonEntry | null }[] = [];
  for (const f of fragments) {
    const t = f.text.trim();
    if (!t) continue;
    const last = entries[entries.length - 1];
    // "Leon Daniels – Haringey Council, Youth Justice Service": after a dash, a plain part is more of the organisation.
    const continuesDash = !!last && (f.sep === ', ' || f.sep === ' and ') && DASHED.test(last.raw.replace(/\([^()]*\)/g, '')) && !/[)\]]$/.test(last.raw) && !/[–—(]|\s-\s/.test(t);
    // "Dr Ruth Iley (Named GP) and 7 schools": what follows a lower-case "and" is not a person.
    const person = t.replace(ATTENDANCE_NOTE, '').replace(/\s+and\s+(?=[\p{Ll}\d])[^()]*$/u, '');
    const entry = continuesDash ? null : parsePersonEntry(person, kind, { startsLine: f.sep === '' || f.sep === '\n' });
    if (!entry && last) {
      const joined = `${last.raw}${f.sep === '\n' ? ' ' : f.sep}${t}`;
      entries[entries.length - 1] = { raw: joined, entry: parsePersonEntry(joined.replace(ATTENDANCE_NOTE, ''), kind) ?? last.entry };
    } else entries.push({ raw: t, entry });
  }
  return entries.map((e) => e.entry).filter((e): e is PersonEntry => e !== null);
}

/**
 * A list laid out in columns without a header ("Dr Vikram Rao<TAB>Designated Doctor, SWL ICB"):
 * every line starts with a name cell and the other cells describe that person.
 */
function columnEntries(text: string, kind: 'present' | 'apology'): PersonEntry[] | null {
  const rows = text.split('\n').map((l) => l.split('\t').map((c) => c.trim()));
  if (rows.length < 2 || rows.some((r) => r.length < 2)) return null;
  if (!rows.every((r) => looksLikePersonName(r[0]!.replace(/\s*\([^()]*\)\s*$/, '')))) return null;
  // Several people side by side ("Name (Org)<TAB>Name – Org") are not one person's columns.
  const personCells = rows.flatMap((r) => r.slice(1)).filter((c) => startsWithName(c) || looksLikePersonName(c));
  if (personCells.length > rows.length / 3) return null;
  const out: PersonEntry[] = [];
  for (const r of rows) {
    const rest = r.slice(1).filter((c) => c !== '' && !/^[-–—]$/.test(c));
    const entry = parsePersonEntry(rest.length ? `${r[0]}, ${rest.join(', ')}` : r[0]!, kind);
    if (entry) out.push(entry);
  }
  return out;
}

export interface Attendance {
  attendees: Attendee[];
  apologies: Apology[];
  /** initials → everyone declared with them (usually one person) */
  initials: Map<string, string[]>;
  /** marker ("*") → what the legend says it means */
  legends: Map<string, string>;
  /** the attendee marked as chairing ("(Chair)", a Role cell "Chair") */
  chair: string | null;
}

export function declareInitials(att: Attendance, initials: string, name: string): void {
  const names = att.initials.get(initials) ?? [];
  if (!names.includes(name)) att.initials.set(initials, [...names, name]);
}

export function emptyAttendance(): Attendance {
  return { attendees: [], apologies: [], initials: new Map(), legends: new Map(), chair: null };
}

export function addEntries(att: Attendance, entries: PersonEntry[], kind: 'present' | 'apology', marks: Map<string, PersonEntry[]>): void {
  for (const e of entries) {
    if (e.initials) declareInitials(att, e.initials, e.name);
    // "Sarah Gerrard (SGe)": a bracketed part that is the person's initials is not an organisation.
    for (const key of ['organisation', 'role'] as const) {
      const v = e[key];
      if (v && looksLikeInitials(v) && initialsFit(v, e.name)) {
        declareInitials(att, v, e.name);
        e[key] = null;
      }
    }
    // "Jane Smith (apologies)" in a list of members: she sent apologies.
    if (kind === 'apology' || e.apologies) {
      if (!att.apologies.some((a) => a.name === e.name)) att.apologies.push({ name: e.name, organisation: e.organisation });
      continue;
    }
    if (e.chairs) att.chair ??= e.name;
    if (att.attendees.some((a) => a.name === e.name)) continue;
    att.attendees.push({ name: e.name, organisation: e.organisation, representing: e.representing, role: e.role });
    if (e.marker) marks.set(e.marker, [...(marks.get(e.marker) ?? []), e]);
  }
}

/** Collects the lines of an attendance list that starts at `from` (the heading line). */
export function sectionText(lines: Line[], from: number, firstValue: string, stop: (l: Line) => boolean): { text: string; to: number } {
  let text = firstValue;
  let j = from + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text === '') {
      if (text.trim() === '') continue;
      break;
    }
    if (stop(line) || LEGEND.test(line.text)) break;
    if (line.para && text.trim() !== '' && splitEntries(line.text, 'present').length === 0) break;
    const joiner = text === '' ? '' : line.para || line.cells.length > 1 || startsEntry(text, line.text) ? '\n' : ' ';
    text += joiner + line.cells.filter((c) => c !== '').join('\t');
  }
  return { text, to: j };
}

/**
 * Whether a wrapped line starts a new attendance entry rather than continuing the one before:
 * a bullet, or a full name after a complete entry (not after "and", an open bracket, or a
 * first name left at the end of the line above).
 */
function startsEntry(before: string, line: string): boolean {
  if (/^•/.test(line)) return true;
  const depth = (before.match(/[([]/g)?.length ?? 0) - (before.match(/[)\]]/g)?.length ?? 0);
  // "…; Dr" at the end of a line: the title of the name on the next.
  if (depth > 0 || /(?:\b(?:and|of|for|the)|[&–—-])\s*$/i.test(before) || endsWithTitle(before)) return false;
  return startsWithName(line);
}

export function startsWithName(text: string): boolean {
  const head = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?\p{Lu}[\p{L}'’-]+)\s*(?:[,(–—\t-]|\band\b|$)/u.exec(text);
  if (head && looksLikePersonName(head[1]!)) return true;
  // "Dr Tom Reid Designated Doctor, …": a name run together with what follows it.
  const words = text.split(/\s+/).slice(0, 6);
  for (let k = 2; k <= words.length; k++) if (looksLikePersonName(words.slice(0, k).join(' ')) && /^[\p{Lu}(]/u.test(words[k] ?? 'X')) return parsePersonEntry(text, 'present') !== null;
  return false;
}

/** "* = representing the LSCB Chair" → representing "LSCB Chair" for everyone marked "*". */
export function applyLegends(att: Attendance, marks: Map<string, PersonEntry[]>): void {
  for (const [marker, meaning] of att.legends) {
    const rep = /\b(?:representing|on behalf of|deputising for|substituting for)\s+(?:the\s+)?(.+?)\.?$/i.exec(meaning);
    if (!rep) continue;
    for (const e of marks.get(marker) ?? []) {
      const a = att.attendees.find((x) => x.name === e.name);
      if (a && !a.representing) a.representing = rep[1]!.trim();
    }
  }
}
