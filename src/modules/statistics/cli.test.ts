import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.ts';
import type { Database } from '../../platform/db/open.ts';
import { tempFile } from './ees/test-support.ts';
import { cliOn, dfePath, isPublishedNumber, percentileInc, readCsvTable, seededRandom } from './test-support.ts';

let database: Database;
const cli = cliOn(() => database.db);

const REFERRALS = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025';
const PLANS = 'd3_cpps_subsequent_plan_2013_to_2025';

beforeAll(async () => {
  database = await createTestDatabase();
  for (const name of [REFERRALS, PLANS]) {
    const { code, err } = await cli('statistics', 'import-ees', dfePath(`${name}.csv`));
    expect(code, err).toBe(0);
  }
  expect((await cli('statistics', 'import-neighbours', dfePath('sn_model_2025_wide.csv'))).code).toBe(0);
}, 120_000);
afterAll(async () => database?.close());

describe('safeguarding-hub statistics', () => {
  it('import-ees reports progress on standard error and the counts on standard output', async () => {
    const { code, out, err } = await cli('statistics', 'import-ees', dfePath(`${PLANS}.csv`), '--dataset', 'plans-copy');
    expect(code).toBe(0);
    expect(err).toMatch(/d3_cpps_subsequent_plan_2013_to_2025\.csv: 2132 of 2132 rows, 6396 values/);
    expect(out).toMatch(/^Imported 6396 values \(2132 rows, 3 measures\) into dataset plans-copy in \d+ ms\.\n$/);
  });

  it('get prints random published cells exactly, by ONS or DfE code', async () => {
    const rows = readCsvTable(`${REFERRALS}.csv`).filter((r) => r.geographic_level === 'Local authority');
    const measures = ['referral_count', 'rereferral_percent', 'no_further_action_percent', 'rereferral_child_percent'];
    const random = seededRandom(7);
    for (let i = 0; i < 12; i++) {
      const row = rows[Math.floor(random() * rows.length)]!;
      const measure = measures[i % measures.length]!;
      const area = i % 2 ? row.old_la_code! : row.new_la_code!;
      const { code, out, err } = await cli('statistics', 'get', '--dataset', REFERRALS, '--measure', measure, '--area', area, '--period', row.time_period!);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toBe(`${row[measure]}\n`);
    }
  });

  it('get prints status codes as published', async () => {
    const row = readCsvTable(`${REFERRALS}.csv`).find((r) => r.no_further_action_percent === 'c' || r.rereferral_percent === 'c')!;
    const measure = row.no_further_action_percent === 'c' ? 'no_further_action_percent' : 'rereferral_percent';
    const { out } = await cli('statistics', 'get', '--dataset', REFERRALS, '--measure', measure, '--area', row.new_la_code!, '--period', row.time_period!, '--filter', `category=${row.category}`);
    expect(out).toBe('c\n');
  });

  it('benchmark --json prints the contract shape with figures matching the CSV', async () => {
    const { code, out } = await cli(
      'statistics', 'benchmark', '--dataset', REFERRALS, '--measure', 'rereferral_percent', '--period', '2025', '--comparator', 'outer-london', '--area', 'E09000003', '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown> & { areas: Record<string, unknown>[]; area: Record<string, unknown> & { statisticalNeighbours: { codes: string[]; median: number } } };
    expect(Object.keys(json)).toEqual(['count', 'min', 'max', 'mean', 'median', 'q1', 'q3', 'areas', 'area']);
    expect(Object.keys(json.areas[0]!)).toEqual(['code', 'name', 'value', 'status', 'rank', 'quartile']);
    expect(Object.keys(json.area)).toEqual(['code', 'value', 'rank', 'quartile', 'statisticalNeighbours']);

    const rows = readCsvTable(`${REFERRALS}.csv`).filter((r) => r.time_period === '2025' && r.geographic_level === 'Local authority');
    const outer = rows.filter((r) => r.region_code === 'E13000002' && isPublishedNumber(r.rereferral_percent)).map((r) => Number(r.rereferral_percent));
    expect(json.count).toBe(outer.length);
    expect(json.median).toBe(percentileInc(outer, 0.5));
    expect(json.q1).toBe(percentileInc(outer, 0.25));
    expect(json.q3).toBe(percentileInc(outer, 0.75));
    const barnet = Number(rows.find((r) => r.new_la_code === 'E09000003')!.rereferral_percent);
    expect(json.area.rank).toBe(outer.filter((v) => v > barnet).length + 1);
    const model = readCsvTable('sn_model_2025_wide.csv').find((r) => r.old_la_code === '302')!;
    const neighbourValues = Array.from({ length: 10 }, (_, i) => rows.find((r) => r.old_la_code === model[`SN_${i + 1}`]!.trim())?.rereferral_percent)
      .filter(isPublishedNumber)
      .map(Number);
    expect(json.area.statisticalNeighbours.median).toBe(percentileInc(neighbourValues, 0.5));
  });

  it('names file, line and column for a broken file, imports nothing, and exits 1', async () => {
    const file = tempFile(
      'time_period,time_identifier,geographic_level,country_code,country_name,count\n2025,Reporting year,National,E92000001,England,"1,234\n',
      'broken.csv',
    );
    const { code, out, err } = await cli('statistics', 'import-ees', file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^safeguarding-hub: \d+-broken\.csv, line 2/);
    expect((await cli('statistics', 'get', '--dataset', file.replace(/.*\//, '').replace('.csv', ''), '--measure', 'count', '--area', 'E92000001', '--period', '2025')).err).toMatch(/no dataset/);
  });

  it('says what exists when asked for a measure, period or comparator that does not', async () => {
    const measure = await cli('statistics', 'get', '--dataset', REFERRALS, '--measure', 'nope', '--area', '202', '--period', '2025');
    expect(measure.code).toBe(1);
    expect(measure.err).toMatch(/has no measure "nope"; its measures: referral_count, rereferral_count/);
    const period = await cli('statistics', 'get', '--dataset', REFERRALS, '--measure', 'referral_count', '--area', '202', '--period', '1999');
    expect(period.err).toMatch(/no figures for period 1999 .* periods: 2025, 2024/);
    const comparator = await cli('statistics', 'benchmark', '--dataset', REFERRALS, '--measure', 'referral_count', '--period', '2025', '--comparator', 'mars', '--json');
    expect(comparator.err).toMatch(/unknown comparator "mars"/);
  });
});
