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

/** The statistics module as the framework sees it. A figure it does not hold is no data. */
export function statisticsData(db: Queryable): IndicatorData {
  return {
    async lookupValues(query) {
      try {
        return await statistics.lookupValues(db, query);
      } catch (error) {
        // An unknown dataset, measure or filter: nothing to show, not a failure of the page.
        if (error instanceof statistics.StatisticsQueryError) return [];
        throw error;
      }
    },
    measureExists: (dataset, measure) => statistics.measureExists(db, dataset, measure),
    listPeriods: (dataset, measure) => statistics.listPeriods(db, dataset, measure),
  };
}

export { compare, summarise, type AreaValue } from '../statistics/benchmark/index.ts';
