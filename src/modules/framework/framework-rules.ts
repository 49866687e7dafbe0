import { flattenFramework, type Located } from './framework-elements.ts';
import type { FrameworkDocument, Indicator } from './framework-schema.ts';

/** A rule broken by a well-formed framework: `path` is the JSON path of the offending field. */
export interface RuleProblem {
  path: string;
  message: string;
}

function indicatorProblems(indicator: Indicator, path: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (field: string, message: string): void => {
    problems.push({ path: `${path}.${field}`, message });
  };
  if (indicator.proxy && !indicator.caveat) {
    add('caveat', 'a proxy indicator needs a caveat saying why it only stands in for the outcome');
  }
  if (indicator.kind === 'quantitative') {
    const { bands, polarity } = indicator;
    if (bands && polarity === 'context') {
      add(
        'bands',
        'a context indicator has no better or worse direction, so it cannot have red/amber/green bands',
      );
    }
    if (bands && polarity === 'lower-is-better' && bands.green > bands.amber) {
      add(
        'bands',
        `lower is better, so the green limit (${bands.green}) must not be above the amber limit (${bands.amber})`,
      );
    }
    if (bands && polarity === 'higher-is-better' && bands.green < bands.amber) {
      add(
        'bands',
        `higher is better, so the green limit (${bands.green}) must not be below the amber limit (${bands.amber})`,
      );
    }
  } else {
    indicator.scale.forEach((point, i) => {
      if (point.value !== indicator.scale[0]!.value + i) {
        add(
          `scale[${i}].value`,
          `grades must count up by one from the first (${indicator.scale[0]!.value}), so this one should be ${indicator.scale[0]!.value + i}`,
        );
      }
    });
  }
  return problems;
}

/**
 * Rules that span elements: keys and codes unique, links and hierarchy references that
 * resolve, proxies with caveats, bands that fit the polarity.
 */
export function frameworkRuleProblems(doc: FrameworkDocument): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const elements = flattenFramework(doc);
  const byKey = new Map<string, Located>();
  const codes = new Map<string, string>();
  for (const e of elements) {
    if (e.type === 'link') continue;
    const first = byKey.get(e.key);
    if (first)
      problems.push({
        path: `${e.path}.key`,
        message: `the key "${e.key}" is already used at ${first.path}`,
      });
    else byKey.set(e.key, e);
    if (e.type === 'indicator') {
      const code = e.item.code.toUpperCase();
      const firstCode = codes.get(code);
      if (firstCode)
        problems.push({
          path: `${e.path}.code`,
          message: `the indicator code "${e.item.code}" is already used at ${firstCode}`,
        });
      else codes.set(code, e.path);
      problems.push(...indicatorProblems(e.item, e.path));
    }
    if (e.type === 'outcome' && e.item.expectedLag.minMonths > e.item.expectedLag.maxMonths) {
      problems.push({
        path: `${e.path}.expectedLag`,
        message: 'the shortest expected lag is longer than the longest',
      });
    }
    if (e.type === 'node' && e.item.refersTo !== null) {
      // The hierarchy comes before the model in reading order, so its keys are all known here.
      const target = byKey.get(e.item.refersTo);
      const allowed =
        e.item.kind === 'goal'
          ? ['goal']
          : e.item.kind === 'outcome'
            ? ['outcome', 'heading', 'sub-heading']
            : [];
      if (allowed.length === 0) {
        problems.push({
          path: `${e.path}.refersTo`,
          message: `only outcome and goal nodes refer to the hierarchy; this is a ${e.item.kind} node`,
        });
      } else if (!target || !allowed.includes(target.type)) {
        problems.push({
          path: `${e.path}.refersTo`,
          message: `"${e.item.refersTo}" is not the key of ${e.item.kind === 'goal' ? 'a goal' : 'an outcome or heading'} in the hierarchy`,
        });
      }
    }
  }
  const nodeKeys = new Set(doc.model.nodes.map((n) => n.key));
  const pairs = new Map<string, number>();
  doc.model.links.forEach((link, i) => {
    const path = `model.links[${i}]`;
    if (!nodeKeys.has(link.from))
      problems.push({ path: `${path}.from`, message: `there is no node with the key "${link.from}"` });
    if (!nodeKeys.has(link.to))
      problems.push({ path: `${path}.to`, message: `there is no node with the key "${link.to}"` });
    if (link.from === link.to) problems.push({ path, message: 'a node cannot influence itself' });
    const pair = `${link.from}->${link.to}`;
    const first = pairs.get(pair);
    if (first !== undefined)
      problems.push({ path, message: `the same influence is already drawn at model.links[${first}]` });
    else pairs.set(pair, i);
  });
  return problems;
}
