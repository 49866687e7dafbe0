import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { csrfFrom } from '../support/app.ts';
import { queryRows } from '../../src/platform/db/count.ts';
import { buildSecurityFixture, type Role, type SecurityFixture } from './fixture.ts';
import { accessRules } from './access-rules.ts';
import { fillRoute, routeValues } from './urls.ts';
import { validInput, type Fields } from './valid-writes.ts';

let fx: SecurityFixture;
let values: Record<string, string>;
const tokens = new Map<Role, string>();

/** Tables whose rows are bookkeeping, not a person's change: sessions, throttling, the audit log itself, transient drafts. */
const bookkeeping = new Set([
  'sessions',
  'sign_in_failures',
  'audit_events',
  'zz_write_log',
  'import_drafts',
]);

/**
 * Writing routes that change nothing worth auditing, with the reason. Everything else that
 * writes a row must leave at least one audit entry in the same request.
 */
const exempt: Record<string, string> = {
  'POST /sign-in': 'a session is bookkeeping; failed attempts are throttled in sign_in_failures',
  'POST /sign-out': 'ends a session only',
};

/**
 * Writing routes the check can only probe with input they refuse, with the reason. Every other
 * writing route must be shown to write (and be audited) by the input it is sent.
 */
const notExercised: Record<string, string> = {};

