import type { ActionOwner } from './types.ts';
import { findDates } from './dates.ts';
import { type People, splitOwners } from './owners.ts';
import { looksLikeInitials } from './people.ts';

/** "ACTION: …", "Action – …", "• ACTION (carried forward): …", "2.5 ACTION GO to …". */
export const OWN_LINE_ACTION =
  /^(?:•\s*)?(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:new|agreed)\s+)?(?:(?:ACTIONS?|Actions?|ACTION POINTS?|Action [Pp]oints?)(?:\s*(?:[Nn]o\.?|[Rr]ef\.?|#)?\s*[A-Z]?\d{1,3}(?:[./]\d{1,3})*[a-z]?(?=\s*[:–—(-]))?|A\d{1,3}(?=\s*[:–—]))(?:\s*\(([^)]{1,40})\))?\s*(?:[:–—]|-(?=\s)|\s(?=[A-Z][A-Za-z]{0,3}\b|[A-Z][a-z]+\s[A-Z]))\s*(.*)$/s;
const STATUS_REPORT = /^(?:carried forward|brought forward|complete[d]?|closed|done|ongoing|open|outstanding|in progress|remains?|on track|delayed|superseded|discharged)\b\s*(?:[;,.:–—-]|$)/i;
const PROGRESS_AFTER_COLON = /:\s*[^:]*\b(?:held|complete[d]?|in progress|c\/f|carried forward|ongoing|done|outstanding|sent apologies|delayed|closed)\b[^:]*$/i;
const NOT_A_MARKER = /^(?:LOG|PLAN|POINTS?|TRACKER|SUMMARY|SHEET|TABLE|LIST|NOTES?|REGISTER|ARISING)\b/i;

export function ownLineAction(text: string): { content: string; note: string | null } | null {
  const m = OWN_LINE_ACTION.exec(text);
  // "Action plan", "Action log" name a document; "ACTION (FT): Plan a session" is an action.
  if (!m || (NOT_A_MARKER.test(m[2]!) && !/[:–—]\s*$/.test(text.slice(0, text.length - m[2]!.length)))) return null;
  // "Action 31 (ASB case reviews) – carried forward; …": a report on an earlier action's progress, not an action.
  if (STATUS_REPORT.test(m[2]!)) return null;
  // "Action 3 (JD) - confirm the licences: JD has sent apologies; c/f": progress on a numbered earlier action.
  if (/^(?:•\s*)?Actions?\s+(?:no\.?\s*)?\d/i.test(text) && PROGRESS_AFTER_COLON.test(m[2]!)) return null;
  return { content: m[2]!, note: m[1] ?? null };
}

/** Actions reported as outstanding from an earlier meeting. */
export const CARRIED_FORWARD =
  /\b(?:actions?|this|it|these|item)\s+(?:was|were|is|are|has been|have been|to be|had been|remains?|being)\s+(?:being\s+)?(?:carried|brought|rolled)\s+(?:forward|over)|\b(?:carried|brought)\s+forward\s+(?:actions?|from\s+(?:the\s+)?(?:last|previous))|\bactions?\s+(?:carried|brought)\s+forward|\boutstanding\s+actions?\b|\bactions?\s+(?:\S+\s+){0,6}(?:remains?|still|are|is)\s+outstanding|\b[cb]\/f\b|\bcarried forward\b(?=\s*[:)]|$)/i;

export const fold = (s: string): string =>
  s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
export const dropFullStop = (s: string): string => s.replace(/\s*[.;,]+$/, '').trim();

const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|no|nos|dr|mr|mrs|ms|cllr|prof|st|vs|approx|para|ref)|\b[A-Z])\.$/i;

/** Sentence spans of a paragraph. */
export function sentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?:["”’)])?\s+(?=["“‘(]?[A-Z0-9•])/g)) {
    const upto = text.slice(start, m.index + 1);
    if (ABBREVIATION.test(upto)) continue;
    spans.push({ start, end: m.index + m[0].trimEnd().length });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

// A paragraph number ("2.", "2.1", "3)") — not a bare number, which may be a date's day ("18 June").
const LEAD_IN = /^(?:•\s*|\d+(?:\.\d+)+[.)]?\s+|\d+[.)]\s+|\d+\t|[a-h][.)]\s+|\([a-h1-9]\)\s+|\(?[ivx]{1,4}\)\s+)+/;
export const withoutLeadIn = (s: string): string => s.replace(LEAD_IN, '').trim();

