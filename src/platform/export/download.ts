import type { FastifyReply } from 'fastify';
import { safeFileName } from '../files/safe-name.ts';
import type { ExportColumn, ExportRow } from './columns.ts';
import { toCsv } from './csv.ts';
import { toXlsx, type ExportSheet } from './xlsx.ts';

export type DownloadFormat = 'csv' | 'xlsx';

export const DOWNLOAD_CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface OneTable {
  filename: string;
  format: DownloadFormat;
  columns: readonly ExportColumn[];
  rows: readonly ExportRow[];
  /** XLSX only: sheet name, title and notes above the table. */
  sheetName?: string;
  title?: string;
  notes?: readonly string[];
}

interface SeveralSheets {
  filename: string;
  format: 'xlsx';
  sheets: readonly ExportSheet[];
}

export type DownloadRequest = OneTable | SeveralSheets;

/** The download's file name: safe, with the format's extension exactly once. */
export function downloadFileName(filename: string, format: DownloadFormat): string {
  const withoutExtension = safeFileName(filename, 'download').replace(/\.(csv|xlsx)$/i, '');
  return `${withoutExtension || 'download'}.${format}`;
}

// RFC 5987 / 8187 allows only these characters unencoded in ext-value.
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Content-Disposition for an attachment: a plain ASCII `filename` for old clients and
 * `filename*` with the real (UTF-8) name for everyone else (RFC 6266).
 */
export function contentDisposition(filename: string): string {
  const asciiFallback = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_');
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

/** Send a table (or several sheets) as a CSV or XLSX download on a Fastify reply. */
export async function sendDownload(reply: FastifyReply, request: DownloadRequest): Promise<FastifyReply> {
  const name = downloadFileName(request.filename, request.format);
  let body: string | Buffer;
  if ('sheets' in request) {
    body = await toXlsx(request.sheets);
  } else if (request.format === 'csv') {
    body = toCsv(request.columns, request.rows);
  } else {
    body = await toXlsx([
      {
        name: request.sheetName ?? name.replace(/\.xlsx$/, ''),
        columns: request.columns,
        rows: request.rows,
        title: request.title,
        notes: request.notes,
      },
    ]);
  }
  // Exports can hold unpublished figures: keep them out of shared caches.
  return reply
    .header('Content-Type', DOWNLOAD_CONTENT_TYPES[request.format])
    .header('Content-Disposition', contentDisposition(name))
    .header('Cache-Control', 'private, no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .send(body);
}
