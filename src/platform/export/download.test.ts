import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadFileName, sendDownload } from './download.ts';

const columns = [{ key: 'area', header: 'Area' }];

async function download(request: Parameters<typeof sendDownload>[1]) {
  const app = Fastify();
  app.get('/download', (_req, reply) => sendDownload(reply, request));
  const response = await app.inject({ method: 'GET', url: '/download' });
  await app.close();
  return response;
}

describe('sendDownload', () => {
  it('sends CSV with its content type, an attachment name and no caching', async () => {
    const response = await download({
      filename: 'returns',
      format: 'csv',
      columns,
      rows: [{ area: 'Bexley' }],
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="returns.csv"; filename*=UTF-8''returns.csv`,
    );
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body).toBe('\uFEFFArea\r\nBexley\r\n');
  });

  it('sends XLSX as a spreadsheet file', async () => {
    const response = await download({ filename: 'returns.xlsx', format: 'xlsx', columns, rows: [] });
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toContain('filename="returns.xlsx"');
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('never lets a file name escape the header or carry a path', async () => {
    const response = await download({
      filename: '../../etc/"passwd";\r\nSet-Cookie: x=1',
      format: 'csv',
      columns,
      rows: [],
    });
    const disposition = response.headers['content-disposition'] as string;
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(disposition).not.toMatch(/[\r\n]/);
    expect(disposition).not.toContain('/');
    expect(disposition.match(/"/g)).toHaveLength(2);
  });
});

describe('file names for downloads', () => {
  it('adds the format extension exactly once', () => {
    expect(downloadFileName('returns.CSV', 'csv')).toBe('returns.csv');
    expect(downloadFileName('', 'xlsx')).toBe('download.xlsx');
  });

  it('encodes non-ASCII names by RFC 5987 with an ASCII fallback', () => {
    expect(contentDisposition('Tower Hamlets – café (2025).csv')).toBe(
      `attachment; filename="Tower Hamlets _ cafe (2025).csv"; ` +
        `filename*=UTF-8''Tower%20Hamlets%20%E2%80%93%20caf%C3%A9%20%282025%29.csv`,
    );
  });
});
