// Builds zip files byte by byte for tests, including ones no honest zip tool would
// write (understated sizes, overlapping entries), so the checks can be tested.
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface FixtureEntry {
  name: string;
  /** Raw deflate stream (method 8) or the data itself (method 0). */
  payload: Buffer;
  method: 0 | 8;
  crc: number;
  /** What the directory claims; defaults to the truth. */
  declaredSize: number;
  /** Point this entry at an earlier entry's local header (overlap bomb). */
  reuseHeaderOf?: number;
}

export function deflatedEntry(name: string, data: Buffer | string): FixtureEntry {
  const bytes = Buffer.from(data);
  return { name, payload: deflateRawSync(bytes), method: 8, crc: crc32(bytes), declaredSize: bytes.length };
}

/** Deflates `size` zero bytes without ever holding them all in memory. */
export async function deflatedZeros(name: string, size: number): Promise<FixtureEntry> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const output: Buffer[] = [];
  deflate.on('data', (part: Buffer) => output.push(part));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    const part = chunk.subarray(0, Math.min(chunk.length, size - written));
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await finished;
  return { name, payload: Buffer.concat(output), method: 8, crc, declaredSize: size };
}

export function buildZip(entries: readonly FixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const headerOffsets: number[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = Buffer.from(entry.name, 'utf8');
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(entry.method, at + 4);
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(entry.crc >>> 0, at + 10);
      header.writeUInt32LE(entry.payload.length, at + 14);
      header.writeUInt32LE(entry.declaredSize, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    if (entry.reuseHeaderOf === undefined) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      fields(local, 4);
      locals.push(local, name, entry.payload);
      headerOffsets.push(offset);
      offset += local.length + name.length + entry.payload.length;
    } else {
      headerOffsets.push(headerOffsets[entry.reuseHeaderOf]!);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(headerOffsets[index]!, 42);
    centrals.push(central, name);
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
