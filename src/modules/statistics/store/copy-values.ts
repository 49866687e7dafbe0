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

export const COPY_VALUES =
  'copy stat_values (measure_id, filter_set_id, time_period, time_identifier, area_code, value, status, raw, batch_id) from';
/** Rows per piece of COPY data: big enough to be cheap, small enough not to hold a whole file in one buffer. */
const PIECE = 20_000;
const FIELDS = 9;

// COPY's binary format: a signature, flags and header extension length, then per row a field
// count and each field as its length (-1 for null) and bytes in the type's binary form,
// then -1. PostgreSQL reads it without parsing text: no uuid_in, no float8in, no escaping.
const SIGNATURE = Buffer.from([
  0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
]);
const TRAILER = Buffer.from([0xff, 0xff]);

/** A uuid's 16 bytes; the ids repeat on every row, so each is worked out once. */
function uuidBytes(cache: Map<string, Buffer>, id: string): Buffer {
  let bytes = cache.get(id);
  if (!bytes) {
    const hex = id.replace(/-/g, '');
    if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a uuid: ${id}`);
    cache.set(id, (bytes = Buffer.from(hex, 'hex')));
  }
  return bytes;
}

class PieceWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private at = 0;

  private room(bytes: number) {
    if (this.at + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + bytes));
    this.buffer.copy(bigger, 0, 0, this.at);
    this.buffer = bigger;
  }

  raw(bytes: Buffer) {
    this.room(bytes.length);
    this.at += bytes.copy(this.buffer, this.at);
  }

  fieldCount() {
    this.room(2);
    this.at = this.buffer.writeInt16BE(FIELDS, this.at);
  }

  nothing() {
    this.room(4);
    this.at = this.buffer.writeInt32BE(-1, this.at);
  }

  bytes(value: Buffer) {
    this.room(4 + value.length);
    this.at = this.buffer.writeInt32BE(value.length, this.at);
    this.at += value.copy(this.buffer, this.at);
  }

  text(value: string | null) {
    if (value === null) return this.nothing();
    const length = Buffer.byteLength(value);
    this.room(4 + length);
    this.at = this.buffer.writeInt32BE(length, this.at);
    this.at += this.buffer.write(value, this.at, 'utf8');
  }

  double(value: number | null) {
    if (value === null) return this.nothing();
    this.room(12);
    this.at = this.buffer.writeInt32BE(8, this.at);
    this.at = this.buffer.writeDoubleBE(value, this.at);
  }

  take(): Buffer {
    const out = Buffer.from(this.buffer.subarray(0, this.at));
    this.at = 0;
    return out;
  }
}

/** The rows in COPY's binary form, in pieces (exported for the bench, whose baseline sends the same bytes). */
export function* copyData(rows: readonly ValueRow[], batchId: string | null): Generator<Buffer> {
  const ids = new Map<string, Buffer>();
  const batch = batchId === null ? null : uuidBytes(ids, batchId);
  const out = new PieceWriter();
  out.raw(SIGNATURE);
  for (let start = 0; start < rows.length; start += PIECE) {
    for (let i = start; i < Math.min(start + PIECE, rows.length); i++) {
      const [m, f, period, identifier, area, value, status, raw] = rows[i]!;
      out.fieldCount();
      out.bytes(uuidBytes(ids, m));
      out.bytes(uuidBytes(ids, f));
      out.text(period);
      out.text(identifier);
      out.text(area);
      // -0 is stored as 0, as the text form would have it.
      out.double(value === 0 ? 0 : value);
      out.text(status);
      out.text(raw);
      if (batch) out.bytes(batch);
      else out.nothing();
    }
    if (start + PIECE >= rows.length) out.raw(TRAILER);
    yield out.take();
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
 * Stores rows with COPY in its binary form, PostgreSQL's bulk path (no statement per row,
 * one WAL record per page of rows, nothing to parse). Runs on the caller's connection, so
 * inside its transaction: a failure leaves nothing. node-postgres streams the data through
 * pg-copy-streams; PGlite reads it from a blob.
 */
export async function copyValueRows(
  db: Queryable,
  rows: readonly ValueRow[],
  batchId: string | null,
): Promise<void> {
  if (rows.length === 0) return;
  await copyValueData(db, copyData(rows, batchId));
}

/** Sends COPY data already in binary form on the caller's connection (the bench's baseline sends the same bytes). */
export async function copyValueData(db: Queryable, data: Iterable<Buffer>): Promise<void> {
  // Drizzle keeps the driver's connection (inside a transaction, the transaction's) on its session.
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (client && typeof (client as NodePgClient).release === 'function') {
    const { from } = await import('pg-copy-streams');
    await pipeline(
      Readable.from(data),
      (client as NodePgClient).query(from(`${COPY_VALUES} stdin with (format binary)`)),
    );
    return;
  }
  if (client && typeof (client as { exec?: unknown }).exec === 'function') {
    await (client as PgliteClient).query(`${COPY_VALUES} '/dev/blob' with (format binary)`, [], {
      blob: new Blob([...data] as Uint8Array<ArrayBuffer>[]),
    });
    return;
  }
  throw new Error(
    'copyValueRows needs a transaction: COPY must run on the connection that will commit the rows',
  );
}
