import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../../../platform/db/count.ts';
import type { Queryable } from '../../../platform/db/types.ts';
import { ENGLAND, INNER_LONDON, LONDON, OUTER_LONDON, findArea } from '../../network/service.ts';
import { areas } from '../../network/schema.ts';
import { StatisticsQueryError } from '../errors.ts';
import { statComparatorGroupMembers, statComparatorGroups, statNeighbours, statPlaces } from '../schema.ts';

/** A list of codes as one PostgreSQL text[] literal: one parameter, however many codes. */
export function pgTextArray(codes: readonly string[]): string {
  return `{${codes.map((c) => `"${c.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(',')}}`;
}

export interface Place {
  code: string;
  name: string;
}

/**
 * Area codes a user may mean by what they typed: an ONS code, or DfE's three-digit code.
 * DfE reused some codes when councils were reorganised (815 was North Yorkshire county,
 * then the new unitary), so a DfE code can mean several areas: the geography's own first.
 * As rows (code, ord), so a statement can look values up for them in the same round trip.
 */
export function candidatesSql(text: string): SQL {
  const code = text.trim();
  const upper = code.toUpperCase();
  const known = sql`(select code from ${areas} where code = ${upper} or dfe_code = ${code} limit 1)`;
  const others = /^\d{3}$/.test(code)
    ? sql`select code, 1 as o from ${statPlaces} where old_code = ${code}`
    : sql`select coalesce((select code from ${statPlaces} where code = ${upper}), ${code}), 1 where not exists ${known}`;
  return sql`select code, row_number() over (order by min(o), code desc) as ord
    from (select code, 0 as o from ${known} k union all ${others}) c group by code`;
}

export async function candidateAreaCodes(db: Queryable, text: string): Promise<string[]> {
  const rows = await queryRows<{ code: string; ord: number }>(db, sql`${candidatesSql(text)} order by ord`);
  return rows.map((r) => r.code);
}

export async function placeNames(db: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (codes.length === 0) return names;
  const list = [...new Set(codes)];
  for (const p of await db.select({ code: statPlaces.code, name: statPlaces.name }).from(statPlaces).where(inArray(statPlaces.code, list))) {
    names.set(p.code, p.name);
  }
  for (const a of await db.select({ code: areas.code, name: areas.name }).from(areas).where(inArray(areas.code, list))) {
    names.set(a.code, a.name);
  }
  return names;
}

/** Local authorities anywhere below an area (all of England, a region, inner London). */
export async function authoritiesBelow(db: Queryable, code: string): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(
    db,
    sql`with recursive tree(code, kind) as (
          select code, kind from ${areas} where parent_code = ${code}
          union all
          select a.code, a.kind from ${areas} a join tree t on a.parent_code = t.code
        ) select code from tree where kind = 'local-authority' order by code`,
  );
  return rows.map((r) => r.code);
}

/**
 * An authority's statistical neighbours in the current model, as rows (code, rank): DfE's
 * code of the authority from the geography, else from the files it came in; each neighbour
 * as its ONS code (the newest place with that DfE code when the geography lacks it).
 * `areaCode` is SQL, so the area can itself be worked out in the same statement.
 */
export function neighboursSql(areaCode: SQL): SQL {
  const old = sql`coalesce((select dfe_code from ${areas} where code = ${areaCode}), (select old_code from ${statPlaces} where code = ${areaCode}))`;
  return sql`select coalesce(a.code, p.code, n.neighbour_code) as code, n.rank
    from ${statNeighbours} n
    left join ${areas} a on a.dfe_code = n.neighbour_code
    left join lateral (select code from ${statPlaces} where old_code = n.neighbour_code order by code desc limit 1) p on a.code is null
    where n.la_code = ${old} and n.historic = false`;
}

/** An authority's statistical neighbours (current model), as ONS codes in DfE's order (most similar first). */
export async function statisticalNeighbours(db: Queryable, areaCode: string): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(db, sql`${neighboursSql(sql`${areaCode}::text`)} order by n.rank`);
  return rows.map((r) => r.code);
}

export const COMPARATOR_HELP = 'england, london, inner-london, outer-london, region:CODE, neighbours:CODE or group:NAME';

export interface Comparator {
  /** As written: "england", "neighbours:E09000007", "group:Pilot boards". */
  key: string;
  label: string;
  codes: string[];
}

/** The areas a comparator stands for. Unknown ones are a clear error naming what is allowed. */
export async function resolveComparator(db: Queryable, text: string): Promise<Comparator> {
  const key = text.trim();
  const lower = key.toLowerCase();
  const fixed: Record<string, [string, string]> = {
    england: [ENGLAND, 'England (all local authorities)'],
    london: [LONDON, 'London'],
    'inner-london': [INNER_LONDON, 'Inner London'],
    'outer-london': [OUTER_LONDON, 'Outer London'],
  };
  if (fixed[lower]) {
    const [code, label] = fixed[lower];
    return { key: lower, label, codes: await authoritiesBelow(db, code) };
  }
  const colon = key.indexOf(':');
  const kind = colon > 0 ? key.slice(0, colon).toLowerCase() : '';
  const arg = colon > 0 ? key.slice(colon + 1).trim() : '';
  if (kind === 'region') {
    const area = await findArea(db, arg);
    if (!area || area.kind === 'local-authority') throw new StatisticsQueryError(`no region "${arg}"; give an ONS code such as E12000007`, 400);
    return { key, label: area.name, codes: await authoritiesBelow(db, area.code) };
  }
  if (kind === 'neighbours') {
    const [code] = await candidateAreaCodes(db, arg);
    const codes = code ? await statisticalNeighbours(db, code) : [];
    if (!code || codes.length === 0) {
      throw new StatisticsQueryError(`no statistical neighbours for "${arg}": import DfE's model first (statistics import-neighbours FILE)`, 400);
    }
    const names = await placeNames(db, [code]);
    return { key, label: `Statistical neighbours of ${names.get(code) ?? code}`, codes };
  }
  if (kind === 'group') {
    const [group] = await db.select().from(statComparatorGroups).where(eq(statComparatorGroups.name, arg));
    if (!group) throw new StatisticsQueryError(`no comparator group named "${arg}"`, 400);
    const members = await db
      .select({ code: statComparatorGroupMembers.areaCode })
      .from(statComparatorGroupMembers)
      .where(eq(statComparatorGroupMembers.groupId, group.id));
    return { key, label: group.name, codes: members.map((m) => m.code).sort() };
  }
  throw new StatisticsQueryError(`unknown comparator "${text}"; use ${COMPARATOR_HELP}`, 400);
}
