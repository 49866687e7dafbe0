// Characters Windows forbids in names, plus the path separators of every system.
const RESERVED_CHARACTERS = /[<>:"/\\|?*]/g;
// C0 and C1 controls, and the bidirectional overrides that can make "exe.pdf" read as
// "fdp.exe" in a file list.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Device names Windows will not let a file be called, whatever its extension.
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
const MAX_BYTES = 200;

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cut to at most `maxBytes` of UTF-8 without splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  let result = '';
  for (const character of text) {
    if (utf8Length(result + character) > maxBytes) break;
    result += character;
  }
  return result;
}

/**
 * A file name safe to store, show and offer for download: no folders (`../../x` → `x`),
 * no control or direction-changing characters, no characters or device names that
 * Windows refuses, no leading dot (hidden files), at most 200 bytes, never empty.
 */
export function safeFileName(name: string, fallback = 'file'): string {
  const lastPart = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let cleaned = lastPart
    .replace(INVISIBLE_OR_CONTROL, '')
    .replace(RESERVED_CHARACTERS, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (RESERVED_NAMES.test(cleaned)) cleaned = `_${cleaned}`;
  if (cleaned === '') return fallback;
  if (utf8Length(cleaned) <= MAX_BYTES) return cleaned;

  // Keep the extension when shortening, so the file still opens in the right program.
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  const stem = cleaned.slice(0, cleaned.length - extension.length);
  return truncateUtf8(stem, MAX_BYTES - utf8Length(extension)).trimEnd() + extension;
}

/** The lower-case extension of a file name without the dot, or '' when it has none. */
export function fileExtension(name: string): string {
  const base = safeFileName(name, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
