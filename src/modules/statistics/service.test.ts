import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { countRows } from '../../platform/db/count.ts';
import type { Database } from '../../platform/db/open.ts';
import { findArea, listBoards } from '../network/service.ts';
import { summarise } from './benchmark/index.ts';
import { skippedLevelsText } from './present.ts';
import { statPlaces, statValues } from './schema.ts';
import * as statistics from './service.ts';
import { benchmarkTable } from './store/profile.ts';
import { DFE_EES_FILES, dfePath, isPublishedNumber, percentileInc, readCsvTable, seededRandom } from './test-support.ts';
import { HEADER, tempFile } from './ees/test-support.ts';

const actor = systemActor('test');
let database: Database;
const datasetOf = (file: string) => file.replace(/\.csv$/, '');

beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);
afterAll(async () => database?.close());

describe('importing the DfE files', () => {
  // The target is 5 s on an idle machine (npm run bench reports it); test machines are shared and busy.
  it('imports all four EES files and the neighbour model quickly on the embedded database', async () => {
    const started = performance.now();
    for (const file of DFE_EES_FILES) {
      const result = await statistics.importEesFile(database.db, actor, dfePath(file));
      expect(result.values).toBeGreaterThan(2000);
    }
    await statistics.importNeighbours(database.db, actor, dfePath('sn_model_2025_wide.csv'));
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('adds authorities outside London under their region, and keeps London’s boards as they were', async () => {
    const leeds = await findArea(database.db, 'E08000035');
    expect(leeds).toMatchObject({ name: 'Leeds', kind: 'local-authority', parentCode: 'E12000003', dfeCode: '383' });
    // 815 was North Yorkshire county until 2023 and is the new unitary's code since.
    expect((await findArea(database.db, '815'))?.code).toBe('E06000065');
    expect((await listBoards(database.db)).length).toBe(32);
  });

  it('replaces a dataset’s values when the same file is imported again, never duplicating them', async () => {
    const before = await countRows(database.db, statValues);
    const again = await statistics.importEesFile(database.db, actor, dfePath(DFE_EES_FILES[2]));
    expect(again.replaced).toBe(again.values);
    expect(await countRows(database.db, statValues)).toBe(before);
  });

  it('prints exactly the published figure or code for random cells of every file', async () => {
    const random = seededRandom(20250331);
    for (const file of DFE_EES_FILES) {
      const rows = readCsvTable(file);
      const header = Object.keys(rows[0]!);
      const indicators = header.slice(header.indexOf('la_name') + 2);
      const filter = header[header.indexOf('la_name') + 1]!;
      for (let i = 0; i < 25; i++) {
        const row = rows[Math.floor(random() * rows.length)]!;
        const measure = indicators[Math.floor(random() * indicators.length)]!;
        const area = row.geographic_level === 'National' ? row.country_code! : row.geographic_level === 'Regional' ? row.region_code! : random() < 0.5 ? row.new_la_code! : row.old_la_code!;
        const got = await statistics.getValue(database.db, {
          dataset: datasetOf(file),
          measure,
          area,
          period: row.time_period!,
          filters: { [filter]: row[filter]! },
        });
        expect(got.raw, `${file} ${measure} ${area} ${row.time_period}`).toBe(row[measure]!.trim());
      }
    }
  });

  it('refuses a file with a bad area code, naming line and column, and imports nothing from it', async () => {
    const before = await countRows(database.db, statValues);
    const file = tempFile(
      [
        'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,referral_count',
        '2025,Reporting year,National,E92000001,England,,,,,,Referrals,632830',
        '2025,Reporting year,Local authority,E92000001,England,E12000007,London,202,CAMDEN,Camden,Referrals,12',
      ].join('\n'),
      'bad_codes.csv',
    );
    await expect(statistics.importEesFile(database.db, actor, file)).rejects.toThrow(/bad_codes\.csv, line 3, column "new_la_code": "CAMDEN" is not an area code/);
    expect(await countRows(database.db, statValues)).toBe(before);
    expect(await statistics.findDataset(database.db, '4-bad_codes')).toBeNull();
  });
});

describe('what an import reports and refuses', () => {
  it('counts rows at ward and constituency level by level, stores none of them, and stores the rest', async () => {
    const file = tempFile(
      [
        `${HEADER},pcon_code,pcon_name,ward_code,ward_name,pupils`,
        '2024,Calendar year,National,E92000001,England,,,,,,,,,,1200',
        '2024,Calendar year,Ward,E92000001,England,E12000007,London,,,,,,E05013652,Belsize,7',
        '2024,Calendar year,Parliamentary constituency,E92000001,England,E12000007,London,,,,E14001172,Holborn and St Pancras,,,50',
        '2024,Calendar year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,,,,,41',
        '2024,Calendar year,Ward,E92000001,England,E12000007,London,,,,,,E05013653,Camden Town,9',
        '2024,Calendar year,Parliamentary constituency,E92000001,England,E12000007,London,,,,E14001290,Tottenham,,,52',
        '2024,Calendar year,Ward,E92000001,England,E12000007,London,,,,,,E05013654,Kilburn,8',
      ].join('\n'),
      'pupils_by_ward.csv',
    );
    const [result] = await statistics.importEesFiles(database.db, actor, [{ file, dataset: 'pupils-by-ward' }]);
    expect(result?.skippedLevels).toEqual([
      { level: 'Ward', rows: 3, firstLine: 3 },
      { level: 'Parliamentary constituency', rows: 2, firstLine: 4 },
    ]);
    expect(result).toMatchObject({ rows: 2, values: 2, metaFile: null });
    expect(skippedLevelsText(result!.skippedLevels)).toBe(
      'Skipped 5 rows at levels the hub holds no areas for: Ward (3 from line 3), Parliamentary constituency (2 from line 4). Their figures were not imported.',
    );
    const stored = await database.db.select({ area: statValues.areaCode, raw: statValues.raw }).from(statValues).where(eq(statValues.batchId, result!.batchId));
    expect(stored.sort((a, b) => a.area.localeCompare(b.area))).toEqual([
      { area: 'E09000007', raw: '41' },
      { area: 'E92000001', raw: '1200' },
    ]);
    for (const code of ['E05013652', 'E14001172', 'E14001290']) {
      expect(await database.db.select().from(statPlaces).where(eq(statPlaces.code, code))).toEqual([]);
    }
    // The single-file import reports the same, from the same result.
    expect((await statistics.importEesFile(database.db, actor, file, { dataset: 'pupils-by-ward' })).skippedLevels).toEqual(result!.skippedLevels);
  });

  it('refuses a file with the same area, period and filters twice, naming both lines and the key, and keeps what was there', async () => {
    const rows = [
      `${HEADER},category,referral_count`,
      '2025,Reporting year,National,E92000001,England,,,,,,Referrals,632830',
      '2025,Reporting year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,Referrals,1210',
      '2025,Reporting year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,Re-referrals,230',
      '2025,Reporting year,Local authority,E92000001,England,E12000007,London,213,E09000033,Westminster,Referrals,980',
    ];
    const earlier = await statistics.importEesFile(database.db, actor, tempFile(rows.join('\n'), 'referrals.csv'), { dataset: 'repeated-referrals' });
    const before = await countRows(database.db, statValues);
    const repeated = tempFile([...rows, rows[2]!.replace('1210', '1211')].join('\n'), 'referrals.csv');
    await expect(statistics.importEesFile(database.db, actor, repeated, { dataset: 'repeated-referrals' })).rejects.toThrow(
      /referrals\.csv, line 6, column "new_la_code": this row repeats line 3: the same area \(E09000007\), period \(2025 Reporting year\) and filter values \(category "Referrals"\)/,
    );
    expect(await countRows(database.db, statValues)).toBe(before);
    const camden = await statistics.getValue(database.db, { dataset: 'repeated-referrals', measure: 'referral_count', area: 'E09000007', period: '2025', filters: { category: 'Referrals' } });
    expect(camden.raw).toBe('1210');
    expect((await statistics.listImportBatches(database.db, (await statistics.findDataset(database.db, 'repeated-referrals'))!.id)).map((b) => b.id)).toEqual([earlier.batchId]);
  });
});

describe('benchmarking matches the figures worked out from the CSVs', () => {
  const file = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
  const rows = readCsvTable(file);
  const neighbourRows = readCsvTable('sn_model_2025_wide.csv');

  function expected(measure: string, period: string, include: (row: Record<string, string>) => boolean) {
    const las = rows.filter((r) => r.time_period === period && r.geographic_level === 'Local authority' && include(r));
    const numbers = las.filter((r) => isPublishedNumber(r[measure])).map((r) => Number(r[measure]));
    const ranks = new Map(
      las.filter((r) => isPublishedNumber(r[measure])).map((r) => [r.new_la_code!, numbers.filter((n) => n > Number(r[measure])).length + 1]),
    );
    return {
      count: numbers.length,
      median: percentileInc(numbers, 0.5),
      q1: percentileInc(numbers, 0.25),
      q3: percentileInc(numbers, 0.75),
      min: Math.min(...numbers),
      max: Math.max(...numbers),
      ranks,
      statusCodes: las.filter((r) => !isPublishedNumber(r[measure])).length,
    };
  }

  const cases: [string, string, string, (r: Record<string, string>) => boolean][] = [
    ['rereferral_percent', '2025', 'england', () => true],
    ['referral_count', '2019', 'england', () => true],
    ['no_further_action_percent', '2024', 'london', (r) => r.new_la_code!.startsWith('E09')],
    ['rereferral_percent', '2023', 'inner-london', (r) => r.region_code === 'E13000001'],
    ['rereferral_child_percent', '2025', 'region:E12000002', (r) => r.region_code === 'E12000002'],
  ];

  it.each(cases)('%s in %s against %s', async (measure, period, comparator, include) => {
    const want = expected(measure, period, include);
    const got = await statistics.benchmark(database.db, { dataset: datasetOf(file), measure, period, comparator });
    expect(got.count).toBe(want.count);
    expect(got.median).toBe(want.median);
    expect(got.q1).toBe(want.q1);
    expect(got.q3).toBe(want.q3);
    expect(got.min).toBe(want.min);
    expect(got.max).toBe(want.max);
    for (const area of got.areas.filter((a) => a.rank !== null)) expect(area.rank, area.code).toBe(want.ranks.get(area.code));
    expect(got.areas.filter((a) => a.status !== null)).toHaveLength(want.statusCodes);
    // And the SQL engine agrees with the pure summarise, to the last bit.
    const pure = summarise(got.areas, { polarity: 'context' });
    expect({ ...got, series: undefined, period: undefined, comparator: undefined, area: undefined, polarity: 'context' }).toMatchObject({
      count: pure.count,
      mean: pure.mean,
      median: pure.median,
      q1: pure.q1,
      q3: pure.q3,
      areas: pure.areas,
    });
  });

  it.each([['202'], ['E08000035'], ['846']])('the statistical-neighbour median of %s', async (area) => {
    const mine = rows.find((r) => r.time_period === '2025' && (r.old_la_code === area || r.new_la_code === area))!;
    const model = neighbourRows.find((r) => r.old_la_code === mine.old_la_code)!;
    const neighbourCodes = Array.from({ length: 10 }, (_, i) => model[`SN_${i + 1}`]!.trim());
    const values = neighbourCodes
      .map((code) => rows.find((r) => r.time_period === '2025' && r.old_la_code === code)?.rereferral_percent)
      .filter(isPublishedNumber)
      .map(Number);
    const got = await statistics.benchmark(database.db, {
      dataset: datasetOf(file),
      measure: 'rereferral_percent',
      period: '2025',
      comparator: 'england',
      area,
    });
    expect(got.area?.code).toBe(mine.new_la_code);
    expect(got.area?.value).toBe(Number(mine.rereferral_percent));
    expect(got.area?.statisticalNeighbours.codes).toHaveLength(10);
    expect(got.area?.statisticalNeighbours.median).toBe(percentileInc(values, 0.5));
    expect(got.area?.rank).toBe(expected('rereferral_percent', '2025', () => true).ranks.get(mine.new_la_code!));
  });

  it('the full table for one area agrees with the single-measure benchmarks', async () => {
    const table = await benchmarkTable(database.db, { dataset: datasetOf(file), period: '2024', area: 'E09000028' });
    expect(table.size).toBe(10);
    for (const measure of ['rereferral_percent', 'referral_count', 'not_in_need_percent']) {
      const england = await statistics.benchmark(database.db, { dataset: datasetOf(file), measure, period: '2024', comparator: 'england', area: 'E09000028' });
      const london = await statistics.benchmark(database.db, { dataset: datasetOf(file), measure, period: '2024', comparator: 'london' });
      const row = table.get(`${england.series.measure.id}|${england.series.filterSet.id}`)!;
      expect([row.eng_q1, row.eng_median, row.eng_q3]).toEqual([england.q1, england.median, england.q3]);
      expect(row.lon_median).toBe(london.median);
      expect(row.sn_median).toBe(england.area?.statisticalNeighbours.median);
      expect(Number(row.higher) + 1).toBe(england.area?.rank);
    }
  });

  it('benchmarks against statistical neighbours and custom groups', async () => {
    const group = await database.db.transaction((tx) =>
      statistics.createGroup(tx, actor, { name: 'Pilot boards', areaCodes: ['E09000007', 'E09000012', 'E09000019'] }),
    );
    expect(group.name).toBe('Pilot boards');
    const got = await statistics.benchmark(database.db, { dataset: datasetOf(file), measure: 'referral_count', period: '2025', comparator: 'group:Pilot boards' });
    expect(got.areas.map((a) => a.code).sort()).toEqual(['E09000007', 'E09000012', 'E09000019']);
    const sn = await statistics.benchmark(database.db, { dataset: datasetOf(file), measure: 'referral_count', period: '2025', comparator: 'neighbours:202' });
    expect(sn.count + sn.areas.filter((a) => a.status).length).toBe(10);
    await expect(statistics.benchmark(database.db, { dataset: datasetOf(file), measure: 'referral_count', period: '2025', comparator: 'wales' })).rejects.toThrow(/unknown comparator "wales"/);
  });
});

describe('what other modules call', () => {
  const population = datasetOf(DFE_EES_FILES[3]);

  it('looks up values for areas, fills the filters left out, and lists periods newest first', async () => {
    const got = await statistics.lookupValues(database.db, {
      dataset: population,
      measure: 'population_estimate',
      filters: {},
      period: '2024',
      areaCodes: ['E09000007', 'E99999999'],
    });
    const camden = readCsvTable(DFE_EES_FILES[3]).find((r) => r.time_period === '2024' && r.new_la_code === 'E09000007')!;
    expect(got).toEqual([
      { areaCode: 'E09000007', value: Number(camden.population_estimate), status: null },
      { areaCode: 'E99999999', value: null, status: null },
    ]);
    expect(await statistics.measureExists(database.db, population, 'population_estimate')).toBe(true);
    expect(await statistics.measureExists(database.db, population, 'nope')).toBe(false);
    const periods = await statistics.listPeriods(database.db, population, 'population_estimate');
    expect(periods[0]).toBe('2024');
    expect(periods.at(-1)).toBe('2012');
  });

  it('stores a board’s return answers for each of its areas, replacing earlier answers', async () => {
    const board = (await listBoards(database.db)).find((b) => b.code === 'city-and-hackney')!;
    const record = (value: number) =>
      database.db.transaction((tx) =>
        statistics.recordBoardReturnValues(tx, actor, { boardId: board.id, period: '2025', values: [{ measure: 'section11_audits', value }], source: 'dataset return 2025' }),
      );
    await record(4);
    await record(7);
    const got = await statistics.lookupValues(database.db, {
      dataset: statistics.BOARD_RETURNS_DATASET,
      measure: 'section11_audits',
      filters: {},
      period: '2025',
      areaCodes: ['E09000001', 'E09000012'],
    });
    expect(got.map((g) => g.value)).toEqual([7, 7]);
  });

  it('benchmarks computed values with the same rules', async () => {
    const values = [
      { areaCode: 'E09000007', value: 10, status: null },
      { areaCode: 'E09000012', value: 30, status: null },
      { areaCode: 'E09000019', value: 20, status: null },
      { areaCode: 'E09000033', value: null, status: 'c' },
      { areaCode: 'E08000035', value: 99, status: null },
    ];
    const got = await statistics.benchmarkValues(database.db, { values, comparator: 'inner-london', areaCode: 'E09000019', polarity: 'lower-better' });
    expect(got).toMatchObject({ count: 3, median: 20, q1: 15, q3: 25 });
    expect(got.areas.map((a) => [a.code, a.rank])).toEqual([
      ['E09000012', 1],
      ['E09000019', 2],
      ['E09000007', 3],
      ['E09000033', null],
    ]);
    expect(got.area).toMatchObject({ code: 'E09000019', rank: 2, quartile: 2 });
  });
});
