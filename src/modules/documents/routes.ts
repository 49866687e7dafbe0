import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import { parseForm, singleError, type FieldErrors } from '../../platform/http/forms.ts';
import { contentDisposition } from '../../platform/export/index.ts';
import { UploadRejected } from '../../platform/files/index.ts';
import { readMultipartForm, type MultipartForm } from './multipart.ts';
import * as documents from './service.ts';

const view = (name: string) => `modules/documents/views/${name}`;
const signedIn = { preHandler: requireSignIn };
const targetQuery = z.object({ kind: z.string().max(40), id: z.string().max(100) });
const idParam = z.object({ id: z.string().uuid() });
const accept = documents.DOCUMENT_TYPES.map((t) => `.${t}`).join(',') + ',.jpeg';
const maxMegabytes = Math.floor(documents.MAX_DOCUMENT_BYTES / (1024 * 1024));

const wantsJson = (request: FastifyRequest) => request.url.startsWith('/api/') || (request.headers.accept ?? '').startsWith('application/json');
function refuse(request: FastifyRequest, reply: FastifyReply, status: 403 | 404) {
  if (wantsJson(request)) return reply.code(status).send({ error: status === 404 ? 'Not found' : 'You do not have permission to do that', details: [] });
  return reply.code(status).page(status === 404 ? 'errors/404.njk' : 'errors/403.njk');
}

/** The file's problem as a form error on the file field, or null when the file passes. */
function fileProblem(form: MultipartForm): FieldErrors | null {
  if (form.tooLarge) return singleError('file', `The selected file must be smaller than ${maxMegabytes} MB.`);
  if (!form.file) return singleError('file', 'Select a file to upload');
  try {
    documents.checkDocumentFile(form.file);
    return null;
  } catch (error) {
    if (error instanceof UploadRejected) return singleError('file', error.message);
    throw error;
  }
}

const merge = (a: FieldErrors | null, b: FieldErrors | null): FieldErrors | null =>
  a && b ? { errorList: [...a.errorList, ...b.errorList], fields: { ...a.fields, ...b.fields } } : (a ?? b);

