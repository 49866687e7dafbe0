import type {
  FrameworkDocument,
  Goal,
  Heading,
  Indicator,
  ModelLink,
  ModelNode,
  Outcome,
  SubHeading,
} from './framework-schema.ts';

/** Each keyed element of a framework, with where it sits: used by the rules and by the diff. */
export type FrameworkElement =
  | { type: 'goal'; item: Goal }
  | { type: 'heading'; item: Heading }
  | { type: 'sub-heading'; item: SubHeading }
  | { type: 'outcome'; item: Outcome }
  | { type: 'indicator'; item: Indicator }
  | { type: 'node'; item: ModelNode }
  | { type: 'link'; item: ModelLink };

export type Located = FrameworkElement & {
  /** The stable key (for links, "from->to"). */
  key: string;
  /** The key of the element it sits under; null at the top. */
  parent: string | null;
  /** Position among the elements of its type under the same parent. */
  order: number;
  /** JSON path, e.g. goals[0].headings[1].outcomes[2]. */
  path: string;
};

export const linkKey = (link: { from: string; to: string }): string => `${link.from}->${link.to}`;

export function elementTitle(e: FrameworkElement): string {
  switch (e.type) {
    case 'indicator':
      return `${e.item.code} ${e.item.name}`;
    case 'link':
      return `${e.item.from} → ${e.item.to}`;
    default:
      return e.item.title;
  }
}

/** Every element of the document in reading order: the hierarchy first, then the model. */
export function flattenFramework(doc: FrameworkDocument): Located[] {
  const out: Located[] = [];
  const outcomes = (list: Outcome[], parent: string, base: string): void => {
    list.forEach((outcome, i) => {
      const path = `${base}.outcomes[${i}]`;
      out.push({ type: 'outcome', item: outcome, key: outcome.key, parent, order: i, path });
      outcome.indicators.forEach((indicator, j) => {
        out.push({
          type: 'indicator',
          item: indicator,
          key: indicator.key,
          parent: outcome.key,
          order: j,
          path: `${path}.indicators[${j}]`,
        });
      });
    });
  };
  doc.goals.forEach((goal, g) => {
    const goalPath = `goals[${g}]`;
    out.push({ type: 'goal', item: goal, key: goal.key, parent: null, order: g, path: goalPath });
    outcomes(goal.outcomes, goal.key, goalPath);
    goal.headings.forEach((heading, h) => {
      const headingPath = `${goalPath}.headings[${h}]`;
      out.push({
        type: 'heading',
        item: heading,
        key: heading.key,
        parent: goal.key,
        order: h,
        path: headingPath,
      });
      outcomes(heading.outcomes, heading.key, headingPath);
      heading.subHeadings.forEach((sub, s) => {
        const subPath = `${headingPath}.subHeadings[${s}]`;
        out.push({
          type: 'sub-heading',
          item: sub,
          key: sub.key,
          parent: heading.key,
          order: s,
          path: subPath,
        });
        outcomes(sub.outcomes, sub.key, subPath);
      });
    });
  });
  doc.model.nodes.forEach((node, i) => {
    out.push({ type: 'node', item: node, key: node.key, parent: null, order: i, path: `model.nodes[${i}]` });
  });
  doc.model.links.forEach((link, i) => {
    out.push({
      type: 'link',
      item: link,
      key: linkKey(link),
      parent: null,
      order: i,
      path: `model.links[${i}]`,
    });
  });
  return out;
}

/** All outcomes of a goal, those under the goal itself first, then heading by heading. */
export function outcomesOfGoal(goal: Goal): Outcome[] {
  return [
    ...goal.outcomes,
    ...goal.headings.flatMap((h) => [...h.outcomes, ...h.subHeadings.flatMap((s) => s.outcomes)]),
  ];
}