beforeAll(async () => {
  fx = await buildSecurityFixture();
  const db = fx.t.database.db;
  // Test-only: a row-level trigger on every table records which tables a request wrote.
  await db.execute(sql`create table zz_write_log (tbl text not null, op text not null)`);
  await db.execute(
    sql.raw(
      `create function zz_log_write() returns trigger language plpgsql as $$ begin insert into zz_write_log values (TG_TABLE_NAME, TG_OP); return null; end $$`,
    ),
  );
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'zz_write_log'`,
  );
  for (const { name } of tables) {
    await db.execute(
      sql.raw(
        `create trigger zz_log after insert or update or delete on "${name}" for each row execute function zz_log_write()`,
      ),
    );
  }
  values = await routeValues(fx);
  for (const role of ['viewer', 'manager-A', 'coordinator', 'admin'] as const) {
    const page = await fx.sessions[role].get('/account');
    fx.sessions[role].jar.take(page);
    tokens.set(role, csrfFrom(page.body));
  }
}, 180_000);
afterAll(async () => fx?.close());

async function writesAndAudit(): Promise<{ tables: string[]; audit: number }> {
  const rows = await queryRows<{ tbl: string }>(fx.t.database.db, sql`select distinct tbl from zz_write_log`);
  const audit = await queryRows<{ n: number }>(
    fx.t.database.db,
    sql`select count(*)::int as n from audit_events`,
  );
  return { tables: rows.map((r) => r.tbl).filter((t) => !bookkeeping.has(t)), audit: audit[0]!.n };
}

async function post(role: Role, url: string, fields: Fields, file?: { name: string; content: Buffer }) {
  const session = fx.sessions[role as Exclude<Role, 'signed-out'>];
  const token = tokens.get(role)!;
  const api = url.startsWith('/api/');
  if (file) {
    // As the upload forms send it: the file with its fields, the CSRF token in the query string.
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) form.append(k, x);
    form.append('file', new Blob([new Uint8Array(file.content)]), file.name);
    const encoded = new Response(form);
    return fx.t.app.inject({
      method: 'POST',
      url: `${url}${url.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(token)}`,
      headers: { cookie: session.jar.header, 'content-type': encoded.headers.get('content-type')! },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
  }
  return fx.t.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: session.jar.header,
      'x-csrf-token': token,
      'content-type': api ? 'application/json' : 'application/x-www-form-urlencoded',
    },
    payload: api
      ? JSON.stringify(fields)
      : new URLSearchParams(
          Object.entries({ ...fields, _csrf: token }).flatMap(([k, v]) =>
            Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]],
          ),
        ).toString(),
  });
}

/** The error summary of a refused form, to say why declared input did not write. */
const refusal = (body: string) =>
  (/<div class="govuk-error-summary__body">([\s\S]*?)<\/div>/.exec(body)?.[1] ?? body.slice(0, 300))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * What a person would send from the page's form that posts to `url`: values as shown
 * (an edit form), the first choice of each list, and plausible text in empty boxes; the
 * first text box is changed so that an edit really changes something.
 */
function formFields(html: string, url: string): Fields | null {
  const path = url.split('?')[0];
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/gi)].find((f) => {
    const open = f[0].slice(0, f[0].indexOf('>') + 1);
    const action = attr(open, 'action');
    return (
      /method="post"/i.test(open) &&
      (action === undefined || action === '' || unescape(action).split('?')[0] === path)
    );
  });
  if (!form) return null;
  const fields: Fields = {};
  let changed = false;
  for (const tag of form[1]!.matchAll(/<input\b[^>]*>/gi)) {
    const name = attr(tag[0], 'name');
    if (!name) continue;
    const type = (attr(tag[0], 'type') ?? 'text').toLowerCase();
    const value = unescape(attr(tag[0], 'value') ?? '');
    if (type === 'file' || type === 'submit') continue;
    if (type === 'checkbox') {
      // As shown, or the first box of a group none of which is ticked (e.g. "choose at least one").
      if (/\schecked/i.test(tag[0]) || !(name in fields)) fields[name] = value;
    } else if (type === 'radio') {
      if (!(name in fields) || /\schecked/i.test(tag[0])) fields[name] = value;
    } else if (type === 'hidden') fields[name] = value;
    else if (value) {
      fields[name] =
        !changed && type === 'text' && !/-(day|month|year)$/.test(name) && !/^\d/.test(value)
          ? ((changed = true), `${value} (checked)`)
          : value;
    } else if (/-day$/.test(name)) fields[name] = '1';
    else if (/-month$/.test(name)) fields[name] = '1';
    else if (/-year$/.test(name)) fields[name] = '2024';
    else if (/On$|^date$/.test(name)) fields[name] = name === 'closesOn' ? '2099-12-31' : '2025-01-01';
    else if (/(^|-)due$/.test(name)) fields[name] = '2099-12-31';
    else if (/^(start|end)$/.test(name)) fields[name] = name === 'start' ? '10:00' : '12:00';
    else if (name === 'period') fields[name] = '2024-25';
    else if (name === 'code') fields[name] = 'audit_check';
    else if (/^(min|max)$|^(from|to)\d|^label\d/.test(name)) fields[name] = '';
    else if (/email/i.test(name))
      fields[name] = `filled${Math.random().toString(16).slice(2, 8)}@example.org`;
    else if (/url|link|code|slug|website/i.test(name)) fields[name] = '';
    else if (/numeric|number/.test(tag[0])) fields[name] = '1';
    else fields[name] = `Filled by the audit check ${Math.random().toString(16).slice(2, 6)}`;
  }
  for (const select of form[1]!.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
    const name = attr(select[1]!, 'name');
    if (!name) continue;
    const options = [...select[2]!.matchAll(/<option\b([^>]*)>/gi)].map((o) => ({
      value: unescape(attr(o[1]!, 'value') ?? ''),
      selected: /selected/i.test(o[1]!),
    }));
    fields[name] = (options.find((o) => o.selected && o.value) ?? options.find((o) => o.value))?.value ?? '';
  }
  for (const area of form[1]!.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
    const name = attr(area[1]!, 'name');
    if (name) fields[name] = unescape(area[2]!.trim()) || 'Filled by the audit check';
  }
  delete fields._csrf;
  return fields;
}

describe('every write through a route leaves an audit entry', () => {
  it('covers each writing route: valid input writes and is audited; any other write is audited too', async () => {
    const writing = fx.t.app.routeTable.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    expect(writing.length).toBeGreaterThan(50);
    const unaudited: string[] = [];
    const failedValid: string[] = [];
    const notWritten: string[] = [];
    let exercised = 0;
    for (const route of writing) {
      const key = `${route.method} ${route.url}`;
      if (key in exempt) continue;
      const valid = validInput[key];
      const rule = accessRules[key];
      const as: Role =
        valid?.as ??
        (rule?.access === 'admin' ? 'admin' : rule?.access === 'board-edit' ? 'manager-A' : 'coordinator');
      const url = valid?.url
        ? await valid.url(fx, values)
        : rule?.url
          ? rule.url(fx, 'A')
          : fillRoute(fx, values, route.url, 'A');
      let fields = typeof valid?.fields === 'function' ? await valid.fields(fx, values) : valid?.fields;
      if (!fields && fx.t.app.routeTable.some((r) => r.method === 'GET' && r.url === route.url)) {
        const page = await fx.sessions[as as 'coordinator'].get(url);
        if (page.statusCode === 200) fields = formFields(page.body, url) ?? undefined;
        if (fields && valid?.fromPage) fields = valid.fromPage(fields);
      }
      const file = valid?.file ? await valid.file(fx) : undefined;
      await fx.t.database.db.execute(sql`delete from zz_write_log`);
      const before = await writesAndAudit();
      const res = await post(as, url, fields ?? {}, file);
      const after = await writesAndAudit();
      const wrote = after.tables.length > 0;
      if (wrote) exercised++;
      if (valid?.keepsDraftOnly) {
        if (res.statusCode !== 303)
          failedValid.push(`${key} as ${as}: ${res.statusCode}, not accepted: ${refusal(res.body)}`);
        continue;
      }
      if (!wrote && !(key in notExercised))
        notWritten.push(`${key} as ${as}: ${res.statusCode} ${JSON.stringify(fields ?? {}).slice(0, 120)}`);
      if (valid && (res.statusCode >= 400 || !wrote))
        failedValid.push(
          `${key} as ${as}: ${res.statusCode}, wrote ${after.tables.join(', ') || 'nothing'}: ${refusal(res.body)} (sent ${JSON.stringify(fields ?? {}).slice(0, 300)})`,
        );
      if (wrote && after.audit <= before.audit)
        unaudited.push(`${key} (${res.statusCode}) wrote ${after.tables.join(', ')} with no audit entry`);
    }
    if (process.env.AUDIT_DEBUG)
      console.log(`wrote through ${exercised} of ${writing.length} writing routes`);
    expect(failedValid, 'declared valid input that did not write').toEqual([]);
    expect(unaudited).toEqual([]);
    // Skip none silently: a route probed only with refused input is declared, with the reason.
    expect(
      notWritten,
      'writing routes that wrote nothing: give them valid input in valid-writes.ts, or list them in notExercised with why',
    ).toEqual([]);
  }, 300_000);

  it('declares exemptions only for routes that exist', () => {
    const keys = new Set(fx.t.app.routeTable.map((r) => `${r.method} ${r.url}`));
    expect(Object.keys(exempt).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(validInput).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(notExercised).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(notExercised).filter((k) => k in validInput)).toEqual([]);
  });
});
