import type { FastifyRequest } from 'fastify';
import { MAX_DOCUMENT_BYTES, type UploadedFile } from './service.ts';

export interface MultipartForm {
  fields: Record<string, string>;
  file: UploadedFile | null;
  /** The file was bigger than the limit; its bytes were not kept. */
  tooLarge: boolean;
  /** The request was not a multipart form at all. */
  notMultipart: boolean;
}

/**
 * Reads a form with one file into memory, never more than the document size limit
 * (plus one byte, so "too large" is known rather than guessed).
 */
export async function readMultipartForm(request: FastifyRequest): Promise<MultipartForm> {
  const form: MultipartForm = { fields: {}, file: null, tooLarge: false, notMultipart: false };
  if (!request.isMultipart()) return { ...form, notMultipart: true };
  // preservePath: the file name exactly as sent, so a name with a folder path in it is
  // refused with a message rather than quietly cut down.
  // throwFileSizeLimit: false (read by the plugin, missing from its types) marks an oversize
  // file as truncated instead of aborting the whole form.
  const options = { preservePath: true, throwFileSizeLimit: false, limits: { fileSize: MAX_DOCUMENT_BYTES + 1, files: 1, fields: 20, fieldSize: 10_000 } };
  for await (const part of request.parts(options as Parameters<FastifyRequest['parts']>[0])) {
    if (part.type === 'file') {
      const buffer = await part.toBuffer();
      if (part.file.truncated) {
        form.tooLarge = true;
        continue;
      }
      // A file input left empty still sends a part, with no name and no bytes.
      if (part.filename || buffer.length > 0) form.file = { fileName: part.filename, buffer };
    } else {
      form.fields[part.fieldname] = String(part.value ?? '');
    }
  }
  return form;
}
