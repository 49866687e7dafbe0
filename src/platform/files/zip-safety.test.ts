import { describe, expect, it } from 'vitest';
import { genuineDocx, genuineXlsx } from './document-fixtures.ts';
import { UploadRejected } from './errors.ts';
import { buildZip, deflatedEntry, deflatedZeros } from './zip-fixtures.ts';
import { checkZipSafety } from './zip-safety.ts';

function rejection(action: () => unknown): UploadRejected {
  try {
    action();
  } catch (error) {
    if (error instanceof UploadRejected) return error;
    throw error;
  }
  throw new Error('expected the upload to be rejected');
}

const MiB = 1024 * 1024;

// Deflating 200 MB takes about half a second: do it once for the tests that need it.
let twoHundredMegabytesOfZeros: ReturnType<typeof deflatedZeros> | undefined;
function bombEntry() {
  twoHundredMegabytesOfZeros ??= deflatedZeros('xl/zeros.xml', 200 * MiB);
  return twoHundredMegabytesOfZeros;
}

describe('checkZipSafety', () => {
  it('accepts genuine Word and Excel files', async () => {
    const docx = checkZipSafety(await genuineDocx());
    expect(docx.entryNames).toContain('word/document.xml');
    const xlsx = checkZipSafety(await genuineXlsx());
    expect(xlsx.entryNames).toContain('xl/workbook.xml');
  });

  it('rejects a real zip bomb (200 MB of zeros) from its directory, without inflating it', async () => {
    const bomb = buildZip([deflatedEntry('[Content_Types].xml', '<Types/>'), await bombEntry()]);
    expect(bomb.length).toBeLessThan(MiB);
    const error = rejection(() => checkZipSafety(bomb, { maxUncompressedBytes: 100 * MiB, verifyInflation: false }));
    expect(error.reason).toBe('archive-too-large');
    expect(error.statusCode).toBe(413);
    expect(error.message).toMatch(/too much data/);
  });

  it('rejects the bomb by its expansion ratio even when the size limit is generous', async () => {
    const bomb = buildZip([await bombEntry()]);
    const error = rejection(() =>
      checkZipSafety(bomb, { maxUncompressedBytes: 10_000 * MiB, maxRatio: 100 }),
    );
    expect(error.detail).toMatch(/expands/);
  });

  it('catches a directory that understates how much an entry inflates to', async () => {
    const liar = { ...(await deflatedZeros('word/document.xml', 20 * MiB)), declaredSize: 1000 };
    const error = rejection(() => checkZipSafety(buildZip([liar])));
    expect(error.reason).toBe('archive-too-large');
    expect(error.detail).toMatch(/declared size/);
  });

  it('rejects entries that share their compressed bytes (the overlapping-files bomb)', () => {
    const shared = deflatedEntry('a.xml', 'x'.repeat(10_000));
    const overlapping = Array.from({ length: 5 }, (_, n) => ({
      ...shared,
      name: `${n}.xml`,
      reuseHeaderOf: 0,
    }));
    const error = rejection(() => checkZipSafety(buildZip([shared, ...overlapping])));
    expect(error.detail).toMatch(/overlaps/);
  });

  it('rejects too many entries before reading them', () => {
    const entries = Array.from({ length: 50 }, (_, n) => deflatedEntry(`part${n}.xml`, 'x'));
    expect(rejection(() => checkZipSafety(buildZip(entries), { maxEntries: 20 })).detail).toMatch(
      /50 entries/,
    );
  });

  it('rejects entries whose paths climb out of the archive', () => {
    const error = rejection(() => checkZipSafety(buildZip([deflatedEntry('../../etc/cron.d/x', 'x')])));
    expect(error.reason).toBe('malformed-archive');
  });

  it('rejects a truncated or corrupt file with a message saying so', async () => {
    const docx = await genuineDocx();
    const error = rejection(() => checkZipSafety(docx.subarray(0, docx.length - 30)));
    expect(error.reason).toBe('malformed-archive');
    expect(error.message).toMatch(/damaged/);
    expect(rejection(() => checkZipSafety(Buffer.from('PK\x03\x04 not really'))).reason).toBe(
      'malformed-archive',
    );
  });

  it('allows small entries any ratio: a short run of spaces is not a bomb', () => {
    expect(() => checkZipSafety(buildZip([deflatedEntry('a.xml', ' '.repeat(100_000))]))).not.toThrow();
  });
});
