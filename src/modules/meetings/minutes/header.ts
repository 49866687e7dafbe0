import type { Chair } from './types.ts';
import type { Line } from './lines.ts';
import { findDates, findTimes, timeRange } from './dates.ts';
import { parsePersonEntry } from './people.ts';

const LABELS: Record<string, RegExp> = {
  title: /^(?:meeting(?: title| name)?|title(?: of (?:the )?meeting)?|name of (?:the )?meeting|meeting of|group|committee|forum)$/i,
  date: /^(?:date(?: of (?:the )?meeting)?|meeting date|held on|day and date|date (?:and|&) time|date\s*\/\s*time|when)$/i,
  time: /^(?:time|times|start time|meeting time)$/i,
  location: /^(?:location|venue|place|where|held at|room|meeting room|address)$/i,
  chair: /^(?:(?:facilitator|convenor|lead)\s*(?:&|and|\/)\s*chair|chair|chaired by|chairperson|chairman|chairwoman|chair person|in the chair|meeting chair)$/i,
  presented: /^(?:presented by|presenter|presenting|paper presented by|introduced by)$/i,
  next: /^(?:(?:date|time|dates) of (?:the )?next (?:meeting|forum|board|panel|session)|next (?:meeting|forum|board|panel|session)(?: date)?|date and time of next meeting|next meeting will be held)$/i,
};
export type LabelName = keyof typeof LABELS;

/** "Date:\tThursday 6 December 2012", "Chaired by: …", a two-cell table row "Venue | …". */
export function labelOf(line: Line): { label: LabelName; value: string } | null {
  let key: string;
  let value: string;
  const cells = line.cells.filter((c) => c !== '');
  if (cells.length >= 2 && cells[0]!.length <= 40) {
    key = cells[0]!;
    value = cells.slice(1).join(' ');
  } else {
    const m = /^([A-Za-z][A-Za-z /&]{1,38}?)\s*[:–—]\s*(.*)$/.exec(line.text);
    if (!m) return null;
    [key, value] = [m[1]!, m[2]!];
  }
  key = key.replace(/\s*[:–—-]\s*$/, '').trim();
  for (const [label, re] of Object.entries(LABELS)) if (re.test(key)) return { label: label as LabelName, value: value.trim() };
  return null;
}

export interface HeaderFields {
  title: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  location: string | null;
  chair: Chair | null;
}

const GENERIC_TITLE =
  /^(?:(?:draft|confirmed|approved|unconfirmed|final)\s+)?(?:minutes|notes|action notes|meeting notes|notes of (?:the )?meeting|minutes of (?:the )?meeting|record of (?:the )?meeting|agenda|draft|(?:part|section)\s+[a-z0-9]+)$/i;
