// Meetings: minutes parsing per sample document, and the action log with 5,000 actions.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { prepareDatabase } from '../src/platform/db/prepare.ts';
import { systemActor } from '../src/platform/audit/service.ts';
import { createUser } from '../src/platform/auth/users.ts';
import { createSession } from '../src/platform/auth/sessions.ts';
import { createGroup, createPerson } from '../src/modules/network/service.ts';
import { parseMinutesDocx, parseMinutesText } from '../src/modules/meetings/minutes/index.ts';
import { actionOwners, meetingActions, meetings } from '../src/modules/meetings/schema.ts';
import { sharedPath } from '../tests/support/shared.ts';
import { benchDatabase } from './pages.ts';
import { timeMedian } from './support.ts';

type Report = (name: string, medianMs: number, note?: string) => void;

async function parsing(report: Report) {
  const dir = sharedPath('samples', 'minutes');
  if (!fs.existsSync(dir)) return report('minutes parse (samples missing)', 0, `no ${dir}`);
  // The samples are the files that come with their expected JSON.
  const files = fs.readdirSync(dir).filter((f) => /\.(docx|txt|md)$/.test(f) && fs.existsSync(path.join(dir, `${f.replace(/\.(txt|md)$/, '')}.expected.json`)));
  for (const file of files.sort()) {
    const buffer = fs.readFileSync(path.join(dir, file));
    if (file.endsWith('.docx')) {
      // Baseline: only unzipping the document's XML, the floor for any .docx reader.
      const unzip = await timeMedian(async () => (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string'), 30, 5);
      const parse = await timeMedian(() => parseMinutesDocx(buffer, file), 30, 5);
      report(`minutes parse ${file} (target < 20 ms)`, parse, `${(parse / unzip).toFixed(1)}× unzip only (${unzip.toFixed(2)} ms)`);
    } else {
      const text = buffer.toString('utf8');
      // Baseline: splitting into trimmed lines, the least any text reader does.
      const split = await timeMedian(() => text.split(/\r?\n/).map((l) => l.trim()), 50, 5);
      const parse = await timeMedian(() => parseMinutesText(text, { fileName: file }), 50, 5);
      report(`minutes parse ${file} (target < 20 ms)`, parse, `${(parse / Math.max(split, 0.001)).toFixed(0)}× line split (${split.toFixed(3)} ms)`);
    }
  }
}

async function actionLog(report: Report) {
  const database = await benchDatabase();
  const config = loadConfig({ NODE_ENV: 'test', HUB_DEMO: '0', LOG_LEVEL: 'silent', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-1234', HUB_DATA_DIR: '/nonexistent' });
  await prepareDatabase(database, config);
  const db = database.db;
  const actor = systemActor('bench');
  const group = await createGroup(db, actor, { name: 'Bench Group', kind: 'sub-group' });
  const owners = await Promise.all(Array.from({ length: 20 }, (_, i) => createPerson(db, actor, { name: `Owner ${i}` })));
  const meetingRows = await db
    .insert(meetings)
    .values(Array.from({ length: 50 }, (_, i) => ({ groupId: group.id, title: 'Bench Group', date: new Date(Date.UTC(2020, 0, 1 + i * 14)).toISOString().slice(0, 10), status: 'held' as const })))
    .returning({ id: meetings.id });
  for (const [m, meeting] of meetingRows.entries()) {
    const actions = await db
      .insert(meetingActions)
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          groupId: group.id,
          meetingId: meeting.id,
          position: i,
          text: `Action ${m}.${i}: circulate the revised protocol to partners and report back`,
          due: i % 3 ? new Date(Date.UTC(2020, 1, 1 + m * 14)).toISOString().slice(0, 10) : null,
          dueByNextMeeting: i % 3 === 0,
          status: (['open', 'done', 'dropped'] as const)[i % 3]!,
        })),
      )
      .returning({ id: meetingActions.id });
    await db.insert(actionOwners).values(actions.map((a, i) => ({ actionId: a.id, personId: owners[i % owners.length]!.id, label: `O${i % 20}` })));
  }
  const user = await createUser(db, actor, { email: 'bench@example.org', name: 'Bench', role: 'viewer' });
  // API tokens open only /api/ routes; pages are read with a session, as a person reads them.
  const { token } = await createSession(db, user.id, { idleMinutes: 60, absoluteHours: 12 });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const headers = { cookie: `hub_session=${token}` };
  const check = await app.inject({ url: `/meetings/groups/${group.slug}/actions`, headers });
  if (check.statusCode !== 200 || !check.body.includes('of 5000 actions')) throw new Error(`action log bench: unexpected page (${check.statusCode})`);
  const baseline = await timeMedian(() => app.inject({ url: '/network/groups', headers }), 30, 5);
  const log = await timeMedian(() => app.inject({ url: `/meetings/groups/${group.slug}/actions`, headers }), 30, 5);
  const overdue = await timeMedian(() => app.inject({ url: `/meetings/groups/${group.slug}/actions?overdue=yes&page=20`, headers }), 30, 5);
  report('GET /network/groups (baseline page with a query)', baseline);
  report('GET action log of 5,000 actions (target < 100 ms)', log, `${(log / baseline).toFixed(1)}× baseline`);
  report('GET action log, overdue filter, page 20', overdue, `${(overdue / baseline).toFixed(1)}× baseline`);
  await app.close();
  await database.close();
}

export async function run(report: Report): Promise<void> {
  await parsing(report);
  await actionLog(report);
}
