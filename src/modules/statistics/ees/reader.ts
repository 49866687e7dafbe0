import { checkCsvFile, DEFAULT_MAX_BYTES, readCsvRecords, type CsvSource } from './csv.ts';
import { eesError, EesFormatError } from './errors.ts';
import { isHeldLevel } from './geography.ts';
import { readEesMeta } from './meta.ts';
import { checkIndicatorCells, decideRoles, type EesColumn } from './roles.ts';
import { RowPlaceReader, type RowPlace } from './rows.ts';
import { scanEesFile, type SkippedLevel } from './scan.ts';
import { readIndicatorCell, type StatusCode } from './values.ts';

export interface EesReadOptions {
  /** Path of the matching `.meta.csv`; without it, columns are told apart by their content. */
  meta?: string;
  /** Largest file accepted, in bytes (default 200 MB); larger files are refused unread. */
  maxBytes?: number;
  /** Observations per batch (default 5000). */
  batchSize?: number;
  /** Blank indicator cells: left out of the observations (default), or an error. */
  blankIndicators?: 'skip' | 'error';
  /**
   * Read rows at every geographic level. By default only National, Regional and Local
   * authority rows are read (the areas the hub holds); the others are counted in `skippedLevels`.
   */
  allLevels?: boolean;
}

/** One published figure: a number as printed, or the status code published instead. */
export interface EesObservation extends RowPlace {
  /** Filter column → value for the row, e.g. { category: 'Children in Need' }. Shared by the row's observations. */
  filters: Record<string, string>;
  /** The indicator column. */
  measure: string;
  value: number | null;
  status: StatusCode | null;
  /** The cell exactly as published (after trimming spaces), so 18.3 is shown as 18.3. */
  raw: string;
  /** 1-based line of the file the row starts on. */
  line: number;
}

export interface EesBatch {
  observations: EesObservation[];
  /** Data rows read so far and in all, for progress reports. */
  rowsRead: number;
  rowsTotal: number;
}

export interface EesDescription {
  file: string;
  metaFile: string | null;
  bytes: number;
  /** Where the roles came from: the meta file, or the cells' content. */
  rolesFrom: 'meta' | 'content';
  columns: EesColumn[];
  filters: string[];
  indicators: string[];
  rows: number;
  /** Observations the file yields: non-blank indicator cells. */
  observations: number;
  blankIndicatorCells: number;
  geographicLevels: { level: string; rows: number; codeColumns: string[] }[];
  timePeriods: string[];
  timeIdentifiers: string[];
  statusCounts: Record<string, number>;
  /** Rows left out because the hub holds no areas at their level, by level, in file order. */
  skippedLevels: SkippedLevel[];
}

export interface EesFile {
  description: EesDescription;
  /** Second pass: the observations, in batches. The file was fully checked when it was opened. */
  batches(): AsyncGenerator<EesBatch>;
}

/**
 * Opens an EES tidy-data file: checks the size, reads the meta file, then reads the whole
 * data file once to check every row and decide column roles. Any problem is an
 * EesFormatError thrown here, before the caller has been given a single figure.
 */
export async function openEesFile(file: string, options: EesReadOptions = {}): Promise<EesFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const source = await checkCsvFile(file, maxBytes, eesError);
  let meta = null;
  if (options.meta) {
    await checkCsvFile(options.meta, maxBytes, eesError);
    meta = await readEesMeta(options.meta);
  }
  const described = new Set(
    meta ? [...meta.keys(), ...[...meta.values()].flatMap((m) => m.groupingColumn ?? [])] : [],
  );
  const allLevels = options.allLevels ?? false;
  const scan = await scanEesFile(file, described, allLevels);
  const columns = decideRoles(file, options.meta ?? null, scan.columns, meta);
  checkIndicatorCells(file, columns, scan.columns, options.blankIndicators ?? 'skip');

  const indicators = columns.filter((c) => c.role === 'indicator');
  const statusCounts: Record<string, number> = {};
  let observations = 0;
  for (const indicator of indicators) {
    observations += indicator.nonBlank;
    for (const [code, count] of scan.columns[indicator.number - 1]?.statuses ?? []) {
      statusCounts[code] = (statusCounts[code] ?? 0) + count;
    }
  }
  const description: EesDescription = {
    file,
    metaFile: options.meta ?? null,
    bytes: source.bytes,
    rolesFrom: meta ? 'meta' : 'content',
    columns,
    filters: columns.filter((c) => c.role === 'filter').map((c) => c.name),
    indicators: indicators.map((c) => c.name),
    rows: scan.rows,
    observations,
    blankIndicatorCells: scan.rows * indicators.length - observations,
    geographicLevels: [...scan.levels.values()].map((l) => ({ ...l, codeColumns: [...l.codeColumns] })),
    timePeriods: [...scan.timePeriods].sort(),
    timeIdentifiers: [...scan.timeIdentifiers].sort(),
    statusCounts,
    skippedLevels: [...scan.skipped.values()],
  };
  return { description, batches: () => readBatches(source, description, options.batchSize ?? 5000, allLevels) };
}

