import { linkKey } from './framework-elements.ts';
import type { FrameworkDocument, Goal, Heading, Indicator, ModelLink, ModelNode, Outcome, SubHeading } from './framework-schema.ts';

/**
 * Live references into a document, for editing one element in place. An element's id is
 * "item:<key>" (goals, headings, outcomes, indicators, nodes share one key space) or
 * "link:<from>-><to>", the same identities the diff matches on.
 */
export type ElementType = 'goal' | 'heading' | 'sub-heading' | 'outcome' | 'indicator' | 'node' | 'link';

export type Found =
  | { type: 'goal'; item: Goal; list: Goal[]; parentKey: null }
  | { type: 'heading'; item: Heading; list: Heading[]; parentKey: string }
  | { type: 'sub-heading'; item: SubHeading; list: SubHeading[]; parentKey: string }
  | { type: 'outcome'; item: Outcome; list: Outcome[]; parentKey: string }
  | { type: 'indicator'; item: Indicator; list: Indicator[]; parentKey: string }
  | { type: 'node'; item: ModelNode; list: ModelNode[]; parentKey: null }
  | { type: 'link'; item: ModelLink; list: ModelLink[]; parentKey: null };

export const itemId = (key: string): string => `item:${key}`;
export const linkId = (link: { from: string; to: string }): string => `link:${linkKey(link)}`;

/** Containers that hold outcomes: a goal, heading or sub-heading. */
export type OutcomeHolder = Goal | Heading | SubHeading;

export function* walk(doc: FrameworkDocument): Generator<Found & { id: string }> {
  const outcomes = function* (holder: OutcomeHolder): Generator<Found & { id: string }> {
    for (const outcome of holder.outcomes) {
      yield { type: 'outcome', item: outcome, list: holder.outcomes, parentKey: holder.key, id: itemId(outcome.key) };
      for (const indicator of outcome.indicators)
        yield { type: 'indicator', item: indicator, list: outcome.indicators, parentKey: outcome.key, id: itemId(indicator.key) };
    }
  };
  for (const goal of doc.goals) {
    yield { type: 'goal', item: goal, list: doc.goals, parentKey: null, id: itemId(goal.key) };
    yield* outcomes(goal);
    for (const heading of goal.headings) {
      yield { type: 'heading', item: heading, list: goal.headings, parentKey: goal.key, id: itemId(heading.key) };
      yield* outcomes(heading);
      for (const sub of heading.subHeadings) {
        yield { type: 'sub-heading', item: sub, list: heading.subHeadings, parentKey: heading.key, id: itemId(sub.key) };
        yield* outcomes(sub);
      }
    }
  }
  for (const node of doc.model.nodes) yield { type: 'node', item: node, list: doc.model.nodes, parentKey: null, id: itemId(node.key) };
  for (const link of doc.model.links) yield { type: 'link', item: link, list: doc.model.links, parentKey: null, id: linkId(link) };
}

export function findElement(doc: FrameworkDocument, id: string): (Found & { id: string }) | null {
  for (const found of walk(doc)) if (found.id === id) return found;
  return null;
}

/** Where outcomes can go: every goal, heading and sub-heading, with a label showing its place. */
export function outcomeHolders(doc: FrameworkDocument): { key: string; label: string; holder: OutcomeHolder }[] {
  const out: { key: string; label: string; holder: OutcomeHolder }[] = [];
  for (const goal of doc.goals) {
    out.push({ key: goal.key, label: goal.title, holder: goal });
    for (const heading of goal.headings) {
      out.push({ key: heading.key, label: `${goal.title} › ${heading.title}`, holder: heading });
      for (const sub of heading.subHeadings) out.push({ key: sub.key, label: `${goal.title} › ${heading.title} › ${sub.title}`, holder: sub });
    }
  }
  return out;
}

/** Every key in use, so a new element gets one of its own. */
export function usedKeys(doc: FrameworkDocument): Set<string> {
  const keys = new Set<string>();
  for (const found of walk(doc)) if (found.type !== 'link') keys.add(found.item.key);
  return keys;
}

/** A readable, stable key from a title, e.g. "outcome-children-are-heard"; never reused within a document. */
export function newKey(doc: FrameworkDocument, prefix: string, title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const base = `${prefix}-${slug || 'item'}`;
  const keys = usedKeys(doc);
  if (!keys.has(base)) return base;
  for (let n = 2; ; n++) if (!keys.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Removes an element and what hangs from it; model nodes that referred to it stop referring. */
export function removeFrom(doc: FrameworkDocument, found: Found): void {
  const index = (found.list as unknown[]).indexOf(found.item);
  (found.list as unknown[]).splice(index, 1);
  if (found.type === 'node') {
    doc.model.links = doc.model.links.filter((l) => l.from !== found.item.key && l.to !== found.item.key);
    return;
  }
  if (found.type === 'link' || found.type === 'indicator') return;
  const present = usedKeys(doc);
  for (const node of doc.model.nodes) if (node.refersTo && !present.has(node.refersTo)) node.refersTo = null;
}