/** "Minutes –", "**Minutes** |", "Meeting notes –", "Notes of meeting on": words before a date that name no meeting. */
export const isGenericLead = (lead: string): boolean => {
  const t = lead.replace(/[*_|]/g, ' ').replace(/[\s,.:;–—-]+$|^[\s,.:;–—-]+/g, '').replace(/\s+(?:on|of|dated?)$/i, '').trim();
  return t === '' || GENERIC_TITLE.test(t);
};
const MINUTES_OF = /^.*?\b(?:minutes|notes)\s+of\s+(?:the\s+)?(?:(?:an?\s+)?(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?/i;
const HELD = /\s*[,–—-]?\s*\b(?:(?:meeting\s+)?held|which took place|that took place)\b.*$|\s*[,–—-]?\s*\bon\s+(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\d).*$/i;

/** The meeting's name from a line such as "MINUTES OF THE X held on …" or "X – Minutes". */
export function titleFrom(line: string): string | null {
  let t = line.replace(/\t/g, ' ').trim();
  if (/\b(?:minutes|notes)\s+of\b/i.test(t)) t = t.replace(MINUTES_OF, '');
  // "… Fostering Panel Business Meeting held on": a capital M makes "Meeting" part of the name.
  t = t.replace(HELD, (m) => (/^\s*Meeting\s+held\b/.test(m) ? ' Meeting' : ''));
  // "Partnership / Meetings / Learning and Improvement Group": a wiki's breadcrumb ends with the page's name.
  const crumbs = t.split(/\s+\/\s+/);
  if (crumbs.length >= 3) t = crumbs[crumbs.length - 1]!;
  // "Notes of meeting – 21/05/2025, 10:00": the date and what follows it are not the name.
  const date = findDates(t, null)[0];
  if (date && date.index > 0) t = t.slice(0, date.index).replace(/\s*(?:[,–—:-]|\b(?:on|dated?))\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i, '');
  t = t.replace(/^meeting\s*(?:[–—:-]\s*|$)/i, '').replace(/^(?:(?:draft|confirmed)\s+)?(?:minutes|notes)\s*[–—:-]\s*/i, '');
  t = t.replace(/\s*[–—:-]\s*(?:(?:draft|confirmed)\s+)?(?:meeting\s+)?(?:minutes|notes)(?:\s+of\s+(?:the\s+)?meeting)?\s*$/i, '');
  t = t.replace(/\s+minutes$/i, '').replace(/^(?:draft|confirmed|approved)\s+/i, '');
  t = t.replace(/[\s,.:;–—-]+$/, '').trim();
  if (t.length < 3 || t.length > 200 || GENERIC_TITLE.test(t) || !/[A-Za-z]{3}/.test(t)) return null;
  if (findDates(t, null).length && t.replace(/[\d\s/.,-]|\b[A-Za-z]+day\b/g, '').length < 12) return null;
  return t;
}

const BODY = /\b(?:group|sub-?group|panel|committee|board|forum|executive|steering|network|task and finish|meeting|assurance|review|cdop|marac|mash|conference)\b/i;
const ORGANISATION = /\b(?:partnership|council|trust|icb|integrated care board|services?|authority|police|school|academy|nhs|university|association|hospitals?|foundation|team)$/i;

/** A short line or one in title case: "Neglect Sub-group", not "Thanks to everyone who came along yesterday". */
export function isHeadingLike(c: string): boolean {
  const words = c.split(/\s+/).filter((w) => !/^(?:of|and|for|the|in|on|to|&|–|—|-)$/i.test(w));
  return words.length < 6 || words.filter((w) => /^[\p{Lu}\d(]/u.test(w)).length >= words.length / 2;
}

/** "Kestrel Valley NHS Foundation Trust": an organisation's name, not a meeting's. */
export const isBanner = (c: string): boolean => ORGANISATION.test(c) && !BODY.test(c.replace(/\bsafeguarding children partnership\b|\bintegrated care board\b/gi, ''));

/**
 * The meeting's name among the first heading lines: not an organisation's banner above it
 * ("Calderbridge Safeguarding Children Partnership" over "Harmful Sexual Behaviour Task and Finish Group"),
 * nor a notice written as a sentence.
 */
export function meetingName(candidates: string[]): string | null {
  const headings = candidates.filter(isHeadingLike);
  const named = headings.find((c) => BODY.test(c.replace(/\bsafeguarding children partnership\b|\bintegrated care board\b/gi, '')) && !(ORGANISATION.test(c) && headings.some((o) => o !== c && BODY.test(o) && !ORGANISATION.test(o))));
  return named ?? headings[0] ?? candidates[0] ?? null;
}

/** The sentence "… held on Friday 22 May 2015 at 9.30 am, Committee Room 2, …", read for date, time and place. */
export function fromHeldSentence(sentence: string): Omit<HeaderFields, 'chair'> {
  const title = titleFrom(sentence);
  const date = findDates(sentence, null)[0];
  let start: string | null = null;
  let end: string | null = null;
  let location: string | null = null;
  const at = /\bheld\s+(?:at|in)\s+(.+?)\s+on\s/i.exec(sentence);
  if (at) location = at[1]!.trim().replace(/^the\s+/, '');
  if (date) {
    const rest = sentence.slice(date.index + date.text.length);
    ({ start, end } = timeRange(rest));
    if (!location) {
      let place = rest;
      const times = findTimes(rest);
      if (times.length) place = rest.slice(times[end ? 1 : 0]!.end);
      // "in the Council Chamber": the article is not the venue's name ("The Bridge Community Centre" is).
      const lead = /^[\s,.:;–—-]*(?:(at|in|via)\s+)?/i.exec(place)!;
      place = place.slice(lead[0].length).replace(/^the\s+/, '').replace(/[\s.*_]+$/, '');
      // "in the school library": after "in" or "at" a venue may be written in lower case.
      if (place.length >= 3 && (/^[A-Z0-9]/.test(place) || lead[1])) location = place;
    }
  }
  return { title, date: date?.iso ?? null, start, end, location };
}

/** The chair's line: "Helen Marchbank (Lewisham) – standing in for Derek Ashworth". */
export function parseChair(value: string): Chair | null {
  let standingInFor: string | null = null;
  let s = value.replace(/\s+/g, ' ').trim();
  const sub = /\s*[(,–—-]?\s*\b(?:standing in for|deputising for|in the absence of|substituting for|on behalf of|covering for)\s+([^()]+?)\s*\)?\s*\.?$/i.exec(s);
  if (sub) {
    standingInFor = sub[1]!.trim();
    s = s.slice(0, sub.index).trim();
  }
  const entry = parsePersonEntry(s, 'present');
  if (!entry) return null;
  return { name: entry.name, organisation: entry.organisation, standingInFor };
}

/** "The meeting closed at 12.10 pm", "Meeting ended: 4pm". */
export function closingTime(text: string): string | null {
  const m = /\b(?:meeting|session)\s+(?:closed|ended|finished|concluded|terminated)\b[^.\n]{0,20}?(?:at|:)\s*([^\n]{1,20})/i.exec(text) ??
    /^(?:close|closed|meeting closed|end|finish)\s*[:–-]\s*([^\n]{1,20})/im.exec(text);
  return m ? (findTimes(m[1]!)[0]?.hhmm ?? null) : null;
}
