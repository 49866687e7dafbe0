import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { ensureReferenceData, listBoards } from '../network/service.ts';
import * as statistics from '../statistics/service.ts';
import { recordBoardReturnValues } from '../statistics/service.ts';
import { computeIndicators, displayValue } from './compute.ts';
import { quantitative } from './content/build.ts';
import { statisticsData, type IndicatorData } from './indicator-data.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.transaction((tx) => ensureReferenceData(tx));
});
afterAll(async () => database?.close());

const attendance = quantitative({
  key: 'ind-attendance',
  code: 'BRD1',
  name: 'Attendance at board meetings',
  definition: 'Places attended as a percentage of places.',
  polarity: 'higher-is-better',
  numerator: '{attended}',
  denominator: '{places}',
  factor: 100,
  unit: '%',
});

describe('indicator values through the statistics module', () => {
  it('reads board return answers once per board, even for a board covering two authorities, and treats an unknown measure as no data', async () => {
    const db = database.db;
    const boards = await listBoards(db);
    const board = (code: string) => boards.find((b) => b.code === code)!;
    for (const [code, attended, places] of [['camden', 41, 48], ['city-and-hackney', 30, 40]] as const) {
      await db.transaction((tx) =>
        recordBoardReturnValues(tx, systemActor('test'), {
          boardId: board(code).id,
          period: '2024-25',
          source: 'test',
          values: [
            { measure: 'attended', value: attended },
            { measure: 'places', value: places },
          ],
        }),
      );
    }
    const data = statisticsData(db);
    expect(await data.listPeriods('board-returns', 'attended')).toEqual(['2024-25']);
    expect(await data.measureExists('board-returns', 'attended')).toBe(true);
    expect(await data.measureExists('board-returns', 'nothing')).toBe(false);
    const units = ['camden', 'city-and-hackney', 'barnet'].map((c) => ({ code: c, name: c, areaCodes: board(c).areas.map((a) => a.code) }));
    const unknown = { ...attendance, key: 'ind-unknown', code: 'X1', numerator: '[no_such_dataset.count]' };
    const results = await computeIndicators(data, [attendance, unknown], '2024-25', units);
    expect(units.map((u) => displayValue(attendance, results.get('ind-attendance')!.get(u.code)!))).toEqual(['85.4%', '75.0%', 'no data']);
    expect(results.get('ind-unknown')!.get('camden')).toEqual({ noData: true });
  });

  it('answers lookups asked together, in one batch, as the statistics module answers each alone', async () => {
    const db = database.db;
    const boards = await listBoards(db);
    const units = boards.map((b) => ({ code: b.code, name: b.name, areaCodes: b.areas.map((a) => a.code) }));
    const places = { ...attendance, key: 'ind-places', code: 'BRD2', numerator: '{places}', denominator: null, factor: 1 as const, unit: '' };
    const unknown = { ...attendance, key: 'ind-unknown', code: 'X1', numerator: '{no_such_question}' };
    const indicators = [attendance, places, unknown];
    // Each lookup on its own, as the framework read figures before lookups were batched.
    const alone: IndicatorData = {
      ...statisticsData(db),
      lookupValues: (query) => statistics.lookupValues(db, query).catch((error: unknown) => {
        if (error instanceof statistics.StatisticsQueryError) return [];
        throw error;
      }),
    };
    const batched = statisticsData(db);
    const [together, separately] = await Promise.all([computeIndicators(batched, indicators, '2024-25', units), computeIndicators(alone, indicators, '2024-25', units)]);
    expect(together).toEqual(separately);
    expect(together.get('ind-places')!.get('camden')).toEqual({ value: 48 });
    // Lookups asked at different moments each get their own answer.
    const query = { dataset: statistics.BOARD_RETURNS_DATASET, measure: 'attended', filters: {}, period: '2024-25', areaCodes: ['E09000007'] };
    expect(await batched.lookupValues(query)).toEqual([{ areaCode: 'E09000007', value: 41, status: null }]);
    expect(await batched.lookupValues({ ...query, measure: 'places' })).toEqual([{ areaCode: 'E09000007', value: 48, status: null }]);
  });
});
