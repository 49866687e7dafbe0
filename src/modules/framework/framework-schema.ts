import { z } from 'zod';
import { ExpressionError, parseExpression } from './expressions/index.ts';

/**
 * The full framework version document: what a version stores, and what a framework file
 * holds. Every element has a stable key, so two versions can be compared element by element
 * even after titles are re-worded. Cross-element rules live in framework-rules.ts.
 */

export const FRAMEWORK_FORMAT = 'safeguarding-hub-framework';

export const RATINGS = ['critical', 'priority', 'universal'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  critical: 'Critical',
  priority: 'Priority outcome',
  universal: 'Universal outcome',
};

export const TIMESCALES = ['short', 'medium', 'long'] as const;
export type Timescale = (typeof TIMESCALES)[number];
export const TIMESCALE_LABELS: Record<Timescale, string> = {
  short: 'Short term',
  medium: 'Medium term',
  long: 'Long term',
};

export const NODE_KINDS = ['input', 'activity', 'output', 'outcome', 'goal'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  input: 'Factor or input',
  activity: 'Activity',
  output: 'Output',
  outcome: 'Outcome',
  goal: 'Goal',
};

export const POLARITIES = ['higher-is-better', 'lower-is-better', 'context'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const POLARITY_LABELS: Record<Polarity, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  context: 'Context (neither higher nor lower is better)',
};

export const FACTORS = [1, 100, 1000, 10000] as const;
/** A version's life: worked on, put out for comment, agreed and published, replaced by a later one. */
export const STATUSES = ['draft', 'consultation', 'published', 'superseded'] as const;
export type VersionStatus = (typeof STATUSES)[number];

const text = z.string().trim().min(1, 'must not be empty').max(2000);
const longText = z.string().max(10000);
export const keySchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,79}$/,
    'must be a key of lower-case letters, digits and hyphens (at most 80), e.g. "reduce-re-referrals"',
  );

/** An expression must parse, so its mistake is reported with the other problems of the file. */
const expression = text.superRefine((source, ctx) => {
  try {
    parseExpression(source);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message, input: source });
  }
});

const rating = z.enum(RATINGS, {
  error: 'must be "critical", "priority" or "universal" (Critical, Priority outcome, Universal outcome)',
});

const common = {
  key: keySchema,
  code: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/,
      'must be a short code of letters, digits, dots and hyphens, e.g. "CP2"',
    ),
  name: text,
  definition: text,
  polarity: z.enum(POLARITIES, { error: 'must be "higher-is-better", "lower-is-better" or "context"' }),
  proxy: z.boolean(),
  /** Required when `proxy` is true: why the indicator only stands in for the outcome. */
  caveat: z.string().trim().max(2000).nullable(),
  /** Where the figure comes from, in words, e.g. "DfE children in need census". */
  source: z.string().max(500).nullable(),
};

export const bandsSchema = z.strictObject({
  /** At or better than this: green. */
  green: z.number(),
  /** At or better than this (but worse than green): amber; worse: red. */
  amber: z.number(),
});

export const quantitativeIndicatorSchema = z.strictObject({
  ...common,
  kind: z.literal('quantitative'),
  numerator: expression,
  denominator: expression.nullable(),
  factor: z.literal(FACTORS, { error: 'must be 1, 100, 1000 or 10000' }),
  unit: text,
  decimals: z.number().int().min(0).max(4),
  target: z.number().nullable(),
  bands: bandsSchema.nullable(),
});

export const scalePointSchema = z.strictObject({
  value: z.number().int().min(0).max(10),
  label: text,
  descriptor: text,
});

export const qualitativeIndicatorSchema = z.strictObject({
  ...common,
  kind: z.literal('qualitative'),
  prompt: text,
  scale: z.array(scalePointSchema).min(2, 'needs at least 2 grades').max(10),
});

export const indicatorSchema = z.discriminatedUnion(
  'kind',
  [quantitativeIndicatorSchema, qualitativeIndicatorSchema],
  {
    error: 'kind must be "quantitative" or "qualitative"',
  },
);

export const outcomeSchema = z.strictObject({
  key: keySchema,
  title: text,
  description: longText,
  rating,
  timescale: z.enum(TIMESCALES, { error: 'must be "short", "medium" or "long"' }),
  /** How long after the work starts a change can be expected to show, in months. */
  expectedLag: z.strictObject({
    minMonths: z.number().int().min(0).max(240),
    maxMonths: z.number().int().min(0).max(240),
  }),
  indicators: z.array(indicatorSchema),
});

const headingFields = {
  key: keySchema,
  title: text,
  description: longText,
  rating,
  /** Boards may leave an optional heading out of their own use of the framework. */
  optional: z.boolean(),
  /** Where the heading comes from, e.g. "London Child Protection Procedures". */
  source: z.string().max(500).nullable(),
  outcomes: z.array(outcomeSchema),
};

export const subHeadingSchema = z.strictObject(headingFields);
export const headingSchema = z.strictObject({ ...headingFields, subHeadings: z.array(subHeadingSchema) });

export const goalSchema = z.strictObject({
  key: keySchema,
  title: text,
  description: longText,
  /** Outcomes under the goal itself come before those under its headings. */
  outcomes: z.array(outcomeSchema),
  headings: z.array(headingSchema),
});

export const nodeSchema = z.strictObject({
  key: keySchema,
  kind: z.enum(NODE_KINDS, { error: 'must be "input", "activity", "output", "outcome" or "goal"' }),
  title: text,
  annotation: longText,
  /** For outcome and goal nodes: the key of the outcome, heading or goal in the hierarchy. */
  refersTo: keySchema.nullable(),
});

/** "from influences to"; a pair of nodes has at most one link, so the pair is its key. */
export const linkSchema = z.strictObject({
  from: keySchema,
  to: keySchema,
  /** The evidence for the influence, in a sentence or two. */
  note: z.string().max(2000).nullable(),
});

export const frameworkDocumentSchema = z.strictObject({
  format: z.literal(FRAMEWORK_FORMAT),
  version: z.number().int().min(1),
  status: z.enum(STATUSES, { error: 'must be "draft", "consultation", "published" or "superseded"' }),
  title: text,
  description: longText,
  model: z.strictObject({ nodes: z.array(nodeSchema), links: z.array(linkSchema) }),
  goals: z.array(goalSchema),
});

export type QuantitativeIndicator = z.infer<typeof quantitativeIndicatorSchema>;
export type QualitativeIndicator = z.infer<typeof qualitativeIndicatorSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type SubHeading = z.infer<typeof subHeadingSchema>;
export type Heading = z.infer<typeof headingSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type ModelNode = z.infer<typeof nodeSchema>;
export type ModelLink = z.infer<typeof linkSchema>;
export type FrameworkDocument = z.infer<typeof frameworkDocumentSchema>;
