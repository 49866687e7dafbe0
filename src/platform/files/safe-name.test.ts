import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileExtension, safeFileName } from './safe-name.ts';

describe('safeFileName', () => {
  it('strips folders, however they are written', () => {
    expect(safeFileName('../../x')).toBe('x');
    expect(safeFileName('..\\..\\Windows\\system32\\minutes.docx')).toBe('minutes.docx');
    expect(safeFileName('/etc/passwd')).toBe('passwd');
    expect(safeFileName('..')).toBe('file');
  });

  it('removes control and direction-changing characters', () => {
    expect(safeFileName('minutes\u0000\r\n.docx')).toBe('minutes.docx');
    expect(safeFileName('invoice\u202Excod.exe')).toBe('invoicexcod.exe');
  });

  it('avoids names Windows refuses and hidden dot-files', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('lpt1.txt')).toBe('_lpt1.txt');
    expect(safeFileName('a<b>:c?.pdf')).toBe('a_b__c_.pdf');
    expect(safeFileName('.htaccess')).toBe('htaccess');
    expect(safeFileName('report. . ')).toBe('report');
  });

  it('keeps ordinary names, accents and the extension of long names', () => {
    expect(safeFileName('Chairs’ network – café minutes.docx')).toBe('Chairs’ network – café minutes.docx');
    const long = safeFileName(`${'é'.repeat(300)}.xlsx`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long.endsWith('.xlsx')).toBe(true);
  });

  it('uses the fallback when nothing is left', () => {
    expect(safeFileName('', 'upload')).toBe('upload');
    expect(safeFileName('///')).toBe('file');
  });

  it('never returns a name with a path, a control character or a dot-only name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const safe = safeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex -- control characters are what must not appear
        expect(safe).not.toMatch(/[/\\<>:"|?*\u0000-\u001f\u007f]/);
        expect(safe).not.toMatch(/^\./);
        expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(200);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fileExtension', () => {
  it('gives the lower-case extension, or nothing', () => {
    expect(fileExtension('Return.XLSX')).toBe('xlsx');
    expect(fileExtension('README')).toBe('');
    expect(fileExtension('../x.csv')).toBe('csv');
  });
});
