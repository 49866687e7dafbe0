import { formatReference, parseExpression, references, type Reference } from './expressions/index.ts';
import type { FrameworkDocument, QuantitativeIndicator } from './framework-schema.ts';
import { flattenFramework } from './framework-elements.ts';
import { queryOf } from './compute.ts';
import type { StoredFigure } from './memory-data.ts';

export function quantitativeIndicators(doc: FrameworkDocument): QuantitativeIndicator[] {
  return flattenFramework(doc).flatMap((e) => (e.type === 'indicator' && e.item.kind === 'quantitative' ? [e.item] : []));
}

/** Every figure the indicators read, each once. */
export function referencesOf(indicators: QuantitativeIndicator[]): Reference[] {
  const all = new Map<string, Reference>();
  for (const i of indicators) {
    for (const source of [i.numerator, i.denominator]) {
      if (source) for (const ref of references(parseExpression(source))) all.set(formatReference(ref), ref);
    }
  }
  return [...all.values()];
}

/**
 * Made-up but plausible figures for every input of a framework, for benchmarks and tests
 * of computation: deterministic, different per area, large enough that no ratio is silly.
 */
export function syntheticFigures(doc: FrameworkDocument, areaCodes: string[], period: string): StoredFigure[] {
  const figures: StoredFigure[] = [];
  referencesOf(quantitativeIndicators(doc)).forEach((ref, r) => {
    const query = queryOf(ref, period, []);
    areaCodes.forEach((areaCode, a) => {
      figures.push({ dataset: query.dataset, measure: query.measure, filters: query.filters, period, areaCode, value: 1000 + ((a * 37 + r * 101) % 900) });
    });
  });
  return figures;
}
