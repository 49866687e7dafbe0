import type { Line } from './lines.ts';
import { type Table, cell } from './tables.ts';
import { isChairMark, parsePersonEntry } from './people.ts';
import { ABSENT_HEADING, APOLOGIES_HEADING, PRESENT_HEADING, type Attendance, declareInitials, startsWithName } from './attendance.ts';

/** An attendance register's mark for one person: "Present", "Apologies", "A", "✓", "Absent". */
function registerMark(mark: string): 'present' | 'apology' | 'absent' {
  const m = mark.trim();
  if (/apolog|^apols?\.?$|^a$|^sent$/i.test(m)) return 'apology';
  if (/absent|^n$|^no$|did not|not present|^dna$|^x$|^-$|^–$/i.test(m) || m === '') return 'absent';
  return 'present';
}

/** Reads an attendance table row by row. */
export function tableEntries(table: Table, att: Attendance, listed: 'present' | 'apology'): void {
  let kind: 'present' | 'apology' | 'absent' = listed;
  const hasOrg = table.columns.has('organisation');
  for (const row of table.rows) {
    let name = cell(row, table, 'name').replace(/[*†‡]+$/, '').trim();
    if (!name) continue;
    // A row "Apologies | | " (or "Absent", "In attendance") heads the rows below it.
    if (row.filter((c) => c.trim()).length === 1) {
      const heading = APOLOGIES_HEADING.exec(name) ?? ABSENT_HEADING.exec(name) ?? PRESENT_HEADING.exec(name);
      if (heading && heading[1]!.trim() === '') {
        kind = APOLOGIES_HEADING.test(name) ? 'apology' : PRESENT_HEADING.test(name) ? 'present' : 'absent';
        continue;
      }
    }
    let initials = cell(row, table, 'initials');
    // "Karen Holt (KH)", "DCI Sarah Penrose (Chair)": initials or a role written in the name cell.
    const inCell = /[(–—,]|\s-\s/.test(name) ? parsePersonEntry(name, kind === 'absent' ? 'present' : kind) : null;
    if (inCell) {
      name = inCell.name;
      initials ||= inCell.initials ?? '';
    }
    const repCol = cell(row, table, 'representing') || null;
    const organisation = cell(row, table, 'organisation') || (hasOrg ? null : repCol);
    if (initials) declareInitials(att, initials, name);
    const marked = table.columns.has('status') ? registerMark(cell(row, table, 'status')) : kind;
    if (marked === 'absent') continue;
    if (marked === 'apology') {
      if (!att.apologies.some((a) => a.name === name)) att.apologies.push({ name, organisation: organisation || null });
    } else if (!att.attendees.some((a) => a.name === name)) {
      if (inCell?.chairs || isChairMark(cell(row, table, 'role'))) att.chair ??= name;
      att.attendees.push({
        name,
        organisation: organisation || null,
        representing: hasOrg ? repCol : null,
        role: cell(row, table, 'role') || inCell?.role || null,
      });
    }
  }
}

/**
 * Attendance lists side by side under a heading row ("Members present | Apologies"), each
 * column read down its cells.
 */
export function attendanceColumns(lines: Line[], at: number): { columns: { kind: 'present' | 'apology' | 'absent'; text: string }[]; to: number } | null {
  // "Present<TAB><TAB><TAB>Apologies": empty cells that only space the headings out.
  const head = lines[at]!.cells.filter((c) => c.trim() !== '');
  if (head.length < 2) return null;
  const kinds = head.map((c) =>
    ABSENT_HEADING.exec(c)?.[1] === '' ? 'absent' : PRESENT_HEADING.exec(c)?.[1] === '' ? 'present' : APOLOGIES_HEADING.exec(c)?.[1] === '' ? 'apology' : null,
  );
  if (kinds.some((k) => k === null)) return null;
  const texts = kinds.map(() => [] as string[]);
  let j = at + 1;
  // A row may fill only the first column (a longer list of those present than of apologies).
  const continues = (l: Line): boolean =>
    l.text !== '' && (l.row ?? false) === (lines[at]!.row ?? false) && (l.cells.length > 1 || (!l.row && !/^\d+[.)]?\s|:/.test(l.text) && startsWithName(l.text)));
  for (; j < lines.length && continues(lines[j]!); j++) {
    (lines[at]!.cells.length > head.length ? lines[j]!.cells.filter((c) => c.trim() !== '') : lines[j]!.cells).forEach((c, k) => {
      if (k < texts.length && c.trim()) texts[k]!.push(c);
    });
  }
  return { columns: kinds.map((kind, k) => ({ kind: kind!, text: texts[k]!.join('\n') })), to: j };
}
