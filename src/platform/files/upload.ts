import { UploadRejected } from './errors.ts';
import { fileExtension, safeFileName } from './safe-name.ts';
import { sniffFileType, type SniffedType } from './sniff.ts';
import { checkZipSafety, type ZipLimits } from './zip-safety.ts';

export interface UploadToCheck {
  fileName: string;
  buffer: Buffer;
  /** Extensions this upload may be, e.g. ['docx', 'pdf']. */
  allowed: readonly string[];
  maxBytes?: number;
  zipLimits?: Partial<ZipLimits>;
}

export interface CheckedUpload extends SniffedType {
  /** The name to store and show: no path, no tricks, with the extension of what it is. */
  safeName: string;
  size: number;
}

const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
const ZIP_BASED = new Set(['zip', 'docx', 'xlsx', 'pptx']);
// Names people give files that are the same kind of thing.
const SAME_KIND: Record<string, string[]> = {
  jpg: ['jpg', 'jpeg'],
  csv: ['csv', 'txt'],
  txt: ['txt', 'csv', 'text'],
};

const DESCRIPTIONS: Record<string, string> = {
  pdf: 'a PDF',
  png: 'a PNG image',
  jpg: 'a JPEG image',
  gif: 'a GIF image',
  docx: 'a Word document (DOCX)',
  xlsx: 'an Excel workbook (XLSX)',
  pptx: 'a PowerPoint presentation (PPTX)',
  zip: 'a zip file',
  csv: 'a CSV file',
  txt: 'a text file',
};

function describe(extension: string): string {
  return DESCRIPTIONS[extension] ?? `a .${extension} file`;
}

function listAllowed(allowed: readonly string[]): string {
  const names = allowed.map((extension) => extension.toUpperCase());
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * Everything an uploaded file must pass before it is stored or parsed: not empty, not
 * too big, really one of the allowed kinds (by content, not name), named as what it is,
 * and, for zip-based documents, no zip bomb. Throws UploadRejected with a message for
 * the person who uploaded it.
 */
export function checkUpload(upload: UploadToCheck): CheckedUpload {
  const { buffer } = upload;
  const maxBytes = upload.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buffer.length === 0) throw new UploadRejected('empty', 'The selected file is empty.');
  if (buffer.length > maxBytes) {
    const megabytes = Math.floor(maxBytes / (1024 * 1024));
    throw new UploadRejected('too-large', `The selected file must be smaller than ${megabytes} MB.`);
  }
  const allowed = upload.allowed.map((extension) => extension.toLowerCase().replace(/^\./, ''));
  const sniffed = sniffFileType(buffer);
  const kindsOfSniffed = sniffed ? (SAME_KIND[sniffed.extension] ?? [sniffed.extension]) : [];
  if (!sniffed || !kindsOfSniffed.some((kind) => allowed.includes(kind))) {
    throw new UploadRejected(
      'unsupported-type',
      `The selected file must be ${listAllowed(allowed)}.`,
      `sniffed ${sniffed?.mime ?? 'unknown'}`,
    );
  }
  const named = fileExtension(upload.fileName);
  if (named !== '' && !kindsOfSniffed.includes(named)) {
    throw new UploadRejected(
      'type-mismatch',
      `The selected file is called .${named} but is ${describe(sniffed.extension)}. ` +
        `Upload the original ${listAllowed(allowed)} file.`,
      `named .${named}, sniffed ${sniffed.mime}`,
    );
  }
  if (ZIP_BASED.has(sniffed.extension)) checkZipSafety(buffer, upload.zipLimits);

  let safeName = safeFileName(upload.fileName, 'upload');
  if (named === '') safeName = `${safeName}.${sniffed.extension}`;
  return { ...sniffed, safeName, size: buffer.length };
}
