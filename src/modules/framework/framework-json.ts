import { z } from 'zod';
import { outcomesOfGoal } from './framework-elements.ts';
import { frameworkRuleProblems } from './framework-rules.ts';
import {
  FACTORS,
  FRAMEWORK_FORMAT,
  NODE_KINDS,
  POLARITIES,
  RATINGS,
  STATUSES,
  TIMESCALES,
  frameworkDocumentSchema,
  type FrameworkDocument,
} from './framework-schema.ts';

export * from './framework-schema.ts';

/** The published export contract: the hierarchy flattened to goals → outcomes → indicators. */
export const contractSchema = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(STATUSES),
  model: z.strictObject({
    nodes: z.array(z.strictObject({ key: z.string(), kind: z.enum(NODE_KINDS), title: z.string() })),
    links: z.array(z.strictObject({ from: z.string(), to: z.string() })),
  }),
  goals: z.array(
    z.strictObject({
      title: z.string(),
      outcomes: z.array(
        z.strictObject({
          title: z.string(),
          rating: z.enum(RATINGS),
          timescale: z.enum(TIMESCALES),
          indicators: z.array(
            z.strictObject({
              code: z.string(),
              name: z.string(),
              kind: z.enum(['quantitative', 'qualitative']),
              proxy: z.boolean(),
              caveat: z.string().nullable(),
              numerator: z.string().nullable(),
              denominator: z.string().nullable(),
              factor: z.literal(FACTORS).nullable(),
              polarity: z.enum(POLARITIES),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type FrameworkContract = z.infer<typeof contractSchema>;

export function toContractJson(doc: FrameworkDocument): FrameworkContract {
  return {
    version: doc.version,
    status: doc.status,
    model: {
      nodes: doc.model.nodes.map(({ key, kind, title }) => ({ key, kind, title })),
      links: doc.model.links.map(({ from, to }) => ({ from, to })),
    },
    goals: doc.goals.map((goal) => ({
      title: goal.title,
      outcomes: outcomesOfGoal(goal).map((outcome) => ({
        title: outcome.title,
        rating: outcome.rating,
        timescale: outcome.timescale,
        indicators: outcome.indicators.map((i) => ({
          code: i.code,
          name: i.name,
          kind: i.kind,
          proxy: i.proxy,
          caveat: i.caveat,
          numerator: i.kind === 'quantitative' ? i.numerator : null,
          denominator: i.kind === 'quantitative' ? i.denominator : null,
          factor: i.kind === 'quantitative' ? i.factor : null,
          polarity: i.polarity,
        })),
      })),
    })),
  };
}

export interface FrameworkFileProblem {
  /** JSON path of the field, e.g. goals[0].headings[1].outcomes[2].rating. */
  path: string;
  /** The same place in words, e.g. goal 1 "Children are safe" › heading 2 … › rating. */
  where: string;
  message: string;
}

export type FrameworkParseResult =
  | { ok: true; document: FrameworkDocument }
  | { ok: false; message: string; problems: FrameworkFileProblem[] };

const NOT_OURS = 'this is not a Safeguarding Hub framework file';

const SEGMENT_NAMES: Record<string, string> = {
  goals: 'goal',
  headings: 'heading',
  subHeadings: 'sub-heading',
  outcomes: 'outcome',
  indicators: 'indicator',
  nodes: 'node',
  links: 'link',
  scale: 'grade',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Turns a path into words, naming each element by its title or code where it has one. */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  const words: string[] = [];
  let here: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = path[i + 1];
    here = here && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[segment] : undefined;
    if (typeof segment === 'string' && SEGMENT_NAMES[segment] && typeof next === 'number') {
      here = Array.isArray(here) ? here[next] : undefined;
      const item = (here ?? {}) as Record<string, unknown>;
      const name =
        typeof item.title === 'string' ? item.title : typeof item.name === 'string' ? item.name : null;
      const label = `${typeof item.code === 'string' ? ` ${item.code}` : ''}${name === null ? '' : ` "${name}"`}`;
      words.push(`${SEGMENT_NAMES[segment]} ${next + 1}${label}`);
      i++;
    } else if (typeof segment === 'number') {
      words.push(`item ${segment + 1}`);
    } else {
      words.push(String(segment));
    }
  }
  return words.length ? words.join(' › ') : 'the file';
}

const jsonPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') ||
  '(top level)';

function issueMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  // A custom message (an expression's mistake) already says what was found, and where.
  const found =
    input === undefined || typeof input === 'object' || issue.code === 'custom'
      ? ''
      : ` (found ${describeValue(input)})`;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? 'is missing'
        : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, but is ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} a framework file does not have: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'number'
        ? `must be at least ${issue.minimum}${found}`
        : `${issue.message}${found}`;
    case 'too_big':
      return issue.origin === 'number'
        ? `must be at most ${issue.maximum}${found}`
        : `${issue.message}${found}`;
    case 'invalid_value':
      return issue.message.startsWith('Invalid input')
        ? `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}${found}`
        : `${issue.message}${found}`;
    default:
      return `${issue.message}${found}`;
  }
}

function failure(detail: string, problems: FrameworkFileProblem[] = []): FrameworkParseResult {
  return { ok: false, message: detail, problems };
}

/**
 * Reads a framework file. On failure, `message` says in one line what is wrong and
 * `problems` lists every mistake found, each with its JSON path and the same place in words.
 */
export function parseFrameworkJson(text: string): FrameworkParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return failure(`${NOT_OURS}: it is not valid JSON (${(error as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return failure(
      `${NOT_OURS}: it holds ${describeValue(data)}, not an object with "format", "model" and "goals"`,
    );
  }
  const record = data as Record<string, unknown>;
  if (record.format !== undefined && record.format !== FRAMEWORK_FORMAT) {
    return failure(`${NOT_OURS}: its "format" is ${describeValue(record.format)}, not "${FRAMEWORK_FORMAT}"`);
  }
  if (record.format === undefined) {
    if (contractSchema.safeParse(data).success) {
      return failure(
        `${NOT_OURS}: it is a framework summary (the export contract), which has no keys, headings or annotations; import the full framework file, whose "format" is "${FRAMEWORK_FORMAT}"`,
      );
    }
    if (!Array.isArray(record.goals) || !record.model) {
      const keys = Object.keys(record).slice(0, 8);
      return failure(
        `${NOT_OURS}: it has no "format", "model" or "goals"${keys.length ? `; its fields are ${keys.map((k) => `"${k}"`).join(', ')}` : ''}`,
      );
    }
  }
  const parsed = frameworkDocumentSchema.safeParse(data, { reportInput: true });
  let problems: FrameworkFileProblem[];
  if (parsed.success) {
    problems = frameworkRuleProblems(parsed.data).map((p) => {
      const segments = p.path
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      return { path: p.path, where: describePath(data, segments), message: p.message };
    });
    if (problems.length === 0) return { ok: true, document: parsed.data };
  } else {
    problems = parsed.error.issues.map((issue) => ({
      path: jsonPath(issue.path),
      where: describePath(data, issue.path),
      message: issueMessage(issue),
    }));
  }
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return failure(
    `the framework file has ${count}: ${problems.slice(0, 3).map(formatProblem).join('; ')}${problems.length > 3 ? '; …' : ''}`,
    problems,
  );
}

export function formatProblem(problem: FrameworkFileProblem): string {
  return `${problem.where}: ${problem.message}`;
}
