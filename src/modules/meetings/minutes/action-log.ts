import type { ActionOwner } from './types.ts';
import type { DraftAction } from './body.ts';
import type { People } from './owners.ts';
import { type Table, cell } from './tables.ts';
import { findDates } from './dates.ts';
import { dropFullStop, dueIn, fold, remarkDue, withoutStatus } from './actions.ts';

// "Complete", "Closed", "Green – complete", "Blue" (BRAG for done).
const DONE = /^(?:(?:green|blue)\s*[-–—:/(]?\s*)?(?:complete[d]?|closed|done|achieved|discharged|finished|resolved)\b|^[✓✔☑]|^blue$/i;
const CARRIED = /carried|brought forward|outstanding|c\/f|b\/f/i;

/** The actions of an action log or tracker table, row by row; a tracker's completed rows are done, not actions of this meeting. */
export function logActions(table: Table, people: People, meetingIso: string): DraftAction[] {
  const out: DraftAction[] = [];
  for (const row of table.rows) {
    const { text, carried, done } = withoutStatus(dropFullStop(fold(cell(row, table, 'action'))));
    if (done) continue;
    const status = table.columns.has('status') ? cell(row, table, 'status') : cell(row, table, 'progress');
    if (!text || DONE.test(status) || DONE.test(cell(row, table, 'rag'))) continue;
    // Raised at an earlier meeting: carried forward to this one.
    const raised = findDates(cell(row, table, 'raised'), null)[0];
    const itemCell = /^\s*(\d{1,3})/.exec(cell(row, table, 'item'));
    const dueCell = cell(row, table, 'due') || (remarkDue(status) ?? '');
    out.push({
      text,
      item: itemCell ? String(Number(itemCell[1])) : null,
      owners: people.owners(cell(row, table, 'owner')),
      due: dueCell ? dueIn(dueCell, meetingIso, true) : null,
      carriedForward: carried || CARRIED.test(status) || (!!raised && raised.iso < meetingIso),
    });
  }
  return out;
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Whether a log row restates an action already found: nearly all its words, and the same owners. */
export function sameAction(found: DraftAction, row: DraftAction): boolean {
  const rowWords = words(row.text);
  const prior = words(found.text);
  let shared = 0;
  for (const w of rowWords) if (prior.has(w)) shared++;
  if (rowWords.size === 0 || shared / rowWords.size < 0.8) return false;
  const key = (o: ActionOwner): string => ('group' in o ? o.group : (o.person ?? o.as));
  return row.owners.length > 0 && row.owners.every((o) => found.owners.some((p) => key(p) === key(o)));
}
