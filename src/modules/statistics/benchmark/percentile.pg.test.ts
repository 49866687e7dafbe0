import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentileCont } from './percentile.ts';

// The reference: PostgreSQL's own percentile_cont, which the hub's SQL benchmarks also use.
const connection = { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' };
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client(connection);
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `percentile tests need PostgreSQL at ${connection.host}:${connection.port} (database ${connection.database}): ${String(error)}`,
    );
  }
});
afterAll(async () => {
  await client?.end();
});

async function postgresPercentile(values: number[], p: number): Promise<number | null> {
  const result = await client.query<{ v: number | null }>(
    'select percentile_cont($1::float8) within group (order by x) as v from unnest($2::float8[]) as x',
    [p, values],
  );
  return result.rows[0]?.v ?? null;
}

describe('percentileCont against PostgreSQL percentile_cont', () => {
  it('agrees exactly for random values and percentiles', async () => {
    const value = fc.oneof(
      fc.integer({ min: -50, max: 50 }),
      fc
        .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
        .map((d) => (Object.is(d, -0) ? 0 : d)),
    );
    const percentile = fc.oneof(
      fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 40 }), percentile, async (values, p) => {
        expect(percentileCont(values, p)).toBe(await postgresPercentile(values, p));
      }),
      { numRuns: 300 },
    );
  });
});
