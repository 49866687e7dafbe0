import { sql } from 'drizzle-orm';
import autocannon from 'autocannon';
import { Client, startServer, type RunningServer } from './server.ts';
import { count, password, withStore, type Prepared, type Store } from './prepare.ts';
import { queryRows } from '../../src/platform/db/count.ts';
import { importEesFile } from '../../src/modules/statistics/store/import-ees.ts';
import { systemActor } from '../../src/platform/audit/service.ts';
import { dfePath } from '../../src/modules/statistics/test-support.ts';
import { londonToday, sendActionReminders } from '../../src/modules/meetings/service.ts';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  badStatus: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  acknowledged: number;
  stored: number;
  byKind: { kind: string; acknowledged: number; stored: number }[];
  /** Action reminders in the outbox after two instances each ran the reminder job. */
  reminders: number;
  /** Actions due a reminder this week (each must have exactly one). */
  remindersDue: number;
}

const connections = Number(process.env.FAULTS_CONNECTIONS ?? 100);
const seconds = Number(process.env.FAULTS_SECONDS ?? 60);

interface Target {
  benchmark: string;
  actionLogs: string[];
  actions: string[];
}

async function targets(store: Store): Promise<Target> {
  return withStore(store, async (db) => {
    await importEesFile(
      db,
      systemActor('faults suite'),
      dfePath('c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv'),
      { dataset: 'referrals' },
    );
    const [m] = await queryRows<{ measure: string; period: string }>(
      db,
      sql`select m.name as measure, v.time_period as period from stat_values v join stat_measures m on m.id = v.measure_id
          join stat_datasets d on d.id = m.dataset_id
          where d.name = 'referrals' and v.area_code like 'E09%' group by m.name, v.time_period order by count(*) desc, v.time_period desc limit 1`,
    );
    const groups = await queryRows<{ slug: string }>(
      db,
      sql`select distinct g.slug from groups g join meetings m on m.group_id = g.id`,
    );
    // Open actions only: updating them to 'open' with a note leaves the set of actions due a reminder as it was.
    const actions = await queryRows<{ id: string }>(
      db,
      sql`select id from meeting_actions where status = 'open' order by id`,
    );
    return {
      benchmark: `/api/v1/statistics/benchmark?dataset=referrals&measure=${encodeURIComponent(m!.measure)}&period=${encodeURIComponent(m!.period)}&area=E09000007&comparator=london`,
      actionLogs: groups.map((g) => `/meetings/groups/${g.slug}/actions`),
      actions: actions.map((a) => a.id),
    };
  });
}

/** Percentile of sorted numbers (nearest rank). */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/**
 * Two app instances on one PostgreSQL; half the connections are board managers saving their
 * own returns (each connection owns one return, so every save is expected to succeed), half
 * are coordinators updating actions; both read benchmarks, action logs and returns. Each
 * connection is its own client behind the load balancer (X-Forwarded-For, loopback range).
 */
