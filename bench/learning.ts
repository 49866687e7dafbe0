import { sql } from 'drizzle-orm';
import type { Report } from './run.ts';
import { benchDatabase } from './pages.ts';
import { median, timeMedian } from './support.ts';
import { queryRows } from '../src/platform/db/count.ts';
import type { Db } from '../src/platform/db/types.ts';
import { ensureReferenceData } from '../src/modules/network/service.ts';
import {
  ensureThemes,
  rebuildSearchIndex,
  searchLearning,
  type Visibility,
} from '../src/modules/learning/service.ts';

const REVIEWS = 10_000;

// Phrases that reviews really use, combined so that every row reads differently.
const openings = [
  'Agencies did not',
  'The health visitor did not',
  'Police officers did not',
  'The school did not',
  'Children’s social care did not',
  'The GP practice did not',
  'Midwives did not',
  'Youth workers did not',
  'Probation did not',
  'The housing provider did not',
];
const actions = [
  'share information about',
  'escalate concerns about',
  'ask the child about',
  'record',
  'recognise the pattern of',
  'follow up',
  'challenge the assessment of',
  'act on reports of',
  'consider the impact of',
  'see the significance of',
];
const subjects = [
  'repeated police call-outs to the family home',
  'the mother’s postnatal depression',
  'the father’s alcohol misuse',
  'neglect of the baby’s basic needs',
  'missing episodes linked to county lines',
  'online grooming through a gaming platform',
  'unsafe sleeping arrangements',
  'domestic abuse between the parents',
  'self-harm disclosed at school',
  'the child’s frequent absences',
  'cannabis use by the young person',
  'the overcrowded temporary accommodation',
  'bruising on a non-mobile baby',
  'sexual exploitation by older men',
  'the private fostering arrangement',
];
const endings = [
  'so risks were not seen as a whole.',
  'because each agency held only part of the picture.',
  'and the child’s voice was not heard.',
  'despite training having been delivered.',
  'until a crisis forced a referral.',
  'as thresholds were applied too rigidly.',
  'while caseloads were high and staff turnover frequent.',
  'because professional curiosity was lacking.',
];
const recommendationTexts = [
  'All agencies should',
  'The partnership should',
  'Health commissioners should',
  'The police should',
  'Schools should',
  'Children’s social care should',
];
const recommendationActions = [
  'audit how practitioners',
  'provide guidance on how to',
  'ensure that staff',
  'review procedures so that practitioners',
];

const pick = (list: readonly string[]) =>
  sql.raw(`(array[${list.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}])`);

/** 10,000 reviews, each with two findings and one recommendation, written in varied sentences. */
export async function seedLearning(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await ensureReferenceData(tx);
    await ensureThemes(tx);
  });
  await db.execute(sql`
    insert into learning_reviews (board_id, kind, title, published_on, summary)
    select (select id from boards order by code offset (i % 32) limit 1),
      (array['serious-case-review','rapid-review','practice-review'])[1 + i % 3],
      'Child ' || chr(65 + i % 26) || i || ': a review of ' || ${pick(subjects)}[1 + (i * 7) % ${subjects.length}],
      date '2012-01-01' + (i % 4700),
      ${pick(openings)}[1 + (i * 3) % ${openings.length}] || ' ' || ${pick(actions)}[1 + (i * 11) % ${actions.length}] || ' ' || ${pick(subjects)}[1 + (i * 13) % ${subjects.length}] || ' ' || ${pick(endings)}[1 + (i * 5) % ${endings.length}]
    from generate_series(1, ${REVIEWS}) as i`);
  await db.execute(sql`
    insert into learning_findings (review_id, position, text)
    select r.id, p,
      ${pick(openings)}[1 + (n * 7 + p) % ${openings.length}] || ' ' || ${pick(actions)}[1 + (n * 3 + p) % ${actions.length}] || ' ' || ${pick(subjects)}[1 + (n * 17 + p * 5) % ${subjects.length}] || ' ' || ${pick(endings)}[1 + (n + p) % ${endings.length}]
    from (select id, row_number() over (order by id) as n from learning_reviews) r, generate_series(1, 2) as p`);
  await db.execute(sql`
    insert into learning_recommendations (review_id, text, agency, owner, status)
    select r.id,
      ${pick(recommendationTexts)}[1 + n % ${recommendationTexts.length}] || ' ' || ${pick(recommendationActions)}[1 + (n * 5) % ${recommendationActions.length}] || ' respond to ' || ${pick(subjects)}[1 + (n * 19) % ${subjects.length}] || '.',
      (array['Police','Health','Education','Children’s social care','Partnership'])[1 + n % 5], 'Named lead',
      (array['not-started','in-progress','completed'])[1 + n % 3]
    from (select id, row_number() over (order by id) as n from learning_reviews) r`);
  await db.transaction((tx) => rebuildSearchIndex(tx));
  await db.execute(sql`analyze`);
}

/** Median time of ranked, highlighted full-text search over 10,000 reviews (with findings and recommendations). */
export async function run(report: Report): Promise<void> {
  const database = await benchDatabase();
  await database.migrate();
  const db = database.db;
  const started = performance.now();
  await seedLearning(db);
  report(
    'learning: insert 10,000 reviews, 20,000 findings, 10,000 recommendations',
    performance.now() - started,
  );

  const everyone: Visibility = { all: false, boardIds: [] };
  const queries = [
    'neglect',
    '"information sharing"',
    'domestic abuse police',
    'health visitor',
    'county lines or exploitation',
    'safe sleeping -alcohol',
    'gaming platform grooming',
    'professional curiosity',
    'postnatal depression',
    'audit',
  ];
  const perQuery: number[] = [];
  for (const q of queries) perQuery.push(await timeMedian(() => searchLearning(db, everyone, q), 15, 2));
  const baseline = await timeMedian(() => db.execute(sql`select 1`), 50, 5);
  const overall = median(perQuery);
  const worst = Math.max(...perQuery);
  // A selective query (one review's name) shows whether the planner reaches for the GIN index.
  const plan = await queryRows<{ 'QUERY PLAN': string }>(
    db,
    sql`explain select entity_id from learning_search_entries where search @@ websearch_to_tsquery('english', 'R4567')`,
  );
  const usesIndex = plan.some((line) => line['QUERY PLAN'].includes('learning_search_entries_search'));
  report(
    'learning: ranked, highlighted search over 40,000 texts (median)',
    overall,
    `target < 30 ms; slowest query ${worst.toFixed(1)} ms; ${(overall / baseline).toFixed(0)}× "select 1"; GIN index ${usesIndex ? 'used' : `NOT used (${plan[0]?.['QUERY PLAN'] ?? ''})`}`,
  );
  await database.close();
}
