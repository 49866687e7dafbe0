import type { Actor } from '../../platform/audit/service.ts';
import type { Queryable } from '../../platform/db/types.ts';
import * as statisticsService from '../statistics/service.ts';

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

const statistics = {
  recordBoardReturnValues: statisticsService.recordBoardReturnValues,
  lookupValues: statisticsService.lookupValues,
};

/** Stores accepted answers as board-returns values; false when there were none. */
export async function sendToStatistics(
  db: Queryable,
  actor: Actor,
  input: { boardId: string; period: string; values: ReturnValue[]; source: string },
): Promise<boolean> {
  if (input.values.length === 0) return false;
  await statistics.recordBoardReturnValues(db, actor, input);
  return true;
}

/** A published figure for the board's areas added up, or null when there is none. */
export async function publishedFigure(
  db: Queryable,
  q: {
    dataset: string;
    measure: string;
    filters: Record<string, string>;
    period: string;
    areaCodes: string[];
  },
): Promise<number | null> {
  if (q.areaCodes.length === 0) return null;
  try {
    const values = await statistics.lookupValues(db, q);
    const numbers = values.map((v) => v.value).filter((v): v is number => v !== null);
    return numbers.length === values.length ? numbers.reduce((a, b) => a + b, 0) : null;
  } catch {
    // An unknown dataset, measure or period simply has no figure to show.
    return null;
  }
}
