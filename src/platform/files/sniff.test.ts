import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genuineDocx, genuineXlsx, PNG_BYTES } from './document-fixtures.ts';
import { sniffFileType } from './sniff.ts';
import { buildZip, deflatedEntry } from './zip-fixtures.ts';

describe('sniffFileType', () => {
  it('recognises PDF, PNG, JPEG and GIF by their first bytes', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1'))?.extension).toBe('pdf');
    expect(sniffFileType(PNG_BYTES)).toEqual({ mime: 'image/png', extension: 'png' });
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.mime).toBe('image/jpeg');
    expect(sniffFileType(Buffer.from('GIF89a\x01\x00', 'latin1'))?.mime).toBe('image/gif');
  });

  it('tells Word, Excel and PowerPoint files apart from each other and from plain zips', async () => {
    expect(sniffFileType(await genuineDocx())?.extension).toBe('docx');
    expect(sniffFileType(await genuineXlsx())?.extension).toBe('xlsx');
    const pptx = buildZip([
      deflatedEntry('[Content_Types].xml', '<Types/>'),
      deflatedEntry('ppt/presentation.xml', '<p:presentation/>'),
    ]);
    expect(sniffFileType(pptx)?.mime).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(sniffFileType(buildZip([deflatedEntry('word/document.xml', '<w/>')]))?.extension).toBe('zip');
    expect(sniffFileType(buildZip([deflatedEntry('notes.txt', 'hello')]))?.extension).toBe('zip');
  });

  it('recognises CSV, including quoted commas and new lines, and other text', () => {
    const csv = 'Board,Referrals,Note\r\nBarnet,120,"late, see ""email"""\r\nBrent,98,"two\nlines"\r\n';
    expect(sniffFileType(Buffer.from(`\uFEFF${csv}`))).toEqual({
      mime: 'text/csv',
      extension: 'csv',
      charset: 'utf-8',
    });
    expect(sniffFileType(Buffer.from('Minutes of the meeting.\nApologies: none.'))?.extension).toBe('txt');
    expect(sniffFileType(Buffer.from('a,b\na,b,c\n'))?.extension).toBe('txt');
  });

  it('notices text saved by Excel in Windows-1252', () => {
    const bytes = Buffer.from('Area,Budget\nBromley,£1200\n', 'latin1');
    expect(sniffFileType(bytes)).toEqual({ mime: 'text/csv', extension: 'csv', charset: 'windows-1252' });
  });

  it('gives no type for unknown binary data or an empty file', () => {
    expect(sniffFileType(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });

  it('never throws, whatever the bytes (including ones that start like a zip)', () => {
    const bytes = fc.uint8Array({ maxLength: 600 });
    const zipLike = bytes.map((tail) => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), tail]));
    fc.assert(
      fc.property(
        fc.oneof(
          bytes.map((b) => Buffer.from(b)),
          zipLike,
        ),
        (buffer) => {
          const sniffed = sniffFileType(buffer);
          if (sniffed) expect(sniffed.mime).toMatch(/^[a-z]+\/[\w.+-]+$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('still reads a large CSV whose sample ends mid-character', () => {
    const row = 'Tower Hamlets,café—£,3\n';
    const big = Buffer.from('Area,Note,Count\n' + row.repeat(5000));
    expect(sniffFileType(big)?.extension).toBe('csv');
  });
});
