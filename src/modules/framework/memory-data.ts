import type { Figure, FigureQuery, IndicatorData } from './indicator-data.ts';

/** One stored figure, as the statistics module keys them: what, where, when. */
export interface StoredFigure {
  dataset: string;
  measure: string;
  filters?: Record<string, string>;
  period: string;
  areaCode: string;
  value: number | null;
  status?: string | null;
}

/**
 * The figure store in memory, for tests and benchmarks where the statistics module is not
 * wanted. A query's filters must all match; a figure may carry more (as published files do).
 */
export function memoryData(figures: StoredFigure[]): IndicatorData & { queries: FigureQuery[] } {
  const queries: FigureQuery[] = [];
  const matches = (f: StoredFigure, q: Omit<FigureQuery, 'areaCodes' | 'period'>) =>
    f.dataset === q.dataset && f.measure === q.measure && Object.entries(q.filters).every(([k, v]) => f.filters?.[k] === v);
  return {
    queries,
    async lookupValues(query) {
      queries.push(query);
      const areas = new Set(query.areaCodes);
      const out: Figure[] = [];
      for (const f of figures) {
        if (f.period === query.period && areas.has(f.areaCode) && matches(f, query)) {
          out.push({ areaCode: f.areaCode, value: f.value, status: f.status ?? null });
        }
      }
      return out;
    },
    async measureExists(dataset, measure) {
      return figures.some((f) => f.dataset === dataset && f.measure === measure);
    },
    async listPeriods(dataset, measure) {
      const periods = new Set(figures.filter((f) => f.dataset === dataset && f.measure === measure).map((f) => f.period));
      return [...periods].sort().reverse();
    },
  };
}
