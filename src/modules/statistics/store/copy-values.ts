import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Queryable } from '../../../platform/db/types.ts';

/** One figure to store: what (measure, filter set), when, where, and the number or code as published. */
export type ValueRow = [
  measureId: string,
  filterSetId: string,
  timePeriod: string,
  timeIdentifier: string,
  areaCode: string,
  value: number | null,
  status: string | null,
  raw: string,
];

const COPY = 'copy stat_values (measure_id, filter_set_id, time_period, time_identifier, area_code, value, status, raw, batch_id) from';
/** Rows per piece of COPY text: big enough to be cheap, small enough not to hold a whole file as one string. */
const PIECE = 20_000;

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/g;

/** A field in COPY's text format: \N for null; backslash, tab and line breaks escaped. */
function field(text: string | null): string {
  if (text === null) return '\\N';
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c]!) : text;
}

function* pieces(rows: readonly ValueRow[], batchId: string | null): Generator<string> {
  const batch = field(batchId);
  for (let start = 0; start < rows.length; start += PIECE) {
    let text = '';
    for (let i = start; i < Math.min(start + PIECE, rows.length); i++) {
      const [m, f, period, identifier, area, value, status, raw] = rows[i]!;
      // String(number) is the shortest text that reads back as the same double.
      text += `${m}\t${f}\t${field(period)}\t${field(identifier)}\t${field(area)}\t${value === null ? '\\N' : String(value)}\t${field(status)}\t${field(raw)}\t${batch}\n`;
    }
    yield text;
  }
}

interface PgliteClient {
  query(query: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}
interface NodePgClient {
  query(stream: NodeJS.WritableStream): NodeJS.WritableStream;
  release(): void;
}

/**
 * Stores rows with COPY, PostgreSQL's bulk path (several times faster than INSERT: no
 * statement per row, one WAL record per page of rows). Runs on the caller's connection, so
 * inside its transaction: a failure leaves nothing. node-postgres streams through
 * pg-copy-streams; PGlite reads the text from a blob.
 */
export async function copyValueRows(db: Queryable, rows: readonly ValueRow[], batchId: string | null): Promise<void> {
  if (rows.length === 0) return;
  // Drizzle keeps the driver's connection (inside a transaction, the transaction's) on its session.
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (client && typeof (client as NodePgClient).release === 'function') {
    const { from } = await import('pg-copy-streams');
    await pipeline(Readable.from(pieces(rows, batchId)), (client as NodePgClient).query(from(`${COPY} stdin`)));
    return;
  }
  if (client && typeof (client as { exec?: unknown }).exec === 'function') {
    for (const text of pieces(rows, batchId)) {
      await (client as PgliteClient).query(`${COPY} '/dev/blob'`, [], { blob: new Blob([text]) });
    }
    return;
  }
  throw new Error('copyValueRows needs a transaction: COPY must run on the connection that will commit the rows');
}
