import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { queryRows } from '../../platform/db/count.ts';
import { learningSearchEntries, searchKinds, type SearchKind } from './schema.ts';
import type { Visibility } from './reviews.ts';

export { searchKinds, type SearchKind };

export const searchKindLabels: Record<SearchKind, string> = {
  review: 'Review',
  finding: 'Key finding',
  recommendation: 'Recommendation',
  example: 'Good practice',
};

/** A piece of a highlighted extract: `mark` pieces are the words that matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  reviewId: string | null;
  boardId: string;
  title: Segment[];
  extract: Segment[];
  /** The extract as HTML: escaped text with only our own <mark> elements live. */
  extractHtml: string;
  rank: number;
  href: string;
}

export interface SearchResult {
  query: string;
  /** False when the query has no words to look for (only punctuation, operators or words like "the"). */
  searchable: boolean;
  total: number;
  hits: SearchHit[];
}

// Control characters the stored text cannot contain (inputs strip them), so they can only be ours.
const START = '\u0001';
const STOP = '\u0002';
const extractOptions = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "`;
const wholeOptions = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
// Short texts (most findings) are shown whole; longer ones as fragments around the matches.
const SHOW_WHOLE_UP_TO = 400;

/** Longest query we look at; longer text is cut rather than refused. */
export const MAX_QUERY_LENGTH = 200;

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const unescapeEntities = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * ts_headline's output, made safe. The text was escaped (& < >) before highlighting, so the
 * parser sees no tags to drop; here it is split at our markers and unescaped into plain text
 * pieces that the page escapes again, exactly once.
 */
export function segmentsOf(headline: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  let text = '';
  const push = () => {
    if (text !== '') segments.push({ text: unescapeEntities(text), mark });
    text = '';
  };
  for (const ch of headline) {
    if (ch === START || ch === STOP) {
      push();
      mark = ch === START;
    } else text += ch;
  }
  push();
  return segments;
}

export const segmentsToHtml = (segments: Segment[]): string =>
  segments.map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');

/** Escaped for ts_headline: no tags for its parser to strip, and no stray markers. */
const prepared = (column: SQL) =>
  sql`replace(replace(replace(translate(${column}, E'\\x01\\x02', ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

function visible(visibility: Visibility): SQL {
  if (visibility.all) return sql`true`;
  if (visibility.boardIds.length === 0) return sql`e.published`;
  const own = sql.join(
    visibility.boardIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`(e.published or e.board_id in (${own}))`;
}

function kindsFilter(kinds: readonly SearchKind[] | undefined): SQL {
  if (!kinds?.length || kinds.length === searchKinds.length) return sql``;
  return sql` and e.kind in (${sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  )})`;
}

export interface SearchOptions {
  kinds?: readonly SearchKind[];
  boardId?: string;
  limit?: number;
  offset?: number;
}

/**
 * Full-text search over reviews, key findings, recommendations and good-practice examples,
 * ranked with ts_rank. websearch_to_tsquery reads any text (quotes for phrases, "or", a leading
 * minus) and never fails on stray operators, so whatever a user types is a valid search.
 */
export async function searchLearning(
  db: Queryable,
  visibility: Visibility,
  text: string,
  opts: SearchOptions = {},
): Promise<SearchResult> {
  const query = text
    // eslint-disable-next-line no-control-regex -- control characters would collide with the highlight markers
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  if (query === '') return { query, searchable: false, total: 0, hits: [] };

  const where = sql`e.search @@ q.q and ${visible(visibility)}${kindsFilter(opts.kinds)}${
    opts.boardId ? sql` and e.board_id = ${opts.boardId}::uuid` : sql``
  }`;
  const limit = opts.limit ?? 20;
  const offset = opts.offset ?? 0;
  // Every match is ranked once (materialised, so the count comes free); only the page's rows
  // are joined back for their text and pay for ts_headline.
  const rows = await queryRows<{
    total: number;
    kind: SearchKind | null;
    entity_id: string;
    review_id: string | null;
    board_id: string;
    title_headline: string;
    headline: string;
    rank: number;
  }>(
    db,
    sql`with q as (select websearch_to_tsquery('english', ${query}) as q),
      matches as materialized (
        select e.kind, e.entity_id, ts_rank(e.search, q.q, 1) as rank
        from ${learningSearchEntries} e, q where ${where}),
      page as (select * from matches order by rank desc, kind, entity_id limit ${limit} offset ${offset})
      select c.total, page.kind, page.entity_id, page.rank, d.review_id, d.board_id,
        ts_headline('english', ${prepared(sql`d.heading`)}, q.q, ${wholeOptions}) as title_headline,
        ts_headline('english', ${prepared(sql`d.body`)}, q.q,
          case when length(d.body) <= ${SHOW_WHOLE_UP_TO} then ${wholeOptions} else ${extractOptions} end) as headline
      from (select count(*)::int as total from matches) c cross join q
        left join (page join ${learningSearchEntries} d on d.kind = page.kind and d.entity_id = page.entity_id) on true
      order by page.rank desc, page.kind, page.entity_id`,
  );
  const total = rows[0]?.total ?? 0;
  const pageRows = rows.filter((r) => r.kind !== null) as (Omit<(typeof rows)[number], 'kind'> & {
    kind: SearchKind;
  })[];
  if (total === 0) {
    const [parsed] = await queryRows<{ nodes: number }>(
      db,
      sql`select numnode(websearch_to_tsquery('english', ${query}))::int as nodes`,
    );
    if (!parsed || parsed.nodes === 0) return { query, searchable: false, total: 0, hits: [] };
  }
  return {
    query,
    searchable: true,
    total,
    hits: pageRows.map((r) => {
      const extract = segmentsOf(r.headline);
      return {
        kind: r.kind,
        id: r.entity_id,
        reviewId: r.review_id,
        boardId: r.board_id,
        title: segmentsOf(r.title_headline),
        extract,
        extractHtml: segmentsToHtml(extract),
        rank: Number(r.rank),
        href: hrefOf(r.kind, r.entity_id, r.review_id),
      };
    }),
  };
}

function hrefOf(kind: SearchKind, id: string, reviewId: string | null): string {
  if (kind === 'example') return `/learning/examples/${id}`;
  if (kind === 'recommendation') return `/learning/recommendations/${id}`;
  if (kind === 'finding') return `/learning/reviews/${reviewId}#finding-${id}`;
  return `/learning/reviews/${id}`;
}
