import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { pageOf, paginationView } from '../../platform/http/pagination.ts';
import { checkUpload, UploadRejected } from '../../platform/files/index.ts';
import { DOWNLOAD_CONTENT_TYPES, contentDisposition } from '../../platform/export/index.ts';
import { diffVersions, summariseDiff, type FrameworkChange } from './diff.ts';
import { FrameworkFileError } from './files.ts';
import { toContractJson } from './framework-json.ts';
import { STATUSES } from './framework-schema.ts';
import * as framework from './service.ts';
import { frameworkToXlsx } from './xlsx.ts';
import { numberParam, versionView, view } from './routes-shared.ts';

const manage = { preHandler: requireCan('network:manage') };

export async function versionRoutes(app: FastifyInstance) {
  app.get('/framework', { preHandler: requireSignIn }, async (request, reply) => {
    const versions = await framework.listVersions(app.db);
    const page = pageOf(request.query, 20);
    const current = versions.find((v) => v.status === 'published') ?? versions[0];
    return reply.page(view('versions.njk'), {
      title: 'Outcomes framework',
      current,
      open: versions.find((v) => framework.isOpen(v.status)),
      versions: versions.slice(page.offset, page.offset + page.limit).map((v) => ({ ...v, statusLabel: framework.STATUS_LABELS[v.status] })),
      pagination: paginationView(page, versions.length, '/framework', request.query as Record<string, unknown>),
    });
  });

  app.get('/framework/versions/:number', { preHandler: requireSignIn }, async (request, reply) => {
    const { number } = numberParam.parse(request.params);
    const version = await framework.requireVersion(app.db, number);
    const comments = await framework.listComments(app.db, version.id);
    const previous = version.basedOn ?? (number > 1 ? number - 1 : null);
    const changes = previous ? await framework.getVersion(app.db, previous) : null;
    return reply.page(view('version.njk'), {
      title: `Version ${number}`,
      version: versionView(version),
      comments,
      changeSummary: changes ? { from: changes.number, text: summariseDiff(diffVersions(changes.document, version.document)) } : null,
    });
  });

  app.post('/framework/versions/:number/draft', manage, async (request, reply) => {
    const { number } = numberParam.parse(request.params);
    const draft = await app.db.transaction((tx) => framework.startDraft(tx, request.actor, number));
    await reply.flash('success', `Draft version ${draft.number} started from version ${number}`);
    return reply.redirect(`/framework/versions/${draft.number}`, 303);
  });

  app.post('/framework/versions/:number/status', manage, async (request, reply) => {
    const { number } = numberParam.parse(request.params);
    const { status } = z.object({ status: z.enum(STATUSES) }).parse(request.body);
    await app.db.transaction((tx) => framework.setStatus(tx, request.actor, number, status));
    await reply.flash('success', `Version ${number} is now ${framework.STATUS_LABELS[status].toLowerCase()}`);
    return reply.redirect(`/framework/versions/${number}`, 303);
  });

  app.post('/framework/versions/:number/discard', manage, async (request, reply) => {
    const { number } = numberParam.parse(request.params);
    await app.db.transaction((tx) => framework.discardDraft(tx, request.actor, number));
    await reply.flash('success', `Draft version ${number} discarded`);
    return reply.redirect('/framework', 303);
  });

  app.get('/framework/versions/:number/export', { preHandler: requireSignIn }, async (request, reply) => {
    const { number } = numberParam.parse(request.params);
    const { format } = z.object({ format: z.enum(['json', 'xlsx', 'summary']).catch('json') }).parse(request.query);
    const version = await framework.requireVersion(app.db, number);
    const name = `framework-version-${number}${format === 'summary' ? '-summary' : ''}`;
    if (format === 'xlsx') {
      reply.header('content-disposition', contentDisposition(`${name}.xlsx`)).type(DOWNLOAD_CONTENT_TYPES.xlsx);
      return reply.send(await frameworkToXlsx(version.document));
    }
    const body = format === 'summary' ? toContractJson(version.document) : version.document;
    reply.header('content-disposition', contentDisposition(`${name}.json`)).type('application/json; charset=utf-8');
    return reply.send(`${JSON.stringify(body, null, 2)}\n`);
  });

  const importPage = (reply: FastifyReply, problem?: { message: string; problems: string[] }) =>
    reply.code(problem ? 400 : 200).page(view('import.njk'), {
      title: 'Import a framework file',
      problem,
      errors: problem ? { errorList: [{ text: problem.message, href: '#file' }], fields: { file: { text: problem.message } } } : undefined,
    });

  app.get('/framework/import', manage, async (_request, reply) => importPage(reply));
  app.post('/framework/import', manage, async (request, reply) => {
    const file = await request.file();
    if (!file || !file.filename) return importPage(reply, { message: 'Choose a JSON or XLSX framework file', problems: [] });
    const buffer = await file.toBuffer();
    try {
      if (buffer[0] === 0x50 && buffer[1] === 0x4b) await checkUpload({ fileName: file.filename, buffer, allowed: ['xlsx'], maxBytes: 10 * 1024 * 1024 });
      const version = await app.db.transaction((tx) => framework.importFrameworkFile(tx, request.actor, buffer));
      await reply.flash('success', `Imported as draft version ${version.number}`);
      return reply.redirect(`/framework/versions/${version.number}`, 303);
    } catch (error) {
      if (error instanceof FrameworkFileError) return importPage(reply, { message: error.message, problems: error.problems });
      if (error instanceof UploadRejected || error instanceof framework.FrameworkRuleError) return importPage(reply, { message: error.message, problems: [] });
      if (error instanceof Error && 'statusCode' in error && error.statusCode === 409) return importPage(reply, { message: error.message, problems: [] });
      throw error;
    }
  });

  app.get('/framework/changes', { preHandler: requireSignIn }, async (request, reply) => {
    const versions = await framework.listVersions(app.db);
    const query = z.object({ from: z.coerce.number().int().optional().catch(undefined), to: z.coerce.number().int().optional().catch(undefined) }).parse(request.query);
    const to = query.to ?? versions[0]?.number;
    const from = query.from ?? versions.find((v) => to !== undefined && v.number < to)?.number;
    const items = versions.map((v) => ({ value: String(v.number), text: `Version ${v.number} (${framework.STATUS_LABELS[v.status].toLowerCase()})` }));
    let diff = null;
    if (from !== undefined && to !== undefined) {
      const [a, b] = await Promise.all([framework.requireVersion(app.db, from), framework.requireVersion(app.db, to)]);
      const d = diffVersions(a.document, b.document);
      const show = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));
      diff = {
        summary: summariseDiff(d),
        changes: d.changes.map((c: FrameworkChange) => ({ ...c, beforeText: show(c.before), afterText: show(c.after) })),
      };
    }
    return reply.page(view('changes.njk'), { title: 'What changed', items, from, to, diff });
  });

  app.get('/api/v1/framework/versions', { preHandler: requireSignIn }, async () => ({ versions: await framework.listVersions(app.db) }));
  app.get('/api/v1/framework/versions/:number', { preHandler: requireSignIn }, async (request) => {
    const { number } = numberParam.parse(request.params);
    return toContractJson((await framework.requireVersion(app.db, number)).document);
  });
}
