import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, singleError, type FieldErrors } from '../../platform/http/forms.ts';
import { UserFacingError } from '../../platform/http/errors.ts';
import { checkExpression, formatReference, parseExpression, references, type Reference } from './expressions/index.ts';
import { findElement, outcomeHolders, walk, type Found } from './elements.ts';
import { elementTitle } from './framework-elements.ts';
import type { FrameworkDocument } from './framework-schema.ts';
import { FACTORS, NODE_KIND_LABELS, NODE_KINDS, POLARITY_LABELS, RATING_LABELS, TIMESCALE_LABELS } from './framework-schema.ts';
import { goalForm, headingForm, indicatorSchemaFor, linkForm, nodeForm, outcomeForm, revisionField } from './forms.ts';
import { statisticsData } from './indicator-data.ts';
import * as framework from './service.ts';
import { numberParam, versionView, view } from './routes-shared.ts';
import { queryOf } from './compute.ts';

const manage = { preHandler: requireCan('network:manage') };
const TYPES = ['goal', 'heading', 'outcome', 'indicator', 'node', 'link'] as const;
type FormType = (typeof TYPES)[number];
const formTypeOf = (found: Found): FormType => (found.type === 'sub-heading' ? 'heading' : found.type);
const items = (labels: Record<string, string>) => Object.entries(labels).map(([value, text]) => ({ value, text }));

/** The saved element as the form's fields. */
function formValues(found: Found): Record<string, unknown> {
  const item = found.item as Record<string, unknown>;
  const base = { ...item, parentKey: found.parentKey ?? '' };
  if (found.type === 'outcome') return { ...base, minMonths: found.item.expectedLag.minMonths, maxMonths: found.item.expectedLag.maxMonths };
  if (found.type === 'indicator' && found.item.kind === 'quantitative') return { ...base, green: found.item.bands?.green, amber: found.item.bands?.amber };
  if (found.type === 'indicator' && found.item.kind === 'qualitative') return { ...base, scale: found.item.scale.map((p) => `${p.value} | ${p.label} | ${p.descriptor}`).join('\n') };
  return base;
}

function options(doc: FrameworkDocument, type: FormType) {
  const choose = (text: string) => [{ value: '', text }];
  if (type === 'heading')
    return [...choose('Choose where it goes'), ...doc.goals.flatMap((g) => [{ value: g.key, text: `Goal: ${g.title}` }, ...g.headings.map((h) => ({ value: h.key, text: `Sub-heading of: ${h.title}` }))])];
  if (type === 'outcome') return [...choose('Choose where it goes'), ...outcomeHolders(doc).map((h) => ({ value: h.key, text: h.label }))];
  if (type === 'indicator') return [...choose('Choose the outcome'), ...[...walk(doc)].flatMap((f) => (f.type === 'outcome' ? [{ value: f.item.key, text: f.item.title }] : []))];
  if (type === 'node') return [{ value: '', text: 'Nothing in the hierarchy' }, ...[...walk(doc)].flatMap((f) => (f.type === 'goal' || f.type === 'outcome' || f.type === 'heading' || f.type === 'sub-heading' ? [{ value: f.item.key, text: `${f.type}: ${f.item.title}` }] : []))];
  return [...choose('Choose an element'), ...doc.model.nodes.map((n) => ({ value: n.key, text: `${NODE_KIND_LABELS[n.kind]}: ${n.title}` }))];
}

/**
 * Expressions must parse, not divide by a constant zero, and name figures that exist. Figures
 * the saved indicator already read are not re-checked, so re-wording an indicator is not
 * blocked when the statistics it reads have not been loaded here yet.
 */
async function expressionErrors(request: FastifyRequest, body: Record<string, unknown>, saved: Found | null): Promise<FieldErrors | null> {
  const known = new Set<string>();
  if (saved?.type === 'indicator' && saved.item.kind === 'quantitative') {
    for (const source of [saved.item.numerator, saved.item.denominator]) if (source) for (const r of safeRefs(source)) known.add(formatReference(r));
  }
  const data = statisticsData(request.server.db);
  const errors: FieldErrors = { errorList: [], fields: {} };
  for (const field of ['numerator', 'denominator'] as const) {
    const source = typeof body[field] === 'string' ? (body[field] as string) : '';
    if (!source.trim()) continue;
    const exists = new Set<string>();
    for (const ref of safeRefs(source)) {
      const q = queryOf(ref, '', []);
      if (known.has(formatReference(ref)) || (await data.measureExists(q.dataset, q.measure))) exists.add(formatReference(ref));
    }
    const [problem] = checkExpression(source, {
      knownMeasure: (ref) => exists.has(formatReference(ref)),
      knownQuestion: (code) => exists.has(`{${code}}`),
    });
    if (problem) {
      errors.fields[field] = { text: problem.message, pointer: problem.pointer } as { text: string };
      errors.errorList.push({ text: `${field === 'numerator' ? 'Numerator' : 'Denominator'}: ${problem.message}`, href: `#${field}` });
    }
  }
  return errors.errorList.length ? errors : null;
}

