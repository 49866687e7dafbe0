import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { ensureReferenceData, listBoards } from '../network/service.ts';
import { recordBoardReturnValues } from '../statistics/service.ts';
import { computeIndicators, displayValue } from './compute.ts';
import { quantitative } from './content/build.ts';
import { statisticsData } from './indicator-data.ts';

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
});
