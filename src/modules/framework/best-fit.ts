import { computeIndicators, type Unit } from './compute.ts';
import { findElement, itemId, type OutcomeHolder } from './elements.ts';
import { outcomesOfGoal } from './framework-elements.ts';
import type { FrameworkDocument, ModelLink, ModelNode, QuantitativeIndicator } from './framework-schema.ts';
import type { IndicatorData } from './indicator-data.ts';
import { spearman, type RankCorrelation } from './spearman.ts';

/** The quantitative indicators that measure what a model node stands for in the hierarchy. */
export function indicatorsOfNode(doc: FrameworkDocument, node: ModelNode): QuantitativeIndicator[] {
  if (!node.refersTo) return [];
  const found = findElement(doc, itemId(node.refersTo));
  if (!found) return [];
  const outcomes =
    found.type === 'outcome'
      ? [found.item]
      : found.type === 'goal'
        ? outcomesOfGoal(found.item)
        : found.type === 'heading'
          ? [...found.item.outcomes, ...found.item.subHeadings.flatMap((s) => s.outcomes)]
          : found.type === 'sub-heading'
            ? (found.item as OutcomeHolder).outcomes
            : [];
  return outcomes.flatMap((o) => o.indicators.filter((i): i is QuantitativeIndicator => i.kind === 'quantitative'));
}

export interface LinkEvidence {
  link: ModelLink;
  from: ModelNode;
  to: ModelNode;
  pairs: { from: QuantitativeIndicator; to: QuantitativeIndicator; correlation: RankCorrelation }[];
}

/**
 * For each influence whose two ends are measured, how the measures move together across
 * boards: Spearman's rho for every pair of indicators, over every board and chosen period.
 */
export async function bestFit(data: IndicatorData, doc: FrameworkDocument, periods: string[], units: Unit[]): Promise<LinkEvidence[]> {
  const nodes = new Map(doc.model.nodes.map((n) => [n.key, n]));
  const measured = doc.model.links
    .map((link) => ({ link, from: nodes.get(link.from)!, to: nodes.get(link.to)! }))
    .map((l) => ({ ...l, fromIndicators: indicatorsOfNode(doc, l.from), toIndicators: indicatorsOfNode(doc, l.to) }))
    .filter((l) => l.fromIndicators.length > 0 && l.toIndicators.length > 0);
  const needed = new Map<string, QuantitativeIndicator>();
  for (const l of measured) for (const i of [...l.fromIndicators, ...l.toIndicators]) needed.set(i.key, i);
  const byPeriod: Awaited<ReturnType<typeof computeIndicators>>[] = [];
  for (const period of periods) byPeriod.push(await computeIndicators(data, [...needed.values()], period, units));
  const series = (key: string): (number | null)[] =>
    byPeriod.flatMap((results) =>
      units.map((u) => {
        const r = results.get(key)?.get(u.code);
        return r && 'value' in r ? r.value : null;
      }),
    );
  return measured.map((l) => ({
    link: l.link,
    from: l.from,
    to: l.to,
    pairs: l.fromIndicators.flatMap((a) =>
      l.toIndicators.filter((b) => b.key !== a.key).map((b) => ({ from: a, to: b, correlation: spearman(series(a.key), series(b.key)) })),
    ),
  }));
}
