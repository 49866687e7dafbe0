import { findDates } from './dates.ts';

/**
 * The shape both readers hand to the parser: one entry per paragraph (or per text line), and
 * one per table row with its cells. `para` says the line is a paragraph of its own, so it is
 * never glued to the line above as a wrapped continuation (Word paragraphs are; text lines
 * may be wrapped).
 */
export interface Line {
  text: string;
  cells: string[];
  para: boolean;
  /** A row read from a real table (Word), as opposed to tab-separated text. */
  row?: boolean;
  /** Word list level of a numbered paragraph (0 = top); sub-paragraphs are never agenda items. */
  level?: number;
  /** Where each cell starts in a text line laid out with spaces, so a wrapped cell finds its column. */
  starts?: number[];
}

export const MAX_TEXT_CHARS = 2_000_000;
const MAX_LINE_CHARS = 20_000;

const PROTECTIVE_MARKING =
  /^(?:official(?:[- ]sensitive)?|not protectively marked|protect|restricted|confidential|unclassified|secret)(?:\s*[-–:].{0,80})?$/i;
const PAGE_NUMBER = /^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*\/\s*\d+|\d{1,3})$/i;
const SIGNATURE = /^(?:signed|signature|date)\b.{0,40}(?:\.{4,}|_{4,}|…{2,})/i;

/** Tidies one line of text: spaces, Markdown decoration, bullets. */
export function tidy(raw: string, continues = false): string {
  let s = raw
    .slice(0, MAX_LINE_CHARS)
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    // Markdown written by hand or exported from a wiki keeps HTML's spacing and symbols.
    .replace(/&(nbsp|middot|amp|ndash|mdash);/g, (_, e: string) => ({ nbsp: ' ', middot: '·', amp: '&', ndash: '–', mdash: '—' })[e]!)
    .replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'))
    .replace(/\s+$/, '');
  // "P R E S E N T:-": a heading spaced out letter by letter, and the old ":-" after a label.
  s = s.replace(/^(\s*)((?:\p{Lu} ){3,}\p{Lu})(?=[\s:.-]|$)/u, (_, sp: string, w: string) => sp + w.replace(/ /g, '')).replace(/^([^:]{1,40}):-(?=\s|$)/, '$1:');
  // "➡️ Action: …", "✅ …": an emoji at the start of a line marks it like a bullet.
  s = s.replace(/^\s*\p{Extended_Pictographic}\uFE0F?\s*/u, '• ');
  // "@Lorna Whitcombe": a wiki's mention of a person is the person.
  s = s.replace(/(^|[\s(•,])@(?=\p{Lu})/gu, '$1');
  // "> **ACTION (AD):** …": a Markdown quote is the line it quotes.
  s = s.replace(/^\s*(?:>\s?)+(?=\S)/, '');
  s = s.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2');
  // "*Notes of meeting on …*": Markdown emphasis, not a bullet ("* item") or a legend ("* = …").
  s = s.replace(/(^|[\s(])([*_])(?=[^\s*_])([^*\n]*?[^\s*_])\2(?=$|[\s).,;:!?])/g, '$1$3');
  // A marker legend ("* = representing …") is not a bullet.
  // Bullets from Word's Symbol font arrive as private-use characters ("", "").
  if (!continues) s = s.replace(/^\s*(?:[-*+]|[·•●○▪■◦‣–➢►▸▹◆◇□❖✓✔]|[\uf000-\uf0ff]|o)\s*(?=[^\s=])/, (m) => (/^\s*[-*+o–]$/.test(m) ? m : '• '));
  return s.trim();
}

const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/** Splits plain text (or Markdown) into lines; a run of three or more spaces separates cells like a tab. */
export function textToLines(text: string): Line[] {
  const lines: Line[] = [];
  let afterBlank = true;
  const raws = text.slice(0, MAX_TEXT_CHARS).split(/\r\n|\r|\n|\f|\u2028|\u2029/);
  const running = runningHeads(raws);
  for (const [r, raw] of raws.entries()) {
    if (MARKDOWN_RULE.test(raw.trim()) || running.has(r)) continue;
    // A bullet glyph set off by a tab is still a bullet, not a cell of its own.
    let body = taskLine(raw).replace(/^\s*(?:[-*+·•●○▪■◦‣–➢►▸▹◆◇□❖✓✔]|[\uf000-\uf0ff]|o)(?:\t+| {2,})(?=\S)/, '• ').replace(/ {3,}/g, '\t');
    // "| a | b |" (Markdown), or "No | Item | Action | Who" typed with pipes and no edges.
    const md = /^\s*\|(.*)\|\s*$/.exec(body) ?? (/^[^|:]+(?:\s\|\s[^|]*){2,}$/.test(body) ? [body, body] : null);
    if (md) body = md[1]!.replace(/\s*\|\s*/g, '\t');
    // Empty cells inside a row keep later columns in place (a blank "Due date"); empty edges do not.
    // "Julie Marsh (JM)" / "– IDVA Service Manager, …": a dash opening a line that carries on the sentence above.
    const continues = /^\s*[–—]\s/.test(raw) && r > 0 && /[\p{L})]\s*$/u.test(raws[r - 1]!) && !/^\s*[–—•*-]\s/.test(raws[r - 1]!);
    const cells = body.split('\t').map((c, k) => tidy(c, continues && k === 0));
    while (cells.length && cells[0] === '') cells.shift();
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    // "Partnership Executive – 12 March 2025<spaces>Page 2 of 6": the page number is layout.
    if (cells.length > 1 && PAGE_NUMBER.test(cells[cells.length - 1]!)) cells.pop();
    const kept = cells.filter((c) => c !== '');
    // "…by 14 March.<spaces>Action: TW": a marker set at the right margin ends the paragraph's text.
    if (kept.length > 1 && RIGHT_MARGIN_MARKER.test(kept[kept.length - 1]!) && !md) {
      const marker = kept.pop()!;
      kept[kept.length - 1] = `${kept[kept.length - 1]} ${marker}`;
      cells.splice(0, cells.length, ...kept);
    }
    const line = kept.join('\t');
    if (line === '' || isNoise(line)) {
      if (line === '') afterBlank = true;
      if (line === '') lines.push({ text: '', cells: [], para: true });
      continue;
    }
    const starts = md || /\t/.test(raw) ? [] : cellStarts(raw);
    lines.push({ text: line, cells, para: afterBlank, ...(starts.length === cells.length && { starts }) });
    afterBlank = false;
  }
  return lines;
}

