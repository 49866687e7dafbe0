import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedMinutes } from './types.ts';
import { MinutesFileError } from './types.ts';
import { docxToLines } from './docx-read.ts';
import { parseMinutesLines, parseMinutesText } from './parse.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Parses a Word (.docx) file's bytes. */
export async function parseMinutesDocx(buffer: Buffer, fileName = 'the document'): Promise<ParsedMinutes> {
  checkSize(buffer, fileName);
  if (buffer.length >= 8 && buffer.readUInt32BE(0) === 0xd0cf11e0) {
    throw new MinutesFileError(fileName, 'is an old-style Word document (.doc); save it as .docx and try again');
  }
  if (buffer.length < 4 || buffer.readUInt32BE(0) !== 0x504b0304) {
    throw new MinutesFileError(fileName, `is not a Word document (.docx)${describe(buffer)}`);
  }
  return parseMinutesLines(await docxToLines(buffer, fileName), fileName);
}

/** Reads minutes from a .docx, .txt or .md file. */
export async function readMinutesFile(filePath: string): Promise<ParsedMinutes> {
  const fileName = path.basename(filePath);
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new MinutesFileError(fileName, 'is not a file');
    size = info.size;
  } catch (e) {
    if (e instanceof MinutesFileError) throw e;
    throw new MinutesFileError(fileName, 'cannot be read: no such file, or permission denied');
  }
  if (size > MAX_FILE_BYTES) throw new MinutesFileError(fileName, `is too large (${(size / 1048576).toFixed(1)} MB; the limit is 20 MB)`);
  const buffer = await readFile(filePath);
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.docx') return parseMinutesDocx(buffer, fileName);
  if (ext === '.txt' || ext === '.md' || ext === '.markdown' || ext === '.text') return parseMinutesText(decodeText(buffer, fileName), { fileName });
  throw new MinutesFileError(fileName, `has an unsupported type "${ext || 'none'}"; use .docx, .txt or .md`);
}

function checkSize(buffer: Buffer, fileName: string): void {
  if (buffer.length === 0) throw new MinutesFileError(fileName, 'is empty');
  if (buffer.length > MAX_FILE_BYTES) throw new MinutesFileError(fileName, `is too large (${(buffer.length / 1048576).toFixed(1)} MB; the limit is 20 MB)`);
}

function describe(buffer: Buffer): string {
  const sig = buffer.subarray(0, 8).toString('latin1');
  if (sig.startsWith('\x89PNG')) return ': it is a PNG image';
  if (sig.startsWith('\xff\xd8\xff')) return ': it is a JPEG image';
  if (sig.startsWith('%PDF')) return ': it is a PDF';
  if (sig.startsWith('GIF8')) return ': it is a GIF image';
  return '';
}

/**
 * Text files come as UTF-8 (with or without BOM), UTF-16 (BOM, or the zero bytes give it
 * away) or Windows-1252 from older Word "Save as text". Anything else with control bytes is
 * binary and refused.
 */
export function decodeText(buffer: Buffer, fileName: string): string {
  checkSize(buffer, fileName);
  const text = decodeBytes(buffer, fileName);
  const sample = text.slice(0, 4096);
  let control = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f || c === 0xfffd) control++;
  }
  if (control > Math.max(1, sample.length * 0.01)) {
    throw new MinutesFileError(fileName, `is not a text file${describe(buffer) || ': it contains binary data'}`);
  }
  return text;
}

function decodeBytes(buffer: Buffer, fileName: string): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return utf8(buffer.subarray(3), fileName);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  const sample = buffer.subarray(0, 4096);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) zeroOdd++;
    else zeroEven++;
  }
  // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
  const half = sample.length / 2;
  if (sample.length >= 16 && zeroOdd > half * 0.3 && zeroEven < half * 0.05) return new TextDecoder('utf-16le').decode(buffer);
  if (sample.length >= 16 && zeroEven > half * 0.3 && zeroOdd < half * 0.05) return new TextDecoder('utf-16be').decode(buffer);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return windows1252(buffer);
  }
}

function utf8(buffer: Buffer, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new MinutesFileError(fileName, 'says it is UTF-8 but is not valid UTF-8 text');
  }
}

// Node's small ICU decodes "windows-1252" as Latin-1, losing Word's curly quotes and dashes.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function windows1252(buffer: Buffer): string {
  let out = '';
  for (const byte of buffer) out += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}
