import { describe, expect, it } from 'vitest';
import { genuineDocx, genuineXlsx, PNG_BYTES } from './document-fixtures.ts';
import { UploadRejected } from './errors.ts';
import { checkUpload } from './upload.ts';

function rejection(action: () => unknown): UploadRejected {
  try {
    action();
  } catch (error) {
    if (error instanceof UploadRejected) return error;
    throw error;
  }
  throw new Error('expected the upload to be rejected');
}

describe('checkUpload', () => {
  it('accepts a genuine Word document and a genuine Excel workbook', async () => {
    const docx = checkUpload({
      fileName: 'C:\\Users\\me\\Minutes.docx',
      buffer: await genuineDocx(),
      allowed: ['docx', 'pdf'],
    });
    expect(docx).toMatchObject({ extension: 'docx', safeName: 'Minutes.docx' });
    const xlsx = checkUpload({
      fileName: 'return.xlsx',
      buffer: await genuineXlsx(),
      allowed: ['xlsx', 'csv'],
    });
    expect(xlsx.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('rejects a PNG renamed .docx, saying what it really is', () => {
    const error = rejection(() =>
      checkUpload({ fileName: 'minutes.docx', buffer: PNG_BYTES, allowed: ['docx', 'png'] }),
    );
    expect(error.reason).toBe('type-mismatch');
    expect(error.statusCode).toBe(415);
    expect(error.message).toBe(
      'The selected file is called .docx but is a PNG image. Upload the original DOCX or PNG file.',
    );
  });

  it('rejects a kind of file that is not allowed here, whatever it is called', () => {
    const error = rejection(() =>
      checkUpload({ fileName: 'minutes.docx', buffer: PNG_BYTES, allowed: ['docx', 'pdf'] }),
    );
    expect(error.reason).toBe('unsupported-type');
    expect(error.message).toBe('The selected file must be DOCX or PDF.');
  });

  it('rejects empty and oversized files', () => {
    expect(
      rejection(() => checkUpload({ fileName: 'a.csv', buffer: Buffer.alloc(0), allowed: ['csv'] })).message,
    ).toBe('The selected file is empty.');
    const big = Buffer.alloc(3 * 1024 * 1024, 'a');
    const error = rejection(() =>
      checkUpload({ fileName: 'a.txt', buffer: big, allowed: ['txt'], maxBytes: 2 * 1024 * 1024 }),
    );
    expect(error.message).toBe('The selected file must be smaller than 2 MB.');
    expect(error.statusCode).toBe(413);
  });

  it('treats a one-column CSV (plain text) as CSV, and names a nameless upload by its type', () => {
    const checked = checkUpload({
      fileName: 'boards.csv',
      buffer: Buffer.from('Board\nBarnet\nBrent\n'),
      allowed: ['csv'],
    });
    expect(checked.safeName).toBe('boards.csv');
    const nameless = checkUpload({ fileName: '', buffer: Buffer.from('%PDF-1.4\n'), allowed: ['pdf'] });
    expect(nameless.safeName).toBe('upload.pdf');
  });
});