const MARKER_STATUS = /\s*[,;–—-]?\s*\b(?:carried forward|brought forward|c\/f|b\/f|ongoing|outstanding)\b.*$/i;

/** Inline markers: "… by 3 July 2015 (Action: Teresa Blackwood)." gives that sentence and its owners. */
export function inlineActions(text: string): { text: string; owners: string; dueText: string | null; at: number; end: number; carried: boolean }[] {
  const found: { text: string; owners: string; dueText: string | null; at: number; end: number; carried: boolean }[] = [];
  const re = /[([]\s*(?:ACTIONS?|Actions?)\s*(?::|–|—|-|\bby\b)?\s*([^()[\]]{1,150}?)\s*[)\]]|(?<=[.;]\s{0,3}|^)\s*(?:ACTION|Action)\s*[:–—]\s*([^.()]{1,60}?)\s*\.?\s*$|(?<=[.;]\s{0,3})ACTIONS?\s+([^.():]{1,40}?)\s*\.?\s*$/g;
  let prevEnd = 0;
  for (const m of text.matchAll(re)) {
    // "(Action: AK by 3 May)": the deadline written beside the owner.
    const marker = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    const split = /\s*[,;–—-]?\s*\b(?:by|due|before|deadline)\b\s*:?\s*/i.exec(marker);
    // "(Action: SHa, carried forward)": a status beside the owner is not another owner.
    const named = split && split.index > 0 ? marker.slice(0, split.index) : marker;
    const status = MARKER_STATUS.exec(named);
    const owners = status ? named.slice(0, status.index) : named;
    const dueText = split && split.index > 0 ? marker.slice(split.index + split[0].length) : null;
    const before = text.slice(prevEnd, m.index);
    const spans = sentences(before);
    const last = spans[spans.length - 1];
    const sentence = last ? before.slice(last.start, last.end) : '';
    prevEnd = m.index + m[0].length;
    const { text: clean, carried, done } = withoutStatus(dropFullStop(fold(withoutLeadIn(sentence))));
    if (clean && !done) found.push({ text: clean, owners, dueText, at: m.index, end: prevEnd, carried: carried || !!status });
  }
  return found;
}

/**
 * "… not yet arranged. Action: PH to arrange for a Housing officer to attend (c/f).": a marker in
 * the middle of a paragraph followed by the whole action, owner first.
 */
export function markedSentences(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<=[.;!?]\s+)(?:ACTIONS?|Actions?)\s*[:–—]\s*((?:[^.()]|\([^()]*\)|\.(?=\S))+)(?:\.(?=\s|$)|$)/g)) {
    if (m[1]!.trim().split(/\s+/).length > 3) out.push(m[1]!.trim());
  }
  return out;
}

const LABELLED_OWNER = /\s*(?:[–—;,([]|\s-)\s*(?:owners?|lead(?: officer)?|responsible(?: officer)?|by whom|who)\s*:\s*((?:[^–—;()[\]]|\([^()]*\))+?)\s*[)\]]?(?=\s*(?:[–—;]|\s-\s|$))/i;
const LABELLED_DUE = /\s*(?:[–—;,([]|\s-)\s*(?:due(?: date| by)?|deadline|by when|target date|timescale|date due)\s*:\s*([^–—;()[\]]+?)\s*[)\]]?(?=\s*(?:[–—;]|\s-\s|$))/i;
const LEADING_OWNERS =
  /^(.{1,70}?)\s+(?:to|will|would|should|must|shall|are to|is to|agreed to|have agreed to|has agreed to|needs? to|to be asked to|were asked to|was asked to)\s+\S/;

export interface ActionParts {
  text: string;
  owners: ActionOwner[];
  dueText: string | null;
  /** a closing remark said the action is carried forward */
  carried?: boolean;
  /** a closing remark said the action is done: it is no action of this meeting */
  done?: boolean;
}

