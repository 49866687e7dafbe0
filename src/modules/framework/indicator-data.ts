import type { Queryable } from '../../platform/db/types.ts';

/**
 * Everything the framework reads from the statistics module, behind one small interface,
 * so computed values are tested with an in-memory figure store and run on the real one.
 * Board-return questions `{code}` live in the statistics module as dataset "board-returns".
 */
export const BOARD_RETURNS = 'board-returns';

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

interface StatisticsService {
  lookupValues(db: Queryable, query: FigureQuery): Promise<Figure[]>;
  measureExists(db: Queryable, dataset: string, measure: string): Promise<boolean>;
  listPeriods(db: Queryable, dataset: string, measure: string): Promise<string[]>;
}

// Held in a variable so the framework still loads (and says why it has no figures) while
// the statistics module is being built; once it exists this is a plain import.
const statisticsPath = '../statistics/service.ts';
let statistics: Promise<StatisticsService | null> | undefined;

function loadStatistics(): Promise<StatisticsService | null> {
  statistics ??= (import(statisticsPath) as Promise<StatisticsService>).then(
    (m) => (typeof m.lookupValues === 'function' ? m : null),
    () => null,
  );
  return statistics;
}

/** The statistics module as the framework sees it; without it there are simply no figures. */
export function statisticsData(db: Queryable): IndicatorData {
  return {
    async lookupValues(query) {
      const service = await loadStatistics();
      return service ? service.lookupValues(db, query) : [];
    },
    async measureExists(dataset, measure) {
      const service = await loadStatistics();
      return service ? service.measureExists(db, dataset, measure) : false;
    },
    async listPeriods(dataset, measure) {
      const service = await loadStatistics();
      return service ? service.listPeriods(db, dataset, measure) : [];
    },
  };
}

/** Whether the statistics module is there at all, so pages can say why figures are missing. */
export async function statisticsAvailable(): Promise<boolean> {
  return (await loadStatistics()) !== null;
}

export { compare, summarise, type AreaValue } from '../statistics/benchmark/index.ts';
