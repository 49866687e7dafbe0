import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../tests/support/shared.ts';
import { describeEesFile, openEesFile, readEesFile, type EesObservation } from './index.ts';
import { dfeFile, HEADER, smallEesFile, tempFile } from './test-support.ts';

const eesFiles = readdirSync(sharedPath('data', 'dfe')).filter(
  (name) => name.endsWith('.csv') && readFileSync(dfeFile(name), 'utf8').startsWith('time_period,'),
);

async function allObservationsOf(batches: AsyncGenerator<{ observations: EesObservation[] }>): Promise<EesObservation[]> {
  const all: EesObservation[] = [];
  for await (const batch of batches) all.push(...batch.observations);
  return all;
}

const allObservations = (file: string, options = {}) => allObservationsOf(readEesFile(file, options));

describe('reading the published DfE files', () => {
  it('finds the four EES files among the samples', () => {
    expect(eesFiles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(eesFiles)('%s: every indicator cell becomes one observation', async (name) => {
    const lines = readFileSync(dfeFile(name), 'utf8').trim().split(/\r?\n/);
    const header = (lines[0] ?? '').split(',');
    const description = await describeEesFile(dfeFile(name));
    // After la_name come the filter columns, then the indicators, in these files.
    const afterGeography = header.slice(header.indexOf('la_name') + 1);
    expect([...description.filters, ...description.indicators]).toEqual(afterGeography);
    expect(description.rows).toBe(lines.length - 1);
    const observations = await allObservations(dfeFile(name));
    expect(observations).toHaveLength(description.rows * description.indicators.length);
    expect(new Set(observations.map((o) => o.geographicLevel))).toEqual(
      new Set(['National', 'Regional', 'Local authority']),
    );
  });

  it('gives each level its own area code and keeps the old LA code for authorities', async () => {
    const observations = await allObservations(dfeFile('b1_children_in_need_2013_to_2025.csv'));
    const england = observations.find((o) => o.geographicLevel === 'National');
    expect(england).toMatchObject({
      areaCode: 'E92000001',
      areaCodeColumn: 'country_code',
      areaName: 'England',
    });
    const london = observations.find((o) => o.areaName === 'London' && o.geographicLevel === 'Regional');
    expect(london).toMatchObject({ areaCode: 'E12000007', areaCodeColumn: 'region_code' });
    const camden = observations.find((o) => o.areaName === 'Camden');
    expect(camden).toMatchObject({ areaCode: 'E09000007', areaCodeColumn: 'new_la_code', oldLaCode: '202' });
  });

  it('says which broader area each row sits in: inner London for Camden, England for a region', async () => {
    const observations = await allObservations(dfeFile('b1_children_in_need_2013_to_2025.csv'));
    expect(observations.find((o) => o.areaName === 'Camden')?.parentCode).toBe('E13000001');
    expect(observations.find((o) => o.areaName === 'Leeds')?.parentCode).toBe('E12000003');
    expect(observations.find((o) => o.areaName === 'North East')?.parentCode).toBe('E92000001');
    expect(observations.find((o) => o.geographicLevel === 'National')?.parentCode).toBeUndefined();
  });

  it('brings random published cells back with the same text, number or status code', async () => {
    const name = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
    const lines = readFileSync(dfeFile(name), 'utf8').split(/\r?\n/);
    const header = (lines[0] ?? '').split(',');
    const firstIndicator = header.indexOf('category') + 1;
    const byCell = new Map<string, EesObservation>();
    for (const o of await allObservations(dfeFile(name))) byCell.set(`${o.line}:${o.measure}`, o);
    // Only lines a plain split can read (no quoted commas) are checked.
    const plainLines = lines
      .map((text, i) => ({ cells: text.split(','), line: i + 1 }))
      .filter(({ cells, line }) => line > 1 && cells.length === header.length);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: plainLines.length - 1 }),
        fc.integer({ min: firstIndicator, max: header.length - 1 }),
        (row, col) => {
          const { cells, line } = plainLines[row]!;
          const published = cells[col]!;
          const observation = byCell.get(`${line}:${header[col]}`);
          expect(observation?.raw).toBe(published);
          if (/^[a-z~:.]+$/.test(published)) {
            expect(observation?.status).toBe(published);
            expect(observation?.value).toBeNull();
          } else {
            expect(observation?.value).toBe(parseFloat(published));
            expect(observation?.status).toBeNull();
          }
          expect(observation?.timePeriod).toBe(cells[0]);
          expect(observation?.geographicLevel).toBe(cells[2]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads all the sample files in well under two seconds', async () => {
    const started = performance.now();
    for (const name of eesFiles) await allObservations(dfeFile(name));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('values and columns', () => {
  it('keeps decimals as printed and status codes as codes', async () => {
    const observations = await allObservations(tempFile(smallEesFile()));
    const cell = (area: string, measure: string) =>
      observations.find((o) => o.areaName === area && o.measure === measure);
    expect(cell('London', 'rereferral_percent')).toMatchObject({ raw: '18.3', value: 18.3, status: null });
    expect(cell('Camden', 'referral_count')).toMatchObject({ raw: 'c', value: null, status: 'c' });
    expect(cell('Camden', 'rereferral_percent')).toMatchObject({ raw: 'low', value: null, status: 'low' });
    expect(cell('England', 'referral_count')).toMatchObject({
      value: 632830,
      filters: { category: 'Referrals' },
    });
  });

  it('treats a column of only status codes and numbers as an indicator, and text as a filter', async () => {
    const file = tempFile(
      [
        `${HEADER},age_group,note_count,average_days`,
        '2025,Reporting year,National,E92000001,England,,,,,,Under 1,x,z',
        '2025,Reporting year,National,E92000001,England,,,,,,1 to 4,12,-0.5',
        '2025,Reporting year,National,E92000001,England,,,,,,Total,k,1.5e-3',
      ].join('\n'),
    );
    const description = await describeEesFile(file);
    expect(description.filters).toEqual(['age_group']);
    expect(description.indicators).toEqual(['note_count', 'average_days']);
    expect(description.statusCounts).toEqual({ x: 1, z: 1, k: 1 });
  });

  it('leaves blank indicator cells out, or refuses them when asked', async () => {
    const text = smallEesFile([
      '2025,Reporting year,Local authority,E92000001,England,E12000007,London,213,E09000033,Westminster,Referrals,,5.1',
    ]);
    const file = tempFile(text);
    const description = await describeEesFile(file);
    expect(description.blankIndicatorCells).toBe(1);
    expect(description.observations).toBe(7);
    expect(await allObservations(file)).toHaveLength(7);
    await expect(describeEesFile(file, { blankIndicators: 'error' })).rejects.toMatchObject({
      line: 5,
      column: 'referral_count',
    });
  });

  it('uses the meta file for roles, labels, units and decimal places', async () => {
    const data = tempFile(
      [
        `${HEADER},characteristic_group,characteristic,year_group,pupils,percent`,
        '2024,Academic year,National,E92000001,England,,,,,,Gender,Girls,7,100,50.0',
        '2024,Academic year,National,E92000001,England,,,,,,Gender,Boys,8,100,50.0',
      ].join('\n'),
    );
    const meta = tempFile(
      [
        'col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column',
        'characteristic,Filter,Characteristic,,,,Pick one,characteristic_group',
        'year_group,Filter,Year group,,,,,',
        'pupils,Indicator,Number of pupils,,,0,,',
        'percent,Indicator,Percentage of pupils,,%,1,,',
      ].join('\n'),
      'data.meta.csv',
    );
    const description = await describeEesFile(data, { meta });
    expect(description.rolesFrom).toBe('meta');
    // year_group holds only numbers but the meta file says it is a filter.
    expect(description.filters).toEqual(['characteristic_group', 'characteristic', 'year_group']);
    expect(description.indicators).toEqual(['pupils', 'percent']);
    const percent = description.columns.find((c) => c.name === 'percent');
    expect(percent).toMatchObject({ label: 'Percentage of pupils', unit: '%', decimalPlaces: 1 });
    const observations = await allObservations(data, { meta });
    expect(observations[1]).toMatchObject({ measure: 'percent', raw: '50.0', value: 50 });
    expect(observations[0]?.filters).toEqual({
      characteristic_group: 'Gender',
      characteristic: 'Girls',
      year_group: '7',
    });
  });

  it('names a repeated row, and suggests the meta file when a filter of numbers was taken for an indicator', async () => {
    const data = tempFile(
      [
        `${HEADER},year_group,enrolments,overall_absence_percent`,
        '202425,Academic year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,7,1850,5.9',
        '202425,Academic year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,8,1790,6.80',
      ].join('\n'),
    );
    const withoutMeta = readEesFile(data);
    await expect(allObservationsOf(withoutMeta)).rejects.toMatchObject({
      line: 3,
      column: 'new_la_code',
      problem: expect.stringMatching(/repeats line 2: .*taken as indicators \(year_group, enrolments, overall_absence_percent\); if one of them is a filter, such as a year group, import the file with the \.meta\.csv/),
    });
    const meta = tempFile(
      'col_name,col_type,label\nyear_group,Filter,Year group\nenrolments,Indicator,Enrolments\noverall_absence_percent,Indicator,Overall absence rate\n',
      'data.meta.csv',
    );
    const observations = await allObservations(data, { meta });
    expect(observations.filter((o) => o.measure === 'overall_absence_percent').map((o) => [o.filters.year_group, o.raw])).toEqual([
      ['7', '5.9'],
      ['8', '6.80'],
    ]);
  });

  it('says when a repeated row has no filter columns that could tell it apart', async () => {
    const data = tempFile(
      [
        `${HEADER},population_estimate`,
        '2024,Calendar year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,218049',
        '2024,Calendar year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,218050',
      ].join('\n'),
    );
    await expect(allObservations(data)).rejects.toMatchObject({
      line: 3,
      problem: expect.stringMatching(/^this row repeats line 2: the same area \(E09000007\), period \(2024 Calendar year\) and no filter columns to tell them apart/),
    });
  });

  it('yields batches of the asked size with progress', async () => {
    const opened = await openEesFile(dfeFile('d3_cpps_subsequent_plan_2013_to_2025.csv'), {
      batchSize: 1000,
    });
    const batches = [];
    for await (const batch of opened.batches()) batches.push(batch);
    expect(batches.slice(0, -1).every((b) => b.observations.length >= 1000)).toBe(true);
    expect(batches.at(-1)?.rowsRead).toBe(opened.description.rows);
    expect(batches.map((b) => b.observations.length).reduce((a, b) => a + b, 0)).toBe(
      opened.description.observations,
    );
  });
});

describe('geographic levels', () => {
  const rows = (header: string, ...lines: string[]) => tempFile([header, ...lines].join('\n'));

  it('reads National, Regional and Local authority rows, and counts the levels it skips', async () => {
    const file = rows(
      `${HEADER},lad_code,lad_name,pcon_code,pcon_name,ward_code,ward_name,pupils`,
      '2024,Calendar year,National,E92000001,England,,,,,,,,,,,,1200',
      '2024,Calendar year,Local authority district,E92000001,England,E12000007,London,,,,E09000007,Camden,,,,,40',
      '2024,Calendar year,Regional,E92000001,England,E12000007,London,,,,,,,,,,300',
      '2024,Calendar year,Parliamentary constituency,E92000001,England,E12000007,London,,,,,,E14001172,Holborn and St Pancras,,,50',
      '2024,Calendar year,Local authority,E92000001,England,E12000007,London,202,E09000007,Camden,,,,,,,41',
      // A ward row with no code at all is skipped, not an error: the hub would not store it anyway.
      '2024,Calendar year,Ward,E92000001,England,E12000007,London,,,,,,,,,,7',
      '2024,Calendar year,Parliamentary constituency,E92000001,England,E12000007,London,,,,,,E14001290,Tottenham,,,52',
    );
    const description = await describeEesFile(file);
    expect(description.rows).toBe(3);
    expect(description.skippedLevels).toEqual([
      { level: 'Local authority district', rows: 1, firstLine: 3 },
      { level: 'Parliamentary constituency', rows: 2, firstLine: 5 },
      { level: 'Ward', rows: 1, firstLine: 7 },
    ]);
    const observations = await allObservations(file);
    expect(observations.map((o) => [o.geographicLevel, o.areaCode, o.raw])).toEqual([
      ['National', 'E92000001', '1200'],
      ['Regional', 'E12000007', '300'],
      ['Local authority', 'E09000007', '41'],
    ]);
  });

  it('refuses a file with no row at a level the hub holds, naming the levels it has', async () => {
    const file = rows(
      'time_period,time_identifier,geographic_level,country_code,country_name,ward_code,ward_name,admission_numbers',
      '2018,Calendar year,Ward,E92000001,England,E05000364,Syon,16659',
      '2018,Calendar year,Ward,E92000001,England,E05006937,Yoxall,3017',
    );
    await expect(describeEesFile(file)).rejects.toThrow(
      /no row is at a level the hub holds \(National, Regional, Local authority\); the file has only Ward \(2 rows\)/,
    );
  });

  it('finds codes for other EES levels and names the column used, when asked for every level', async () => {
    const file = rows(
      'time_period,time_identifier,geographic_level,country_code,country_name,lad_code,lad_name,pcon_code,pcon_name,pupils',
      '2024,Calendar year,Local authority district,E92000001,England,E07000223,Adur,,,40',
      '2024,Calendar year,Parliamentary constituency,E92000001,England,,,E14001063,Aldershot,50',
      '2024,Calendar year,Mystery zone,E92000001,England,E07000224,Arun,,,60',
    );
    const observations = await allObservations(file, { allLevels: true });
    expect(observations.map((o) => [o.areaCode, o.areaCodeColumn, o.areaName])).toEqual([
      ['E07000223', 'lad_code', 'Adur'],
      ['E14001063', 'pcon_code', 'Aldershot'],
      // An unlisted level takes its most specific code filled in.
      ['E07000224', 'lad_code', 'Arun'],
    ]);
  });

  it('falls back to the old LA code when an authority has no new code', async () => {
    const file = rows(
      `${HEADER},pupils`,
      '2010,Reporting year,Local authority,E92000001,England,E12000009,South West,835,x,Dorset (Pre LG),12',
    );
    const [observation] = await allObservations(file);
    expect(observation).toMatchObject({ areaCode: '835', areaCodeColumn: 'old_la_code', oldLaCode: '835' });
  });
});

describe('layouts seen in other DfE releases', () => {
  it('reads la_name before new_la_code, academic years, a text filter and all-x indicators', async () => {
    const file = tempFile(
      [
        'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,social_care_group,version,t_pupils,avg_att8,avg_p8score',
        '202425,Academic year,National,E92000001,England,,,,,,CINO at 31 March,Revised,13260,17.3,x',
        '202425,Academic year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,810,"Kingston upon Hull, City of",E06000010,CINO at 31 March,Revised,99,18.2,x',
        '202425,Academic year,Local authority,E92000001,England,E12000004,East Midlands,857,Rutland,E06000017,CINO at 31 March,Revised,c,c,x',
      ].join('\n'),
    );
    const description = await describeEesFile(file);
    expect(description.filters).toEqual(['social_care_group', 'version']);
    expect(description.indicators).toEqual(['t_pupils', 'avg_att8', 'avg_p8score']);
    const hull = (await allObservations(file)).find((o) => o.oldLaCode === '810' && o.measure === 'avg_att8');
    expect(hull).toMatchObject({
      areaCode: 'E06000010',
      areaName: 'Kingston upon Hull, City of',
      raw: '18.2',
      timePeriod: '202425',
    });
  });

  it("keeps combined authorities' codes as published", async () => {
    const file = tempFile(
      [
        `${HEADER},agency_fte,agency_cover_rate_fte`,
        '2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,940 / 941,E06000061 / E06000062,North Northamptonshire / West Northamptonshire,101.8,z',
        '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,394,E08000024,Sunderland,low,100',
      ].join('\n'),
    );
    const observations = await allObservations(file);
    expect(observations[0]).toMatchObject({
      areaCode: 'E06000061 / E06000062',
      oldLaCode: '940 / 941',
      raw: '101.8',
    });
    expect(observations[1]).toMatchObject({ status: 'z', value: null });
    expect(observations[2]).toMatchObject({ status: 'low', areaName: 'Sunderland' });
  });
});