/** An action's own words: text as written, owners from labels or from the words before "to …". */
export function actionParts(content: string, people: People, allCells: string[] = []): ActionParts {
  // A paragraph number Word wrote before a tab ("2.2<TAB>ACTION: …") is not a column of the action.
  const cells = allCells.filter((c, i) => !(i === 0 && /^(?:\d+(?:\.\d+)*[.)]?|[a-z][.)]|•)$/.test(c.trim())));
  const { text: told, carried, done, dueText: newDue } = withoutStatus(fold(content));
  let text = told;
  let ownerText: string | null = null;
  let dueText: string | null = newDue ?? null;
  const ownerLabel = LABELLED_OWNER.exec(text);
  if (ownerLabel) {
    ownerText = ownerLabel[1]!;
    text = text.slice(0, ownerLabel.index) + text.slice(ownerLabel.index + ownerLabel[0].length);
  }
  const dueLabel = LABELLED_DUE.exec(text);
  if (dueLabel) {
    dueText = dueLabel[1]!;
    text = text.slice(0, dueLabel.index) + text.slice(dueLabel.index + dueLabel[0].length);
  }
  text = dropFullStop(text.replace(/\t/g, ' '));
  // "… to all members – by 30th September": a deadline set off at the end is the due date, not the task.
  const byTail = /\s*(?:[–—]|\s-)\s*(?:by|due(?: by)?|before)\s+([^–—]{3,40})$/i.exec(text);
  if (!dueText && byTail && findDates(byTail[1]!, '2000-01-01').length) {
    dueText = byTail[1]!;
    text = dropFullStop(text.slice(0, byTail.index));
  }
  // "… – FO – 13.02.26": the owners and the deadline set off by dashes, as a log typed in a line.
  const dashed = /\s+[–—-]\s+([^–—]{1,40}?)\s+[–—-]\s+([^–—]{4,30})$/.exec(text);
  if (!dueText && dashed && people.isOwnerPhrase(dashed[1]!) && findDates(dashed[2]!, '2000-01-01')[0]?.index === 0) {
    dueText = dashed[2]!;
    text = `${text.slice(0, dashed.index)} – ${dashed[1]!}`;
  }
  // "… – RG / TM, by 31 October 2025": the owners' tag and then the deadline.
  const taggedBy = /\s*(?:[–—]|\s-)\s*([^–—,()]{1,40})(?:,\s*|\s*\(\s*)(?:by|due(?: by)?|before)\s+([^–—,()]{3,40})\)?$/i.exec(text);
  if (!dueText && taggedBy && people.isOwnerPhrase(taggedBy[1]!) && findDates(taggedBy[2]!, '2000-01-01').length) {
    dueText = taggedBy[2]!;
    text = `${text.slice(0, taggedBy.index)} – ${taggedBy[1]!}`;
  }
  if (cells.length > 1 && !ownerText) {
    // "ACTION: task<TAB>JH<TAB>3/3/10": trailing cells hold the owner and the date.
    for (const c of cells.slice(1)) {
      if (!ownerText && people.isOwnerPhrase(c) && c.split(/\s+/).length <= 6) ownerText = c;
      else if (!dueText && findDates(c, null).length + (/next meeting/i.test(c) ? 1 : 0) > 0) dueText = c;
    }
    if (ownerText || dueText) text = dropFullStop(fold(cells[0]!.replace(OWN_LINE_ACTION, '$2')));
  }
  if (!ownerText) {
    // "ST – add the views of children …": the owner first, set off by a dash or colon.
    const first = /^([^–—:;,]{1,40}?)\s*(?:[–—:]|\s-)\s+\S/.exec(text);
    // …or "All DSLs: keep a log …": a body set off the same way.
    if (first && (splitOwners(first[1]!).every((r) => people.candidates(r).length > 0 || looksLikeInitials(r)) || (/:/.test(text.slice(first[1]!.length, first[1]!.length + 3)) && people.isOwnerPhrase(first[1]!))))
      ownerText = first[1]!;
  }
  if (!ownerText) {
    const lead = LEADING_OWNERS.exec(text);
    if (lead && people.isOwnerPhrase(lead[1]!)) ownerText = lead[1]!;
  }
  if (!ownerText) {
    // "Confirm police disclosure (DS Connor Walsh)": the owner named in a closing bracket.
    const bracket = /\s*[([]\s*([^()[\]]{1,60}?)\s*[)\]]\s*$/.exec(text);
    if (bracket && people.isOwnerPhrase(bracket[1]!) && people.owners(bracket[1]!).every((o) => !('group' in o))) {
      ownerText = bracket[1]!;
      text = dropFullStop(text.slice(0, bracket.index));
    }
  }
  if (!ownerText) {
    const tail = /\s*(?:[–—]|\s-|\()\s*([A-Z][A-Za-z]{0,3}(?:\s*(?:[/&,]|and)\s*[A-Z][A-Za-z]{0,3})*)\s*\)?$/.exec(text);
    if (tail && tail[1]!.split(/\s*(?:[/&,]|and)\s*/).every(looksLikeInitials)) [ownerText, text] = [tail[1]!, dropFullStop(text.slice(0, tail.index))];
  }
  if (!ownerText) {
    // "Circulate the report – Jane Smith", "… – Chair": who, set off by a dash at the end.
    const tail = /\s+[–—-]\s+([^–—()]{2,60}?)\s*$/.exec(text);
    if (tail && !/\d/.test(tail[1]!) && people.isOwnerPhrase(tail[1]!)) [ownerText, text] = [tail[1]!, dropFullStop(text.slice(0, tail.index))];
  }
  return { text, owners: ownerText ? people.owners(ownerText) : [], dueText, ...(carried && { carried }), ...(done && { done }) };
}