export async function loadTest(
  store: Store,
  prepared: Prepared,
  log: (s: string) => void,
): Promise<LoadResult> {
  const target = await targets(store);
  const env = { ...store.env, NODE_ENV: 'production', PUBLIC_URL: 'http://127.0.0.1' };
  const instances: RunningServer[] = [await startServer(env)];
  instances.push(await startServer(env));
  log(`two instances serving: ${instances.map((i) => i.base).join(', ')}`);

  const signIns = new Map<string, Client>();
  let signInCount = 0;
  const sessionFor = async (instance: RunningServer, email: string) => {
    const key = `${instance.base} ${email}`;
    if (!signIns.has(key)) {
      const client = new Client(
        instance.base,
        `127.1.${Math.floor(signInCount / 200)}.${signInCount++ % 200}`,
      );
      await client.signIn(email, password);
      signIns.set(key, client);
    }
    return signIns.get(key)!;
  };

  const acks = { returns: 0, actions: 0 };
  // After the measured window, no new write starts (writes become health checks) while the
  // ones in flight finish and are acknowledged: then acknowledged must equal stored exactly.
  let draining = false;
  const drainSeconds = 5;
  const drainRequest = (req: autocannon.Request) => ({
    ...req,
    method: 'GET' as const,
    path: '/health',
    body: undefined,
    headers: { 'x-forwarded-for': String(req.headers?.['x-forwarded-for'] ?? '') },
  });
  const errorSamples: string[] = [];
  const latencies: number[] = [];
  let bad = 0;
  const perInstance = Math.ceil(connections / 2);
  const badByRequest = new Map<string, { n: number; sample: string }>();
  const watch = (name: string) => (status: number, body: string) => {
    if (status < 400 || draining) return;
    const seen = badByRequest.get(name) ?? {
      n: 0,
      sample: `${status} ${body.replace(/\s+/g, ' ').slice(0, 300)}`,
    };
    seen.n++;
    badByRequest.set(name, seen);
  };
  const plans: {
    instance: RunningServer;
    requests: autocannon.Request[];
    headers: Record<string, string>;
  }[] = [];
  for (let c = 0; c < connections; c++) {
    const instance = instances[c % 2]!;
    const forwardedFor = `127.2.${Math.floor(c / 200)}.${c % 200}`;
    if (c % 2 === 0) {
      const slot = c / 2;
      const collection = prepared.loadCollections[slot % prepared.loadCollections.length]!;
      const manager = prepared.managers[Math.floor(slot / prepared.loadCollections.length)]!;
      const session = await sessionFor(instance, manager.email);
      const url = `/collections/${collection}/returns/${manager.boardCode}`;
      let revision = 0;
      let value = 0;
      plans.push({
        instance,
        headers: { cookie: session.cookieHeader, 'x-forwarded-for': forwardedFor },
        requests: [
          { method: 'GET', path: target.benchmark, onResponse: watch('benchmark') },
          { method: 'GET', path: url, onResponse: watch('return page') },
          {
            method: 'POST',
            path: url,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              cookie: session.cookieHeader,
              'x-forwarded-for': forwardedFor,
            },
            setupRequest: (req) =>
              draining
                ? drainRequest(req)
                : {
                    ...req,
                    body: new URLSearchParams({
                      q_budget_total: String(++value * 10 + c),
                      revision: String(revision),
                      _csrf: session.csrf,
                    }).toString(),
                  },
            onResponse: (status) => {
              watch('save return')(status, '');
              if (status === 303) {
                revision++;
                acks.returns++;
              }
            },
          },
        ],
      });
    } else {
      const slot = (c - 1) / 2;
      const session = await sessionFor(instance, prepared.coordinators[slot % prepared.coordinators.length]!);
      const action = target.actions[slot % target.actions.length]!;
      let n = 0;
      plans.push({
        instance,
        headers: { cookie: session.cookieHeader, 'x-forwarded-for': forwardedFor },
        requests: [
          {
            method: 'GET',
            path: target.actionLogs[slot % target.actionLogs.length]!,
            onResponse: watch('action log'),
          },
          { method: 'GET', path: target.benchmark, onResponse: watch('benchmark') },
          {
            method: 'POST',
            path: `/meetings/actions/${action}/status`,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              cookie: session.cookieHeader,
              'x-forwarded-for': forwardedFor,
            },
            setupRequest: (req) =>
              draining
                ? drainRequest(req)
                : {
                    ...req,
                    body: new URLSearchParams({
                      status: 'open',
                      note: `load ${c}-${++n}`,
                      _csrf: session.csrf,
                    }).toString(),
                  },
            onResponse: (status) => {
              watch('update action')(status, '');
              if (status === 303) acks.actions++;
            },
          },
        ],
      });
    }
  }
  log(`${plans.length} connections ready (${signIns.size} signed-in sessions); running ${seconds} s`);

  const runs = instances.map((instance) => {
    const mine = plans.filter((p) => p.instance === instance);
    let next = 0;
    return new Promise<autocannon.Result>((resolve, reject) => {
      const run = autocannon(
        {
          url: instance.base,
          connections: Math.min(perInstance, mine.length),
          duration: seconds + drainSeconds,
          timeout: 30,
          requests: [{ method: 'GET', path: '/health' }],
          setupClient: (client) => {
            const plan = mine[next++ % mine.length]!;
            client.setHeaders(plan.headers);
            client.setRequests(plan.requests);
          },
        },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
      run.on('reqError', (error) => {
        if (errorSamples.length < 3) errorSamples.push(String(error));
      });
      run.on('response', (_client, status, _bytes, responseTime) => {
        if (!draining) latencies.push(responseTime);
        if (status >= 400 && !draining) bad++;
      });
    });
  });
  const drainTimer = setTimeout(() => (draining = true), seconds * 1000);
  const results = await Promise.all(runs);
  clearTimeout(drainTimer);
  // Let the reminder runs that both instances start shortly after start-up finish.
  await new Promise((r) => setTimeout(r, 2000));
  for (const i of instances) await i.stop();
  for (const i of instances) {
    const problems = i
      .output()
      .split('\n')
      .filter((l) => /error|failed/i.test(l));
    if (problems.length)
      log(
        `${i.base} logged ${problems.length} errors, e.g. ${problems.slice(0, 3).join(' | ').slice(0, 1500)}`,
      );
  }
  log(
    `autocannon: ${results.map((r) => `errors ${r.errors}, timeouts ${r.timeouts}, resets ${r.resets}`).join('; ')}${errorSamples.length ? `; e.g. ${errorSamples.join(' | ')}` : ''}`,
  );
  for (const [name, seen] of badByRequest) log(`${name}: ${seen.n} failed, e.g. ${seen.sample}`);

  const stored = await withStore(store, async (db) => ({
    returns: await count(
      db,
      sql`select coalesce(sum(revision), 0)::int as n from collection_returns where collection_id in (${sql.join(
        prepared.loadCollections.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    ),
    actions: await count(db, sql`select count(*)::int as n from action_notes where note like 'load %'`),
    reminders: await count(
      db,
      sql`select count(*)::int as n from outbox where kind = 'meeting-action-reminder'`,
    ),
    // A run now, after both instances' runs, must find every due action already reminded once.
    due: await sendActionReminders(db, { today: londonToday() }).then((r) => r.alreadyReminded + r.queued),
  }));
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  return {
    connections: plans.length,
    seconds,
    requests,
    errors: results.reduce((s, r) => s + r.errors + r.timeouts, 0),
    badStatus: bad,
    perSecond: Math.round(requests / seconds),
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    max: Math.round(latencies.at(-1) ?? 0),
    acknowledged: acks.returns + acks.actions,
    stored: stored.returns + stored.actions,
    byKind: [
      { kind: 'return saves', acknowledged: acks.returns, stored: stored.returns },
      { kind: 'action updates', acknowledged: acks.actions, stored: stored.actions },
    ],
    reminders: stored.reminders,
    remindersDue: stored.due,
  };
}