/**
 * A Markdown task ("- [ ] Send the list — @Sarah Milne — due 21 March", as wikis and Teams export
 * follow-up tasks) as an action line; a ticked task ("- [x] …") is done, so it is only noted.
 */
const REMARK = /^(?:c\/f|b\/f|carried|brought|outstanding|ongoing|in progress|raised|waiting|awaiting|not yet|still|done|complete)/i;

function taskLine(raw: string): string {
  const m = /^\s*[-*+]\s+\[([ xX])\]\s+(.+)$/.exec(raw);
  if (!m) return raw;
  if (m[1] !== ' ') return `Done: ${m[2]}`;
  // "@Dr Lucia Ferreira Present the findings …": the person tagged first, then the task.
  const tagged = /^@((?:(?:Dr|Sgt|Cllr|Mr|Mrs|Ms|Miss|DI|DS|DC|PC|Prof|Revd)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(.+)$/u.exec(m[2]!);
  // "… *(c/f – report now expected in November)*": a closing remark in brackets is progress, not an owner.
  let body = (tagged ? tagged[2]! : m[2]!).replace(/\*+\s*$|(?<=\))\*+/g, '');
  const bracket = /\s*\*?\(([^()]*)\)\*?\s*$/.exec(body);
  const remarked = bracket && REMARK.test(bracket[1]!) ? bracket[1]! : '';
  if (remarked) body = body.slice(0, bracket!.index);
  const [task, ...rest] = body.split(/\s+[—–]\s+/);
  let owner = tagged?.[1] ?? '';
  let due = '';
  let remark = remarked;
  for (const part of rest) {
    // "– c/f", "– raised in January, waiting for a reply, c/f", "– done": progress, not an owner.
    if (REMARK.test(part)) remark = part;
    else if (/^(?:due|by|deadline)\b/i.test(part) || (findDates(part, '2000-01-01')[0]?.index === 0 && !/@/.test(part))) due = part.replace(/^(?:due|deadline)\s*:?\s*/i, '');
    else if (!owner) owner = part.replace(/\s+@/g, ', ').replace(/@/g, '');
  }
  if (/^(?:done|complete)/i.test(remark)) return `Done: ${task}`;
  const carried = /c\/f|b\/f|carried|brought|outstanding/i.test(remark) ? ' (c/f)' : '';
  return `ACTION${carried}: ${task}${owner ? ` – Owner: ${owner}` : ''}${due ? ` – Due: ${due}` : ''}`;
}

const RIGHT_MARGIN_MARKER = /^(?:ACTIONS?|Actions?)\s*[:–—]\s*\S.{0,60}$/;

/** Offsets of the runs of text a line's wide gaps separate (cells of a table laid out with spaces). */
function cellStarts(raw: string): number[] {
  return [...raw.matchAll(/\S+(?: {1,2}\S+)*/g)].map((m) => m.index);
}

const RUNNING_WORDS = /\bpage\b|\bminutes\b|\bnotes\b|official|confidential|sensitive|\bdraft\b|\d/i;

/**
 * Running headers and footers pasted from a PDF or a printout: the same line again and again
 * ("Partnership Executive minutes – 12/03/2025 – Page 2 of 6"). Its first appearance at the
 * top may be the title, so that one stays.
 */
function runningHeads(raws: string[]): Set<number> {
  const key = (raw: string): string => raw.replace(/\bpage\s+\d+(?:\s+of\s+\d+)?/gi, '').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const seen = new Map<string, number[]>();
  raws.forEach((raw, r) => {
    const t = raw.trim();
    // "Target date: 12/09/2025" under each action is a label with its value, not a page's running head.
    if (t.length < 8 || !RUNNING_WORDS.test(t) || /[.:;]$/.test(t) || /^(?:[•·\-*]|\d|(?:agenda\s+)?item\b|action)/i.test(t) || /^[A-Za-z][A-Za-z ]{1,25}:\s*\S/.test(t)) return;
    seen.set(key(t), [...(seen.get(key(t)) ?? []), r]);
  });
  const out = new Set<number>();
  const firstText = raws.findIndex((raw) => raw.trim() !== '');
  for (const at of seen.values()) {
    if (at.length < 2) continue;
    for (const r of at) if (r > firstText + 6) out.add(r);
  }
  return out;
}

/** Page numbers, protective markings and signature lines are layout, not content. */
export function isNoise(line: string): boolean {
  return PAGE_NUMBER.test(line) || PROTECTIVE_MARKING.test(line) || SIGNATURE.test(line);
}

/** Joins a wrapped piece to its cell; a word broken at the line end ("Qual-" "ity") is mended. */
export function joinWrapped(before: string, after: string): string {
  if (!before) return after;
  return /\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after) && !KEPT_HYPHEN.test(before) ? `${before.slice(0, -1)}${after}` : `${before} ${after}`;
}

/** Words whose hyphen is part of them ("multi-agency", "self-assessment"), not a break at the line end. */
const KEPT_HYPHEN = /(?:^|[\s(])(?:multi|self|non|co|cross|pre|post|re|sub|inter|anti|semi|ex|well|long|short|full|part|over|under|counter|in|on|out|off|up|down|high|low|front|back|year|day|time|age|child|young|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|mid|step|half|all|ever|x|e|of|to|and|the|by|at|fast|cost|evidence|trauma|risk|place|strengths|family|whole|face|follow|look|check|sign|joined|task|hands|peer|school|court|non-\w+|\d+)-$/i;
