// Computing every indicator of the default framework for the 33 London authorities, one period.
import { computeIndicators } from '../src/modules/framework/compute.ts';
import { defaultFramework } from '../src/modules/framework/content/index.ts';
import { memoryData } from '../src/modules/framework/memory-data.ts';
import { quantitativeIndicators, referencesOf, syntheticFigures } from '../src/modules/framework/synthetic.ts';
import { referenceAreas } from '../src/modules/network/reference.ts';
import { timeMedian } from './support.ts';

export async function run(report: (name: string, medianMs: number, note?: string) => void): Promise<void> {
  const doc = defaultFramework();
  const indicators = quantitativeIndicators(doc);
  const authorities = referenceAreas.filter((a) => a.kind === 'local-authority');
  const units = authorities.map((a) => ({ code: a.code, name: a.name, areaCodes: [a.code] }));
  const data = memoryData(syntheticFigures(doc, authorities.map((a) => a.code), '2025'));
  const ms = await timeMedian(() => computeIndicators(data, indicators, '2025', units), 30, 5);
  report(
    'framework: all indicators × 33 authorities (in-memory figures)',
    ms,
    `${indicators.length} indicators, ${referencesOf(indicators).length} lookups; budget 200 ms`,
  );
}
