import type { Answers, Question } from './form-model.ts';
import type { CollectionSettings } from './schema.ts';

/** A budget return that does not look right, in words a coordinator can send back. */
export interface BudgetFlag {
  kind: 'total-mismatch' | 'partner-missing' | 'large-change';
  message: string;
}

const money = (n: number) => `£${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;

/**
 * The budget survey's checks on one board's answers: the latest year's contributions must
 * add up to the stated total; every partner should have a figure for the latest year; and a
 * partner's contribution moving by more than the threshold (e.g. 25%) year on year is flagged.
 * The latest year is the table's last column, the year before the one beside it.
 */
export function budgetFlags(
  settings: CollectionSettings['budget'],
  table: Question | undefined,
  answers: Answers,
): BudgetFlag[] {
  if (!settings || !table || table.kind !== 'table' || table.columns.length === 0) return [];
  const cells = (answers[table.code] as (number | null)[][] | undefined) ?? [];
  const latest = table.columns.length - 1;
  const year = table.columns[latest]!;
  const flags: BudgetFlag[] = [];
  let sum = 0;
  table.rows.forEach((partner, r) => {
    const now = cells[r]?.[latest] ?? null;
    if (now === null)
      flags.push({ kind: 'partner-missing', message: `No contribution from ${partner} for ${year}` });
    else sum += now;
    const before = latest > 0 ? (cells[r]?.[latest - 1] ?? null) : null;
    if (now !== null && before !== null && before > 0) {
      const change = (now - before) / before;
      if (Math.abs(change) > settings.changeThreshold) {
        flags.push({
          kind: 'large-change',
          message: `${partner}’s contribution changed by ${change > 0 ? '+' : ''}${Math.round(change * 100)}% from ${table.columns[latest - 1]} (${money(before)}) to ${year} (${money(now)})`,
        });
      }
    }
  });
  const total = settings.total ? answers[settings.total] : undefined;
  if (typeof total === 'number' && Math.abs(total - sum) > 0.005) {
    flags.push({
      kind: 'total-mismatch',
      message: `Contributions for ${year} add up to ${money(sum)}, but the total budget given is ${money(total)}`,
    });
  }
  return flags;
}
