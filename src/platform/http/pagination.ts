import { z } from 'zod';

export const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1) });

export interface Page {
  number: number;
  size: number;
  limit: number;
  offset: number;
}

export function pageOf(query: unknown, size = 25): Page {
  const { page } = pageQuery.parse(query ?? {});
  return { number: page, size, limit: size, offset: (page - 1) * size };
}

/** Parameters for govukPagination, keeping the other query parameters (filters) in each link. */
export function paginationView(page: Page, total: number, basePath: string, query: Record<string, unknown> = {}) {
  const pages = Math.max(1, Math.ceil(total / page.size));
  const href = (n: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) {
      if (k !== 'page' && typeof v === 'string' && v !== '') params.set(k, v);
    }
    if (n > 1) params.set('page', String(n));
    const qs = params.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page.number) <= 1) items.push({ number: n, href: href(n), current: n === page.number });
    else if (!('ellipsis' in (items[items.length - 1] ?? {}))) items.push({ ellipsis: true });
  }
  return {
    total,
    from: total === 0 ? 0 : page.offset + 1,
    to: Math.min(total, page.offset + page.size),
    params:
      pages > 1
        ? {
            previous: page.number > 1 ? { href: href(page.number - 1) } : undefined,
            next: page.number < pages ? { href: href(page.number + 1) } : undefined,
            items,
          }
        : null,
  };
}
