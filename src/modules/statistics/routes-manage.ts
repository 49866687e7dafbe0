import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseForm, singleError, type FieldErrors } from '../../platform/http/forms.ts';
import { requireCan } from '../../platform/http/session.ts';
import { safeFileName } from '../../platform/files/index.ts';
import { listAreas } from '../network/service.ts';
import { isZip, pairEesFiles, StatisticsFileError, unpackEesZip, type NamedFile } from './ees/index.ts';
import { skippedLevelsText, view } from './present.ts';
import * as statistics from './service.ts';

const manage = { preHandler: requireCan('network:manage') };
const MAX_UPLOAD = 50 * 1024 * 1024;

interface Upload {
  fields: Record<string, string>;
  /** Every file of each field (a field may take several). */
  files: Record<string, NamedFile[]>;
  dir: string;
}

class UploadTooLarge extends Error {}

/** Streams the form's files to a private temporary folder: an EES file can be tens of megabytes. */
async function receive(request: FastifyRequest): Promise<Upload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-stats-'));
  const upload: Upload = { fields: {}, files: {}, dir };
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_UPLOAD } })) {
      if (part.type === 'file') {
        if (!part.filename) {
          part.file.resume();
          continue;
        }
        const list = (upload.files[part.fieldname] ??= []);
        const target = path.join(dir, `${part.fieldname}${list.length}-${safeFileName(part.filename, 'upload.csv')}`);
        await pipeline(part.file, fs.createWriteStream(target));
        if (part.file.truncated) throw new UploadTooLarge();
        list.push({ name: part.filename, path: target });
      } else if (typeof part.value === 'string') upload.fields[part.fieldname] = part.value;
    }
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (e instanceof UploadTooLarge || code === 'FST_REQ_FILE_TOO_LARGE') {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new UploadTooLarge();
    }
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return upload;
}