/** Papers attached to things of other modules; who may see them follows what they are attached to. */
export const documentsModule = fp(async (app: FastifyInstance) => {
  const newForm = (request: FastifyRequest, reply: FastifyReply, target: documents.AttachmentTarget & { kindLabel: string }, q: { kind: string; id: string }, values: unknown, errors?: FieldErrors | null) =>
    reply.code(errors ? 400 : 200).page(view('new.njk'), { title: 'Upload a document', sectionPath: target.href, target, q, values, errors: errors ?? undefined, accept, maxMegabytes });

  app.get('/documents/new', signedIn, async (request, reply) => {
    const q = targetQuery.parse(request.query);
    const target = await documents.resolveAttachment(app.db, request.principal, q.kind, q.id);
    if (!target) return refuse(request, reply, 404);
    if (!target.canEdit) return refuse(request, reply, 403);
    return newForm(request, reply, target, q, {});
  });

  app.post('/documents/new', signedIn, async (request, reply) => {
    const q = targetQuery.parse(request.query);
    const target = await documents.resolveAttachment(app.db, request.principal, q.kind, q.id);
    if (!target) return refuse(request, reply, 404);
    if (!target.canEdit) return refuse(request, reply, 403);
    const form = await readMultipartForm(request);
    if (form.notMultipart) return reply.code(415).page('errors/400.njk', { message: 'Send the form with its file (multipart/form-data).', status: 415 });
    const fields = parseForm(documents.documentInput, form.fields);
    const errors = merge(fields.ok ? null : fields.errors, fileProblem(form));
    if (errors || !fields.ok) return newForm(request, reply, target, q, form.fields, errors);
    const file = form.file!;
    const { document } = await app.db.transaction((tx) => documents.addDocument(tx, request.actor, app.config.uploadDir, { kind: q.kind, id: q.id }, fields.value, file));
    await reply.flash('success', `${document.title} uploaded`);
    return reply.redirect(`/documents/${document.id}`, 303);
  });

  /** The document with what it is attached to, if this person may read it. */
  async function readable(request: FastifyRequest) {
    const { id } = idParam.parse(request.params);
    const doc = await documents.getDocument(app.db, id);
    if (!doc) return null;
    const target = await documents.resolveAttachment(app.db, request.principal, doc.attachedKind, doc.attachedId);
    return target ? { doc, target } : null;
  }

  const documentPage = async (request: FastifyRequest, reply: FastifyReply, found: NonNullable<Awaited<ReturnType<typeof readable>>>, errors?: FieldErrors | null, values?: unknown) =>
    reply.code(errors ? 400 : 200).page(view('document.njk'), {
      title: found.doc.title,
      sectionPath: found.target.href,
      doc: found.doc,
      target: found.target,
      versions: await documents.listVersions(app.db, found.doc.id),
      values: values ?? found.doc,
      errors: errors ?? undefined,
      accept,
      maxMegabytes,
    });

  app.get('/documents/:id', signedIn, async (request, reply) => {
    const found = await readable(request);
    if (!found) return refuse(request, reply, 404);
    if (!found.target.canRead) return refuse(request, reply, 403);
    return documentPage(request, reply, found);
  });

  app.post('/documents/:id/edit', signedIn, async (request, reply) => {
    const found = await readable(request);
    if (!found) return refuse(request, reply, 404);
    if (!found.target.canEdit) return refuse(request, reply, 403);
    const form = parseForm(documents.documentInput, request.body);
    if (!form.ok) return documentPage(request, reply, found, form.errors, request.body);
    await app.db.transaction((tx) => documents.updateDocument(tx, request.actor, found.doc.id, form.value));
    await reply.flash('success', form.value.published ? 'Document saved and published' : 'Document saved');
    return reply.redirect(`/documents/${found.doc.id}`, 303);
  });

  app.post('/documents/:id/versions', signedIn, async (request, reply) => {
    const found = await readable(request);
    if (!found) return refuse(request, reply, 404);
    if (!found.target.canEdit) return refuse(request, reply, 403);
    const form = await readMultipartForm(request);
    if (form.notMultipart) return reply.code(415).page('errors/400.njk', { message: 'Send the form with its file (multipart/form-data).', status: 415 });
    const note = documents.versionNote.safeParse(form.fields.note);
    const errors = merge(note.success ? null : singleError('note', note.error.issues[0]!.message), fileProblem(form));
    if (errors || !note.success) return documentPage(request, reply, found, errors, { ...found.doc, note: form.fields.note });
    const version = await app.db.transaction((tx) => documents.addVersion(tx, request.actor, app.config.uploadDir, found.doc.id, form.file!, note.data));
    await reply.flash('success', `Version ${version.version} uploaded`);
    return reply.redirect(`/documents/${found.doc.id}`, 303);
  });

  app.get('/documents/:id/delete', signedIn, async (request, reply) => {
    const found = await readable(request);
    if (!found) return refuse(request, reply, 404);
    if (!found.target.canEdit) return refuse(request, reply, 403);
    return reply.page(view('delete.njk'), { title: `Delete ${found.doc.title}`, sectionPath: found.target.href, doc: found.doc, target: found.target, versions: await documents.listVersions(app.db, found.doc.id) });
  });

  app.post('/documents/:id/delete', signedIn, async (request, reply) => {
    const found = await readable(request);
    if (!found) return refuse(request, reply, 404);
    if (!found.target.canEdit) return refuse(request, reply, 403);
    const since = new Date();
    const deleted = await app.db.transaction((tx) => documents.deleteDocument(tx, request.actor, found.doc.id));
    // After the commit: a deletion that rolled back must still find its files.
    await documents.removeUnusedFiles(app.db, app.config.uploadDir, deleted.unusedFiles, since).catch((error: unknown) => request.log.warn({ err: error, document: found.doc.id }, 'deleted document left files behind'));
    await reply.flash('success', `${found.doc.title} deleted`);
    return reply.redirect(found.target.href, 303);
  });

  app.get('/documents/:id/download', signedIn, async (request, reply) => {
    const found = await readable(request);
    if (!found) return refuse(request, reply, 404);
    if (!found.target.canRead) return refuse(request, reply, 403);
    const { version: number } = z.object({ version: z.coerce.number().int().min(1).optional().catch(undefined) }).parse(request.query);
    const version = await documents.getVersion(app.db, found.doc.id, number);
    if (!version || !documents.blobExists(app.config.uploadDir, version.sha256)) return refuse(request, reply, 404);
    return reply
      .header('Content-Type', version.mime)
      .header('Content-Disposition', contentDisposition(version.fileName))
      .header('Content-Length', String(version.size))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .send(documents.readBlob(app.config.uploadDir, version.sha256));
  });

  app.openApi.addTag('documents', 'Documents attached to projects, meetings, reviews and collections');
  app.openApi.addPaths({
    '/documents': { get: { tags: ['documents'], summary: 'Documents attached to one thing', parameters: [{ name: 'kind', in: 'query', required: true, schema: { type: 'string' } }, { name: 'id', in: 'query', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'The thing and its documents with their latest versions' }, '403': { description: 'Not allowed' }, '404': { description: 'No such thing' } } } },
    '/documents/{id}': { get: { tags: ['documents'], summary: 'A document with every version', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }], responses: { '200': { description: 'Document, what it is attached to, versions with download links' }, '403': { description: 'Not allowed' }, '404': { description: 'No such document' } } } },
  });

  app.get('/api/v1/documents', signedIn, async (request, reply) => {
    const q = targetQuery.parse(request.query);
    const target = await documents.resolveAttachment(app.db, request.principal, q.kind, q.id);
    if (!target) return refuse(request, reply, 404);
    if (!target.canRead) return refuse(request, reply, 403);
    const list = await documents.listDocuments(app.db, q);
    return { attachedTo: { kind: q.kind, id: q.id, title: target.title, href: target.href }, documents: list.map((d) => ({ ...d, download: `/documents/${d.id}/download` })) };
  });

  app.get('/api/v1/documents/:id', signedIn, async (request, reply) => {
    const found = await readable(request);
    if (!found) return refuse(request, reply, 404);
    if (!found.target.canRead) return refuse(request, reply, 403);
    const versions = await documents.listVersions(app.db, found.doc.id);
    return { document: found.doc, attachedTo: { kind: found.doc.attachedKind, id: found.doc.attachedId, title: found.target.title, href: found.target.href }, versions: versions.map((v) => ({ ...v, download: `/documents/${found.doc.id}/download?version=${v.version}` })) };
  });
});
