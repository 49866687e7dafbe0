import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { queryRows } from '../../src/platform/db/count.ts';
import { systemActor } from '../../src/platform/audit/service.ts';
import { createUser } from '../../src/platform/auth/users.ts';
import * as network from '../../src/modules/network/service.ts';
import * as meetings from '../../src/modules/meetings/service.ts';
import * as learning from '../../src/modules/learning/service.ts';
import * as collections from '../../src/modules/collections/service.ts';
import { question } from '../../src/modules/collections/fixtures.ts';
import { createProject } from '../../src/modules/risks/projects.ts';
import { createRisk } from '../../src/modules/risks/register.ts';
import { addPhase } from '../../src/modules/risks/plan.ts';
import { addDocument } from '../../src/modules/documents/service.ts';
import { genuineDocx } from '../../src/platform/files/document-fixtures.ts';
import { createGroup as createComparatorGroup } from '../../src/modules/statistics/store/groups.ts';
import { buildSecurityFixture, type SecurityFixture } from './fixture.ts';
import { accessRules } from './access-rules.ts';
import { fillRoute, routeValues } from './urls.ts';

/** Classic payloads (OWASP cheat sheet style), each tagged so a leak can be traced to it. */
export const xssPayloads = [
  '<script>alert("x1")</script>',
  '"><img src=x onerror=alert("x2")>',
  "'><svg onload=alert('x3')>",
  'javascript:alert("x4")',
  '</textarea></title><script>alert("x5")</script>',
  '{{ 7*7 }}x6 {% raw %}',
  '<a href="javascript:alert(\'x7\')">x7</a>',
  '=HYPERLINK("http://example.org/?x8","x8")',
  "+cmd|' /C calc'!A0 x9",
  '@SUM(1+1)*cmd|x10',
  '-2+3 x11',
  'x12\r\nBcc: x12@example.org\r\nX-Injected: x12',
  '<iframe srcdoc="<script>alert(13)</script>">x13',
  '<math><mi xlink:href="javascript:alert(14)">x14</mi></math>',
];
const payload = (i: number) => xssPayloads[i % xssPayloads.length]!;
const short = (i: number, max: number) =>
  payload(i)
    .replace(/[:\r\n]/g, ' ')
    .slice(0, max);

let fx: SecurityFixture;
let values: Record<string, string>;
const actor = systemActor('xss corpus');

beforeAll(async () => {
  fx = await buildSecurityFixture();
  const db = fx.t.database.db;
  let i = 0;
  const next = () => payload(i++);
  const [board] = await network.listBoards(db);
  const person = await network.createPerson(db, actor, {
    name: next(),
    jobTitle: next(),
    email: 'xss-person@example.org',
    boardId: board!.id,
  });
  await network.createOrganisation(db, actor, { name: next(), kind: 'police' });
  const group = await network.createGroup(db, actor, {
    name: short(i++, 100),
    kind: 'sub-group',
    description: next(),
  });
  await network.setMembership(db, actor, group.id, { personId: person.id, role: 'member' });
  const meeting = await meetings.createMeeting(db, actor, group.id, {
    title: next(),
    date: '2020-03-04',
    location: next(),
    status: 'held',
  });
  const item = await meetings.addItem(db, actor, meeting.id, { number: '1', title: next(), minutes: next() });
  await meetings.addAction(db, actor, meeting.id, {
    text: next(),
    itemId: item.id,
    owners: [{ personId: person.id, label: short(i++, 200) }],
    due: '2020-03-10',
  });
  await meetings.sendActionReminders(db, { today: '2020-03-12', publicUrl: 'http://127.0.0.1' });

  const themes = await learning.listThemes(db);
  const review = await learning.createReview(db, actor, {
    boardId: fx.boardA.id,
    kind: 'rapid-review',
    title: next(),
    summary: next(),
    findings: `${next()}\n\n${next()}`,
    themeIds: [themes[0]!.id],
  });
  await learning.createRecommendation(db, actor, review.id, {
    text: next(),
    agency: short(i++, 200),
    owner: short(i++, 200),
  });
  await learning.createExample(db, actor, {
    boardId: fx.boardA.id,
    themeId: themes[0]!.id,
    title: short(i++, 200),
    whatTheyDid: next(),
    result: next(),
  });
  await learning.createTheme(db, actor, { name: short(i++, 100) } as never).catch(() => undefined);

  const project = await createProject(db, actor, {
    name: short(i++, 200),
    description: next(),
    boardId: fx.boardA.id,
    status: 'active',
    publicPage: true,
  });
  await createRisk(db, actor, project.id, {
    title: short(i++, 200),
    cause: next(),
    event: next(),
    effect: next(),
    controls: next(),
    category: 'delivery',
    inherentLikelihood: 5,
    inherentImpact: 5,
    status: 'open',
    linkedAction: next(),
  });
  await addPhase(db, actor, project.id, {
    name: short(i++, 200),
    description: next(),
    status: 'in-progress',
  });
  await addDocument(
    db,
    actor,
    fx.uploadDir,
    { kind: 'project', id: project.id },
    { title: short(i++, 200), description: next(), published: true },
    { fileName: 'paper.docx', buffer: await genuineDocx() },
  );

  const form = await collections.createForm(
    db,
    actor,
    { name: short(i++, 200) },
    {
      sections: [
        {
          title: short(i++, 200),
          help: next(),
          questions: [
            question('comment', 'long-text', short(i++, 300), { help: next() }),
            question('total', 'number', 'Total'),
          ],
        },
      ],
    },
  );
  const collection = await collections.createCollection(db, actor, {
    name: short(i++, 200),
    kind: 'survey',
    period: '2024-25',
    formId: form.id,
    audience: 'all',
    opensOn: '2025-01-01',
    closesOn: '2099-12-31',
  });
  await collections.openCollection(db, actor, collection.id);
  await collections.saveAnswers(db, actor, {
    collectionId: collection.id,
    boardId: fx.boardA.id,
    revision: 0,
    answers: { comment: next(), total: '3' },
  });
  await createComparatorGroup(db, actor, {
    name: short(i++, 100),
    description: next(),
    areaCodes: ['E09000007', 'E09000005'],
  } as never).catch(() => undefined);
  await createUser(db, actor, {
    email: 'xss-user@example.org',
    name: short(i++, 100),
    role: 'viewer',
    password: 'correct horse battery staple',
  });
  values = await routeValues(fx);
}, 240_000);
afterAll(async () => fx?.close());

