import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireCan } from '../../platform/http/session.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { fieldErrors, type FieldErrors } from '../../platform/http/forms.ts';
import { can } from '../../platform/auth/permissions.ts';
import { UploadRejected } from '../../platform/files/index.ts';
import { DOWNLOAD_CONTENT_TYPES, contentDisposition, downloadFileName } from '../../platform/export/index.ts';
import * as network from '../network/service.ts';
import * as service from './service.ts';
import { answerText } from './answers.ts';
import { allQuestions, questionByCode, type Answers } from './form-model.ts';
import { publishedFigure } from './statistics-link.ts';
import { errorSummary, rawFromAnswers, rawFromBody, returnFields, type RawAnswer } from './return-view.ts';
import { TemplateRejected } from './xlsx-upload.ts';
import { boardOfRequest, dateText, dateTimeText, returnParams, view } from './routes-support.ts';

const read = { preHandler: requireCan('board:read', boardOfRequest) };
const edit = { preHandler: requireCan('board:edit', boardOfRequest) };
const manage = { preHandler: requireCan('network:manage') };

interface PageState {
  raw?: Record<string, RawAnswer>;
  revision?: number;
  problems?: service.AnswerProblem[];
  conflict?: service.ReturnConflict;
  uploadError?: string;
  reviewErrors?: FieldErrors;
  status?: number;
}

