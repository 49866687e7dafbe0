import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireCan } from '../../platform/http/session.ts';
import { parseForm, singleError, type FieldErrors } from '../../platform/http/forms.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import * as service from './service.ts';
import { QUESTION_KINDS, QUESTION_KIND_LABELS, allQuestions, type Question } from './form-model.ts';
import { view } from './routes-support.ts';

const manage = { preHandler: requireCan('network:manage') };
const formParam = z.object({ formId: z.string().uuid() });
const questionParam = z.object({ formId: z.string().uuid(), code: z.string().max(60) });

const questionValues = (q: Question, section: number) => ({
  ...q,
  section: String(section),
  required: q.required ? 'yes' : '',
  integer: q.integer ? 'yes' : '',
  min: q.min ?? '',
  max: q.max ?? '',
  options: q.options.join('\n'),
  rows: q.rows.join('\n'),
  columns: q.columns.join('\n'),
});

export async function formRoutes(app: FastifyInstance) {
  app.get('/collections/forms', manage, async (_request, reply) => {
    const forms = await service.listForms(app.db);
    return reply.page(view('forms.njk'), {
      title: 'Forms',
      forms: forms.map((f) => ({
        ...f,
        questions: allQuestions(f.definition).length,
        sections: f.definition.sections.length,
      })),
    });
  });

  const newPage = async (reply: FastifyReply, values: Record<string, unknown>, errors?: FieldErrors) =>
    reply.code(errors ? 400 : 200).page(view('form-new.njk'), {
      title: 'Create a form',
      values,
      errors,
      versionItems: (await service.frameworkVersions(app.db)).map((v) => ({
        value: String(v.number),
        text: v.label,
      })),
    });
  app.get('/collections/forms/new', manage, async (_request, reply) => newPage(reply, { start: 'blank' }));
  app.post('/collections/forms/new', manage, async (request, reply) => {
    const body = request.body as Record<string, unknown>;
    const form = parseForm(service.formInput, body);
    if (!form.ok) return newPage(reply, body, form.errors);
    if (body.start === 'framework') {
      const created = await app.db
        .transaction((tx) =>
          service.generateFormFromFramework(tx, request.actor, {
            name: form.value.name,
            frameworkVersion: Number(body.frameworkVersion ?? 0),
          }),
        )
        .catch((e) => {
          if (e instanceof UserFacingError) return e;
          throw e;
        });
      if (created instanceof UserFacingError)
        return newPage(reply, body, singleError('frameworkVersion', created.message));
      await reply.flash(
        'success',
        `Form ${created.name} generated`,
        `${allQuestions(created.definition).length} questions from the framework’s indicators.`,
      );
      return reply.redirect(`/collections/forms/${created.id}`, 303);
    }
    const created = await app.db.transaction((tx) => service.createForm(tx, request.actor, form.value));
    await reply.flash('success', `Form ${created.name} created`, 'Add its first question below.');
    return reply.redirect(`/collections/forms/${created.id}`, 303);
  });

  app.get('/collections/forms/:formId', manage, async (request, reply) => {
    const { formId } = formParam.parse(request.params);
    const form = await service.getForm(app.db, formId);
    if (!form) return reply.callNotFound();
    return reply.page(view('form.njk'), {
      title: form.name,
      form,
      kindLabels: QUESTION_KIND_LABELS,
      sections: form.definition.sections.map((s, i) => ({ ...s, index: i })),
    });
  });

  const questionPage = async (
    reply: FastifyReply,
    formId: string,
    values: Record<string, unknown>,
    errors?: FieldErrors,
    code?: string,
  ) => {
    const form = await service.getForm(app.db, formId);
    if (!form) return reply.callNotFound();
    return reply.code(errors ? 400 : 200).page(view('question-form.njk'), {
      title: code ? 'Change a question' : 'Add a question',
      form,
      values,
      errors,
      code,
      kindItems: QUESTION_KINDS.map((k) => ({ value: k, text: QUESTION_KIND_LABELS[k] })),
      sectionItems: form.definition.sections.map((s, i) => ({ value: String(i), text: s.title })),
    });
  };
  const saveQuestion = async (
    request: FastifyRequest,
    reply: FastifyReply,
    formId: string,
    code?: string,
  ) => {
    const parsed = parseForm(service.questionInput, request.body);
    if (!parsed.ok)
      return questionPage(reply, formId, request.body as Record<string, unknown>, parsed.errors, code);
    try {
      await app.db.transaction((tx) =>
        code
          ? service.updateQuestion(tx, request.actor, formId, code, parsed.value)
          : service.addQuestion(tx, request.actor, formId, parsed.value),
      );
    } catch (e) {
      if (!(e instanceof UserFacingError) || e.statusCode !== 400) throw e;
      return questionPage(
        reply,
        formId,
        request.body as Record<string, unknown>,
        singleError('code', e.message),
        code,
      );
    }
    await reply.flash('success', code ? 'Question saved' : `Question ${parsed.value.code} added`);
    return reply.redirect(`/collections/forms/${formId}`, 303);
  };
  app.get('/collections/forms/:formId/questions/new', manage, async (request, reply) => {
    const { formId } = formParam.parse(request.params);
    return questionPage(reply, formId, { kind: 'number' });
  });
  app.post('/collections/forms/:formId/questions/new', manage, async (request, reply) =>
    saveQuestion(request, reply, formParam.parse(request.params).formId),
  );
  app.get('/collections/forms/:formId/questions/:code', manage, async (request, reply) => {
    const { formId, code } = questionParam.parse(request.params);
    const form = await service.getForm(app.db, formId);
    const section =
      form?.definition.sections.findIndex((s) => s.questions.some((q) => q.code === code)) ?? -1;
    const q =
      section >= 0 ? form!.definition.sections[section]!.questions.find((x) => x.code === code) : undefined;
    if (!q) return reply.callNotFound();
    return questionPage(reply, formId, questionValues(q, section), undefined, code);
  });
  app.post('/collections/forms/:formId/questions/:code', manage, async (request, reply) => {
    const { formId, code } = questionParam.parse(request.params);
    return saveQuestion(request, reply, formId, code);
  });
  app.post('/collections/forms/:formId/questions/:code/remove', manage, async (request, reply) => {
    const { formId, code } = questionParam.parse(request.params);
    await app.db.transaction((tx) => service.removeQuestion(tx, request.actor, formId, code));
    await reply.flash('success', `Question ${code} removed`);
    return reply.redirect(`/collections/forms/${formId}`, 303);
  });
  app.post('/collections/forms/:formId/sections/:index', manage, async (request, reply) => {
    const { formId, index } = z
      .object({ formId: z.string().uuid(), index: z.coerce.number().int().min(0) })
      .parse(request.params);
    const body = request.body as { title?: string; help?: string };
    await app.db.transaction((tx) =>
      service.updateSection(tx, request.actor, formId, index, { title: body.title ?? '', help: body.help }),
    );
    await reply.flash('success', 'Section saved');
    return reply.redirect(`/collections/forms/${formId}`, 303);
  });
}
