import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildZip, deflatedEntry } from '../../platform/files/zip-fixtures.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, csrfFrom, signedInAs, type TestApp } from '../../../tests/support/app.ts';
import { systemActor } from '../../platform/audit/service.ts';
import * as statistics from './service.ts';
import { dfePath } from './test-support.ts';

const REFERRALS = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025';
const fixture = (name: string) => path.join(import.meta.dirname, 'ees', 'fixtures', name);
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await statistics.importEesFile(t.database.db, systemActor('test'), dfePath(`${REFERRALS}.csv`));
  await statistics.importNeighbours(t.database.db, systemActor('test'), dfePath('sn_model_2025_wide.csv'));
}, 120_000);
afterAll(async () => t?.close());

type UploadFile = { name: string; content: string | Buffer };

function multipart(files: Record<string, UploadFile | UploadFile[]>, fields: Record<string, string> = {}) {
  const boundary = '----hubtest' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const [name, file] of Object.entries(files).flatMap(([field, f]) => [f].flat().map((one) => [field, one] as const))) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`));
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(session: Awaited<ReturnType<typeof signedInAs>>, url: string, formUrl: string, files: Parameters<typeof multipart>[0], fields = {}) {
  const page = await session.get(formUrl);
  session.jar.take(page);
  const body = multipart(files, fields);
  return t.app.inject({
    method: 'POST',
    url: `${url}?_csrf=${encodeURIComponent(csrfFrom(page.body))}`,
    headers: { cookie: session.jar.header, 'content-type': body.contentType },
    payload: body.payload,
  });
}

describe('statistics pages', () => {
  it('sends signed-out visitors to sign in, and the API answers 401', async () => {
    expect((await t.app.inject({ url: '/statistics' })).statusCode).toBe(302);
    expect((await t.app.inject({ url: '/api/v1/statistics/datasets' })).statusCode).toBe(401);
  });

  it('lists datasets and shows an area profile with comparisons and sparklines', async () => {
    const member = await signedInAs(t, 'board-member', 'camden');
    const index = await member.get('/statistics');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain(REFERRALS);
    const profile = await member.get('/statistics/areas/202');
    expect(profile.statusCode).toBe(301);
    const camden = await member.get('/statistics/areas/E09000007');
    expect(camden.statusCode).toBe(200);
    expect(camden.body).toContain('rereferral_percent');
    expect(camden.body).toContain('<svg');
    expect(camden.body).toMatch(/Neighbours’ median/);
    const csv = await member.get('/statistics/areas/E09000007?format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('rereferral_percent');
  });

  it('shows a measure page with league table, three charts with tables, and a download', async () => {
    const member = await signedInAs(t, 'viewer');
    const url = `/statistics/datasets/${REFERRALS}/measures/rereferral_percent?period=2025&comparator=london&area=E09000007`;
    const page = await member.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body.match(/<svg/g)?.length).toBeGreaterThanOrEqual(3);
    expect(page.body.match(/Figures in this chart as a table/g)).toHaveLength(3);
    expect(page.body).toContain('League table');
    expect(page.body).not.toContain('Save polarity');
    const download = await member.get(`${url}&format=csv`);
    expect(download.body.split('\n').length).toBeGreaterThan(30);
  });

  it('suppresses small counts in what it publishes', async () => {
    const member = await signedInAs(t, 'viewer');
    const download = await member.get(`/statistics/datasets/${REFERRALS}/measures/no_further_action_count?period=2025&comparator=england&format=csv`);
    const values = download.body.trim().split('\n').slice(1).map((line) => line.split(',')[3]);
    expect(values.some((v) => /^[1-5]$/.test(v ?? ''))).toBe(false);
  });

  it('prints figures as published in every table and download (18.30 stays 18.30, codes stay codes)', async () => {
    await statistics.importEesFile(t.database.db, systemActor('test'), fixture('sen_provision_by_constituency_202425.csv'), { dataset: 'sen-as-published' });
    const dataset = (await statistics.findDataset(t.database.db, 'sen-as-published'))!;
    const support = (await statistics.listFilterSets(t.database.db, dataset.id)).find((f) => f.filters.sen_provision === 'SEN support' && f.filters.phase_type_grouping === 'Total')!;
    const member = await signedInAs(t, 'viewer');
    const url = `/statistics/datasets/sen-as-published/measures/percent_of_pupils?filters=${support.id}&period=202425&comparator=london&area=E09000007`;
    const page = await member.get(url);
    expect(page.statusCode).toBe(200);
    const cells = (html: string) => [...html.matchAll(/<td class="govuk-table__cell[^"]*"[^>]*>\s*([^<]*?)\s*<\/td>/g)].map((c) => c[1]);
    const league = page.body.slice(page.body.indexOf('League table:'));
    // Camden 15.00, Hackney 14.70, City of London 6.8: the league table, as published.
    expect(cells(league).filter((c) => /^\d/.test(c!))).toEqual(expect.arrayContaining(['15.00', '14.70', '6.8']));
    expect(cells(league)).not.toContain('15');
    const figures = page.body.slice(0, page.body.indexOf('League table:'));
    expect(cells(figures)).toEqual(expect.arrayContaining(['15.00', '14.70', '14.20', '13.30', '14.60']));
    expect(page.body).toMatch(/Highest\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*15.00\s*</);
    const csv = await member.get(`${url}&format=csv`);
    expect(csv.body).toContain(',Camden,15.00,');
    expect(csv.body).toContain(',City of London,6.8,');

    const ehc = (await statistics.listFilterSets(t.database.db, dataset.id)).find((f) => f.filters.sen_provision === 'Education, health and care plan' && f.filters.phase_type_grouping === 'Total')!;
    const codes = await member.get(`/statistics/datasets/sen-as-published/measures/percent_of_pupils?filters=${ehc.id}&period=202425&comparator=inner-london&format=csv`);
    expect(codes.body).toContain(',City of London,x,');

    const camden = await member.get('/statistics/areas/E09000007');
    expect(camden.body).toContain('202324: 14.60, 202425: 15.00');
    const profile = await member.get('/statistics/areas/E09000007?format=csv');
    expect(profile.body).toMatch(/sen-as-published,percent_of_pupils,sen provision: SEN support; phase type grouping: Total,202425,15.00,14.20,13.30,/);
  });

  it('lets coordinators set polarity, which is audited', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const url = `/statistics/datasets/${REFERRALS}/measures/rereferral_percent`;
    const response = await coordinator.post(`${url}/polarity`, { polarity: 'lower-better' }, url);
    expect(response.statusCode).toBe(303);
    const page = await coordinator.get(url);
    expect(page.body).toContain('Lower is better.');
    const viewer = await signedInAs(t, 'viewer');
    expect((await viewer.post(`${url}/polarity`, { polarity: 'higher-better' }, url)).statusCode).toBe(403);
  });

  it('imports an uploaded file, and names line and column of a broken one without importing it', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const good = await upload(coordinator, '/statistics/import', '/statistics/import', {
      file: { name: 'd3_cpps_subsequent_plan_2013_to_2025.csv', content: readFileSync(dfePath('d3_cpps_subsequent_plan_2013_to_2025.csv')) },
    });
    expect(good.statusCode).toBe(200);
    expect(good.body).toContain('6396 values imported');
    const bad = await upload(coordinator, '/statistics/import', '/statistics/import', {
      file: { name: 'broken.csv', content: 'time_period,time_identifier,geographic_level,country_code,country_name,n\n2025,Reporting year,National,E92000001,England,"1,234\n' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('There is a problem');
    expect(bad.body).toMatch(/Nothing was imported. broken\.csv, line 2/);
    expect(await statistics.findDataset(t.database.db, 'broken')).toBeNull();
    const member = await signedInAs(t, 'board-member', 'camden');
    expect((await member.get('/statistics/import')).statusCode).toBe(403);
  });

  it('pairs a data file with its meta file chosen together, and says the meta file decided the columns', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const page = await upload(coordinator, '/statistics/import', '/statistics/import', {
      file: [
        { name: 'absence_by_year_group_202425.meta.csv', content: readFileSync(fixture('absence_by_year_group_202425.meta.csv')) },
        { name: 'absence_by_year_group_202425.csv', content: readFileSync(fixture('absence_by_year_group_202425.csv')) },
      ],
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('the meta file absence_by_year_group_202425.meta.csv');
    const dataset = await statistics.findDataset(t.database.db, 'absence_by_year_group_202425');
    expect(dataset?.filters).toEqual(['education_phase', 'year_group']);
  });

  it('imports the data files of an EES zip, reports the rows and entries it left out, and refuses a zip with a broken file', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const sen = readFileSync(fixture('sen_provision_by_constituency_202425.csv'));
    const zip = buildZip([deflatedEntry('data/sen_provision.csv', sen), deflatedEntry('data-guidance/data-guidance.txt', 'Guidance')]);
    const page = await upload(coordinator, '/statistics/import', '/statistics/import', { file: { name: 'special-educational-needs.zip', content: zip } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Skipped 4 rows at levels the hub holds no areas for: Parliamentary constituency (4 from line 16)');
    expect(page.body).toContain('data-guidance/data-guidance.txt (in special-educational-needs.zip)');
    expect(await statistics.findDataset(t.database.db, 'sen_provision')).not.toBeNull();

    const broken = buildZip([
      deflatedEntry('data/good.csv', sen),
      deflatedEntry('data/bad.csv', String(sen).replace('1912,6.40', 'TBC,6.40')),
    ]);
    const refused = await upload(coordinator, '/statistics/import', '/statistics/import', { file: { name: 'mixed.zip', content: broken } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/Nothing was imported. bad\.csv \(in mixed\.zip\), line 10, column &quot;number_of_pupils&quot;: &quot;TBC&quot; is not a number or a status code/);
    expect(await statistics.findDataset(t.database.db, 'good')).toBeNull();
    const named = await upload(coordinator, '/statistics/import', '/statistics/import', { file: { name: 'two.zip', content: buildZip([deflatedEntry('data/a.csv', sen), deflatedEntry('data/b.csv', sen)]) } }, { dataset: 'one name' });
    expect(named.statusCode).toBe(400);
    expect(named.body).toContain('Leave the dataset name blank to import 2 data files');
  });

  it('creates comparator groups, with errors linked to fields and values kept', async () => {
    const coordinator = await signedInAs(t, 'network-coordinator');
    const invalid = await coordinator.post('/statistics/groups/new', { name: 'North London', areaCodes: 'E09000007' }, '/statistics/groups/new');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('href="#areaCodes"');
    expect(invalid.body).toContain('value="North London"');
    const ok = await coordinator.post('/statistics/groups/new', { name: 'North London', areaCodes: ['E09000007', 'E09000019', 'E09000014'] }, '/statistics/groups/new');
    expect(ok.statusCode).toBe(303);
    const page = await coordinator.get(`/statistics/datasets/${REFERRALS}/measures/referral_count?comparator=${encodeURIComponent('group:North London')}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Islington');
  });
});

describe('statistics API', () => {
  it('answers the same figures as the CLI, with an OpenAPI description', async () => {
    const member = await signedInAs(t, 'viewer');
    const value = await member.get(`/api/v1/statistics/value?dataset=${REFERRALS}&measure=rereferral_percent&area=202&period=2025`);
    expect(value.statusCode).toBe(200);
    expect(value.json()).toMatchObject({ area: 'E09000007', raw: expect.any(String) });
    const bench = await member.get(`/api/v1/statistics/benchmark?dataset=${REFERRALS}&measure=rereferral_percent&period=2025&comparator=england&area=E09000007`);
    expect(Object.keys(bench.json())).toEqual(['count', 'min', 'max', 'mean', 'median', 'q1', 'q3', 'areas', 'area']);
    expect(bench.json().area.statisticalNeighbours.codes).toHaveLength(10);
    const missing = await member.get(`/api/v1/statistics/value?dataset=nope&measure=x&area=202&period=2025`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatch(/no dataset "nope"/);
    const spec = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().openapi).toBe('3.1.0');
    expect(spec.json().paths['/statistics/benchmark'].get.parameters.map((p: { name: string }) => p.name)).toContain('comparator');
  });
});
