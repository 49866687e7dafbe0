import { type Line, joinWrapped } from './lines.ts';
import { findDates } from './dates.ts';
import { NEXT_MEETINGS_HEADING } from './next-meetings.ts';

/** A block of text: one paragraph, possibly wrapped over several text lines. */
export interface Block {
  text: string;
  cells: string[];
  line: number;
  /** Word list level, when the paragraph's number came from list numbering */
  level?: number;
}

const NUMBERED = /^\d+(?:\.\d+)*[.)]?(?:\t|\s)/;
const BULLET = /^(?:•|[a-h][.)]\s|\([a-h1-9]\)\s|\(?[ivx]{1,4}\)\s)/;
const MARKER_START = /^(?:•\s*)?(?:(?:ACTIONS?|Actions?|Action [Pp]oints?)(?:\s*(?:[Nn]o\.?|#)?\s*[A-Z]?\d{1,3}[a-z]?)?|A\d{1,3})\s*(?:\(|[:–—-])/;

// "4.2<spaces>Members asked …": a paragraph number set off from its text is not a table row.
const isRow = (cells: string[]): boolean => cells.length > 1 && !(cells.length === 2 && /^(?:\d+(?:\.\d+)*[.)]?|[a-h][.)]|\([a-h]\))$/.test(cells[0]!));

/** Glues wrapped text lines back into paragraphs; Word paragraphs and table rows stay whole. */
/** "… – RG / TM, by 31 October 2025": a line that closes on its deadline. */
function endsWithDate(text: string): boolean {
  const last = findDates(text, '2000-01-01').at(-1);
  return !!last && last.index + last.text.length >= text.replace(/[\s.]+$/, '').length;
}

export function blocksOf(lines: Line[], skip: (i: number) => boolean): Block[] {
  const blocks: Block[] = [];
  let prev: { block: Block; lineText: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (skip(i) || line.text === '') {
      prev = null;
      continue;
    }
    const t = line.text;
    const prevText = prev?.lineText ?? '';
    const startsNew =
      !prev ||
      line.para ||
      isRow(line.cells) ||
      isRow(prev.block.cells) ||
      BULLET.test(t) ||
      (NUMBERED.test(t) && !/^\d{1,2}\.\d{2}\.(?:\d{2}|\d{4})\b/.test(t)) ||
      MARKER_START.test(t) ||
      /^[A-Za-z][A-Za-z ]{1,25}:/.test(t) ||
      /^[A-Z][\w/’' -]{1,30}:(?:\s|$)/.test(t) ||
      (/[:]$/.test(prevText) && !/\([^)]*$/.test(prev.block.text)) ||
      /^\d+[.)]?$/.test(prevText) ||
      // "… at its March meeting. Action: Cllr Delgado" then "The Chair to write …": a closing marker ends the paragraph.
      (/(?:^|[.;]\s+)(?:ACTION|Action)\s*[:–—]\s*[^.:]{1,40}$/.test(prevText) && /^\p{Lu}/u.test(t)) ||
      // "ACTION: share the form with all schools - Ellie" then "Nicola gave a reminder …": an action line ends where its owner tag or full stop does.
      (MARKER_START.test(prev.block.text) && prev.block.text === prevText && /^\p{Lu}/u.test(t) && (/[.)]$/.test(prevText) || /\s[-–—]\s*\p{Lu}[\p{L}'’-]*$/u.test(prevText) || endsWithDate(prevText))) ||
      // A list of dates, one to a line: a line opening with a date after one that ended a sentence or held a date.
      (/^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu})/iu.test(t) && (/[.)\]]$/.test(prevText) || findDates(prevText, '2000-01-01').length > 0) && findDates(t, '2000-01-01')[0]?.index === 0) ||
      // "Future meetings 2025 (09:30 – 11:30, Board Room 2)": the heading of a list of dates is a line of its own.
      (NEXT_MEETINGS_HEADING.test(prevText) && prev.block.text === prevText && findDates(prevText, '2000-01-01').length === 0) ||
      // An item heading is a line of its own, whatever follows it.
      (/^(?:(?:agenda\s+)?item\s+\d{1,3}\b|\d{1,3}(?:\.0)?(?:[.)](?!\d)|\t| +[A-Z])|\(\d{1,3}\)\s)/i.test(prevText) && prev.block.text === prevText && /^[A-Z]/.test(t) && !/[.,;:]$/.test(prevText)) ||
      (prevText.length < 60 && !/[,;(–—-]$/.test(prevText) && /^[A-Z]/.test(t) && !/[a-z]\s+(?:and|of|the|to|for|in|with)$/.test(prevText) && !/\([^)]*$/.test(prev.block.text));
    if (startsNew) {
      prev = { block: { text: t, cells: line.cells.filter((c) => c !== ''), line: i, level: line.level }, lineText: t };
      blocks.push(prev.block);
    } else {
      prev!.block.text = joinWrapped(prev!.block.text, t);
      prev!.lineText = t;
    }
  }
  return blocks;
}

export interface ItemHeading {
  number: string;
  title: string | null;
}

/**
 * An agenda item heading: "2. Title", "2)\tTitle", "Item 3 – Title", "3." alone (title on the
 * next line). Sub-paragraphs ("2.1") and table rows are not items; neither is prose.
 */
export function itemHeading(block: Block): ItemHeading | null {
  const t = block.text;
  if (block.level) return null;
  let m = /^(?:agenda\s+)?item\s+(\d{1,3})\b\s*[.:)–—-]?\s*(.*)$/is.exec(t);
  // "3.0 Partnership dashboard": a top-level number written with its zero sub-number.
  m ??= /^(\d{1,3})\.0\.?(?:\s+|\t)(.*)$/s.exec(t);
  if (!m) m = /^(\d{1,3})(?:[.)]\s*|\t\s*)(.*)$/s.exec(t);
  // "(3) Serious Violence Duty": a bracketed number before a heading, not before a sentence of a list.
  if (!m) {
    const bracketed = /^\((\d{1,3})\)\s+(.*)$/s.exec(t);
    if (bracketed && !/[.;:,]$/.test(bracketed[2]!) && bracketed[2]!.split(/\s+/).length <= 14) m = bracketed;
  }
  // "4 Neglect strategy": a bare number and a space, only before a short heading-like title.
  if (!m) {
    const bare = /^(\d{1,3}) +([A-Z][^.;:!?]*)$/s.exec(t);
    if (bare && bare[2]!.split(/\s+/).length <= 12 && !/^[A-Z][a-z]+\s+(?:were|was|are|is|had|have|of|children|young|cases|people)\b/i.test(bare[2]!)) m = bare;
  }
  if (!m) return null;
  if (block.cells.length > 2) return null;
  const title = m[2]!.replace(/\s*\n\s*/g, ' ').replace(/\t/g, ' ').trim();
  if (!title) return { number: String(Number(m[1])), title: null };
  if (!/^[A-Z0-9“"‘'(]/.test(title) || /^\d/.test(title) && /^\d+\.\d/.test(t)) return null;
  // "12 March 2025 …" is a date, not item 12 (checked only when a month could follow the number).
  if (/^(?:st|nd|rd|th)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|^[./-]\d/i.test(title) && findDates(`${m[1]} ${title}`, '2000-01-01').some((d) => d.index === 0)) return null;
  if (title.length > 150 || /[a-z)]\.\s+[A-Z]/.test(title) || (/\.$/.test(title) && title.split(/\s+/).length > 10)) return null;
  return { number: String(Number(m[1])), title };
}
