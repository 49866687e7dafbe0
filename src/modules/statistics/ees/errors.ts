import path from 'node:path';

export interface FilePosition {
  /** 1-based line in the file, or null when the problem is the file as a whole. */
  line: number | null;
  /** Column header as written in the file, when known. */
  column?: string | null;
  /** 1-based column position, when known (useful when the header itself is the problem). */
  columnNumber?: number | null;
}

/**
 * A statistics file the hub cannot take as it is. The message names the file, line and
 * column so whoever publishes or uploads the file can find the cell and fix it.
 */
export class StatisticsFileError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly columnNumber: number | null;
  /** The problem on its own, without the file/line/column prefix. */
  readonly problem: string;

  constructor(file: string, position: FilePosition, problem: string) {
    super(`${describePosition(file, position)}: ${problem}`);
    this.name = new.target.name;
    this.file = file;
    this.line = position.line;
    this.column = position.column ?? null;
    this.columnNumber = position.columnNumber ?? null;
    this.problem = problem;
  }
}

/** The file is not an Explore Education Statistics tidy-data CSV the hub can import. */
export class EesFormatError extends StatisticsFileError {}

export type FileErrorFactory = (file: string, position: FilePosition, problem: string) => StatisticsFileError;

export const eesError: FileErrorFactory = (file, position, problem) =>
  new EesFormatError(file, position, problem);

function describePosition(file: string, { line, column, columnNumber }: FilePosition): string {
  const parts = [path.basename(file)];
  if (line !== null) parts.push(`line ${line}`);
  if (column) parts.push(`column "${column}"`);
  else if (columnNumber) parts.push(`column ${columnNumber}`);
  return parts.join(', ');
}
