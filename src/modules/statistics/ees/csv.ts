import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse';
import type { FileErrorFactory } from './errors.ts';

/** The largest statistics file the hub will read (200 MB). */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

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
export async function checkCsvFile(file: string, maxBytes: number, makeError: FileErrorFactory): Promise<CsvSource> {
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
 * header; broken quoting and ragged rows become the caller's error type naming the line
 * and column. Blank lines are skipped.
 */
export async function* readCsvRecords(file: string, makeError: FileErrorFactory): AsyncGenerator<CsvRecord> {
  const parser = createReadStream(file).pipe(
    parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: false }),
  );
  let header: string[] = [];
  let lastLine = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      let newlines = 0;
      for (const field of record) if (field.includes('\n')) newlines += field.split('\n').length - 1;
      const line = info.lines - newlines;
      lastLine = info.lines;
      if (header.length === 0) header = record;
      yield { fields: record, line };
    }
  } catch (error) {
    if (error instanceof CsvError) throw fromCsvError(file, error, header, lastLine, makeError);
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
    default:
      return makeError(file, position(columnIndex, line), `the file is not valid CSV: ${error.message}`);
  }
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${bytes} bytes`;
}