export async function returnRoutes(app: FastifyInstance) {
  async function load(request: FastifyRequest) {
    const { id, board } = returnParams.parse(request.params);
    const collection = await service.getCollection(app.db, id);
    const b = await network.findBoard(app.db, board);
    if (!collection || !b) return null;
    const row = await service.getReturn(app.db, collection.id, b.id);
    if (!row) return null;
    const form = (await service.getForm(app.db, collection.formId))!;
    return { collection, board: b, row, form };
  }

  async function page(request: FastifyRequest, reply: FastifyReply, state: PageState = {}) {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const { collection, board, row, form } = found;
    const principal = request.principal!;
    const raw = state.raw ?? rawFromAnswers(form.definition, row.answers);
    const check = service.checkForSubmit(collection, form, row.answers);
    const figures = new Map<string, number | null>();
    for (const q of allQuestions(form.definition).filter((x) => x.measure)) {
      figures.set(
        q.code,
        await publishedFigure(app.db, {
          ...q.measure!,
          period: collection.period,
          areaCodes: board.areas.map((a) => a.code),
        }),
      );
    }
    const editable =
      service.editableStatuses.includes(row.status) &&
      (collection.status === 'open' || row.status === 'returned') &&
      can(principal, 'board:edit', { boardId: board.id });
    const history = await service.returnHistory(app.db, row.id);
    const byCode = questionByCode(form.definition);
    const problems = state.problems ?? [];
    const errors = problems.length
      ? errorSummary(form.definition, problems)
      : state.uploadError
        ? {
            errorList: [{ text: state.uploadError, href: '#file' }],
            fields: { file: { text: state.uploadError } },
          }
        : state.reviewErrors;
    const conflict = state.conflict
      ? {
          savedBy: state.conflict.theirs.savedBy,
          savedAt: dateTimeText(state.conflict.theirs.savedAt),
          rows: state.conflict.differing.map((code) => {
            const q = byCode.get(code)!;
            return {
              label: q.label,
              theirs:
                answerText(q, state.conflict!.theirs.answers[code]) ||
                (q.kind === 'table' ? 'table changed' : 'blank'),
              yours:
                answerText(q, state.conflict!.yours[code]) ||
                (q.kind === 'table' ? 'table changed' : 'blank'),
            };
          }),
        }
      : null;
    return reply.code(state.status ?? (errors ? 400 : 200)).page(view('return.njk'), {
      title: `${collection.name}: ${board.name}`,
      collection: {
        ...collection,
        closes: dateText(collection.closesOn),
        kindLabel: service.kindLabels[collection.kind],
      },
      board,
      row: {
        ...row,
        statusLabel: service.returnStatusLabels[row.status],
        saved: dateTimeText(row.savedAt),
        submitted: dateTimeText(row.submittedAt),
      },
      revision: state.revision ?? row.revision,
      sections: returnFields(form.definition, raw, problems, check.results, figures),
      brokenCount: check.broken.length,
      missingCount: check.missing.length,
      editable,
      canReview: row.status === 'submitted' && can(principal, 'network:manage'),
      coordinator: can(principal, 'network:manage'),
      errors,
      conflict,
      history: {
        events: history.events.map((e) => ({ ...e, when: dateTimeText(e.at) })),
        changes: history.changes.map((c) => {
          const q = byCode.get(c.questionCode);
          return {
            ...c,
            label: q?.label ?? c.questionCode,
            before: q ? answerText(q, c.before ?? undefined) : '',
            after: q ? answerText(q, c.after ?? undefined) : '',
            when: dateTimeText(c.changedAt),
          };
        }),
      },
      uploadAction: `/collections/${collection.id}/returns/${board.code}/upload`,
    });
  }

  app.get('/collections/:id/returns/:board', read, async (request, reply) => page(request, reply));

  app.post('/collections/:id/returns/:board', edit, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const body = request.body as Record<string, unknown>;
    const raw = rawFromBody(found.form.definition, body);
    const revision = z.coerce.number().int().min(0).parse(body.revision);
    const url = `/collections/${found.collection.id}/returns/${found.board.code}`;
    try {
      const saved = await app.db.transaction((tx) =>
        service.saveAnswers(tx, request.actor, {
          collectionId: found.collection.id,
          boardId: found.board.id,
          revision,
          answers: raw,
        }),
      );
      const broken = saved.results.filter((r) => r.passed === false).length;
      if (body.then === 'submit') return submit(request, reply, saved.revision);
      await reply.flash(
        'success',
        'Your answers are saved',
        broken
          ? `${broken} validation ${broken === 1 ? 'rule is' : 'rules are'} not met: see the messages beside the questions.`
          : 'You can come back and carry on at any time.',
      );
      return reply.redirect(url, 303);
    } catch (e) {
      if (e instanceof service.AnswerErrors)
        return page(request, reply, { raw, problems: e.problems, revision });
      if (e instanceof service.ReturnConflict)
        return page(request, reply, { raw, conflict: e, revision: e.theirs.revision, status: 409 });
      throw e;
    }
  });

  async function submit(request: FastifyRequest, reply: FastifyReply, revision: number) {
    const found = (await load(request))!;
    const url = `/collections/${found.collection.id}/returns/${found.board.code}`;
    try {
      const result = await app.db.transaction((tx) =>
        service.submitReturn(tx, request.actor, {
          collectionId: found.collection.id,
          boardId: found.board.id,
          revision,
        }),
      );
      await reply.flash(
        'success',
        'Your return is submitted',
        result.broken.length
          ? `${result.broken.length} validation rules are not met; the coordinators will see them.`
          : 'The network’s coordinators will review it.',
      );
      return reply.redirect(url, 303);
    } catch (e) {
      if (e instanceof service.AnswerErrors) return page(request, reply, { problems: e.problems });
      throw e;
    }
  }
  app.post('/collections/:id/returns/:board/submit', edit, async (request, reply) => {
    const { revision } = z.object({ revision: z.coerce.number().int().min(0) }).parse(request.body);
    return submit(request, reply, revision);
  });

  app.post('/collections/:id/returns/:board/review', manage, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const input = service.reviewInput.safeParse(request.body);
    if (!input.success) return page(request, reply, { reviewErrors: fieldErrors(input.error) });
    await app.db.transaction((tx) =>
      service.reviewReturn(
        tx,
        request.actor,
        { collectionId: found.collection.id, boardId: found.board.id, ...input.data },
        { publicUrl: app.config.publicUrl },
      ),
    );
    await reply.flash(
      'success',
      input.data.decision === 'accept'
        ? `${found.board.name}’s return accepted`
        : `${found.board.name}’s return sent back`,
      input.data.decision === 'accept' ? '' : 'The board has been emailed your comment.',
    );
    return reply.redirect(`/collections/${found.collection.id}/returns/${found.board.code}`, 303);
  });

  app.get('/collections/:id/returns/:board/template.xlsx', read, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const { buffer, fileName } = await service.returnTemplate(app.db, found.collection.id, found.board.id);
    const name = downloadFileName(fileName, 'xlsx');
    return reply
      .header('Content-Type', DOWNLOAD_CONTENT_TYPES.xlsx)
      .header('Content-Disposition', contentDisposition(name))
      .header('Cache-Control', 'private, no-store')
      .send(buffer);
  });

  app.post('/collections/:id/returns/:board/upload', edit, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    const file = await request.file().catch(() => undefined);
    if (!file) return page(request, reply, { uploadError: 'Select the filled-in template to upload' });
    const buffer = await file.toBuffer().catch(() => null);
    if (!buffer)
      return page(request, reply, { uploadError: 'The selected file must be smaller than 10 MB.' });
    const url = `/collections/${found.collection.id}/returns/${found.board.code}`;
    try {
      const saved = await app.db.transaction((tx) =>
        service.uploadReturn(tx, request.actor, {
          collectionId: found.collection.id,
          boardId: found.board.id,
          fileName: file.filename,
          buffer,
        }),
      );
      const broken = saved.results.filter((r) => r.passed === false).length;
      await reply.flash(
        'success',
        `Spreadsheet uploaded: ${saved.changed.length} answers changed`,
        broken
          ? `${broken} validation ${broken === 1 ? 'rule is' : 'rules are'} not met: see the messages beside the questions.`
          : 'Check the answers, then submit when ready.',
      );
      return reply.redirect(url, 303);
    } catch (e) {
      if (e instanceof service.AnswerErrors) return page(request, reply, { problems: e.problems });
      if (e instanceof service.ReturnConflict)
        return page(request, reply, {
          conflict: e,
          raw: rawFromAnswers(found.form.definition, e.yours as Answers),
          revision: e.theirs.revision,
          status: 409,
        });
      if (e instanceof TemplateRejected || e instanceof UploadRejected)
        return page(request, reply, { uploadError: e.message });
      if (e instanceof UserFacingError)
        return page(request, reply, { uploadError: e.message, status: e.statusCode });
      throw e;
    }
  });
}
