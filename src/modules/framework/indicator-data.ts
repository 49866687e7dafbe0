import type { Queryable } from '../../platform/db/types.ts';
import * as statistics from '../statistics/service.ts';

/**
 * Everything the framework reads from the statistics module, behind one small interface,
 * so computed values are tested with an in-memory figure store and run on the real one.
 * Board-return questions `{code}` live in the statistics module as dataset "board-returns".
 */
export const BOARD_RETURNS = statistics.BOARD_RETURNS_DATASET;

export interface FigureQuery {
  dataset: string;
  measure: string;
  filters: Record<string, string>;
  period: string;
  areaCodes: string[];
}

export interface Figure {
  areaCode: string;
  value: number | null;
  /** A published status code (c, x, z …) in place of a number. */
  status: string | null;
}

export interface IndicatorData {
  /** One call per measure, for many areas at once. */
  lookupValues(query: FigureQuery): Promise<Figure[]>;
  measureExists(dataset: string, measure: string): Promise<boolean>;
  /** Periods with figures, newest first. */
  listPeriods(dataset: string, measure: string): Promise<string[]>;
}

interface Waiting {
  query: FigureQuery;
  resolve: (figures: Figure[]) => void;
  reject: (error: unknown) => void;
}

/**
 * The statistics module as the framework sees it. A figure it does not hold is no data.
 * Lookups asked for together (a page computing its indicators asks for every measure at
 * once) go to the statistics module as one batch, a few queries instead of two per measure.
 */
export function statisticsData(db: Queryable): IndicatorData {
  let waiting: Waiting[] = [];
  const send = async () => {
    const batch = waiting;
    waiting = [];
    try {
      const outcomes = await statistics.lookupValuesMany(db, batch.map((w) => w.query));
      // An unknown dataset, measure or filter: nothing to show, not a failure of the page.
      batch.forEach((w, i) => w.resolve('values' in outcomes[i]! ? outcomes[i].values : []));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  };
  return {
    lookupValues(query) {
      return new Promise<Figure[]>((resolve, reject) => {
        // Sent once the caller has asked for everything it asks for in this turn of the event loop.
        if (waiting.length === 0) setImmediate(() => void send());
        waiting.push({ query, resolve, reject });
      });
    },
    measureExists: (dataset, measure) => statistics.measureExists(db, dataset, measure),
    listPeriods: (dataset, measure) => statistics.listPeriods(db, dataset, measure),
  };
}

export { compare, summarise, type AreaValue } from '../statistics/benchmark/index.ts';