function safeRefs(source: string): Reference[] {
  try {
    return references(parseExpression(source));
  } catch {
    return [];
  }
}

export async function editRoutes(app: FastifyInstance) {
  const idParam = numberParam.extend({ id: z.string().max(300) });

  const formPage = async (reply: FastifyReply, number: number, type: FormType, state: { found: Found | null; id: string | null; values: Record<string, unknown>; errors?: FieldErrors; conflict?: unknown }) => {
    const version = await framework.requireVersion(app.db, number);
    if (!version.status || !framework.isOpen(version.status)) throw new UserFacingError(409, `Version ${number} is ${framework.STATUS_LABELS[version.status].toLowerCase()}; start a new draft from it to make changes`);
    const editing = state.found !== null;
    return reply.code(state.errors ? (state.conflict ? 409 : 400) : 200).page(view('element-form.njk'), {
      title: `${editing ? 'Change' : 'Add'} ${type === 'node' ? 'a logic model element' : type === 'link' ? 'an influence' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`}`,
      version: versionView(version),
      type,
      editing,
      id: state.id,
      values: state.values,
      errors: state.errors,
      conflict: state.conflict,
      options: options(version.document, type),
      ratingItems: items(RATING_LABELS),
      timescaleItems: items(TIMESCALE_LABELS),
      polarityItems: items(POLARITY_LABELS),
      kindItems: NODE_KINDS.map((k) => ({ value: k, text: NODE_KIND_LABELS[k] })),
      factorItems: FACTORS.map((f) => ({ value: String(f), text: f.toLocaleString('en-GB') })),
    });
  };

  const save = async (request: FastifyRequest, reply: FastifyReply, number: number, type: FormType, found: Found | null, id: string | null) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const { baseRevision } = revisionField.parse(body);
    const target = { id, baseRevision };
    const again = (errors: FieldErrors, conflict?: unknown) => formPage(reply, number, type, { found, id, values: { ...body, baseRevision }, errors, conflict });
    const parsedBy = {
      goal: goalForm, heading: headingForm, outcome: outcomeForm, indicator: indicatorSchemaFor(body), node: nodeForm, link: linkForm,
    }[type];
    const form = parseForm(parsedBy as z.ZodType<unknown>, body);
    const expressions = type === 'indicator' && body.kind === 'quantitative' ? await expressionErrors(request, body, found) : null;
    if (!form.ok || expressions) {
      const errors = form.ok ? expressions! : { errorList: [...form.errors.errorList, ...(expressions?.errorList ?? [])], fields: { ...expressions?.fields, ...form.errors.fields } };
      return again(errors);
    }
    const fields = form.value as never;
    const op = { goal: framework.saveGoal, heading: framework.saveHeading, outcome: framework.saveOutcome, indicator: framework.saveIndicator, node: framework.saveNode, link: framework.saveLink }[type];
    try {
      await app.db.transaction((tx) => op(tx, request.actor, number, target, fields));
    } catch (error) {
      if (error instanceof framework.EditConflict) {
        const theirs = error.theirs ? formValues({ ...found!, item: error.theirs } as Found) : null;
        const message = error.theirs
          ? `${error.current.by} changed this ${type} since you opened it. Nothing was saved. Compare the two versions below; save again to replace theirs with yours.`
          : `${error.current.by} removed this ${type} since you opened it. Nothing was saved.`;
        return formPage(reply, number, type, { found, id, values: { ...body, baseRevision: error.current.revision }, errors: singleError('conflict', message), conflict: { theirs, by: error.current.by, at: error.current.at, message } });
      }
      if (error instanceof framework.FrameworkRuleError) {
        const errors: FieldErrors = { errorList: [], fields: {} };
        for (const p of error.problems) {
          const field = p.path.split('.').pop()!.replace(/\[\d+\]$/, '');
          errors.fields[field] ??= { text: p.message };
          errors.errorList.push({ text: p.message, href: `#${field}` });
        }
        return again(errors);
      }
      if (error instanceof UserFacingError && error.statusCode === 400) return again(singleError('parentKey', error.message));
      throw error;
    }
    await reply.flash('success', `${type === 'node' ? 'Logic model element' : type === 'link' ? 'Influence' : type[0]!.toUpperCase() + type.slice(1)} saved`);
    return reply.redirect(`/framework/versions/${number}/${type === 'node' || type === 'link' ? 'model' : 'hierarchy'}`, 303);
  };

  const element = async (number: number, id: string) => {
    const version = await framework.requireVersion(app.db, number);
    const found = findElement(version.document, id);
    if (!found) throw new UserFacingError(404, 'There is no such element in this version');
    return { version, found, revision: framework.revisionOf(version, id).revision };
  };

  const newParams = numberParam.extend({ type: z.enum(TYPES) });
  app.get('/framework/versions/:number/new/:type', manage, async (request, reply) => {
    const { number, type } = newParams.parse(request.params);
    const { parent } = z.object({ parent: z.string().max(100).optional() }).parse(request.query);
    const defaults = type === 'indicator' ? { kind: 'quantitative', factor: '100', decimals: '1', polarity: 'higher-is-better' } : {};
    return formPage(reply, number, type, { found: null, id: null, values: { parentKey: parent, from: parent, baseRevision: 0, ...defaults } });
  });
  app.post('/framework/versions/:number/new/:type', manage, async (request, reply) => {
    const { number, type } = newParams.parse(request.params);
    return save(request, reply, number, type, null, null);
  });

  app.get('/framework/versions/:number/elements/:id/edit', manage, async (request, reply) => {
    const { number, id } = idParam.parse(request.params);
    const { found, revision } = await element(number, id);
    return formPage(reply, number, formTypeOf(found), { found, id, values: { ...formValues(found), baseRevision: revision } });
  });
  app.post('/framework/versions/:number/elements/:id/edit', manage, async (request, reply) => {
    const { number, id } = idParam.parse(request.params);
    const { found } = await element(number, id);
    return save(request, reply, number, formTypeOf(found), found, id);
  });

  app.get('/framework/versions/:number/elements/:id/remove', manage, async (request, reply) => {
    const { number, id } = idParam.parse(request.params);
    const { version, found, revision } = await element(number, id);
    return reply.page(view('remove.njk'), { title: `Remove ${found.type} “${elementTitle(found)}”`, version: versionView(version), found, id, revision });
  });
  app.post('/framework/versions/:number/elements/:id/remove', manage, async (request, reply) => {
    const { number, id } = idParam.parse(request.params);
    const { baseRevision } = revisionField.parse(request.body);
    const { found } = await element(number, id);
    await app.db.transaction((tx) => framework.removeElement(tx, request.actor, number, { id, baseRevision }));
    await reply.flash('success', `Removed ${found.type} “${elementTitle(found)}”`);
    return reply.redirect(`/framework/versions/${number}/${found.type === 'node' || found.type === 'link' ? 'model' : 'hierarchy'}`, 303);
  });

  const commentsPage = async (reply: FastifyReply, number: number, id: string, errors?: FieldErrors, values: unknown = {}) => {
    const { version, found } = await element(number, id);
    const comments = (await framework.listComments(app.db, version.id)).filter((c) => c.elementKey === id);
    return reply.code(errors ? 400 : 200).page(view('comments.njk'), { title: `Comments on “${elementTitle(found)}”`, version: versionView(version), found, id, comments, errors, values });
  };
  app.get('/framework/versions/:number/elements/:id/comments', { preHandler: requireSignIn }, async (request, reply) => {
    const { number, id } = idParam.parse(request.params);
    return commentsPage(reply, number, id);
  });
  app.post('/framework/versions/:number/elements/:id/comments', { preHandler: requireSignIn }, async (request, reply) => {
    const { number, id } = idParam.parse(request.params);
    const form = parseForm(framework.commentInput, request.body);
    if (!form.ok) return commentsPage(reply, number, id, form.errors, request.body);
    await app.db.transaction((tx) => framework.addComment(tx, request.actor, number, id, form.value));
    await reply.flash('success', 'Comment added');
    return reply.redirect(`/framework/versions/${number}/elements/${encodeURIComponent(id)}/comments`, 303);
  });
}

