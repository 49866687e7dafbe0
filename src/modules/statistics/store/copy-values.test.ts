import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/db.ts';
import type { Database } from '../../../platform/db/open.ts';
import { queryRows } from '../../../platform/db/count.ts';
import { copyValueRows, type ValueRow } from './copy-values.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);
afterAll(async () => database?.close());

const MEASURE = '00000000-0000-4000-8000-000000000001';
const FILTERS = '00000000-0000-4000-8000-000000000002';
const BATCH = '00000000-0000-4000-8000-000000000003';

// Text as files carry it, with the characters COPY's text format gives a meaning to.
const text = fc.string({ unit: fc.oneof(fc.constantFrom('\\', '\t', '\n', '\r', 'N', '.', ',', '"', ' ', 'é', '£', '😀'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 12 });
const number = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('storing values with COPY', () => {
  it('reads back every text and number exactly as given, whatever characters it holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ period: text, identifier: text, area: text, figure: fc.oneof(number, fc.constantFrom('c', 'z', 'low')), raw: text }), {
          selector: (r) => `${r.period}\u0000${r.identifier}\u0000${r.area}`,
          minLength: 1,
          maxLength: 20,
        }),
        async (cells) => {
          const rows: ValueRow[] = cells.map((c) => [
            MEASURE,
            FILTERS,
            c.period,
            c.identifier,
            c.area,
            typeof c.figure === 'number' ? c.figure : null,
            typeof c.figure === 'number' ? null : c.figure,
            c.raw,
          ]);
          const stored = await database.db.transaction(async (tx) => {
            await copyValueRows(tx, rows, BATCH);
            const back = await queryRows<{ time_period: string; time_identifier: string; area_code: string; value: number | null; status: string | null; raw: string; batch_id: string }>(
              tx,
              sql`select time_period, time_identifier, area_code, value, status, raw, batch_id from stat_values where measure_id = ${MEASURE}`,
            );
            await tx.execute(sql`delete from stat_values where measure_id = ${MEASURE}`);
            return back;
          });
          const key = (p: string, i: string, a: string) => `${p}\u0000${i}\u0000${a}`;
          const byKey = new Map(stored.map((r) => [key(r.time_period, r.time_identifier, r.area_code), r]));
          expect(stored).toHaveLength(rows.length);
          for (const [, , period, identifier, area, value, status, raw] of rows) {
            const got = byKey.get(key(period, identifier, area));
            expect(got).toBeDefined();
            // -0 and 0 are the same figure; everything else comes back as the very same double.
            expect(got!.value === null ? null : Number(got!.value)).toBe(value === 0 ? 0 : value);
            expect({ status: got!.status, raw: got!.raw, batch: got!.batch_id }).toEqual({ status, raw, batch: BATCH });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves nothing behind when the transaction fails after the copy', async () => {
    const row: ValueRow = [MEASURE, FILTERS, '2024', 'Reporting year', 'E09000007', 1.5, null, '1.5'];
    await expect(
      database.db.transaction(async (tx) => {
        await copyValueRows(tx, [row], null);
        await copyValueRows(tx, [row], null);
      }),
    ).rejects.toThrow(/duplicate key/);
    const [left] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from stat_values where measure_id = ${MEASURE}`);
    expect(Number(left!.n)).toBe(0);
  });
});