// "… – carried forward to the April meeting", "… - still outstanding, carried forward": a remark on progress, not the task.
const STATUS_TAIL =
  /\s*(?:[–—(;,]|\s-)\s*(?:(?:still|now)\s+)?(?:outstanding|ongoing|carried forward|brought forward|c\/f|b\/f|in progress|(?:room|venue) booked|not yet \w+|(?:waiting|awaiting)\b)\b(?:\([^()]*\)|[^(:])*?$/i;
// "– done, figures circulated 30 Jan", "(complete)": the action is finished, not one of this meeting.
const DONE_TAIL = /\s*(?:[–—(;,]|\s-)\s*(?:done|complete[d]?|closed|actioned|achieved|finished|resolved)\s*(?:$|[,;.)(–—]|\s-)(?:\([^()]*\)|[^(:])*$/i;

/** "– c/f, now due 17 October", "In progress – due 16 Jan 2026", "please do this by 13 February": a deadline in a progress remark. */
export function remarkDue(remark: string): string | null {
  const due = /\b(?:(?:now\s+)?(?:due|deadline)(?:\s+(?:by|on))?|new\s+(?:date|deadline)|by)\s*:?\s+([^,;()]+?)[\s.)]*$/i.exec(remark);
  return due && findDates(due[1]!, '2000-01-01').length ? due[1]! : null;
}

/** An action's words without a closing remark on its progress, and whether that remark carries it forward or closes it. */
export function withoutStatus(text: string): { text: string; carried: boolean; done?: boolean; dueText?: string } {
  const done = DONE_TAIL.exec(text);
  if (done && done.index > 0) return { text: dropFullStop(text.slice(0, done.index)), carried: false, done: true };
  const m = STATUS_TAIL.exec(text);
  if (!m || m.index === 0) return { text, carried: false };
  // "– c/f, now due 17 October": the remark sets the new deadline.
  const dueText = remarkDue(m[0]) ?? undefined;
  return { text: dropFullStop(text.slice(0, m.index)), carried: /carried|brought|c\/f|b\/f|outstanding/i.test(m[0]), ...(dueText && { dueText }) };
}

const OWNER_DUE_LINE =
  /^(?:(?:owners?|lead(?: officer)?|responsible(?: officer| person)?|action by|by whom|who)\s*[:–—]\s*(?<owner>.+?))?\s*[,;–—]?\s*(?:(?:due(?: date| by)?|deadline|by when|target(?: date)?|timescale|date due)\s*[:–—]\s*(?<due>.+))?$/i;

/** "Owner: Ruth Ferguson   Deadline: 30th January 2026" on the line after an action. */
export function ownerDueLine(text: string): { owner: string | null; due: string | null } | null {
  const m = OWNER_DUE_LINE.exec(text.replace(/\t/g, ' '));
  if (!m || (!m.groups!.owner && !m.groups!.due)) return null;
  return { owner: m.groups!.owner?.trim() || null, due: m.groups!.due?.trim() || null };
}

const DUE_BEFORE =
  /\b(?:by|before|for|no later than|not later than|deadline(?: of)?|due(?: by| on)?|until|on or before|by the end of)\s*:?\s*(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
// "… to the Partnership Executive on 3rd Oct 2025": the date of the meeting the action is for.
const AIMED_AT =
  /\b(?:to|at|for|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:\p{Lu}[\p{L}’'-]*|and|of|for)\s+){0,6}(?:meeting\s+)?|(?:[\p{L}’'-]+\s+){0,4}(?:meeting|board|panel|executive|committee|forum)\s+)(?:for\s+[\p{L}-]+\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?(?:the\s+)?$/u;
const WEEK_OF = /\b(?:w\/[cb]|w\.[cb]\.?|wc|week\s+(?:commencing|beginning|starting|of))\s*:?\s*(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?$/i;
const NEXT_MEETING_DUE = /\b(?:by|before|for|at|to|until)\s+(?:the\s+)?next\s+(?:\w+\s+)?meeting\b|^\s*(?:the\s+)?next\s+(?:\w+\s+)?meeting\s*$/i;

/** A due date: one introduced by "by"/"before"/…, or "next" when due by the next meeting. */
export function dueIn(text: string, meetingIso: string, labelled = false): string | 'next' | null {
  // A deadline a few weeks before the meeting (a tracker's past date) is this year's, not next year's.
  const dates = findDates(text, meetingIso, { lookBackDays: 120 });
  for (const d of dates) {
    // "w/c 15 April" names a week, not a day: too vague to be a due date.
    if (WEEK_OF.test(text.slice(Math.max(0, d.index - 25), d.index))) continue;
    if (labelled || DUE_BEFORE.test(text.slice(Math.max(0, d.index - 40), d.index)) || AIMED_AT.test(text.slice(Math.max(0, d.index - 80), d.index))) return d.iso;
    // "… to social care – 19th January 2026": a date set off at the end of the action.
    if (/(?:[–—(,:]|\s-)\s*$/.test(text.slice(0, d.index)) && /^[\s).]*$/.test(text.slice(d.index + d.text.length))) return d.iso;
  }
  if (NEXT_MEETING_DUE.test(text)) return 'next';
  return null;
}

const ACTION_SENTENCE = /^(.{1,60}?)\s+to\s+(?!be\b|have\b|date\b)[a-z]/;

/**
 * Sentences written as actions in the body of a paragraph: "RF to add this to the next agenda."
 * Only when the sentence opens with people the minutes name (or "All …"), so that
 * "The group to consider …" or "Schools to be told …" are not taken for actions.
 */
export function actionSentences(text: string, people: People): { text: string; owners: ActionOwner[]; dueText: string | null; carried: boolean }[] {
  const out: { text: string; owners: ActionOwner[]; dueText: string | null; carried: boolean }[] = [];
  for (const span of sentences(text)) {
    const { text: sentence, done, dueText, carried } = withoutStatus(dropFullStop(fold(withoutLeadIn(text.slice(span.start, span.end)))));
    const m = ACTION_SENTENCE.exec(sentence);
    if (!m || done) continue;
    const refs = splitOwners(m[1]!);
    const named = refs.length > 0 && refs.every((r) => people.candidates(r).length > 0 || /^(?:all|each|every)\s+\S/i.test(r));
    if (named) out.push({ text: sentence, owners: people.owners(m[1]!), dueText: dueText ?? null, carried });
  }
  return out;
}

const COMMITMENT =
  /^(.{2,70}?)\s+(?:will|would|agreed to|offered to|undertook to|volunteered to|is to|was to|has agreed to|had agreed to|promised to|committed to|(?:said|confirmed|agreed|explained|indicated) (?:that )?(?:he|she|they) would)\s+(?!be\b|not\b|have\b|need\b|like\b|also be\b)\S/;
const ROLE_SUBJECT =
  /^The\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Chair|Chairman|Chairperson|Vice[- ]Chair|Manager|Director|Nurse|Doctor|Officer|Lead|Co-?ordinator|Administrator|Secretary|Clerk|Head|Adviser|Advisor)$/;

/** Prose commitments by a named person or role: "VS will follow up …", "The Chair agreed to …". */
export function commitments(text: string, people: People): string[] {
  const out: string[] = [];
  for (const span of sentences(text)) {
    const sentence = dropFullStop(fold(withoutLeadIn(text.slice(span.start, span.end))));
    const m = COMMITMENT.exec(sentence);
    if (!m) continue;
    const subject = m[1]!;
    const parts = subject.split(/\s+(?:and|&)\s+/);
    const named = parts.every((p) => people.candidates(p).length > 0 || ROLE_SUBJECT.test(p));
    if (named) out.push(sentence);
  }
  return out;
}
