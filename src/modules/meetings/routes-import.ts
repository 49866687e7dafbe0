import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireCan } from '../../platform/http/session.ts';
import { singleError, type FieldErrors } from '../../platform/http/forms.ts';
import { checkUpload, fileExtension, UploadRejected } from '../../platform/files/index.ts';
import * as network from '../network/service.ts';
import { MinutesFileError, parseMinutesDocx, parseMinutesText, type ParsedMinutes } from './minutes/index.ts';
import { decodeText, MAX_FILE_BYTES } from './minutes/read.ts';
import * as meetings from './service.ts';
import { view } from './routes-support.ts';

const manage = { preHandler: requireCan('network:manage') };

/** Reads an uploaded file as minutes, or says in one sentence why it cannot. */
async function parseUpload(fileName: string, buffer: Buffer): Promise<ParsedMinutes> {
  const named = fileExtension(fileName);
  // Markdown is text to the type sniffer; check it as what it is.
  const checked = checkUpload({ fileName: named === 'md' ? `${fileName.slice(0, -3)}.txt` : fileName, buffer, allowed: ['docx', 'txt'], maxBytes: MAX_FILE_BYTES });
  const parsed = checked.extension === 'docx' ? await parseMinutesDocx(buffer, fileName) : parseMinutesText(decodeText(buffer, fileName), { fileName });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(parsed.date ?? '')) throw new MinutesFileError(fileName, 'does not say when the meeting was held; add its date and upload it again');
  return parsed;
}

/** One match is taken as the person; no match means a new person; several must be chosen between. */
function defaultsOf(review: meetings.Review): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of review.people) {
    if (p.matches.length === 1) out[`person-${p.index}`] = p.matches[0]!.id;
    else if (p.matches.length === 0) out[`person-${p.index}`] = 'new';
  }
  for (const sug of review.suggestions) out[`suggest-${sug.index}-owner`] = sug.ownerGuess;
  return out;
}

export async function importRoutes(app: FastifyInstance) {
  const uploadForm = async (reply: FastifyReply, values: Record<string, unknown> = {}, errors?: FieldErrors) => {
    const groups = await network.listGroups(app.db);
    return reply.code(errors ? 400 : 200).page(view('import.njk'), {
      title: 'Import minutes',
      values,
      errors,
      groupItems: [{ value: '', text: 'Choose a group' }, ...groups.map((g) => ({ value: g.id, text: g.name }))],
    });
  };

  app.get('/meetings/import', manage, async (request, reply) => uploadForm(reply, { groupId: (request.query as Record<string, string>).group }));

  app.post('/meetings/import', manage, async (request, reply) => {
    if (!request.isMultipart()) return uploadForm(reply, {}, singleError('file', 'Select a file of minutes'));
    const fields: Record<string, string> = {};
    let file: { name: string; buffer: Buffer } | null = null;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          const buffer = await part.toBuffer();
          if (part.filename) file = { name: part.filename, buffer };
        } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      }
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT') {
        return uploadForm(reply, fields, singleError('file', 'The selected file must be smaller than 20 MB.'));
      }
      throw e;
    }
    const group = fields.groupId && z.string().uuid().safeParse(fields.groupId).success ? await network.getGroup(app.db, fields.groupId) : null;
    if (!group) return uploadForm(reply, fields, singleError('groupId', 'Choose the group whose meeting these minutes record'));
    if (!file) return uploadForm(reply, fields, singleError('file', 'Select a file of minutes (.docx, .txt or .md)'));
    let parsed: ParsedMinutes;
    try {
      parsed = await parseUpload(file.name, file.buffer);
    } catch (e) {
      if (e instanceof UploadRejected) return uploadForm(reply, fields, singleError('file', e.message.replace('DOCX or TXT', 'DOCX, TXT or MD')));
      if (e instanceof MinutesFileError) return uploadForm(reply, fields, singleError('file', `The file ${e.message}.`));
      throw e;
    }
    const draftId = await meetings.createImportDraft(app.db, request.principal!.userId, group.id, file.name.slice(0, 200), parsed);
    return reply.redirect(`/meetings/import/${draftId}`, 303);
  });

  const reviewPage = async (reply: FastifyReply, draftId: string, values: Record<string, unknown> = {}, errors?: FieldErrors) => {
    const draft = await meetings.getImportDraft(app.db, draftId, reply.request.principal!.userId);
    if (!draft) return reply.code(404).page(view('import-expired.njk'), { title: 'Import not found' });
    const review = await meetings.reviewOf(app.db, draft.parsed);
    const group = await network.getGroup(app.db, draft.groupId);
    const existing = (await meetings.listMeetings(app.db, draft.groupId)).rows.find((m) => m.date === draft.parsed.date && m.kind === 'meeting');
    return reply.code(errors ? 400 : 200).page(view('import-review.njk'), {
      title: 'Check the imported minutes',
      draft,
      m: draft.parsed,
      group,
      review,
      suggestionOwners: meetings.suggestionOwnerItems(review.people),
      existing,
      values: errors ? values : defaultsOf(review),
      errors,
    });
  };

  app.get('/meetings/import/:draft', manage, async (request, reply) => reviewPage(reply, z.object({ draft: z.string().uuid() }).parse(request.params).draft));

  app.post('/meetings/import/:draft', manage, async (request, reply) => {
    const { draft: draftId } = z.object({ draft: z.string().uuid() }).parse(request.params);
    const draft = await meetings.getImportDraft(app.db, draftId, request.principal!.userId);
    if (!draft) return reply.code(404).page(view('import-expired.njk'), { title: 'Import not found' });
    const body = (request.body ?? {}) as Record<string, unknown>;
    const decisions: meetings.ImportDecisions = { people: {}, owners: {}, suggested: {} };
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    for (const [k, v] of Object.entries(body)) {
      if (typeof v !== 'string') continue;
      const person = /^person-(\d+)$/.exec(k);
      const owner = /^owner-(\d+-\d+)$/.exec(k);
      // Only suggestions ticked "Make this an action" are saved.
      const suggested = /^suggest-(\d+)$/.exec(k);
      if (person) decisions.people[person[1]!] = v;
      if (owner) decisions.owners[owner[1]!] = v;
      if (suggested && v === 'yes') decisions.suggested![suggested[1]!] = { owner: field(`${k}-owner`), due: field(`${k}-due`), byNextMeeting: field(`${k}-next`) === 'yes' };
    }
    const review = await meetings.reviewOf(app.db, draft.parsed);
    const missing = meetings.missingDecisions(review, decisions);
    if (Object.keys(missing).length) {
      const errors: FieldErrors = {
        errorList: Object.entries(missing).map(([field, text]) => ({ text, href: `#${field}` })),
        fields: Object.fromEntries(Object.entries(missing).map(([field, text]) => [field, { text }])),
      };
      return reviewPage(reply, draftId, body, errors);
    }
    const meeting = await app.db.transaction((tx) => meetings.confirmImport(tx, request.actor, draft, decisions));
    await reply.flash('success', 'Minutes imported', `${draft.parsed.items.length} items and ${meeting.actions} actions saved.`);
    return reply.redirect(`/meetings/${meeting.id}`, 303);
  });
}
