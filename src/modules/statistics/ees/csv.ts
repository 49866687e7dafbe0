import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CsvError, parse, type Options } from 'csv-parse';
import type { FileErrorFactory } from './errors.ts';

/** The largest statistics file the hub will read (200 MB). */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

// No real row comes near this; a quote left open would otherwise swallow the rest of the file.
const MAX_RECORD_CHARS = 1_000_000;

export interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on (a quoted cell may run over several lines). */
  line: number;
}

export interface CsvSource {
  file: string;
  bytes: number;
  modified: number;
}

/** Checks the file exists and is within the size limit, before a byte of it is read. */
export async function checkCsvFile(
  file: string,
  maxBytes: number,
  makeError: FileErrorFactory,
): Promise<CsvSource> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw makeError(file, { line: null }, 'the file cannot be found or opened');
  }
  if (!info.isFile()) throw makeError(file, { line: null }, 'this is not a file');
  if (info.size > maxBytes) {
    throw makeError(
      file,
      { line: null },
      `the file is ${formatBytes(info.size)}, larger than the ${formatBytes(maxBytes)} the hub accepts`,
    );
  }
  if (info.size === 0) throw makeError(file, { line: null }, 'the file is empty');
  return { file, bytes: info.size, modified: info.mtimeMs };
}

/**
 * Streams a CSV file record by record. Every record must have as many fields as the
 * header (unless raggedRows, for spreadsheet exports); broken quoting and ragged rows
 * become the caller's error type naming the line and column. Blank lines are skipped.
 */
export async function* readCsvRecords(
  file: string,
  makeError: FileErrorFactory,
  { raggedRows = false }: { raggedRows?: boolean } = {},
): AsyncGenerator<CsvRecord> {
  let header: string[] | null = null;
  let lastLine = 0;
  // Done as each record is parsed, not as it is consumed: when csv-parse fails, the records
  // it had buffered are dropped, and the error message needs the header and the last line.
  const onRecord = (fields: string[], context: { lines: number }): CsvRecord => {
    header ??= fields;
    lastLine = context.lines;
    let newlines = 0;
    for (const field of fields) if (field.includes('\n')) newlines += field.split('\n').length - 1;
    return { fields, line: context.lines - newlines };
  };
  const options: Options<CsvRecord, string[]> = {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: raggedRows,
    max_record_size: MAX_RECORD_CHARS,
    on_record: onRecord,
  };
  // csv-parse's typings only let on_record reshape records when `columns` is set; it works without.
  const parser = createReadStream(file).pipe(parse(options as unknown as Options));
  try {
    for await (const record of parser as AsyncIterable<CsvRecord>) yield record;
  } catch (error) {
    if (error instanceof CsvError) throw fromCsvError(file, error, header ?? [], lastLine, makeError);
    throw error;
  } finally {
    parser.destroy();
  }
}

function fromCsvError(
  file: string,
  error: CsvError,
  header: string[],
  lastLine: number,
  makeError: FileErrorFactory,
): Error {
  const raw = error as CsvError & { lines?: number; column?: number | string; index?: number };
  const columnIndex = typeof raw.index === 'number' ? raw.index : undefined;
  const line = typeof raw.lines === 'number' ? raw.lines : lastLine + 1;
  const position = (index: number | undefined, atLine: number) => ({
    line: atLine,
    column: index !== undefined ? (header[index] ?? null) : null,
    columnNumber: index !== undefined ? index + 1 : null,
  });
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      // csv-parse reports the end of the file; the quote opened in the record after the last good one.
      return makeError(
        file,
        position(columnIndex, lastLine + 1),
        'a quoted value is never closed: a double quote (") opens a value that runs to the end of the file',
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return makeError(
        file,
        position(columnIndex, line),
        'a quoted value has text after its closing quote; write a quote inside a quoted value as two quotes ("")',
      );
    case 'INVALID_OPENING_QUOTE':
      return makeError(
        file,
        position(columnIndex, line),
        'a double quote (") appears inside a value that is not quoted; quote the whole value and double the quote',
      );
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const found = typeof raw.index === 'number' ? raw.index : undefined;
      const expected = header.length;
      return makeError(
        file,
        { line, columnNumber: found ?? null },
        found !== undefined
          ? `this row has ${found} values but the header has ${expected} columns (an unquoted comma, or a missing or extra value?)`
          : `this row does not have the ${expected} values the header has`,
      );
    }
    case 'CSV_MAX_RECORD_SIZE':
      return makeError(
        file,
        { line: lastLine + 1 },
        `a row runs to more than ${MAX_RECORD_CHARS.toLocaleString('en-GB')} characters: most likely a double quote (") that is never closed`,
      );
    default:
      return makeError(file, position(columnIndex, line), `the file is not valid CSV: ${error.message}`);
  }
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${bytes} bytes`;
}
