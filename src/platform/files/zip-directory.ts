// Reads a zip file's central directory without inflating anything, so that what an
// archive claims about itself can be checked before any library unpacks it.
// Layout: PKWARE APPNOTE.TXT sections 4.3.12 (central directory), 4.3.14-16 (end
// records) and 4.5.3 (Zip64 extra field).

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated; anything else is unusual in office documents. */
  method: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

export interface ZipDirectory {
  /** How many entries the end record says there are. */
  declaredEntryCount: number;
  /** Empty when there are more than the caller's maxEntries (not worth reading). */
  entries: ZipEntry[];
  centralDirectoryOffset: number;
}

export class MalformedZip extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function readBigAsNumber(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  return Number(value);
}

function findEndRecord(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let offset = buffer.length - END_RECORD_SIZE; offset >= earliest; offset--) {
    if (buffer.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new MalformedZip('no end of central directory record');
}

function locateDirectory(buffer: Buffer): { offset: number; count: number } {
  const end = findEndRecord(buffer);
  let count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const locator = end - 20;
  const zip64 = count === 0xffff || offset === 0xffffffff;
  if (zip64 && locator >= 0 && buffer.readUInt32LE(locator) === ZIP64_END_LOCATOR) {
    const zip64End = readBigAsNumber(buffer, locator + 8);
    if (zip64End + 56 > buffer.length || buffer.readUInt32LE(zip64End) !== ZIP64_END) {
      throw new MalformedZip('broken Zip64 end record');
    }
    count = readBigAsNumber(buffer, zip64End + 32);
    offset = readBigAsNumber(buffer, zip64End + 48);
  }
  if (offset > buffer.length) throw new MalformedZip('central directory outside the file');
  return { offset, count };
}

function applyZip64Extra(buffer: Buffer, start: number, length: number, entry: ZipEntry): void {
  let cursor = start;
  while (cursor + 4 <= start + length) {
    const id = buffer.readUInt16LE(cursor);
    const size = buffer.readUInt16LE(cursor + 2);
    if (id === 0x0001) {
      let field = cursor + 4;
      const fieldEnd = field + size;
      if (entry.uncompressedSize === 0xffffffff && field + 8 <= fieldEnd) {
        entry.uncompressedSize = readBigAsNumber(buffer, field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff && field + 8 <= fieldEnd) {
        entry.compressedSize = readBigAsNumber(buffer, field);
        field += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff && field + 8 <= fieldEnd) {
        entry.localHeaderOffset = readBigAsNumber(buffer, field);
      }
      return;
    }
    cursor += 4 + size;
  }
}

/**
 * The entries a zip file declares, read from its central directory.
 * `maxEntries` stops reading early so a directory of millions of entries costs nothing.
 */
export function readZipDirectory(buffer: Buffer, maxEntries = Number.MAX_SAFE_INTEGER): ZipDirectory {
  if (buffer.length < END_RECORD_SIZE) throw new MalformedZip('too short to be a zip file');
  const { offset, count } = locateDirectory(buffer);
  if (count > maxEntries) return { declaredEntryCount: count, entries: [], centralDirectoryOffset: offset };
  const entries: ZipEntry[] = [];
  let cursor = offset;
  for (let index = 0; index < count; index++) {
    if (cursor + 46 > buffer.length || buffer.readUInt32LE(cursor) !== CENTRAL_FILE_HEADER) {
      throw new MalformedZip('central directory entry is cut short or corrupt');
    }
    const nameLength = buffer.readUInt16LE(cursor + 28);
    const extraLength = buffer.readUInt16LE(cursor + 30);
    const commentLength = buffer.readUInt16LE(cursor + 32);
    const nameStart = cursor + 46;
    if (nameStart + nameLength + extraLength + commentLength > buffer.length) {
      throw new MalformedZip('central directory entry runs past the end of the file');
    }
    const entry: ZipEntry = {
      name: buffer.toString('utf8', nameStart, nameStart + nameLength),
      method: buffer.readUInt16LE(cursor + 10),
      encrypted: (buffer.readUInt16LE(cursor + 8) & 0x1) === 1,
      compressedSize: buffer.readUInt32LE(cursor + 20),
      uncompressedSize: buffer.readUInt32LE(cursor + 24),
      localHeaderOffset: buffer.readUInt32LE(cursor + 42),
    };
    applyZip64Extra(buffer, nameStart + nameLength, extraLength, entry);
    entries.push(entry);
    cursor = nameStart + nameLength + extraLength + commentLength;
  }
  return { declaredEntryCount: count, entries, centralDirectoryOffset: offset };
}

/** Where an entry's compressed bytes start, from its local file header. */
export function entryDataOffset(buffer: Buffer, entry: ZipEntry): number {
  const header = entry.localHeaderOffset;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== 0x04034b50) {
    throw new MalformedZip(`local header of ${entry.name} is missing`);
  }
  return header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
}
