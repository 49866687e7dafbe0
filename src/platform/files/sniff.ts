import { MalformedZip, readZipDirectory } from './zip-directory.ts';

export interface SniffedType {
  mime: string;
  extension: string;
  /** For text: how its bytes are encoded (Excel's "CSV" saves as Windows-1252). */
  charset?: 'utf-8' | 'windows-1252';
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_PREFIXES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];
const TEXT_SAMPLE_BYTES = 64 * 1024;

const OFFICE_DOCUMENTS: { folder: string; type: SniffedType }[] = [
  {
    folder: 'word/',
    type: {
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
    },
  },
  {
    folder: 'xl/',
    type: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  },
  {
    folder: 'ppt/',
    type: {
      mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      extension: 'pptx',
    },
  },
];

function startsWith(buffer: Buffer, prefix: Buffer | string): boolean {
  const bytes = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return buffer.length >= bytes.length && buffer.subarray(0, bytes.length).equals(bytes);
}

// DOCX, XLSX and PPTX are all zips; they differ in the part folders that sit beside
// [Content_Types].xml. A zip we cannot read is still reported as a zip, so that the
// zip checks can give the person the right message.
function sniffZip(buffer: Buffer): SniffedType {
  const zip: SniffedType = { mime: 'application/zip', extension: 'zip' };
  let names: string[];
  try {
    names = readZipDirectory(buffer, 50_000).entries.map((entry) => entry.name);
  } catch (error) {
    if (error instanceof MalformedZip) return zip;
    throw error;
  }
  if (!names.includes('[Content_Types].xml')) return zip;
  const office = OFFICE_DOCUMENTS.find(({ folder }) => names.some((name) => name.startsWith(folder)));
  return office ? { ...office.type } : zip;
}

function decodeText(
  sample: Buffer,
  truncated: boolean,
): { text: string; charset: 'utf-8' | 'windows-1252' } | null {
  // Control characters other than tab, new lines and form feed mean binary data.
  for (const byte of sample) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f) return null;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // A sample cut mid-character is still UTF-8: allow up to 3 bytes short at the end.
  for (let trim = 0; trim <= (truncated ? 3 : 0); trim++) {
    try {
      return { text: decoder.decode(sample.subarray(0, sample.length - trim)), charset: 'utf-8' };
    } catch {
      // try a shorter sample
    }
  }
  return { text: new TextDecoder('windows-1252').decode(sample), charset: 'windows-1252' };
}

// Text is CSV when its first records (quoted new lines allowed) all have the same
// number of commas, at least one.
function looksLikeCsv(text: string, truncated: boolean): boolean {
  const commaCounts: number[] = [];
  let commas = 0;
  let inQuotes = false;
  let recordHasContent = false;
  for (const character of text.replace(/^\uFEFF/, '')) {
    if (character === '"') inQuotes = !inQuotes;
    if (!inQuotes && character === '\n') {
      if (recordHasContent) commaCounts.push(commas);
      commas = 0;
      recordHasContent = false;
      if (commaCounts.length >= 20) break;
      continue;
    }
    if (!inQuotes && character === ',') commas++;
    if (character !== '\r') recordHasContent = true;
  }
  if (recordHasContent && !truncated && commaCounts.length < 20) commaCounts.push(commas);
  return (
    commaCounts.length > 0 && commaCounts[0]! > 0 && commaCounts.every((count) => count === commaCounts[0])
  );
}

/**
 * What a file really is, from its first bytes rather than its name: PDF, PNG, JPEG,
 * GIF, DOCX/XLSX/PPTX (or another zip), CSV or plain text. Null for anything else.
 */
export function sniffFileType(buffer: Buffer): SniffedType | null {
  if (buffer.length === 0) return null;
  if (startsWith(buffer, '%PDF-')) return { mime: 'application/pdf', extension: 'pdf' };
  if (startsWith(buffer, PNG)) return { mime: 'image/png', extension: 'png' };
  if (startsWith(buffer, Buffer.from([0xff, 0xd8, 0xff]))) return { mime: 'image/jpeg', extension: 'jpg' };
  if (startsWith(buffer, 'GIF87a') || startsWith(buffer, 'GIF89a'))
    return { mime: 'image/gif', extension: 'gif' };
  if (ZIP_PREFIXES.some((prefix) => startsWith(buffer, prefix))) return sniffZip(buffer);

  const truncated = buffer.length > TEXT_SAMPLE_BYTES;
  const decoded = decodeText(buffer.subarray(0, TEXT_SAMPLE_BYTES), truncated);
  if (!decoded) return null;
  return looksLikeCsv(decoded.text, truncated)
    ? { mime: 'text/csv', extension: 'csv', charset: decoded.charset }
    : { mime: 'text/plain', extension: 'txt', charset: decoded.charset };
}
