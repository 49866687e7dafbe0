import { readCsvRecords } from './csv.ts';
import { EesFormatError, eesError } from './errors.ts';
import { HELD_LEVELS, isGeographyColumn, isHeldLevel, REQUIRED_COLUMNS, TIME_COLUMNS } from './geography.ts';
import { RowPlaceReader } from './rows.ts';
import { classifyCell } from './values.ts';

interface CellAt {
  line: number;
  text: string;
}

/** What the first pass learns about one column, to decide its role and find bad cells. */
export interface ColumnScan {
  name: string;
  index: number;
  kind: 'time' | 'geography' | 'unnamed' | 'values';
  nonBlank: number;
  /** Non-blank cells that are neither a number nor a status code. */
  words: number;
  firstBlank: number | null;
  firstText: CellAt | null;
  /** Whether some word occurs more than once: a category ("Total", "16+") rather than a slip of the keyboard. */
  repeatedWord: boolean;
  /** Words seen so far (kept only while few), to tell a repeated category from one-off slips. */
  wordsSeen: Set<string>;
  statuses: Map<string, number>;
}

export interface LevelSeen {
  level: string;
  rows: number;
  codeColumns: Set<string>;
}

/** Rows at a geographic level the hub does not hold, left out of the import. */
export interface SkippedLevel {
  level: string;
  rows: number;
  firstLine: number;
}

export interface FileScan {
  header: string[];
  columns: ColumnScan[];
  rows: number;
  lastLine: number;
  levels: Map<string, LevelSeen>;
  timePeriods: Set<string>;
  timeIdentifiers: Set<string>;
  skipped: Map<string, SkippedLevel>;
}

/**
 * First pass over the whole file: checks the header, every row's time and place, and
 * notes for every other column whether it holds numbers, status codes, text or blanks.
 * Nothing is handed to the caller until this pass has finished without an error.
 */
export async function scanEesFile(
  file: string,
  described: ReadonlySet<string> = new Set(),
  allLevels = false,
): Promise<FileScan> {
  let header: string[] | null = null;
  let columns: ColumnScan[] = [];
  let valueColumns: ColumnScan[] = [];
  let unnamed: ColumnScan[] = [];
  let places: RowPlaceReader | null = null;
  const scan: Omit<FileScan, 'header' | 'columns'> = {
    rows: 0,
    lastLine: 0,
    levels: new Map(),
    timePeriods: new Set(),
    timeIdentifiers: new Set(),
    skipped: new Map(),
  };

  for await (const { fields, line } of readCsvRecords(file, eesError)) {
    if (!header) {
      header = checkHeader(file, fields, line);
      columns = header.map((name, index) => newColumn(name, index, described));
      valueColumns = columns.filter((c) => c.kind === 'values');
      unnamed = columns.filter((c) => c.kind === 'unnamed');
      places = new RowPlaceReader(file, header);
      continue;
    }
    if (!allLevels) {
      const level = places!.levelOf(fields, line);
      if (!isHeldLevel(level)) {
        const seen = scan.skipped.get(level) ?? { level, rows: 0, firstLine: line };
        seen.rows += 1;
        scan.skipped.set(level, seen);
        continue;
      }
    }
    const place = places!.read(fields, line);
    scan.rows += 1;
    scan.lastLine = line;
    scan.timePeriods.add(place.timePeriod);
    scan.timeIdentifiers.add(place.timeIdentifier);
    let level = scan.levels.get(place.geographicLevel);
    if (!level) {
      level = { level: place.geographicLevel, rows: 0, codeColumns: new Set() };
      scan.levels.set(place.geographicLevel, level);
    }
    level.rows += 1;
    level.codeColumns.add(place.areaCodeColumn);

    for (const column of unnamed) {
      if ((fields[column.index] ?? '').trim() !== '') {
        throw new EesFormatError(
          file,
          { line, columnNumber: column.index + 1 },
          'this value is in a column with no name in the header row',
        );
      }
    }
    for (const column of valueColumns) noteCell(column, (fields[column.index] ?? '').trim(), line);
  }
  if (!header) throw eesError(file, { line: null }, 'the file has no header row');
  if (scan.rows === 0 && scan.skipped.size > 0) {
    const levels = [...scan.skipped.values()].map((s) => `${s.level} (${s.rows} rows)`).join(', ');
    throw eesError(
      file,
      { line: null, column: 'geographic_level' },
      `no row is at a level the hub holds (${HELD_LEVELS.join(', ')}); the file has only ${levels}`,
    );
  }
  if (scan.rows === 0) throw eesError(file, { line: 1 }, 'the file has a header row but no data rows');
  return { header, columns, ...scan };
}

function noteCell(column: ColumnScan, text: string, line: number): void {
  switch (classifyCell(text)) {
    case 'blank':
      column.firstBlank ??= line;
      return;
    case 'status':
      column.statuses.set(text, (column.statuses.get(text) ?? 0) + 1);
      break;
    case 'text':
      column.firstText ??= { line, text };
      column.words += 1;
      if (column.wordsSeen.has(text)) column.repeatedWord = true;
      else if (column.wordsSeen.size < 100) column.wordsSeen.add(text);
      break;
    case 'number':
      break;
  }
  column.nonBlank += 1;
}

function checkHeader(file: string, fields: string[], line: number): string[] {
  const header = fields.map((f) => f.trim());
  const missing = REQUIRED_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw eesError(
      file,
      { line },
      `this is not an EES tidy-data file: the header row has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}`,
    );
  }
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name !== '' && seen.has(name)) {
      throw eesError(
        file,
        { line, column: name, columnNumber: index + 1 },
        `the column "${name}" appears twice in the header row`,
      );
    }
    seen.add(name);
  });
  return header;
}

// Columns the meta file describes are scanned whatever their names suggest.
function newColumn(name: string, index: number, described: ReadonlySet<string>): ColumnScan {
  const kind: ColumnScan['kind'] =
    name === ''
      ? 'unnamed'
      : described.has(name)
        ? 'values'
        : (TIME_COLUMNS as readonly string[]).includes(name)
          ? 'time'
          : isGeographyColumn(name)
            ? 'geography'
            : 'values';
  return {
    name,
    index,
    kind,
    nonBlank: 0,
    words: 0,
    firstBlank: null,
    firstText: null,
    repeatedWord: false,
    wordsSeen: new Set(),
    statuses: new Map(),
  };
}
