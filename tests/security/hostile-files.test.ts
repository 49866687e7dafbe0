import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csrfFrom } from '../support/app.ts';
import { buildZip, deflatedEntry, deflatedZeros } from '../../src/platform/files/zip-fixtures.ts';
import { genuineDocx, genuineXlsx, PNG_BYTES } from '../../src/platform/files/document-fixtures.ts';
import { readFrameworkFile } from '../../src/modules/framework/files.ts';
import { parseMinutesDocx, decodeText } from '../../src/modules/meetings/minutes/read.ts';
import { parseMinutesText } from '../../src/modules/meetings/minutes/parse.ts';
import { openEesFile } from '../../src/modules/statistics/ees/reader.ts';
import { readTemplate } from '../../src/modules/collections/xlsx-upload.ts';
import * as collections from '../../src/modules/collections/service.ts';
import { buildSecurityFixture, type SecurityFixture } from './fixture.ts';

let fx: SecurityFixture;
let template: Buffer;
let groupId: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-hostile-'));

beforeAll(async () => {
  fx = await buildSecurityFixture();
  template = (await collections.returnTemplate(fx.t.database.db, fx.collectionId, fx.boardA.id)).buffer;
  const groups = await fx.t.app.inject({
    url: '/api/v1/network/groups',
    headers: { cookie: fx.sessions.coordinator.jar.header },
  });
  groupId = (groups.json() as { groups: { id: string }[] }).groups[0]!.id;
}, 180_000);
afterAll(async () => {
  await fx?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A zip that claims to be an Office document and inflates to `size` zero bytes inside `part`. */
async function officeBomb(part: string, size: number): Promise<Buffer> {
  return buildZip([
    deflatedEntry('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
    deflatedEntry(part.startsWith('xl/') ? 'xl/workbook.xml' : 'word/_rels/x.xml', '<x/>'),
    await deflatedZeros(part, size),
  ]);
}

const billionLaughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;

/** Hostile files every upload is given, by name. */
async function corpus(): Promise<Record<string, { name: string; content: Buffer }>> {
  const xlsx = await genuineXlsx();
  const docx = await genuineDocx();
  const genuineZip = buildZip([
    deflatedEntry('[Content_Types].xml', '<Types/>'),
    deflatedEntry('word/document.xml', billionLaughs),
  ]);
  return {
    empty: { name: 'empty.xlsx', content: Buffer.alloc(0) },
    'random bytes': {
      name: 'noise.xlsx',
      content: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
    },
    'a PNG named as a spreadsheet': { name: 'picture.xlsx', content: PNG_BYTES },
    'half a spreadsheet': { name: 'half.xlsx', content: xlsx.subarray(0, Math.floor(xlsx.length / 2)) },
    'half a Word document': { name: 'half.docx', content: docx.subarray(0, Math.floor(docx.length / 2)) },
    'XLSX zip bomb (1 GB of zeros)': {
      name: 'bomb.xlsx',
      content: await officeBomb('xl/worksheets/sheet1.xml', 1024 * 1024 * 1024),
    },
    'DOCX zip bomb (1 GB of zeros)': {
      name: 'bomb.docx',
      content: await officeBomb('word/document.xml', 1024 * 1024 * 1024),
    },
    'DOCX with entity expansion (billion laughs)': { name: 'laughs.docx', content: genuineZip },
    'one 8 MB line of text': { name: 'line.csv', content: Buffer.alloc(8 * 1024 * 1024, 'a') },
    'deeply nested JSON': { name: 'nested.json', content: Buffer.from('['.repeat(200_000)) },
    'NUL bytes and broken UTF-8': {
      name: 'nul.txt',
      content: Buffer.concat([
        Buffer.from('Meeting: x\n'),
        Buffer.alloc(1000, 0),
        Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]),
      ]),
    },
  };
}

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
  const boundary = `----hostile${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat([
      ...parts,
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

const budgetMs = 20_000;

describe('hostile files at every upload form: a clear error, quickly, and the process lives', () => {
  it('refuses each file with a 4xx page naming the problem, within the time bound', async () => {
    const session = fx.sessions.coordinator;
    const page = await session.get('/account');
    session.jar.take(page);
    const token = csrfFrom(page.body);
    // Documents are stored and downloaded, never parsed on the server: a well-formed Office zip
    // (even one whose XML would expand if parsed) may be accepted there, and only there.
    const uploads: { route: string; fields: Record<string, string>; storesOnly?: boolean }[] = [
      { route: '/statistics/import', fields: { dataset: 'hostile' } },
      { route: '/framework/import', fields: {} },
      { route: '/meetings/import', fields: { groupId } },
      { route: `/collections/${fx.collectionId}/returns/${fx.boardA.code}/upload`, fields: {} },
      {
        route: `/documents/new?kind=project&id=${fx.project.A.id}`,
        fields: { title: 'Hostile paper' },
        storesOnly: true,
      },
    ];
    const problems: string[] = [];
    const rssBefore = process.memoryUsage().rss;
    for (const [label, file] of Object.entries(await corpus())) {
      for (const upload of uploads) {
        const body = multipart(upload.fields, file);
        const sep = upload.route.includes('?') ? '&' : '?';
        const started = performance.now();
        const res = await fx.t.app.inject({
          method: 'POST',
          url: `${upload.route}${sep}_csrf=${encodeURIComponent(token)}`,
          headers: { cookie: session.jar.header, 'content-type': body.contentType },
          payload: body.payload,
        });
        const took = performance.now() - started;
        const where = `${label} → ${upload.route.split('?')[0]}`;
        if (upload.storesOnly && label.includes('entity expansion') && res.statusCode === 303) continue;
        if (res.statusCode < 400 || res.statusCode >= 500) problems.push(`${where}: ${res.statusCode}`);
        else if (!res.body.includes('govuk-error-summary') && !res.body.includes('govuk-error-message'))
          problems.push(`${where}: ${res.statusCode} without an error message on the page`);
        if (/TypeError|RangeError|Cannot read prop|undefined is not|at \w+ \(/.test(res.body))
          problems.push(`${where}: an internal error reached the page`);
        if (took > budgetMs) problems.push(`${where}: took ${Math.round(took)} ms`);
      }
    }
    expect(problems).toEqual([]);
    expect(
      process.memoryUsage().rss - rssBefore,
      'memory grown by the corpus (bombs must be refused before inflating)',
    ).toBeLessThan(600 * 1024 * 1024);
  }, 300_000);
});

/** A parser outcome is fine when it returns, or throws an error written for a person (no TypeError etc.). */
async function settlesClearly(work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  try {
    await work();
  } catch (e) {
    const error = e as Error;
    expect(
      ['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError'],
      `${error.name}: ${error.message}`,
    ).not.toContain(error.name);
    expect(error.message.length).toBeGreaterThan(5);
  }
  expect(performance.now() - started).toBeLessThan(5000);
}

/** Bytes of a genuine file with a few of them changed, cut short, or with junk spliced in. */
const mutated = (genuine: Buffer) =>
  fc
    .record({
      flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
      splice: fc.option(fc.record({ at: fc.nat(), junk: fc.uint8Array({ maxLength: 64 }) }), {
        nil: undefined,
      }),
    })
    .map(({ flips, cut, splice }) => {
      let b = Buffer.from(genuine);
      for (const f of flips) b[f.at % b.length] = f.value;
      if (splice)
        b = Buffer.concat([
          b.subarray(0, splice.at % b.length),
          Buffer.from(splice.junk),
          b.subarray(splice.at % b.length),
        ]);
      if (cut !== undefined) b = b.subarray(0, cut % (b.length + 1));
      return b;
    });

describe('parsers under random and mutated input (property-based)', () => {
  const runs = { numRuns: 25 };

  it('the return template reader: any mutation of a real template gives back answers or a clear refusal', async () => {
    const form = (await collections.getForm(fx.t.database.db, fx.formId))!;
    const expected = {
      collectionId: fx.collectionId,
      boardId: fx.boardA.id,
      boardName: 'Camden',
      formId: fx.formId,
      formVersion: form.version,
      form: form.definition,
    };
    await fc.assert(
      fc.asyncProperty(mutated(template), (bytes) =>
        settlesClearly(() => readTemplate({ fileName: 'return.xlsx', buffer: bytes }, expected)),
      ),
      runs,
    );
  }, 120_000);

  it('the framework reader (JSON and XLSX): random bytes and mutated exports give a clear refusal', async () => {
    const exported = await fx.t.app.inject({
      url: '/framework/versions/1/export?format=xlsx',
      headers: { cookie: fx.sessions.coordinator.jar.header },
    });
    const xlsx = exported.statusCode === 200 ? exported.rawPayload : await genuineXlsx();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutated(xlsx),
          fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)),
          fc.json().map((j) => Buffer.from(j)),
        ),
        (bytes) => settlesClearly(() => readFrameworkFile(bytes)),
      ),
      runs,
    );
  }, 120_000);

  it('the minutes readers (DOCX and text): mutated documents and random text never crash or hang', async () => {
    const docx = await genuineDocx();
    await fc.assert(
      fc.asyncProperty(mutated(docx), (bytes) =>
        settlesClearly(() => parseMinutesDocx(bytes, 'minutes.docx')),
      ),
      runs,
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), (bytes) =>
        settlesClearly(async () =>
          parseMinutesText(decodeText(Buffer.from(bytes), 'minutes.txt'), { fileName: 'minutes.txt' }),
        ),
      ),
      runs,
    );
  }, 120_000);

  it('the EES reader: random CSV-ish files give a clear refusal', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'time_period',
        'geographic_level',
        'new_la_code',
        'la_name',
        'x',
        '',
        '"',
        'z,',
        '2020',
        'Local authority',
        'E09000007',
      ),
      fc.string({ maxLength: 12 }),
    );
    const csv = fc
      .array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 })
      .map((rows) => rows.map((r) => r.join(',')).join('\n'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(csv, (text) => {
        const file = path.join(dir, `ees-${n++}.csv`);
        fs.writeFileSync(file, text);
        return settlesClearly(() => openEesFile(file));
      }),
      runs,
    );
  }, 120_000);
});
