import { inflateRawSync } from 'node:zlib';
import { UploadRejected } from './errors.ts';
import { entryDataOffset, MalformedZip, readZipDirectory, type ZipEntry } from './zip-directory.ts';

export interface ZipLimits {
  /** Most bytes all entries together may unpack to. */
  maxUncompressedBytes: number;
  /** Most an entry (over 1 MiB unpacked) or the whole file may expand by. */
  maxRatio: number;
  maxEntries: number;
  /**
   * Also inflate each entry with a hard output cap, to catch archives whose directory
   * understates the sizes. Costs one bounded decompression; on by default.
   */
  verifyInflation: boolean;
}

// Office documents from boards are a few MB; a large workbook's XML compresses about
// 10-30 times. These leave ample room while refusing anything bomb-like.
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 10_000,
  verifyInflation: true,
};

// Small entries can have any ratio (a 1 KB run of spaces compresses 100×) without harm.
const RATIO_APPLIES_ABOVE = 1024 * 1024;

export interface ZipSummary {
  entryNames: string[];
  uncompressedBytes: number;
}

const CORRUPT = 'The file is damaged or is not a valid document. Save it again and upload the new copy.';
const TOO_BIG = 'The file unpacks to too much data to be processed. Split it into smaller files.';

function isUnsafePath(name: string): boolean {
  return (
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[a-z]:/i.test(name) ||
    name.split('/').includes('..')
  );
}

function checkEntry(entry: ZipEntry, limits: ZipLimits): void {
  if (isUnsafePath(entry.name))
    throw new UploadRejected('malformed-archive', CORRUPT, `unsafe entry path ${entry.name}`);
  if (entry.encrypted) {
    throw new UploadRejected(
      'unsupported-type',
      'The file is password protected. Remove the password and upload it again.',
      `encrypted entry ${entry.name}`,
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new UploadRejected(
      'malformed-archive',
      CORRUPT,
      `compression method ${entry.method} in ${entry.name}`,
    );
  }
  if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
    throw new UploadRejected('malformed-archive', CORRUPT, `stored entry ${entry.name} with differing sizes`);
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > RATIO_APPLIES_ABOVE && ratio > limits.maxRatio) {
    throw new UploadRejected('archive-too-large', TOO_BIG, `${entry.name} expands ${Math.round(ratio)}×`);
  }
}

// The "overlapping files" bomb reuses one compressed stream for many entries; honest
// archives keep every entry's bytes apart and before the central directory.
function checkLayout(
  buffer: Buffer,
  entries: ZipEntry[],
  centralDirectoryOffset: number,
): Map<ZipEntry, number> {
  const starts = new Map<ZipEntry, number>();
  const ranges = entries.map((entry) => {
    const start = entryDataOffset(buffer, entry);
    starts.set(entry, start);
    return { name: entry.name, header: entry.localHeaderOffset, end: start + entry.compressedSize };
  });
  ranges.sort((a, b) => a.header - b.header);
  let previousEnd = 0;
  for (const range of ranges) {
    if (range.header < previousEnd || range.end > centralDirectoryOffset) {
      throw new UploadRejected('malformed-archive', CORRUPT, `entry ${range.name} overlaps another`);
    }
    previousEnd = range.end;
  }
  return starts;
}

function verifyInflation(buffer: Buffer, entry: ZipEntry, start: number): void {
  if (entry.method !== 8) return;
  const compressed = buffer.subarray(start, start + entry.compressedSize);
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new UploadRejected(
      tooLarge ? 'archive-too-large' : 'malformed-archive',
      tooLarge ? TOO_BIG : CORRUPT,
      `${entry.name}: ${tooLarge ? 'inflates past its declared size' : (error as Error).message}`,
    );
  }
  if (inflated.length !== entry.uncompressedSize) {
    throw new UploadRejected('malformed-archive', CORRUPT, `${entry.name} is shorter than declared`);
  }
}

/**
 * Refuse zip bombs and broken archives (DOCX, XLSX, PPTX are zips) before any library
 * unpacks them: reads the central directory, checks entry count, total and per-entry
 * expansion, overlapping entries and unsafe paths, then (by default) inflates each entry
 * with a hard cap so understated sizes are caught too. Throws UploadRejected.
 */
export function checkZipSafety(buffer: Buffer, limits: Partial<ZipLimits> = {}): ZipSummary {
  const effective: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  let directory;
  try {
    directory = readZipDirectory(buffer, effective.maxEntries);
  } catch (error) {
    if (error instanceof MalformedZip) throw new UploadRejected('malformed-archive', CORRUPT, error.message);
    throw error;
  }
  if (directory.declaredEntryCount > effective.maxEntries) {
    throw new UploadRejected(
      'archive-too-large',
      TOO_BIG,
      `${directory.declaredEntryCount} entries, limit ${effective.maxEntries}`,
    );
  }

  let total = 0;
  for (const entry of directory.entries) {
    checkEntry(entry, effective);
    total += entry.uncompressedSize;
    if (total > effective.maxUncompressedBytes) {
      throw new UploadRejected(
        'archive-too-large',
        TOO_BIG,
        `declares over ${effective.maxUncompressedBytes} bytes`,
      );
    }
  }
  if (total > RATIO_APPLIES_ABOVE && total / buffer.length > effective.maxRatio) {
    throw new UploadRejected(
      'archive-too-large',
      TOO_BIG,
      `archive expands ${Math.round(total / buffer.length)}×`,
    );
  }

  let starts: Map<ZipEntry, number>;
  try {
    starts = checkLayout(buffer, directory.entries, directory.centralDirectoryOffset);
  } catch (error) {
    if (error instanceof MalformedZip) throw new UploadRejected('malformed-archive', CORRUPT, error.message);
    throw error;
  }
  if (effective.verifyInflation) {
    for (const entry of directory.entries) verifyInflation(buffer, entry, starts.get(entry)!);
  }
  return { entryNames: directory.entries.map((entry) => entry.name), uncompressedBytes: total };
}