export async function describeEesFile(file: string, options: EesReadOptions = {}): Promise<EesDescription> {
  return (await openEesFile(file, options)).description;
}

/** Checks the whole file, then yields its observations in batches. */
export async function* readEesFile(file: string, options: EesReadOptions = {}): AsyncGenerator<EesBatch> {
  const opened = await openEesFile(file, options);
  yield* opened.batches();
}

/**
 * Two rows for the same area, period and filter values cannot both be stored. This is the
 * one check for it: the store's primary key would also refuse them, but only with a
 * database error naming neither line. When the roles came from content, the likely cause is
 * a filter of numbers (a year group) taken for an indicator, so the message says what would fix it.
 */
function checkRepeat(
  seen: Map<string, number>,
  description: EesDescription,
  place: RowPlace,
  filters: Record<string, string>,
  line: number,
) {
  const key = [place.areaCode, place.timePeriod, place.timeIdentifier, ...Object.values(filters)].join('\u0000');
  const earlier = seen.get(key);
  if (earlier === undefined) {
    seen.set(key, line);
    return;
  }
  const filtersText = Object.entries(filters)
    .map(([name, value]) => `${name} "${value}"`)
    .join(', ');
  let problem =
    `this row repeats line ${earlier}: the same area (${place.areaCode}), period (${place.timePeriod} ${place.timeIdentifier}) ` +
    (filtersText ? `and filter values (${filtersText})` : 'and no filter columns to tell them apart');
  if (description.rolesFrom === 'content') {
    const shown = description.indicators.slice(0, 6).join(', ');
    problem +=
      `. Without a meta file, columns holding only numbers were taken as indicators (${shown}${description.indicators.length > 6 ? ', …' : ''}); ` +
      'if one of them is a filter, such as a year group, import the file with the .meta.csv published beside it';
  }
  throw new EesFormatError(description.file, { line, column: place.areaCodeColumn }, problem);
}

async function* readBatches(
  source: CsvSource,
  description: EesDescription,
  batchSize: number,
  allLevels: boolean,
): AsyncGenerator<EesBatch> {
  const { file } = source;
  const again = await checkCsvFile(file, Number.MAX_SAFE_INTEGER, eesError);
  if (again.bytes !== source.bytes || again.modified !== source.modified) {
    throw eesError(file, { line: null }, 'the file changed while it was being imported; import it again');
  }
  const filterColumns = description.columns
    .filter((c) => c.role === 'filter')
    .map((c) => [c.name, c.number - 1] as const);
  const indicatorColumns = description.columns
    .filter((c) => c.role === 'indicator')
    .map((c) => [c.name, c.number - 1] as const);
  let places: RowPlaceReader | null = null;
  let batch: EesObservation[] = [];
  let rowsRead = 0;
  const rowsSeen = new Map<string, number>();
  for await (const { fields, line } of readCsvRecords(file, eesError)) {
    if (!places) {
      places = new RowPlaceReader(
        file,
        fields.map((f) => f.trim()),
      );
      continue;
    }
    if (!allLevels && !isHeldLevel(places.levelOf(fields, line))) continue;
    const place = places.read(fields, line);
    rowsRead += 1;
    const filters: Record<string, string> = {};
    for (const [name, i] of filterColumns) filters[name] = fields[i] ?? '';
    checkRepeat(rowsSeen, description, place, filters, line);
    for (const [measure, i] of indicatorColumns) {
      const text = (fields[i] ?? '').trim();
      if (text === '') continue;
      const cell = readIndicatorCell(text);
      const observation: EesObservation = {
        timePeriod: place.timePeriod,
        timeIdentifier: place.timeIdentifier,
        geographicLevel: place.geographicLevel,
        areaCode: place.areaCode,
        areaCodeColumn: place.areaCodeColumn,
        areaName: place.areaName,
        filters,
        measure,
        value: cell.value,
        status: cell.status,
        raw: cell.raw,
        line,
      };
      if (place.oldLaCode !== undefined) observation.oldLaCode = place.oldLaCode;
      if (place.parentCode !== undefined) observation.parentCode = place.parentCode;
      batch.push(observation);
    }
    if (batch.length >= batchSize) {
      yield { observations: batch, rowsRead, rowsTotal: description.rows };
      batch = [];
    }
  }
  if (rowsRead !== description.rows) {
    throw new EesFormatError(
      file,
      { line: null },
      'the file changed while it was being imported; import it again',
    );
  }
  if (batch.length > 0 || rowsRead === 0)
    yield { observations: batch, rowsRead, rowsTotal: description.rows };
}