const tagPattern = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?)*)\s*\/?>/g;
const attributePattern = /\s+([^\s=>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']*)))?/g;

/** What must never appear in HTML we send: script or handlers from data, or javascript: links. Attributes are parsed, so escaped text inside a value is not mistaken for markup. */
function htmlProblems(body: string): string[] {
  const problems: string[] = [];
  for (const tag of body.matchAll(tagPattern)) {
    const name = tag[1]!.toLowerCase();
    const attributes = [...tag[2]!.matchAll(attributePattern)].map((a) => ({
      name: a[1]!.toLowerCase(),
      value: a[2] ?? a[3] ?? a[4] ?? '',
    }));
    if (
      name === 'script' &&
      !attributes.some((a) => a.name === 'nonce' && a.value) &&
      !attributes.some((a) => a.name === 'src' && /^\/(build|scripts)\//.test(a.value))
    ) {
      problems.push(`script tag without the page's nonce: ${tag[0]}`);
    }
    for (const a of attributes) {
      if (a.name.startsWith('on')) problems.push(`event handler attribute ${a.name} on <${name}>`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) &&
        /^\s*javascript:/i.test(a.value.replace(/&#?\w+;/g, ''))
      )
        problems.push(`javascript: URL in ${name} ${a.name}`);
    }
    if (['iframe', 'svg', 'math', 'img'].includes(name) && /x\d+|alert/.test(tag[0]))
      problems.push(`tag from data: ${tag[0]}`);
  }
  if (body.includes('49x6')) problems.push('template expression from data was evaluated');
  return problems;
}

const formulaStart = /^[=+\-@\t\r]/;

let neutralisedCells = 0;

function csvProblems(body: string): string[] {
  const rows = parse(body.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
  neutralisedCells += rows.flat().filter((cell) => /^'[=+\-@]/.test(cell)).length;
  return rows
    .flat()
    .filter((cell) => formulaStart.test(cell) && !/^-?\d+(\.\d+)?%?$/.test(cell))
    .map((cell) => `CSV cell a spreadsheet would run: ${cell.slice(0, 60)}`);
}

async function xlsxProblems(buffer: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const problems: string[] = [];
  wb.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (
          v &&
          typeof v === 'object' &&
          'formula' in (v as object) &&
          /x\d+|HYPERLINK|cmd/i.test(String((v as { formula: string }).formula))
        )
          problems.push(`formula from data in ${sheet.name}!${cell.address}`);
        if (typeof v === 'string' && /^'[=+\-@]/.test(v)) neutralisedCells++;
        if (typeof v === 'string' && formulaStart.test(v) && !/^-?\d/.test(v))
          problems.push(
            `XLSX text a spreadsheet may run in ${sheet.name}!${cell.address}: ${v.slice(0, 60)}`,
          );
      }),
    ),
  );
  return problems;
}

async function docxProblems(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return /<script|<img|<svg|<iframe/i.test(xml) ? ['DOCX body holds markup from data'] : [];
}

describe('a corpus of XSS payloads in every module’s text fields renders inert', () => {
  it('pages, CSV, XLSX and DOCX downloads from every GET route', async () => {
    const admin = fx.sessions.admin;
    const problems: string[] = [];
    let pages = 0;
    let downloads = 0;
    for (const route of fx.t.app.routeTable.filter(
      (r) => r.method === 'GET' && !r.url.startsWith('/build') && !r.url.startsWith('/scripts'),
    )) {
      const rule = accessRules[`${route.method} ${route.url}`];
      const base = rule?.url ? rule.url(fx, 'A') : fillRoute(fx, values, route.url, 'A');
      const sep = base.includes('?') ? '&' : '?';
      for (const url of [base, `${base}${sep}format=csv`, `${base}${sep}format=xlsx`]) {
        const res = await admin.get(url);
        const type = String(res.headers['content-type'] ?? '');
        const where = `GET ${url}`;
        if (res.statusCode >= 500) problems.push(`${where}: ${res.statusCode}`);
        if (res.statusCode !== 200) continue;
        if (type.startsWith('text/html')) {
          pages++;
          problems.push(...htmlProblems(res.body).map((p) => `${where}: ${p}`));
        } else if (type.startsWith('text/csv')) {
          downloads++;
          problems.push(...csvProblems(res.body).map((p) => `${where}: ${p}`));
        } else if (type.includes('spreadsheetml')) {
          downloads++;
          problems.push(...(await xlsxProblems(res.rawPayload)).map((p) => `${where}: ${p}`));
        } else if (type.includes('wordprocessingml')) {
          downloads++;
          problems.push(...(await docxProblems(res.rawPayload)).map((p) => `${where}: ${p}`));
        }
      }
    }
    expect(pages).toBeGreaterThan(60);
    expect(downloads).toBeGreaterThan(5);
    expect(neutralisedCells, 'formula payloads that reached a download, neutralised').toBeGreaterThan(0);
    expect([...new Set(problems)]).toEqual([]);
  }, 600_000);

  it('the payloads really reached the pages (escaped), so the check above is not vacuous', async () => {
    const page = await fx.sessions.admin.get('/network/people');
    expect(page.body).toContain('&lt;script&gt;alert(');
  });

  it('ICS feeds keep each payload inside its own property (no injected lines)', async () => {
    const viewer = fx.sessions.viewer;
    const made = await viewer.post('/meetings/calendar/token', {}, '/meetings/calendar');
    expect(made.statusCode).toBe(200);
    const feeds = [...made.body.matchAll(/\/calendar\/[^"'<\s]+\.ics/g)].map((m) =>
      m[0].replace(/&amp;/g, '&'),
    );
    expect(feeds.length).toBeGreaterThan(1);
    for (const feed of feeds) {
      const ics = await fx.t.app.inject({ url: feed });
      expect(ics.statusCode, feed).toBe(200);
      const lines = ics.body.split(/\r\n/);
      expect(
        lines.filter((l) => /^(X-Injected|Bcc):/i.test(l)),
        feed,
      ).toEqual([]);
      expect(
        lines.filter(
          (l) =>
            /^(BEGIN|END):/.test(l) &&
            !/^(BEGIN|END):(VCALENDAR|VEVENT|VTODO|VALARM|VTIMEZONE|STANDARD|DAYLIGHT)$/.test(l),
        ),
        feed,
      ).toEqual([]);
    }
  });

  it('emails in the outbox are plain text with single-line subjects (no header injection)', async () => {
    const mails = await queryRows<{ subject: string; to: string }>(
      fx.t.database.db,
      sql`select subject, "to" from outbox`,
    );
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      expect(m.subject, 'subject').not.toMatch(/[\r\n]/);
      expect(m.to, 'recipients').not.toMatch(/[\r\n]/);
    }
  });
});
