// The engine's results carry each figure exactly as published, so pages print "15.00" and "c"
// without asking again. Texts here differ by period and by area (Camden's 15.00 and Hackney's
// 15.0 are the same number), so a text paired with the wrong period or area fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { systemActor } from '../../platform/audit/service.ts';
import type { Database } from '../../platform/db/open.ts';
import { ENGLAND, LONDON } from '../network/service.ts';
import { HEADER, tempFile } from './ees/test-support.ts';
import * as statistics from './service.ts';
import { areaProfile } from './store/profile.ts';
import { resolveSeries } from './store/series.ts';
import { seriesTrend } from './store/trend-series.ts';

const CAMDEN = 'E09000007';
const HACKNEY = 'E09000012';
const ISLINGTON = 'E09000019';
const DATASET = 'texts-as-published';

// Per period: England, London, Camden, Hackney, Islington.
const published: Record<string, string[]> = {
  '2023': ['22.60', '18.30', '15.00', '15.0', 'x'],
  '2024': ['21.9', '17.00', 'c', '12.50', '14.20'],
};

function file() {
  const lines = [`${HEADER},category,rate_percent`];
  for (const [period, [england, london, camden, hackney, islington]] of Object.entries(published)) {
    const row = (geography: string, text: string) => `${period},Calendar year,${geography},Total,${text}`;
    lines.push(row('National,E92000001,England,,,,,', england!));
    lines.push(row('Regional,E92000001,England,E12000007,London,,,', london!));
    lines.push(row('Local authority,E92000001,England,E12000007,London,202,E09000007,Camden', camden!));
    lines.push(row('Local authority,E92000001,England,E12000007,London,204,E09000012,Hackney', hackney!));
    lines.push(row('Local authority,E92000001,England,E12000007,London,206,E09000019,Islington', islington!));
  }
  return tempFile(lines.join('\n'));
}

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await statistics.importEesFile(database.db, systemActor('test'), file(), { dataset: DATASET });
}, 60_000);
afterAll(async () => database?.close());

const series = () => resolveSeries(database.db, { dataset: DATASET, measure: 'rate_percent' });

describe('published texts come with the engine’s results', () => {
  it('a series benchmark gives each area its own text for the period asked', async () => {
    const s = await series();
    const codes = [CAMDEN, HACKNEY, ISLINGTON];
    const rawOf = async (timePeriod: string) =>
      Object.fromEntries((await statistics.benchmarkSeries(database.db, s, { timePeriod, timeIdentifier: 'Calendar year' }, codes)).areas.map((a) => [a.code, a.raw]));
    expect(await rawOf('2023')).toEqual({ [CAMDEN]: '15.00', [HACKNEY]: '15.0', [ISLINGTON]: 'x' });
    expect(await rawOf('2024')).toEqual({ [CAMDEN]: 'c', [HACKNEY]: '12.50', [ISLINGTON]: '14.20' });
  });

  it('a benchmark gives the area’s text, a suppressed one included, and keeps it out of the contract JSON', async () => {
    const ask = (period: string, area: string) => statistics.benchmark(database.db, { dataset: DATASET, measure: 'rate_percent', period, comparator: 'inner-london', area });
    const camden2024 = await ask('2024', CAMDEN);
    expect(camden2024.area).toMatchObject({ code: CAMDEN, value: null, status: 'c', raw: 'c' });
    expect(camden2024.areas.find((a) => a.code === HACKNEY)).toMatchObject({ value: 12.5, raw: '12.50' });
    expect((await ask('2023', HACKNEY)).area).toMatchObject({ code: HACKNEY, value: 15, raw: '15.0' });
    const json = statistics.benchmarkJson(camden2024);
    expect(Object.keys(json.areas[0]!)).toEqual(['code', 'name', 'value', 'status', 'rank', 'quartile']);
    expect(Object.keys(json.area!)).toEqual(['code', 'value', 'rank', 'quartile', 'statisticalNeighbours']);
  });

  it('a trend gives England’s, London’s and the area’s texts for each period', async () => {
    const rows = await seriesTrend(database.db, await series(), [CAMDEN, HACKNEY, ISLINGTON], CAMDEN);
    expect(rows.map((r) => [r.timePeriod, r.englandRaw, r.londonRaw, r.areaRaw, r.area, r.areaStatus])).toEqual([
      ['2023', '22.60', '18.30', '15.00', 15, null],
      ['2024', '21.9', '17.00', 'c', null, 'c'],
    ]);
    const islington = await seriesTrend(database.db, await series(), [], ISLINGTON);
    expect(islington.map((r) => r.areaRaw)).toEqual(['x', '14.20']);
    expect((await seriesTrend(database.db, await series(), [], null)).map((r) => r.areaRaw)).toEqual([null, null]);
  });

  it('an area profile’s history gives each period its own text', async () => {
    for (const [code, column] of [[CAMDEN, 2], [HACKNEY, 3], [ISLINGTON, 4], [ENGLAND, 0], [LONDON, 1]] as const) {
      const [line] = (await areaProfile(database.db, code)).filter((l) => l.dataset === DATASET);
      expect(line!.history.map((h) => [h.period, h.raw]), code).toEqual([
        ['2023', published['2023']![column]],
        ['2024', published['2024']![column]],
      ]);
      expect(line!.raw).toBe(published['2024']![column]);
    }
  });
});
