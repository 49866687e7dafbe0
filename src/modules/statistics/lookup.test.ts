// Many lookups at once answer exactly as the same lookups one at a time: figures, status
// codes, areas without figures, periods with several time identifiers, and each wrong
// dataset, measure or filter as its own error with the same message.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { systemActor } from '../../platform/audit/service.ts';
import type { Database } from '../../platform/db/open.ts';
import { listBoards } from '../network/service.ts';
import { HEADER, tempFile } from './ees/test-support.ts';
import * as statistics from './service.ts';
import type { LookupQuery } from './service.ts';
import { DFE_EES_FILES, dfePath } from './test-support.ts';

const actor = systemActor('test');
const POPULATION = DFE_EES_FILES[3].replace(/\.csv$/, '');
const REFERRALS = DFE_EES_FILES[1].replace(/\.csv$/, '');

function quarterlyFile() {
  const lines = [`${HEADER},category,visits`];
  for (const [quarter, camden, hackney] of [['Q1', '10', '7'], ['Q2', '12', 'c'], ['Q3', '9', '8']]) {
    lines.push(`2024,${quarter},Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,Total,${camden}`);
    lines.push(`2024,${quarter},Local authority,E92000001,England,E12000007,London,204,E09000012,Hackney,Total,${hackney}`);
  }
  return tempFile(lines.join('\n'));
}

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  for (const file of [DFE_EES_FILES[1], DFE_EES_FILES[3]]) await statistics.importEesFile(db, actor, dfePath(file));
  const sen = path.join(import.meta.dirname, 'ees', 'fixtures', 'sen_provision_by_constituency_202425.csv');
  await statistics.importEesFile(db, actor, sen, { dataset: 'sen' });
  await statistics.importEesFile(db, actor, quarterlyFile(), { dataset: 'quarterly' });
  const board = (await listBoards(db)).find((b) => b.code === 'camden')!;
  await db.transaction((tx) => statistics.recordBoardReturnValues(tx, actor, { boardId: board.id, period: '2025', source: 'test', values: [{ measure: 'audits', value: 3 }] }));
}, 60_000);
afterAll(async () => database?.close());

// Camden, Hackney, City of London, Isles of Scilly (small, so suppressed), Leeds, London, England, and a code nothing has.
const areaCodes = ['E09000007', 'E09000012', 'E09000001', 'E06000053', 'E08000035', 'E12000007', 'E92000001', 'E99999999'];
const ask = (dataset: string, measure: string, period: string, filters: Record<string, string> = {}, codes = areaCodes): LookupQuery => ({ dataset, measure, filters, period, areaCodes: codes });

const queries: LookupQuery[] = [
  ask(POPULATION, 'population_estimate', '2024'),
  ask(POPULATION, 'population_estimate', '2012', { age_group: 'Children aged 0 to 17 years' }),
  ask(REFERRALS, 'referral_count', '2025'),
  ask(REFERRALS, 'rereferral_percent', '2014'),
  ask(REFERRALS, 'no_further_action_count', '2019', {}, ['E06000053', 'E09000001', 'E09000007', 'E09000007']),
  ask(REFERRALS, 'referral_count', '1999'),
  ask(REFERRALS, 'referral_count', '2025', {}, []),
  ask('sen', 'percent_of_pupils', '202425', { sen_provision: 'SEN support', phase_type_grouping: 'Total' }),
  ask('sen', 'number_of_pupils', '202425', { sen_provision: 'Education, health and care plan' }),
  ask('sen', 'percent_of_pupils', '202425'),
  ask('sen', 'percent_of_pupils', '202425', { sen_provision: 'No such provision' }),
  ask('sen', 'percent_of_pupils', '202425', { no_such_filter: 'x' }),
  ask('quarterly', 'visits', '2024 Q2'),
  ask('quarterly', 'visits', '2024 q3'),
  ask('quarterly', 'visits', '2024'),
  ask('quarterly', 'visits', '2024 Q9'),
  ask(statistics.BOARD_RETURNS_DATASET, 'audits', '2025'),
  ask(statistics.BOARD_RETURNS_DATASET, 'no_such_question', '2025'),
  ask(POPULATION, 'no_such_measure', '2024'),
  ask('no_such_dataset', 'count', '2024'),
];

const one = (q: LookupQuery) =>
  statistics.lookupValues(database.db, q).then(
    (values) => ({ values }),
    (error: unknown) => {
      if (!(error instanceof statistics.StatisticsQueryError)) throw error;
      return { error: error.message };
    },
  );

describe('batched lookups', () => {
  it('answer every request as the same lookup alone does, in the order asked', async () => {
    const many = await statistics.lookupValuesMany(database.db, queries);
    expect(many).toHaveLength(queries.length);
    const alone = await Promise.all(queries.map(one));
    expect(many.map((o) => ('error' in o ? { error: o.error.message } : o))).toEqual(alone);
    for (const o of many) if ('error' in o) expect(o.error).toBeInstanceOf(statistics.StatisticsQueryError);
    // The comparison means something: figures, status codes, empty answers and errors are all among them.
    const values = many.flatMap((o) => ('values' in o ? o.values : []));
    expect(values.filter((v) => v.value !== null).length).toBeGreaterThan(40);
    expect(values.some((v) => v.status !== null)).toBe(true);
    expect(many.filter((o) => 'error' in o)).toHaveLength(6);
  });

  it('read the time identifier given, whatever its case, and the first one when none is given', async () => {
    const [q2, q3, any] = await statistics.lookupValuesMany(database.db, queries.slice(12, 15));
    const camdenHackney = (o: statistics.LookupOutcome | undefined) => ('values' in o! ? o.values.slice(0, 2).map((v) => v.value ?? v.status) : o);
    expect(camdenHackney(q2)).toEqual([12, 'c']);
    expect(camdenHackney(q3)).toEqual([9, 8]);
    expect(camdenHackney(any)).toEqual([10, 7]);
  });

  it('answer nothing asked with nothing', async () => {
    expect(await statistics.lookupValuesMany(database.db, [])).toEqual([]);
  });
});
