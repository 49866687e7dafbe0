import { sql } from 'drizzle-orm';
import { firstValue, type SecurityFixture } from './fixture.ts';

/** Things that exist in the fixture, by kind, to put into route parameters. */
export async function routeValues(fx: SecurityFixture): Promise<Record<string, string>> {
  return {
    uuid: '00000000-0000-4000-8000-000000000000',
    group: await firstValue(fx.t, sql`select slug as v from groups order by slug limit 1`),
    meeting: await firstValue(fx.t, sql`select id as v from meetings order by date limit 1`),
    action: await firstValue(fx.t, sql`select id as v from meeting_actions limit 1`),
    person: await firstValue(fx.t, sql`select id as v from people order by name limit 1`),
    organisation: await firstValue(fx.t, sql`select id as v from organisations order by name limit 1`),
    dataset: await firstValue(fx.t, sql`select name as v from stat_datasets limit 1`),
    measure: await firstValue(fx.t, sql`select name as v from stat_measures limit 1`),
    framework: await firstValue(
      fx.t,
      sql`select number as v from framework_versions order by number limit 1`,
    ),
    reviewer: await firstValue(fx.t, sql`select id as v from learning_reviewers limit 1`),
    theme: await firstValue(fx.t, sql`select id as v from learning_themes limit 1`),
  };
}

/** Fills a route's parameters with things that exist in the fixture (board A's or B's where it matters). */
export function fillRoute(
  fx: SecurityFixture,
  values: Record<string, string>,
  url: string,
  side: 'A' | 'B',
): string {
  const board = side === 'A' ? fx.boardA.code : fx.boardB.code;
  const id = (): string => {
    const prefixes: [string, string][] = [
      ['/admin/users', fx.userB],
      ['/network/people', values.person!],
      ['/network/organisations', values.organisation!],
      ['/meetings/actions', values.action!],
      ['/meetings', values.meeting!],
      ['/api/v1/meetings', values.meeting!],
      ['/learning/register', values.reviewer!],
      ['/learning/themes', values.theme!],
      ['/collections', fx.collectionId],
      ['/framework', 'outcome-1'],
    ];
    return prefixes.find(([p]) => url.startsWith(p))?.[1] ?? values.uuid!;
  };
  const code = url.includes('statistics')
    ? 'E09000007'
    : url.startsWith('/collections')
      ? 'budget_total'
      : board;
  return url
    .replace(':id', id())
    .replace(':code', code)
    .replace(':board', board)
    .replace(':slug', values.group!)
    .replace(':personId', values.person!)
    .replace(':token', 'no-such-token')
    .replace(':draft', values.uuid!)
    .replace(':name', values.dataset!)
    .replace(':measure', values.measure!)
    .replace(':number', values.framework!)
    .replace(':type', 'outcome')
    .replace(':key', 'no-such-key')
    .replace(':formId', fx.formId)
    .replace(':index', '0')
    .replace('*', 'x');
}
