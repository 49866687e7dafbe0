// EES files shaped like releases other than the children-in-need ones in ../shared: their
// headers follow published DfE files (SEN by constituency, absence by year group, children's
// services expenditure, EES's own all-geographies test file); the figures are made up.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/db.ts';
import type { Database } from '../../../platform/db/open.ts';
import { cliOn, readCsvTable } from '../test-support.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
let database: Database;
const cli = cliOn(() => database.db);

interface Release {
  file: string;
  /** A .meta.csv lies beside it and is found without --meta. */
  meta: boolean;
  filters: string[];
  indicators: string[];
}

const releases: Release[] = [
  {
    file: 'sen_provision_by_constituency_202425.csv',
    meta: false,
    filters: ['phase_type_grouping', 'sen_provision'],
    indicators: ['number_of_pupils', 'percent_of_pupils'],
  },
  {
    file: 'absence_by_year_group_202425.csv',
    meta: true,
    filters: ['education_phase', 'year_group'],
    indicators: ['enrolments', 'sess_overall_percent', 'sess_unauthorised_holiday_percent', 'enrolments_pa_10_exact_percent'],
  },
  {
    file: 'childrens_services_expenditure_202425.csv',
    meta: true,
    filters: ['version', 'category_of_expenditure', 'expenditure_type'],
    indicators: ['expenditure_thousands', 'expenditure_per_child_pounds'],
  },
  { file: 'admissions_all_geographies_2019.csv', meta: false, filters: [], indicators: ['admission_numbers'] },
];

const HELD = new Set(['National', 'Regional', 'Local authority']);
const datasetOf = (file: string) => file.replace(/\.csv$/, '');

beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);
afterAll(async () => database?.close());

describe('importing EES files from other releases', () => {
  it.each(releases)('$file: imports held levels, names the meta file it found and the levels it skipped', async (release) => {
    const { code, out, err } = await cli('statistics', 'import-ees', fixture(release.file));
    expect(err).not.toMatch(/safeguarding-hub:/);
    expect(code).toBe(0);
    const metaNote = `Using ${datasetOf(release.file)}.meta.csv, found beside the data file, to tell filters from indicators.\n`;
    if (release.meta) expect(out.startsWith(metaNote)).toBe(true);
    else expect(out).not.toContain('meta.csv');

    const rows = readCsvTable(release.file, fixture(release.file));
    const held = rows.filter((r) => HELD.has(r.geographic_level!));
    const cells = held.length * release.indicators.length;
    expect(out).toContain(`Imported ${cells} values (${held.length} rows, ${release.indicators.length} measures) into dataset ${datasetOf(release.file)}`);
    const skipped = new Map<string, number>();
    for (const r of rows) if (!HELD.has(r.geographic_level!)) skipped.set(r.geographic_level!, (skipped.get(r.geographic_level!) ?? 0) + 1);
    if (skipped.size === 0) expect(out).not.toContain('Skipped');
    else {
      expect(out).toContain(`Skipped ${rows.length - held.length} rows at levels the hub holds no areas for:`);
      for (const [level, count] of skipped) expect(out).toContain(`${level} (${count} from line`);
    }
  });

  it.each(releases)('$file: statistics get prints every published cell exactly, status codes included', async (release) => {
    const rows = readCsvTable(release.file, fixture(release.file)).filter((r) => HELD.has(r.geographic_level!));
    let codes = 0;
    for (const [i, row] of rows.entries()) {
      const area =
        row.geographic_level === 'National' ? row.country_code! : row.geographic_level === 'Regional' ? row.region_code! : i % 2 ? row.old_la_code! : row.new_la_code!;
      const filters = release.filters.flatMap((f) => ['--filter', `${f}=${row[f]}`]);
      for (const measure of release.indicators) {
        const got = await cli('statistics', 'get', '--dataset', datasetOf(release.file), '--measure', measure, '--area', area, '--period', row.time_period!, ...filters);
        expect(got.err, `${measure} ${area} ${row.time_period}`).toBe('');
        expect(got.out).toBe(`${row[measure]}\n`);
        if (/^[a-z]+$/.test(row[measure]!)) codes += 1;
      }
    }
    expect(codes).toBeGreaterThan(0);
  });
});

describe('what the meta file changes', () => {
  it('without it a year group of numbers is taken for an indicator and the file is refused; with it the year group is a filter', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hub-no-meta-'));
    const alone = path.join(dir, 'absence_by_year_group_202425.csv');
    copyFileSync(fixture('absence_by_year_group_202425.csv'), alone);

    const refused = await cli('statistics', 'import-ees', alone, '--dataset', 'absence-without-meta');
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(/absence_by_year_group_202425\.csv, line 3, column "country_code": this row repeats line 2: the same area \(E92000001\)/);
    expect(refused.err).toMatch(/taken as indicators \(year_group, enrolments, .*import the file with the \.meta\.csv/);
    expect((await cli('statistics', 'get', '--dataset', 'absence-without-meta', '--measure', 'enrolments', '--area', '202', '--period', '202425')).err).toMatch(/no dataset "absence-without-meta"/);

    const imported = await cli('statistics', 'import-ees', alone, '--meta', fixture('absence_by_year_group_202425.meta.csv'), '--dataset', 'absence-with-meta');
    expect(imported.code).toBe(0);
    expect(imported.out).not.toContain('found beside');
    const eighth = await cli('statistics', 'get', '--dataset', 'absence-with-meta', '--measure', 'sess_overall_percent', '--area', 'E09000007', '--period', '202425', '--filter', 'year_group=8');
    expect(eighth.out).toBe('6.80\n');
    const notMeasure = await cli('statistics', 'get', '--dataset', 'absence-with-meta', '--measure', 'year_group', '--area', 'E09000007', '--period', '202425');
    expect(notMeasure.err).toMatch(/has no measure "year_group"/);
    // An indicator published only as codes is still an indicator.
    const holiday = await cli('statistics', 'get', '--dataset', 'absence-with-meta', '--measure', 'sess_unauthorised_holiday_percent', '--area', '202', '--period', '202425', '--filter', 'year_group=9');
    expect(holiday.out).toBe('z\n');
  });
});

describe('asking for figures as EES shows them', () => {
  it('takes 2024/25 for the time period 202425, and says plainly when an area was not imported', async () => {
    const args = ['statistics', 'get', '--dataset', datasetOf(releases[0]!.file), '--measure', 'percent_of_pupils', '--area', 'E09000007', '--filter', 'sen_provision=SEN support'];
    expect((await cli(...args, '--period', '2024/25')).out).toBe('15.00\n');
    const constituency = await cli('statistics', 'get', '--dataset', datasetOf(releases[0]!.file), '--measure', 'number_of_pupils', '--area', 'E14001172', '--period', '202425', '--filter', 'sen_provision=SEN support');
    expect(constituency.code).toBe(1);
    expect(constituency.err).toMatch(/no figure for area E14001172/);
  });
});
