import { EesFormatError } from './errors.ts';
import type { EesColumnMeta } from './meta.ts';
import type { ColumnScan } from './scan.ts';
import { STATUS_CODES } from './values.ts';

/**
 * time: time_period/time_identifier. geography: where the row is about (geographic_level
 * and the code/name columns). filter: breaks the figures down (e.g. category, age group).
 * indicator: the figures. unit: another observational unit the meta file does not describe.
 * ignored: empty or unnamed columns.
 */
export type EesColumnRole = 'time' | 'geography' | 'filter' | 'indicator' | 'unit' | 'ignored';

export interface EesColumn {
  name: string;
  /** 1-based position in the header row. */
  number: number;
  role: EesColumnRole;
  label: string | null;
  unit: string | null;
  decimalPlaces: number | null;
  grouping: string | null;
  hint: string | null;
  groupingColumn: string | null;
  /** Non-blank cells (counted for filter and indicator columns only). */
  nonBlank: number;
}

/**
 * Decides each column's role: from the meta file when there is one (EES's own rule: the
 * meta file lists every filter and indicator; anything else is an observational unit),
 * else by content: a column whose every non-blank value is a number (thousands separators
 * allowed) or a status code is an indicator; a column mostly of words is a filter. A column
 * mostly of numbers with a few words in it, none of them repeated, is refused rather than
 * guessed at: taking it for a filter would silently drop its figures, because one cell was
 * mistyped. Words that recur ("Total", "16+" in an age filter) make it a filter.
 */
export function decideRoles(
  dataFile: string,
  metaFile: string | null,
  columns: ColumnScan[],
  meta: Map<string, EesColumnMeta> | null,
): EesColumn[] {
  const groupingColumns = new Set<string>();
  if (meta && metaFile) {
    const names = new Set(columns.map((c) => c.name));
    for (const described of meta.values()) {
      if (!names.has(described.name)) {
        throw new EesFormatError(
          metaFile,
          { line: described.line, column: 'col_name' },
          `the meta file describes "${described.name}", which is not a column of ${dataFile.split(/[\\/]/).pop()}`,
        );
      }
      if (described.groupingColumn) groupingColumns.add(described.groupingColumn);
    }
  }
  if (!meta) refuseMixedColumns(dataFile, columns);
  return columns.map((column): EesColumn => {
    const described = meta?.get(column.name) ?? null;
    const base: EesColumn = {
      name: column.name,
      number: column.index + 1,
      role: 'ignored',
      label: described?.label ?? null,
      unit: described?.unit ?? null,
      decimalPlaces: described?.decimalPlaces ?? null,
      grouping: described?.grouping ?? null,
      hint: described?.hint ?? null,
      groupingColumn: described?.groupingColumn ?? null,
      nonBlank: column.nonBlank,
    };
    if (column.kind === 'unnamed') return base;
    if (column.kind === 'time') return { ...base, role: 'time' };
    if (meta) {
      if (described) return { ...base, role: described.type };
      if (groupingColumns.has(column.name)) return { ...base, role: 'filter' };
      return { ...base, role: column.kind === 'geography' ? 'geography' : 'unit' };
    }
    if (column.kind === 'geography') return { ...base, role: 'geography' };
    if (column.nonBlank === 0) return base;
    return { ...base, role: column.firstText === null ? 'indicator' : 'filter' };
  });
}

const CODES = STATUS_CODES.join(', ');

/** Without a meta file, a column mostly of numbers and codes must be all numbers and codes. */
function refuseMixedColumns(file: string, columns: ColumnScan[]): void {
  const mixed = columns
    // An age filter's "Total" or "16+" recurs in every area and year; a mistyped figure does not.
    .filter((c) => c.kind === 'values' && c.firstText !== null && c.words * 2 < c.nonBlank && !c.repeatedWord)
    .sort((a, b) => a.firstText!.line - b.firstText!.line)[0];
  if (!mixed) return;
  const { line, text } = mixed.firstText!;
  const numeric = mixed.nonBlank - mixed.words;
  throw new EesFormatError(
    file,
    { line, column: mixed.name, columnNumber: mixed.index + 1 },
    `"${text}" is not a number or a status code (${CODES}), yet ${numeric} of the ${mixed.nonBlank} values in this column are, ` +
      'so whether it is an indicator or a filter cannot be told from its content. ' +
      'Correct the value, or import the file with the .meta.csv published beside it, which says what each column is',
  );
}

/** Every indicator cell must be a number or a status code; the first that is not is the error. */
export function checkIndicatorCells(
  file: string,
  roles: EesColumn[],
  columns: ColumnScan[],
  blankIndicators: 'skip' | 'error',
): void {
  let worst: { line: number; column: ColumnScan; problem: string } | null = null;
  const consider = (line: number | undefined, column: ColumnScan, problem: string) => {
    if (line !== undefined && (worst === null || line < worst.line)) worst = { line, column, problem };
  };
  roles.forEach((role, i) => {
    const column = columns[i];
    if (role.role !== 'indicator' || !column) return;
    const { firstText, firstBlank } = column;
    if (firstText) {
      consider(
        firstText.line,
        column,
        `"${firstText.text}" is not a number or a published status code (${CODES})`,
      );
    }
    if (firstBlank !== null && blankIndicators === 'error') {
      consider(
        firstBlank,
        column,
        'missing value: the cell is blank; EES files mark a missing figure with a code such as x or z',
      );
    }
  });
  const found = worst as { line: number; column: ColumnScan; problem: string } | null;
  if (found) {
    throw new EesFormatError(
      file,
      { line: found.line, column: found.column.name, columnNumber: found.column.index + 1 },
      found.problem,
    );
  }
  if (!roles.some((r) => r.role === 'indicator')) {
    throw new EesFormatError(
      file,
      { line: 1 },
      `no indicator columns found: no column holds only numbers and status codes (${CODES})`,
    );
  }
}
