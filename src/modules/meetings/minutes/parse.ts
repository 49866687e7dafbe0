import type { NextMeeting, ParsedMinutes } from './types.ts';
import { MinutesFileError } from './types.ts';
import { type Line, textToLines } from './lines.ts';
import { dateWithoutYear, findDates, findTimes, timeRange, withDateCache } from './dates.ts';
import { findTables } from './tables.ts';
import { expandMinutesTables, splitHeadingBreaks } from './table-minutes.ts';
import { ABSENT_HEADING, APOLOGIES_HEADING, LEGEND, NOTE_TAKER, PRESENT_HEADING, addEntries, applyLegends, emptyAttendance, sectionText, splitEntries } from './attendance.ts';
import { attendanceColumns, tableEntries } from './attendance-tables.ts';
import { type PersonEntry, parsePersonEntry, withoutTitle } from './people.ts';
import { closingTime, fromHeldSentence, isBanner, isGenericLead, isHeadingLike, labelOf, meetingName, parseChair, titleFrom } from './header.ts';
import { meetingPlace } from './next-meetings.ts';
import { blocksOf, itemHeading } from './items.ts';
import { People, mentionedNames } from './owners.ts';
import { readBody, type BodyResult } from './body.ts';

/** Parses minutes from plain text or Markdown. */
export function parseMinutesText(text: string, opts: { fileName?: string } = {}): ParsedMinutes {
  return parseMinutesLines(textToLines(text), opts.fileName ?? 'the text');
}

/** The rules shared by every format, run over lines and table rows. */
export function parseMinutesLines(rawLines: Line[], fileName: string): ParsedMinutes {
  return withDateCache(() => readMinutes(rawLines, fileName));
}

