import type { Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';

/**
 * Everything collections asks of the statistics module, in one place. Accepted return
 * answers become values of dataset `board-returns` (measure = question code) for every area
 * the board covers; questions bound to a published measure show that figure beside them.
 */
export interface ReturnValue {
  measure: string;
  value: number | null;
  status?: string | null;
}

export interface StatisticsLink {
  recordBoardReturnValues(
    db: Queryable,
    actor: Actor,
    input: { boardId: string; period: string; values: ReturnValue[]; source: string },
  ): Promise<unknown>;
  lookupValues(
    db: Queryable,
    q: { dataset: string; measure: string; filters: Record<string, string>; period: string; areaCodes: string[] },
  ): Promise<{ areaCode: string; value: number | null; status: string | null }[]>;
  measureExists(db: Queryable, dataset: string, measure: string): Promise<boolean>;
}

// Loaded by path so collections still runs (and says so) where statistics is absent.
const statisticsPath = '../statistics/service.ts';
let loaded: Promise<StatisticsLink | null> | undefined;

export function statisticsLink(): Promise<StatisticsLink | null> {
  loaded ??= (import(statisticsPath) as Promise<Partial<StatisticsLink>>).then(
    (m) => (typeof m.recordBoardReturnValues === 'function' && typeof m.lookupValues === 'function' ? (m as StatisticsLink) : null),
    () => null,
  );
  return loaded;
}

/** Stores accepted answers; false when the statistics module is not there to take them. */
export async function sendToStatistics(
  db: Queryable,
  actor: Actor,
  input: { boardId: string; period: string; values: ReturnValue[]; source: string },
): Promise<boolean> {
  const statistics = await statisticsLink();
  if (!statistics || input.values.length === 0) return false;
  await statistics.recordBoardReturnValues(db, actor, input);
  return true;
}

/** A published figure for the board's areas added up, or null when there is none. */
export async function publishedFigure(
  db: Queryable,
  q: { dataset: string; measure: string; filters: Record<string, string>; period: string; areaCodes: string[] },
): Promise<number | null> {
  const statistics = await statisticsLink();
  if (!statistics || q.areaCodes.length === 0) return null;
  try {
    const values = await statistics.lookupValues(db, q);
    const numbers = values.map((v) => v.value).filter((v): v is number => v !== null);
    return numbers.length === values.length ? numbers.reduce((a, b) => a + b, 0) : null;
  } catch {
    // An unknown dataset, measure or period simply has no figure to show.
    return null;
  }
}
