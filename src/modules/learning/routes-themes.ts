import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { can } from '../../platform/auth/permissions.ts';
import { requireCan, requireSignIn } from '../../platform/http/session.ts';
import { parseForm, type FieldErrors } from '../../platform/http/forms.ts';
import { sendDownload } from '../../platform/export/index.ts';
import { barChart, heatMap } from '../../platform/charts/index.ts';
import * as network from '../network/service.ts';
import * as learning from './service.ts';
import { downloadFormat, idParams, optionalUuid, ruleErrors, view } from './routes-support.ts';

const trendQuery = z.object({
  board: optionalUuid,
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
});

/** The themes taxonomy (coordinators maintain it) and how often each theme appears across reviews. */
export async function themeRoutes(app: FastifyInstance) {
  app.get('/learning/themes', { preHandler: requireSignIn }, async (request, reply) => {
    const themes = await learning.listThemes(app.db, { includeRetired: true });
    return reply.page(view('themes.njk'), {
      title: 'Learning themes',
      themes,
      canManage: can(request.principal, 'network:manage'),
    });
  });

  function showForm(
    reply: FastifyReply,
    data: { title: string; values: Record<string, unknown>; errors?: FieldErrors; themeId?: string },
  ) {
    return reply.code(data.errors ? 400 : 200).page(view('theme-form.njk'), data);
  }

  const manage = { preHandler: requireCan('network:manage') };
  app.get('/learning/themes/new', manage, async (_request, reply) =>
    showForm(reply, { title: 'Add a theme', values: {} }),
  );

  app.post('/learning/themes/new', manage, async (request, reply) => {
    const values = (request.body ?? {}) as Record<string, unknown>;
    const form = parseForm(learning.themeInput, values);
    if (!form.ok) return showForm(reply, { title: 'Add a theme', values, errors: form.errors });
    try {
      await app.db.transaction((tx) => learning.createTheme(tx, request.actor, form.value));
    } catch (error) {
      const errors = ruleErrors(error);
      if (!errors) throw error;
      return showForm(reply, { title: 'Add a theme', values, errors });
    }
    await reply.flash('success', `Theme ${form.value.name} added`);
    return reply.redirect('/learning/themes', 303);
  });

  app.get('/learning/themes/:id/edit', manage, async (request, reply) => {
    const theme = await learning.getTheme(app.db, idParams.parse(request.params).id);
    if (!theme) return reply.callNotFound();
    return showForm(reply, {
      title: `Edit ${theme.name}`,
      values: { ...theme, retired: theme.retired ? 'yes' : '' },
      themeId: theme.id,
    });
  });

  app.post('/learning/themes/:id/edit', manage, async (request, reply) => {
    const theme = await learning.getTheme(app.db, idParams.parse(request.params).id);
    if (!theme) return reply.callNotFound();
    const values = (request.body ?? {}) as Record<string, unknown>;
    const title = `Edit ${theme.name}`;
    const form = parseForm(learning.themeInput, values);
    if (!form.ok) return showForm(reply, { title, values, errors: form.errors, themeId: theme.id });
    try {
      await app.db.transaction((tx) =>
        learning.updateTheme(tx, request.actor, theme.id, {
          ...form.value,
          retired: values.retired === 'yes',
        }),
      );
    } catch (error) {
      const errors = ruleErrors(error);
      if (!errors) throw error;
      return showForm(reply, { title, values, errors, themeId: theme.id });
    }
    await reply.flash('success', `Theme ${form.value.name} updated`);
    return reply.redirect('/learning/themes', 303);
  });

  app.get('/learning/trends', { preHandler: requireSignIn }, async (request, reply) => {
    const filter = trendQuery.parse(request.query);
    const { format } = downloadFormat.parse(request.query);
    const counts = await learning.themeCounts(app.db, { boardId: filter.board, year: filter.year });
    if (format) {
      return sendDownload(reply, {
        filename: 'learning-themes-by-year-and-board',
        format,
        title: 'Themes in published case reviews, by year and board',
        columns: [
          { key: 'theme', header: 'Theme' },
          { key: 'year', header: 'Year published' },
          { key: 'boardName', header: 'Board' },
          { key: 'reviews', header: 'Reviews' },
        ],
        rows: counts.map((c) => ({ ...c })),
      });
    }
    const grid = learning.byThemeAndYear(counts);
    const [boards, years] = await Promise.all([network.listBoards(app.db), learning.publishedYears(app.db)]);
    const boardName = boards.find((b) => b.id === filter.board)?.name;
    const scope = [boardName ?? 'all boards', filter.year ? String(filter.year) : 'every year'].join(', ');
    const charts =
      grid.themes.length === 0
        ? null
        : {
            totals: await barChart({
              id: 'theme-totals',
              title: `Reviews raising each theme (${scope})`,
              bars: grid.totals.map((t) => ({ label: t.theme, value: t.reviews })),
              valueTitle: 'Reviews',
              labelTitle: 'Theme',
            }),
            byYear: await heatMap({
              id: 'theme-years',
              title: `Reviews raising each theme by year published (${boardName ?? 'all boards'})`,
              rows: grid.themes,
              columns: grid.years.map(String),
              cells: grid.themes.flatMap((theme) =>
                grid.years.map((year) => ({
                  row: theme,
                  column: String(year),
                  value: grid.cell(theme, year),
                })),
              ),
              rowTitle: 'Theme',
              columnTitle: 'Year',
              valueTitle: 'Reviews',
              cellSize: 48,
            }),
          };
    return reply.page(view('trends.njk'), {
      title: 'Themes across reviews',
      filter,
      charts,
      counts,
      boardItems: [
        { value: '', text: 'All boards' },
        ...boards.map((b) => ({ value: b.id, text: b.name, selected: b.id === filter.board })),
      ],
      yearItems: [
        { value: '', text: 'Every year' },
        ...years.map((y) => ({ value: String(y), text: String(y), selected: y === filter.year })),
      ],
      downloadQuery: new URLSearchParams(
        Object.entries(filter)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      ).toString(),
    });
  });
}
