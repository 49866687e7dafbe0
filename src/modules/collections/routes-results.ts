import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireSignIn } from '../../platform/http/session.ts';
import { can } from '../../platform/auth/permissions.ts';
import { sendDownload, contentDisposition } from '../../platform/export/index.ts';
import { safeFileName } from '../../platform/files/index.ts';
import * as service from './service.ts';
import { collectionOr404, dateText, view } from './routes-support.ts';

/**
 * Results: coordinators see them as returns arrive; everyone signed in sees them once
 * published, with small numbers suppressed and accepted returns only.
 */
export async function resultRoutes(app: FastifyInstance) {
  async function load(request: FastifyRequest) {
    const c = await collectionOr404(request);
    if (!c) return null;
    const coordinator = can(request.principal, 'network:manage');
    if (!coordinator && c.status !== 'published') return 'forbidden' as const;
    const form = (await service.getForm(app.db, c.formId))!;
    const list = await service.replies(app.db, c, !coordinator);
    return { c, form, list, coordinator, suppress: !coordinator };
  }

  app.get('/collections/:id/results', { preHandler: requireSignIn }, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    if (found === 'forbidden') return reply.code(403).page('errors/403.njk');
    const { c, form, list, coordinator, suppress } = found;
    const { format } = z.object({ format: z.enum(['csv', 'xlsx']).optional() }).parse(request.query);
    const results = await service.questionResults(form.definition, list, {
      suppress,
      threshold: app.config.suppressionThreshold,
      charts: !format,
    });
    if (format) {
      type Line = { code: string; question: string; board: string; answer: string | number | null };
      const rows = results.flatMap((r): Line[] =>
        r.byBoard
          ? r.byBoard.map((b) => ({
              code: r.question.code,
              question: r.question.label,
              board: b.boardName,
              answer: b.value ?? b.text,
            }))
          : r.counts
            ? r.counts.map((x) => ({
                code: r.question.code,
                question: r.question.label,
                board: `All boards: ${x.option}`,
                answer: x.count,
              }))
            : (r.table?.rows ?? []).flatMap((row) =>
                row.cells.map((cell, j) => ({
                  code: r.question.code,
                  question: r.question.label,
                  board: `All boards: ${row.label} – ${r.question.columns[j]}`,
                  answer: cell,
                })),
              ),
      );
      return sendDownload(reply, {
        filename: `${c.name} results`,
        format,
        columns: [
          { key: 'code', header: 'Code' },
          { key: 'question', header: 'Question' },
          { key: 'board', header: 'Board' },
          { key: 'answer', header: 'Answer' },
        ],
        rows: rows.map((r) => ({ ...r, answer: r.answer === null ? '' : r.answer })),
      });
    }
    return reply.page(view('results.njk'), {
      title: `${c.name}: results`,
      c: {
        ...c,
        kindLabel: service.kindLabels[c.kind],
        statusLabel: service.statusLabels[c.status],
        published: dateText(c.publishedAt),
      },
      coordinator,
      suppress,
      replies: list.length,
      results,
      budget: c.settings.budget ? service.budgetReport(c, form.definition, list) : null,
      places: c.kind === 'volunteer-call' ? service.volunteerPlaces(c, form.definition, list) : null,
    });
  });

  app.get('/collections/:id/results.docx', { preHandler: requireSignIn }, async (request, reply) => {
    const found = await load(request);
    if (!found) return reply.callNotFound();
    if (found === 'forbidden') return reply.code(403).page('errors/403.njk');
    const buffer = await service.collateConsultation(
      found.c.name,
      found.form.definition,
      service.consultationReplies(found.list),
    );
    const name = `${safeFileName(found.c.name, 'consultation').replace(/\.docx$/i, '')} – collated.docx`;
    return reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('Content-Disposition', contentDisposition(name))
      .header('Cache-Control', 'private, no-store')
      .send(buffer);
  });
}
