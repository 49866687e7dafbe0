import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.ts';
import { queryRows } from '../../platform/db/count.ts';
import { outbox } from '../../platform/mail/schema.ts';
import * as network from '../network/service.ts';
import { collectionReturnEvents, collectionReturns, collections, type ReturnStatus } from './schema.ts';

/** DHIS2's reporting rates, in the network's words: of those invited, how many have replied. */
export interface Completeness {
  invited: number;
  started: number;
  submitted: number;
  onTime: number;
  accepted: number;
}

const counts = sql`
  count(*)::int as invited,
  count(*) filter (where r.started_at is not null or r.first_submitted_at is not null)::int as started,
  count(*) filter (where r.first_submitted_at is not null)::int as submitted,
  count(*) filter (where r.first_submitted_at < (c.closes_on + 1)::timestamptz)::int as on_time,
  count(*) filter (where r.status = 'accepted')::int as accepted`;

type CountRow = { invited: number; started: number; submitted: number; on_time: number; accepted: number };
const fromRow = (r: CountRow | undefined): Completeness => ({
  invited: r?.invited ?? 0,
  started: r?.started ?? 0,
  submitted: r?.submitted ?? 0,
  onTime: r?.on_time ?? 0,
  accepted: r?.accepted ?? 0,
});

export async function completeness(db: Queryable, collectionId: string): Promise<Completeness> {
  const [row] = await queryRows<CountRow>(
    db,
    sql`select ${counts} from ${collectionReturns} r join ${collections} c on c.id = r.collection_id where r.collection_id = ${collectionId}`,
  );
  return fromRow(row);
}

/** Every collection past draft with its figures, in one query: the network view. */
export async function networkCompleteness(db: Queryable) {
  const rows = await queryRows<
    CountRow & { id: string; name: string; kind: string; status: string; closes_on: string; period: string }
  >(
    db,
    sql`select c.id, c.name, c.kind, c.status, c.closes_on::text as closes_on, c.period, ${counts}
        from ${collections} c join ${collectionReturns} r on r.collection_id = c.id
        where c.status <> 'draft'
        group by c.id order by c.closes_on desc, c.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    status: r.status,
    closesOn: r.closes_on,
    period: r.period,
    ...fromRow(r),
  }));
}

export interface BoardLine {
  returnId: string;
  boardId: string;
  boardName: string;
  boardCode: string;
  status: ReturnStatus;
  submittedAt: Date | null;
  onTime: boolean;
  remindersSent: number;
  lastRemindedAt: Date | null;
  /** Reminder emails that could not be delivered. */
  bounced: number;
}

/** Each invited board's line, those not yet replied first. */
export async function boardLines(
  db: Queryable,
  collectionId: string,
  closesOn: string,
): Promise<BoardLine[]> {
  const [rows, boards] = await Promise.all([
    db.select().from(collectionReturns).where(eq(collectionReturns.collectionId, collectionId)),
    network.listBoards(db),
  ]);
  const boardOf = new Map(boards.map((b) => [b.id, b]));
  const reminders = rows.length
    ? await db
        .select({ returnId: collectionReturnEvents.returnId, key: collectionReturnEvents.emailKey })
        .from(collectionReturnEvents)
        .where(
          and(
            inArray(
              collectionReturnEvents.returnId,
              rows.map((r) => r.id),
            ),
            eq(collectionReturnEvents.kind, 'reminded'),
          ),
        )
    : [];
  const keys = reminders.map((r) => r.key).filter((k): k is string => !!k);
  const failed = keys.length
    ? new Set(
        (
          await db
            .select({ key: outbox.dedupeKey })
            .from(outbox)
            .where(
              and(
                inArray(outbox.dedupeKey, keys),
                sql`${outbox.sentAt} is null`,
                sql`${outbox.lastError} is not null`,
              ),
            )
        ).map((r) => r.key),
      )
    : new Set<string | null>();
  const deadline = new Date(`${closesOn}T23:59:59.999Z`);
  return rows
    .map((r) => {
      const b = boardOf.get(r.boardId);
      return {
        returnId: r.id,
        boardId: r.boardId,
        boardName: b?.name ?? 'Unknown board',
        boardCode: b?.code ?? r.boardId,
        status: r.status,
        submittedAt: r.firstSubmittedAt,
        onTime: !!r.firstSubmittedAt && r.firstSubmittedAt <= deadline,
        remindersSent: r.remindersSent,
        lastRemindedAt: r.lastRemindedAt,
        bounced: reminders.filter((x) => x.returnId === r.id && failed.has(x.key)).length,
      };
    })
    .sort(
      (a, b) => Number(!!a.submittedAt) - Number(!!b.submittedAt) || a.boardName.localeCompare(b.boardName),
    );
}
