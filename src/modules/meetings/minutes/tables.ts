import { type Line, joinWrapped } from './lines.ts';

/** A table with a header row, found in Word tables or tab-separated text alike. */
export interface Table {
  kind: 'actions' | 'people' | 'meetings';
  /** column name → index, for the columns this kind knows */
  columns: Map<string, number>;
  rows: string[][];
  /** lines [from, to) the table occupies, header included */
  from: number;
  to: number;
}

type ColumnRules = Record<string, RegExp>;

const ACTION_COLUMNS: ColumnRules = {
  number: /^(?:no\.?|number|ref(?:erence)?\.?|#|action (?:no|ref)\.?)$/i,
  item: /^(?:(?:agenda )?item(?: no\.?)?|minute(?: no\.?| ref\.?)?|min(?:ute)? ref)$/i,
  action: /^(?:actions?(?: (?:required|agreed|point|description|to be taken))?|task|description|what)$/i,
  owner: /^(?:owners?|leads?|lead (?:officer|person|agency)|responsib\w*(?: (?:officer|person|lead))?|by whom|who|by|assigned to|action (?:by|owner|lead)|person responsible|actioned by|owner\s*\/\s*lead|lead\s*\/\s*owner)$/i,
  due: /^(?:due(?: date| by)?|deadline|by when|when|target(?: date)?|timescale|date(?: due)?|completion date)$/i,
  // "Status" beside "Update" is the status; an update alone stands for it. A RAG rating is
  // its own column: "Green" beside a "Closed" status is not the status.
  status: /^(?:(?:current |action )?status)$/i,
  progress: /^(?:progress|updates?|comments?|progress update|update on progress|latest update)$/i,
  raised: /^(?:(?:date )?raised|raised (?:on|at)|date (?:added|opened|agreed|set)|(?:from|originating) meeting|meeting raised)$/i,
  rag: /^(?:b?rag(?: status| rating)?)$/i,
};
const PEOPLE_COLUMNS: ColumnRules = {
  name: /^(?:(?:full\s+)?names?|attendees?|(?:attendee|member)\s+name|members?|present|apologies|persons?|name of (?:attendee|member)|representatives?|(?:agency\s+)?representative\s+name)$/i,
  organisation: /^(?:organi[sz]ation|agency|service|body|borough|team|department|employer|partner(?: agency)?)$/i,
  representing: /^(?:representing)$/i,
  role: /^(?:role|title|job title|position|designation|post)$/i,
  initials: /^(?:initials)$/i,
  status: /^(?:attend(?:ed|ance|ing)|present\??|apologies\??|status|p\s*\/\s*a(?:\s*\/\s*x)?|y\s*\/\s*n|attended\s*\(y\/n\)|in attendance|present\s*(?:\/|or)\s*(?:apologies|absent)|(?:apologies|absent)\s*(?:\/|or)\s*present)$/i,
};
const MEETING_COLUMNS: ColumnRules = {
  date: /^(?:date|meeting date|day)$/i,
  time: /^(?:time|times)$/i,
  start: /^(?:start|start time|from)$/i,
  end: /^(?:end|end time|finish|to)$/i,
  location: /^(?:venue|location|place|where|room)$/i,
  note: /^(?:notes?|comments?|type|meeting|details)$/i,
};

function matchColumns(cells: string[], rules: ColumnRules): Map<string, number> {
  const found = new Map<string, number>();
  cells.forEach((cell, i) => {
    const c = cell.replace(/[:*]+$/, '').trim();
    // Each heading names one column: "Present" is the name column, or else the attendance mark.
    const name = Object.keys(rules).find((n) => !found.has(n) && rules[n]!.test(c));
    if (name) found.set(name, i);
  });
  return found;
}

function headerKind(cells: string[]): Pick<Table, 'kind' | 'columns'> | null {
  if (cells.length < 2) return null;
  const a = matchColumns(cells, ACTION_COLUMNS);
  if (a.has('action') && (a.has('owner') || a.has('due'))) return { kind: 'actions', columns: a };
  // "Present | Apologies": two lists side by side, read down each column, not a register.
  const headings = cells.filter((c) => c.trim() !== '');
  if (headings.length >= 2 && headings.every((c) => /^(?:(?:members\s+)?present|apologies(?:\s+(?:received|for absence))?|absent|attended|in attendance)\s*:?$/i.test(c.trim()))) return null;
  const p = matchColumns(cells, PEOPLE_COLUMNS);
  if (p.has('name') && p.size >= 2) return { kind: 'people', columns: p };
  const m = matchColumns(cells, MEETING_COLUMNS);
  if (m.has('date') && m.size >= 2) return { kind: 'meetings', columns: m };
  return null;
}

// A row of a numbered table starts with its reference: "3", "3a", "A12", "25/07", "2024-03".
const startsRow = (cells: string[], numbered: boolean): boolean => !numbered || /^#?(?:[A-Z]{1,4}[/.-]?)?\d+(?:[./-]\d+)*[a-z]?\.?$/i.test(cells[0] ?? '');

/**
 * Finds header-row tables. Text tables may wrap a long cell onto the next line; such a line
 * is glued back onto the row it continues.
 */
export function findTables(lines: Line[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    // "Ref<TAB>Action<TAB><TAB><TAB>Owner": tabs typed to line columns up, so each row has its own count of them.
    const typed = lines[i]!.row !== true && lines[i]!.cells.slice(1, -1).includes('');
    const cellsOf = (l: Line): string[] => (typed ? l.cells.filter((c) => c !== '') : l.cells);
    const head = headerKind(cellsOf(lines[i]!));
    if (!head) continue;
    const width = cellsOf(lines[i]!).length;
    const numbered = head.columns.get('number') === 0;
    const rows: string[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.text === '') {
        if (rows.length === 0) continue;
        break;
      }
      const fromWord = lines[i]!.row === true;
      if (fromWord ? !line.row : line.cells.length < 2 && !(rows.length && !line.para)) break;
      const prev = rows[rows.length - 1];
      const columnsAt = !fromWord && prev ? wrappedColumns(lines[i]!, line) : null;
      if (prev && columnsAt) {
        // "Assistant Director, Safeguarding and Qual-" / "ity Assurance": a cell wrapped under its column.
        columnsAt.forEach((k, c) => (prev[k] = joinWrapped(prev[k] ?? '', line.cells[c]!)));
        continue;
      }
      if (prev && !fromWord && prev.length < width && !startsRow(line.cells, numbered)) {
        prev[prev.length - 1] = `${prev[prev.length - 1]} ${line.cells[0] ?? ''}`.trim();
        prev.push(...line.cells.slice(1));
        continue;
      }
      if (!fromWord && !startsRow(line.cells, numbered) && rows.length === 0) break;
      rows.push([...cellsOf(line)]);
    }
    tables.push({ ...head, rows: head.kind === 'people' ? sideBySide(lines[i]!.cells, rows) : rows, from: i, to: j });
    i = j - 1;
  }
  return tables;
}

/** "Name | Role | Name | Role": two people to a row, read row by row, left then right. */
function sideBySide(header: string[], rows: string[][]): string[][] {
  const half = header.length / 2;
  const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (header.length < 4 || header.length % 2 || !header.slice(0, half).every((c, k) => same(c, header[half + k]!))) return rows;
  return rows.flatMap((r) => [r.slice(0, half), r.slice(half)]).filter((r) => r.some((c) => c.trim() !== ''));
}

/** The columns a text line's cells fall under, when it starts right of the first column (a wrapped cell). */
function wrappedColumns(head: Line, line: Line): number[] | null {
  const at = head.starts;
  if (!at || !line.starts || line.starts[0]! < at[0]! + 2 || line.cells.length >= head.cells.length) return null;
  return line.starts.map((s) => {
    let k = 0;
    while (k + 1 < at.length && at[k + 1]! <= s + 2) k++;
    return k;
  });
}

export const cell = (row: string[], table: Table, column: string): string => {
  const i = table.columns.get(column);
  const text = i === undefined ? '' : (row[i] ?? '').replace(/\s*\n\s*/g, ' ').trim();
  // "–" in a cell says there is nothing to say.
  return /^[-–—]+$/.test(text) ? '' : text;
};