function readMinutes(rawLines: Line[], fileName: string): ParsedMinutes {
  if (rawLines.every((l) => l.text === '')) throw new MinutesFileError(fileName, 'is empty: there is no text in it');
  const lines = splitHeadingBreaks(expandMinutesTables(rawLines));
  const tables = findTables(lines);
  const inTable = new Set<number>();
  for (const t of tables) for (let i = t.from; i < t.to; i++) inTable.add(i);

  // The first numbered item ends the header block; attendance may also sit just inside item 1.
  const probe = blocksOf(lines, (i) => inTable.has(i));
  const firstItemLine = probe.find((b) => itemHeading(b))?.line ?? lines.length;

  const att = emptyAttendance();
  const marks = new Map<string, PersonEntry[]>();
  const consumed = new Set<number>(inTable);
  let title: string | null = null;
  let dateIso: string | null = null;
  let time: { start: string | null; end: string | null } = { start: null, end: null };
  let location: string | null = null;
  let chairValue: string | null = null;
  let held: ReturnType<typeof fromHeldSentence> | null = null;
  const titleCandidates: string[] = [];
  let undated: string | null = null;
  let heldSentence = '';
  let subjectTitle: string | null = null;
  let whenIso: string | null = null;
  /** The venue on the line below a date and time, unlabelled: "Council Chamber, Wethercombe Guildhall", "Meeting held via Microsoft Teams". */
  const placeBelow = (i: number): string | null => {
    const below = lines[i + 1];
    if (!below?.text || labelOf(below) || findDates(below.text, null).length || below.text.split(/\s+/).length > 12) return null;
    if (PRESENT_HEADING.test(below.text) || APOLOGIES_HEADING.test(below.text) || /^\d+[.)]?\s/.test(below.text)) return null;
    const place = meetingPlace(below.text.replace(/^(?:the\s+)?meeting\s+(?:was\s+)?held\s+/i, '').replace(/^[*_]+|[*_]+$/g, ''));
    if (place) consumed.add(i + 1);
    return place;
  };
  const lastConsumed = (i: number): number => (consumed.has(i + 1) ? i + 1 : i);

  for (let i = 0; i < Math.min(firstItemLine, lines.length); i++) {
    const line = lines[i]!;
    if (line.text === '' || consumed.has(i)) continue;
    const stop = (l: Line): boolean => !!labelOf(l) || PRESENT_HEADING.test(l.text) || APOLOGIES_HEADING.test(l.text) || ABSENT_HEADING.test(l.text) || NOTE_TAKER.test(l.text) || /^\d+[.)]?\s/.test(l.text);
    const sideBySide = attendanceColumns(lines, i);
    if (sideBySide) {
      // An absent member marked "– apologies" sent apologies; the others are in neither list.
      for (const { kind, text } of sideBySide.columns) {
        if (kind === 'absent') addEntries(att, splitEntries(text, 'apology').filter((e) => e.apologies), 'apology', marks);
        else addEntries(att, columnCellEntries(text, kind), kind, marks);
      }
      for (let j = i; j < sideBySide.to; j++) consumed.add(j);
      i = sideBySide.to - 1;
      continue;
    }
    const absent = ABSENT_HEADING.exec(line.text);
    if (absent) {
      const table = tables.find((t) => t.from === i + 1 || t.from === i + 2);
      const listed = table && table.kind === 'people' && absent[1]!.trim() === '' ? null : sectionText(lines, i, absent[1]!, stop);
      const to = listed ? listed.to : table!.to;
      if (listed) addEntries(att, splitEntries(listed.text, 'apology').filter((e) => e.apologies), 'apology', marks);
      for (let j = i; j < to; j++) consumed.add(j);
      i = to - 1;
      continue;
    }
    const present = PRESENT_HEADING.exec(line.text);
    const apologies = present ? null : APOLOGIES_HEADING.exec(line.text);
    if (present || apologies) {
      const kind = present ? 'present' : 'apology';
      const table = tables.find((t) => t.from === i + 1 || t.from === i + 2);
      const first = (present ?? apologies)![1]!;
      if (table && table.kind === 'people' && first.trim() === '') {
        tableEntries(table, att, kind);
        i = table.to - 1;
        continue;
      }
      const section = sectionText(lines, i, first, stop);
      addEntries(att, splitEntries(section.text, kind), kind, marks);
      for (let j = i; j < section.to; j++) consumed.add(j);
      i = section.to - 1;
      continue;
    }
    const noteTaker = NOTE_TAKER.exec(line.text);
    const taker = noteTaker ? splitEntries(noteTaker[2]!, 'present') : [];
    if (taker.length === 1) {
      taker[0]!.role ??= /minute/i.test(noteTaker![1]!) ? 'minutes' : 'notes';
      addEntries(att, taker, 'present', marks);
      consumed.add(i);
      continue;
    }
    const legend = LEGEND.exec(line.text);
    if (legend) {
      att.legends.set(legend[1]!, legend[2]!);
      consumed.add(i);
      continue;
    }
    // "Date: 15 January 2026 | Time: 10:00 | Venue: Teams": several labels on one line.
    // "Date: … | Time: … | Venue: …" typed on one line, or each label in a cell of its own.
    const pieces = line.cells.length === 1 && / [|·•] /.test(line.text) ? line.text.split(/\s+[|·•]\s+/) : line.cells.length > 1 && line.cells.every((c) => /^[A-Za-z][A-Za-z /&]{1,38}:\s*\S/.test(c)) ? line.cells : [];
    const parts = pieces.map((t) => labelOf({ text: t, cells: [t], para: true }));
    const labels = parts.length && parts.every((l) => l && l.label !== 'next' && l.label !== 'presented') ? parts : [labelOf(line)];
    if (labels[0]) {
      consumed.add(i);
      for (const label of labels) {
        if (!label) continue;
        if (label.label === 'title') title ??= (label.value && (titleFrom(label.value) ?? label.value)) || null;
        else if (label.label === 'date') {
          const d = findDates(label.value, null)[0];
          dateIso ??= d?.iso ?? null;
          undated ??= d ? null : label.value;
          if (d && !time.start) time = timeRange(label.value.slice(d.index + d.text.length));
        } else if (label.label === 'time') time = timeRange(label.value);
        else if (label.label === 'location') location ??= label.value || null;
        else if (label.label === 'chair') chairValue ??= label.value;
        else consumed.delete(i);
      }
      continue;
    }
    // "MINUTES OF THE CORPORATE PARENTING PANEL" over "held on Monday 3 March 2025 at 6.30 pm in …": one sentence.
    const heldGoesOn = held && !held.date && /^held\s+(?:on|at|in)\b/i.test(line.text);
    if ((!held || heldGoesOn) && (/\b(?:minutes|notes)\s+of\b/i.test(line.text) || /\bheld\s+(?:on|at|in)\b/i.test(line.text))) {
      let sentence = heldGoesOn ? `${heldSentence} ${line.text}` : line.text;
      // A sentence wrapped over a line or two, not the attendance and items below it (text pasted without blank lines).
      const goesOn = (l: Line): boolean => !l.para && !!l.text && !labelOf(l) && !stop(l) && !(findDates(sentence, null).length > 0 && /^\p{Lu}/u.test(l.text) && !/(?:\b(?:at|in|on|held|the|of|and)|,)$/i.test(sentence));
      for (let j = i + 1; j < Math.min(lines.length, i + 4) && goesOn(lines[j]!); j++) {
        sentence += ` ${lines[j]!.text}`;
        consumed.add(j);
      }
      held = fromHeldSentence(sentence);
      heldSentence = sentence;
      consumed.add(i);
      if (held.date && !held.location) {
        held.location = placeBelow(i);
        if (held.location) i = lastConsumed(i);
      }
      continue;
    }
    // "Thursday 12 December 2024, 09:30 – 11:30, Microsoft Teams", "2pm – 4pm, Conference Room B": when and where, unlabelled.
    // "Minutes – Wednesday 20 May 2026, 14:00 – 16:00, Police Station" too: the words before the date name no meeting.
    const flat = line.text.replace(/\t|\s+[|·•]\s+/g, ', ');
    const when = findDates(flat, null)[0];
    const leadingTime = findTimes(flat)[0]?.index === 0;
    if ((when && isGenericLead(flat.slice(0, when.index))) || leadingTime) {
      const rest = (leadingTime ? flat : flat.slice(when!.index + when!.text.length)).replace(/[*_]+\s*$/, '');
      const span = timeRange(rest);
      if (span.start && !time.start) {
        time = span;
        whenIso = when?.iso ?? null;
        location ??= meetingPlace(rest);
        consumed.add(i);
        // "Tuesday 8 July 2025, 13.00–15.00" over "Microsoft Teams": the venue on the line below.
        if (!location) {
          location = placeBelow(i);
          if (location) i = lastConsumed(i);
        }
        continue;
      }
    }
    // An e-mail's own header lines ("To:", "From:", "Sent:") are not the meeting's name.
    // An e-mail's header lines and greeting are not the meeting's name; its subject may be.
    if (titleCandidates.length < 3 && !leadingTime && (!when || when.index > 0) && !/^(?:to|from|cc|bcc|sent|attachments?)\s*:|^(?:hi|hello|dear|good (?:morning|afternoon))\b/i.test(line.text)) {
      const subject = /^subject\s*:\s*(?:(?:re|fw|fwd)\s*:\s*)*/i.exec(line.text);
      const t = titleFrom(subject ? line.text.slice(subject[0].length) : line.text);
      // Prose and a table row of label and value ("Quorate | Yes") are not the meeting's name.
      if (t && t.split(/\s+/).length <= 20 && subject) subjectTitle = t;
      else if (t && t.split(/\s+/).length <= 20 && isHeadingLike(t) && line.cells.filter((c) => c.trim()).length < 2) titleCandidates.push(t);
    }
  }

  // "Minutes of the Board meeting held on …" names too little; an earlier heading says more.
  // An organisation's banner above it ("Kestrel Valley NHS Foundation Trust") says no more.
  if (!title && held?.title && (held.title.split(/\s+/).length > 2 || titleCandidates.every(isBanner))) title = held.title;
  // An e-mail's subject names the meeting only when the minutes below it do not.
  if (subjectTitle) titleCandidates.push(subjectTitle);
  title ??= meetingName(titleCandidates) ?? held?.title ?? null;
  dateIso ??= held?.date ?? whenIso;
  if (!dateIso && undated) dateIso = dateWithoutYear(undated, lines.map((l) => l.text).join('\n'));
  if (!dateIso) {
    // Not the day an e-mail was sent.
    for (let i = 0; i < Math.min(lines.length, firstItemLine + 1, 40) && !dateIso; i++) if (!/^sent\s*:/i.test(lines[i]!.text)) dateIso = findDates(lines[i]!.text, null)[0]?.iso ?? null;
  }
  if (!dateIso) throw new MinutesFileError(fileName, 'does not look like minutes: no meeting date was found near the top');
  // Minutes that never name the meeting keep their first line as its name rather than being refused.
  title ??= lines.find((l) => l.text !== '' && l.text.length <= 150)?.text.replace(/\t/g, ' ') ?? 'Minutes';
  if (!time.start && held?.start) time = { start: held.start, end: held.end };
  location ??= held?.location ?? null;

  let chair = chairValue ? parseChair(chairValue) : null;
  const marked = att.chair ? att.attendees.find((a) => a.name === att.chair) : undefined;
  if (!chair && marked) chair = { name: marked.name, organisation: marked.organisation, standingInFor: null };
  if (!chair) {
    const a = att.attendees.find((x) => x.role && /\bchair(?:man|person|woman)?\b/i.test(x.role) && !/\b(?:vice|deputy|co)[\s-]*chair|sub-?group/i.test(x.role));
    if (a) chair = { name: a.name, organisation: a.organisation, standingInFor: null };
  }
  // "Chair: DI Karen Aldridge" beside the attendance entry "Karen Aldridge": one person, named as in the attendance.
  const entry = chair && att.attendees.find((a) => a.name !== chair!.name && withoutTitle(a.name) === withoutTitle(chair!.name));
  if (chair && entry) chair.name = entry.name;
  if (chair && !chair.organisation) chair.organisation = att.attendees.find((a) => a.name === chair!.name)?.organisation ?? null;

  const people = new People();
  people.add(chair?.name);
  for (const a of att.attendees) people.add(a.name);
  for (const a of att.apologies) people.add(a.name);
  people.add(chair?.standingInFor);
  for (const [initials, names] of att.initials) for (const name of names) people.add(name, initials);
  for (const o of [...att.attendees, ...att.apologies]) people.organisation(o.organisation);
  for (const n of mentionedNames(lines.map((l) => l.text).join('\n'))) people.mention(n);
  const body: BodyResult = readBody({ lines, tables, consumed, firstItemLine, meetingIso: dateIso, people, att, marks, title });
  applyLegends(att, marks);
  // An attendance table read with the body may be where the chair is marked.
  const markedInBody = !chair && att.chair ? att.attendees.find((a) => a.name === att.chair) : undefined;
  if (markedInBody) chair = { name: markedInBody.name, organisation: markedInBody.organisation, standingInFor: null };
  // "Mrs H Adeyemi (in the Chair)" written under an item electing a chair for the meeting.
  if (!chair) {
    const named = lines.map((l) => /^(.{3,60}?)\s*[(–—,-]\s*in the chair\)?\.?$/i.exec(l.text)?.[1]).find((n) => n && att.attendees.some((a) => a.name === n.trim()));
    const a = named ? att.attendees.find((x) => x.name === named.trim()) : undefined;
    if (a) chair = { name: a.name, organisation: a.organisation, standingInFor: null };
  }

  const end = time.end ?? closingTime(lines.map((l) => l.text).join('\n'));
  const nextMeetings = dedupeMeetings(body.nextMeetings);
  const firstNext = nextMeetings[0]?.date ?? null;
  const actions = body.actions.map((a) => ({ ...a, due: a.due === 'next' ? firstNext : a.due }));
  return {
    title,
    date: dateIso,
    start: time.start,
    end: time.start || end ? end : null,
    location,
    chair,
    attendees: att.attendees,
    apologies: att.apologies,
    items: body.items,
    actions,
    suggestedActions: body.suggestedActions,
    nextMeetings,
  };
}

/**
 * A column of a "Present | Apologies" layout, a person to a cell line: "Tom Ridley (TR), Service Manager,
 * Safe Futures" is one person; a line that is only a list of names is several.
 */
function columnCellEntries(text: string, kind: 'present' | 'apology'): PersonEntry[] {
  return text.split('\n').flatMap((line) => {
    const one = /\(|\s[–—-]\s/.test(line) && !/;/.test(line) ? parsePersonEntry(line, kind) : null;
    return one ? [one] : splitEntries(line, kind);
  });
}

function dedupeMeetings(list: NextMeeting[]): NextMeeting[] {
  const out: NextMeeting[] = [];
  for (const m of list) if (!out.some((o) => o.date === m.date)) out.push(m);
  return out;
}

