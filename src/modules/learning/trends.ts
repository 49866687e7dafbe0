import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { queryRows } from '../../platform/db/count.ts';
import * as network from '../network/service.ts';
import { learningReviewThemes, learningReviews, learningThemes } from './schema.ts';

export interface ThemeCount {
  theme: string;
  year: number;
  boardId: string;
  boardName: string;
  reviews: number;
}

/**
 * How many published reviews raised each theme, by year published and board. Only published
 * reviews count: these figures are shared with every signed-in user.
 */
export async function themeCounts(
  db: Queryable,
  f: { boardId?: string; year?: number } = {},
): Promise<ThemeCount[]> {
  const rows = await queryRows<{ theme: string; year: number; board_id: string; reviews: number }>(
    db,
    sql`select t.name as theme, extract(year from r.published_on)::int as year, r.board_id, count(*)::int as reviews
      from ${learningReviewThemes} rt
      join ${learningReviews} r on r.id = rt.review_id
      join ${learningThemes} t on t.id = rt.theme_id
      where r.published_on is not null
        ${f.boardId ? sql`and r.board_id = ${f.boardId}::uuid` : sql``}
        ${f.year ? sql`and extract(year from r.published_on) = ${f.year}` : sql``}
      group by t.name, extract(year from r.published_on), r.board_id
      order by year, theme`,
  );
  const boards = await network.listBoards(db);
  const boardName = new Map(boards.map((b) => [b.id, b.name]));
  return rows.map((r) => ({
    theme: r.theme,
    year: r.year,
    boardId: r.board_id,
    boardName: boardName.get(r.board_id) ?? '',
    reviews: r.reviews,
  }));
}

/** Theme × year totals (all boards in the selection added together), themes most frequent first. */
export function byThemeAndYear(counts: readonly ThemeCount[]) {
  const years = [...new Set(counts.map((c) => c.year))].sort((a, b) => a - b);
  const totals = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const c of counts) {
    totals.set(c.theme, (totals.get(c.theme) ?? 0) + c.reviews);
    const key = `${c.theme}\u0000${c.year}`;
    cells.set(key, (cells.get(key) ?? 0) + c.reviews);
  }
  const themes = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([theme]) => theme);
  return {
    themes,
    years,
    totals: themes.map((theme) => ({ theme, reviews: totals.get(theme)! })),
    cell: (theme: string, year: number) => cells.get(`${theme}\u0000${year}`) ?? 0,
  };
}

export async function publishedYears(db: Queryable): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    db,
    sql`select distinct extract(year from published_on)::int as year from ${learningReviews} where published_on is not null order by year desc`,
  );
  return rows.map((r) => r.year);
}
