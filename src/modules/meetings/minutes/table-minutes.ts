import type { Line } from './lines.ts';

/**
 * Minutes written as a table, one row per agenda item ("Item | Discussion | Action | Owner"),
 * are turned back into the lines of ordinary minutes: an item heading, the discussion's
 * paragraphs, and an ACTION line per action, so the same rules read both layouts.
 */
const COLUMNS: Record<string, RegExp> = {
  number: /^(?:no\.?|number|#|ref\.?|item\s+no\.?|minute\s+no\.?|min\.?\s*no\.?)$/i,
  // "Item / Discussion": the item's title on the cell's first line, its discussion below.
  titled: /^(?:(?:agenda\s+)?items?|topic|subject)\s*(?:\/|and|&)\s*(?:discussions?|notes?|minutes|summary|details|updates?)$/i,
  item: /^(?:(?:agenda\s+)?items?|topic|subject|title|agenda|heading|minute)$/i,
  discussion: /^(?:discussions?|notes?|minutes|summary|details|updates?|key points|points? (?:discussed|raised)|narrative|comments|discussion(?:,| and| &)\s*(?:decisions?|outcomes?|agreements?)(?: reached)?|decisions?|outcomes?|report)$/i,
  action: /^(?:actions?(?:\s*(?:\/|and|&)\s*(?:owners?|leads?|by whom|responsibility))?|agreed actions?|actions? agreed|actions? arising|actions? required)$/i,
  owner: /^(?:owners?|leads?|by whom|who|responsib\w*(?: (?:officer|person))?|action (?:by|owner|lead)|lead officer)$/i,
  due: /^(?:due(?: date| by)?|deadline|by when|when|target(?: date)?|timescales?|date due)$/i,
};

function headerColumns(cells: string[]): Map<string, number> | null {
  const found = new Map<string, number>();
  cells.forEach((cell, i) => {
    const c = cell.replace(/[:*]+$/, '').trim();
    for (const [name, re] of Object.entries(COLUMNS)) if (!found.has(name) && re.test(c)) return void found.set(name, i);
  });
  if (found.has('titled')) return found.has('discussion') ? null : found;
  if (!found.has('discussion') || !(found.has('item') || found.has('number'))) return null;
  // "No. | Action | Owner | Due | Update": an action tracker whose updates are not minutes.
  if (!found.has('item') && found.has('action') && /^(?:updates?|comments|progress)$/i.test(cells[found.get('discussion')!]!.trim())) return null;
  return found;
}

const para = (text: string): Line => ({ text, cells: [text], para: true });
const cellLines = (s: string | undefined): string[] =>
  (s ?? '')
    .split(/\n|<br\s*\/?>/i)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const NOTHING = /^(?:(?:noted\s*[–—:;,-]?\s*)?(?:none|nil|n\/?a|no (?:further )?actions?(?: (?:required|arising|agreed))?)|noted|-+|–|—)\.?$/i;

const NUMBER_CELL = /^\d{1,3}\.?$/;

/**
 * A Word table of minutes without a heading row: numbered rows ("1." | title and discussion |
 * actions) whose middle cells read as discussion (several paragraphs, or long).
 */
function headerlessColumns(lines: Line[], at: number): Map<string, number> | null {
  const rows: string[][] = [];
  for (let j = at; j < lines.length && lines[j]!.row && NUMBER_CELL.test(lines[j]!.cells[0]?.trim() ?? ''); j++) rows.push(lines[j]!.cells);
  if (rows.length < 2 || rows.some((r) => r.length < 2 || r.length > 4) || (at > 0 && lines[at - 1]!.row)) return null;
  const numbers = rows.map((r) => Number(r[0]!.replace('.', '')));
  if (numbers.some((n, k) => k > 0 && n <= numbers[k - 1]!)) return null;
  if (!rows.some((r) => r[1]!.includes('\n') || r[1]!.length > 80)) return null;
  const cols = new Map([['number', 0], ['discussion', 1]]);
  if (rows.every((r) => r.length >= 3)) cols.set('action', 2);
  if (rows.every((r) => r.length >= 4)) cols.set('owner', 3);
  return cols;
}

/** Lines with any item-per-row minutes tables rewritten as headings, paragraphs and ACTION lines. */
export function expandMinutesTables(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!.cells.length >= 2 ? headerColumns(lines[i]!.cells) : null;
    const cols = header ?? headerlessColumns(lines, i);
    if (!cols) {
      out?.push(lines[i]!);
      continue;
    }
    out ??= lines.slice(0, i);
    if (!header) i--; // a table without a heading row: its first line is already an item
    const at = (row: string[], name: string): string => {
      const k = cols.get(name);
      return k === undefined ? '' : (row[k] ?? '');
    };
    let j = i + 1;
    for (; j < lines.length && lines[j]!.cells.length >= 2; j++) {
      const row = lines[j]!.cells;
      const [heading = '', ...discussion] = cellLines(at(row, 'titled'));
      const itemCell = (cols.has('titled') ? heading : at(row, 'item')).replace(/\s*\n\s*/g, ' ').trim();
      const numbered = /^(?:item\s+)?(\d{1,3})(?:\.|\)|:|\s+[–—-]|\s|$)\s*(.*)$/i.exec(itemCell);
      const number = /^\d{1,3}\.?$/.test(at(row, 'number').trim()) ? at(row, 'number').trim().replace(/\.$/, '') : numbered?.[1];
      const title = numbered && !cols.has('number') ? numbered[2]! : itemCell;
      if (number) out.push(para(`${number}.${title ? `\t${title}` : ''}`));
      else if (title) out.push(para(title));
      for (const l of cols.has('titled') ? discussion : cellLines(at(row, 'discussion'))) out.push(para(l));
      const actions = cellLines(at(row, 'action'));
      // Two actions in a cell, with their leads and timescales in matching paragraphs beside them.
      const paired = (name: string, join: string): string[] => {
        const parts = cellLines(at(row, name));
        return actions.length > 1 && parts.length === actions.length ? parts : actions.map(() => at(row, name).replace(/\s*\n\s*/g, join).trim());
      };
      const owners = paired('owner', ', ');
      const dues = paired('due', ' ');
      for (const [k, a] of actions.entries()) {
        const [owner, due] = [owners[k]!, dues[k]!];
        if (NOTHING.test(a)) continue;
        const extras = `${owner && !NOTHING.test(owner) ? ` – Owner: ${owner}` : ''}${due && !NOTHING.test(due) ? ` – Due: ${due}` : ''}`;
        out.push(para(`ACTION: ${a.replace(/^(?:•\s*|actions?\s*[:–—-]\s*)/i, '')}${extras}`));
      }
    }
    out.push({ text: '', cells: [], para: true });
    i = j - 1;
  }
  return out ?? lines;
}

/**
 * "1.<TAB>Welcome<line break>The Chair welcomed …": a numbered heading whose discussion follows
 * a manual line break in the same Word paragraph becomes a heading line and a paragraph.
 */
export function splitHeadingBreaks(lines: Line[]): Line[] {
  if (!lines.some((l) => l.text.includes('\n'))) return lines;
  return lines.flatMap((l) => {
    const m = /^((?:(?:agenda\s+)?item\s+)?\d{1,3}(?:\.0)?[.):]?\t[^\n]{2,100}?)\s*\n\s*([\s\S]+)$/i.exec(l.text);
    if (!m || l.row || /[.;,:]$/.test(m[1]!) || !/^\p{Lu}/u.test(m[2]!)) return [l];
    return [{ ...l, text: m[1]!, cells: m[1]!.split('\t') }, { text: m[2]!, cells: [m[2]!], para: true }];
  });
}

