import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, it, expect, afterAll } from 'vitest';
import { readMinutesFile, parseMinutesDocx, decodeText } from './read.ts';
import { MinutesFileError } from './types.ts';
import { parseMinutesText } from './parse.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: Buffer | string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(MinutesFileError);
    return (e as Error).message;
  }
  throw new Error('expected a MinutesFileError');
}

describe('files that are not minutes', () => {
  it('refuses an empty file, naming it', async () => {
    expect(await failure(readMinutesFile(file('empty.txt', '')))).toMatch(/^empty\.txt: .*empty/);
    expect(await failure(readMinutesFile(file('empty.docx', '')))).toMatch(/^empty\.docx: .*empty/);
  });

  it('refuses a PNG renamed .docx', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect(await failure(readMinutesFile(file('photo.docx', png)))).toBe('photo.docx: is not a Word document (.docx): it is a PNG image');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', Buffer.alloc(60 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    expect(await failure(readMinutesFile(file('bomb.docx', bomb)))).toMatch(/^bomb\.docx: .*(zip bomb|too large once unpacked)/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a file over 20 MB', async () => {
    expect(await failure(readMinutesFile(file('huge.txt', Buffer.alloc(21 * 1024 * 1024, 0x61))))).toMatch(/^huge\.txt: is too large/);
    expect(await failure(parseMinutesDocx(Buffer.alloc(21 * 1024 * 1024), 'huge.docx'))).toMatch(/too large/);
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    expect(await failure(parseMinutesDocx(await zip.generateAsync({ type: 'nodebuffer' }), 'a.docx'))).toMatch(/no word\/document\.xml/);
  });

  it('refuses binary garbage named .txt, and text with no meeting date', async () => {
    expect(await failure(readMinutesFile(file('garbage.txt', Buffer.from([0, 1, 2, 3, 250, 251, 0, 7, 8]))))).toMatch(/^garbage\.txt: is not a text file/);
    expect(await failure(readMinutesFile(file('shopping.txt', 'Eggs\nMilk\nBread\n')))).toMatch(/^shopping\.txt: does not look like minutes: no meeting date/);
    expect(() => parseMinutesText('Board minutes\n1. Welcome', { fileName: 'x.md' })).toThrow(MinutesFileError);
  });

  it('refuses an unknown file type', async () => {
    expect(await failure(readMinutesFile(file('minutes.pdf', '%PDF-1.4')))).toMatch(/unsupported type "\.pdf"/);
  });
});

describe('text encodings', () => {
  const minutes = 'Board minutes – 3 March 2015\nPresent: Jane O’Neill (Hartswood)\n';
  it('reads UTF-8 with and without a BOM, UTF-16 with a BOM and Windows-1252', () => {
    const utf8 = Buffer.from(minutes, 'utf8');
    expect(decodeText(utf8, 'a')).toBe(minutes);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'a')).toBe(minutes);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minutes, 'utf16le')]), 'a')).toBe(minutes);
    const cp1252 = Buffer.from(minutes.replace('–', '\u0096').replace('’', '\u0092'), 'latin1');
    expect(decodeText(cp1252, 'a')).toBe(minutes);
  });
});