const datasetName = z
  .string()
  .trim()
  .max(200, 'Dataset name must be 200 characters or fewer')
  .regex(/^[^/?#]*$/, 'Dataset name must not contain / ? or #')
  .optional();

export async function manageRoutes(app: FastifyInstance) {
  const importForm = (reply: FastifyReply, values: Record<string, unknown> = {}, errors?: FieldErrors) =>
    reply.code(errors ? 400 : 200).page(view('import.njk'), { title: 'Import official statistics', values, errors });

  app.get('/statistics/import', manage, async (_request, reply) => importForm(reply));

  app.post('/statistics/import', manage, async (request, reply) => {
    if (!request.isMultipart()) return importForm(reply, {}, singleError('file', 'Select an EES data file (.csv)'));
    let upload: Upload;
    try {
      upload = await receive(request);
    } catch (e) {
      if (e instanceof UploadTooLarge) return importForm(reply, {}, singleError('file', 'The selected file must be smaller than 50 MB'));
      throw e;
    }
    try {
      const { fields, files } = upload;
      const name = datasetName.safeParse(fields.dataset || undefined);
      if (!name.success) return importForm(reply, fields, singleError('dataset', name.error.issues[0]!.message));
      if (!files.file?.length) return importForm(reply, fields, singleError('file', 'Select an EES data file (.csv)'));
      const metaUploads = new Set((files.meta ?? []).map((f) => f.path));
      // Error messages name the files on disk; people know them by the names they chose.
      const known = new Map<string, NamedFile>();
      const fail = (e: StatisticsFileError) => {
        const own = known.get(path.basename(e.file));
        const message = own ? e.message.replace(path.basename(e.file), own.name) : e.message;
        return importForm(reply, fields, singleError(own && metaUploads.has(own.path) ? 'meta' : 'file', `Nothing was imported. ${message}`));
      };
      try {
        const given: NamedFile[] = [];
        const leftOut: string[] = [];
        for (const f of [...files.file, ...(files.meta ?? [])]) {
          known.set(path.basename(f.path), f);
          if (!isZip(f.path)) {
            given.push(f);
            continue;
          }
          const unpacked = await unpackEesZip(f, upload.dir);
          for (const u of unpacked.files) known.set(path.basename(u.path), { ...u, name: `${u.name} (in ${f.name})` });
          given.push(...unpacked.files);
          leftOut.push(...unpacked.ignored.map((entry) => `${entry} (in ${f.name})`));
        }
        const pairs = pairEesFiles(given);
        if (pairs.length === 0) return importForm(reply, fields, singleError('file', 'Select an EES data file (.csv) as well as its meta file'));
        if (name.data && pairs.length > 1) {
          return importForm(reply, fields, singleError('dataset', `Leave the dataset name blank to import ${pairs.length} data files: each is named after its file`));
        }
        const reports = await statistics.importEesFiles(
          app.db,
          request.actor,
          pairs.map((p) => ({ file: p.data.path, meta: p.meta?.path, dataset: name.data || undefined, fileName: p.data.name, metaFileName: p.meta?.name })),
        );
        return reply.page(view('import-result.njk'), {
          title: 'Import complete',
          values: reports.reduce((n, r) => n + r.values, 0),
          reports: reports.map((r) => ({ ...r, skippedText: r.skippedLevels.length ? skippedLevelsText(r.skippedLevels) : null })),
          leftOut,
        });
      } catch (e) {
        if (e instanceof StatisticsFileError) return fail(e);
        throw e;
      }
    } finally {
      fs.rmSync(upload.dir, { recursive: true, force: true });
    }
  });

  const neighboursPage = async (reply: FastifyReply, errors?: FieldErrors) =>
    reply.code(errors ? 400 : 200).page(view('neighbours.njk'), { title: 'Statistical neighbours', model: await statistics.neighbourModel(app.db), errors });

  app.get('/statistics/neighbours', manage, async (_request, reply) => neighboursPage(reply));

  app.post('/statistics/neighbours', manage, async (request, reply) => {
    if (!request.isMultipart()) return neighboursPage(reply, singleError('file', 'Select DfE’s statistical neighbours file (.csv)'));
    let upload: Upload;
    try {
      upload = await receive(request);
    } catch (e) {
      if (e instanceof UploadTooLarge) return neighboursPage(reply, singleError('file', 'The selected file must be smaller than 50 MB'));
      throw e;
    }
    try {
      const file = upload.files.file?.[0];
      if (!file) return neighboursPage(reply, singleError('file', 'Select DfE’s statistical neighbours file (.csv)'));
      try {
        const result = await statistics.importNeighbours(app.db, request.actor, file.path, { fileName: file.name });
        await reply.flash('success', 'Statistical neighbours imported', `${result.authorities} authorities from ${result.model}`);
        return reply.redirect('/statistics/neighbours', 303);
      } catch (e) {
        if (e instanceof StatisticsFileError) return neighboursPage(reply, singleError('file', `Nothing was imported. ${e.message.replace(path.basename(e.file), file.name)}`));
        throw e;
      }
    } finally {
      fs.rmSync(upload.dir, { recursive: true, force: true });
    }
  });

  app.get('/statistics/groups', { preHandler: requireCan('hub:read') }, async (_request, reply) =>
    reply.page(view('groups.njk'), { title: 'Comparator groups', groups: await statistics.listGroups(app.db) }),
  );

  const groupForm = async (reply: FastifyReply, values: Record<string, unknown> = {}, errors?: FieldErrors) => {
    const authorities = await listAreas(app.db, { kind: 'local-authority' });
    const chosen = new Set(([] as unknown[]).concat(values.areaCodes ?? []));
    return reply.code(errors ? 400 : 200).page(view('group-form.njk'), {
      title: 'New comparator group',
      values,
      errors,
      areaItems: authorities.map((a) => ({ value: a.code, text: `${a.name} (${a.code})`, checked: chosen.has(a.code) })),
    });
  };

  app.get('/statistics/groups/new', manage, async (_request, reply) => groupForm(reply));

  app.post('/statistics/groups/new', manage, async (request, reply) => {
    const form = parseForm(statistics.groupInput, request.body);
    if (!form.ok) return groupForm(reply, request.body as Record<string, unknown>, form.errors);
    try {
      await app.db.transaction((tx) => statistics.createGroup(tx, request.actor, form.value));
    } catch (e) {
      if (e instanceof statistics.GroupNameTaken) return groupForm(reply, request.body as Record<string, unknown>, singleError('name', e.message));
      throw e;
    }
    await reply.flash('success', 'Comparator group created', form.value.name);
    return reply.redirect('/statistics/groups', 303);
  });

  app.post('/statistics/groups/:id/delete', manage, async (request, reply) => {
    const { id } = z.object({ id: z.string().uuid() }).parse(request.params);
    const deleted = await app.db.transaction((tx) => statistics.deleteGroup(tx, request.actor, id));
    if (!deleted) return reply.callNotFound();
    await reply.flash('success', 'Comparator group deleted');
    return reply.redirect('/statistics/groups', 303);
  });
}
