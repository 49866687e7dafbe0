import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from './content/index.ts';
import {
  contractSchema,
  parseFrameworkJson,
  toContractJson,
  type FrameworkParseResult,
} from './framework-json.ts';
import { RATING_LABELS } from './framework-schema.ts';

const problemsOf = (result: FrameworkParseResult) => (result.ok ? [] : result.problems);
const messageOf = (result: FrameworkParseResult) => (result.ok ? '' : result.message);

/** The default framework as a file, after `edit` has spoilt it. */
function fileWith(
  edit: (doc: ReturnType<typeof defaultFramework> & Record<string, unknown>) => void,
): string {
  const doc = defaultFramework() as ReturnType<typeof defaultFramework> & Record<string, unknown>;
  edit(doc);
  return JSON.stringify(doc);
}

describe('parseFrameworkJson', () => {
  it('reads back the file it was written as', () => {
    const doc = defaultFramework();
    const result = parseFrameworkJson(JSON.stringify(doc, null, 2));
    expect(result).toEqual({ ok: true, document: doc });
    expect(parseFrameworkJson('\uFEFF' + JSON.stringify(doc)).ok).toBe(true);
  });

  it('says plainly when a file is not a framework file at all', () => {
    expect(messageOf(parseFrameworkJson('title,date\nMinutes,2008-12-04'))).toMatch(
      /^this is not a Safeguarding Hub framework file: it is not valid JSON/,
    );
    expect(messageOf(parseFrameworkJson('[1, 2]'))).toBe(
      'this is not a Safeguarding Hub framework file: it holds a list, not an object with "format", "model" and "goals"',
    );
    expect(messageOf(parseFrameworkJson('{"title": "LSCB Datasets Steering Group", "attendees": []}'))).toBe(
      'this is not a Safeguarding Hub framework file: it has no "format", "model" or "goals"; its fields are "title", "attendees"',
    );
    expect(messageOf(parseFrameworkJson('{"format": "minutes"}'))).toContain('its "format" is "minutes"');
  });

  it('recognises an exported summary and asks for the full file instead', () => {
    const summary = JSON.stringify(toContractJson(defaultFramework()));
    expect(messageOf(parseFrameworkJson(summary))).toContain(
      'it is a framework summary (the export contract)',
    );
  });

  it('names a rating outside the three, where it is, and what was found', () => {
    const result = parseFrameworkJson(
      fileWith((d) => {
        (d.goals[0]!.headings[1]!.outcomes[0] as { rating: string }).rating = 'high';
      }),
    );
    expect(result.ok).toBe(false);
    expect(problemsOf(result)).toEqual([
      {
        path: 'goals[0].headings[1].outcomes[0].rating',
        where:
          'goal 1 "Children are protected from significant harm" › heading 2 "Child protection" › outcome 1 "Child protection plans make children safe, and the change lasts" › rating',
        message:
          'must be "critical", "priority" or "universal" (Critical, Priority outcome, Universal outcome) (found "high")',
      },
    ]);
    expect(messageOf(result)).toMatch(/^the framework file has 1 problem: goal 1/);
  });

  it('lists every problem of shape: missing fields, wrong types, unknown fields, bad factors', () => {
    const result = parseFrameworkJson(
      fileWith((d) => {
        const outcome = d.goals[0]!.headings[0]!.outcomes[0]! as Record<string, unknown>;
        delete outcome.title;
        const indicator = (outcome.indicators as Record<string, unknown>[])[1]!;
        indicator.factor = 50;
        indicator.decimals = 'one';
        (d.model.nodes[0] as Record<string, unknown>).colour = 'red';
      }),
    );
    const problems = problemsOf(result);
    expect(problems.map((p) => [p.path, p.message])).toEqual(
      expect.arrayContaining([
        ['goals[0].headings[0].outcomes[0].title', 'is missing'],
        ['goals[0].headings[0].outcomes[0].indicators[1].factor', 'must be 1, 100, 1000 or 10000 (found 50)'],
        ['goals[0].headings[0].outcomes[0].indicators[1].decimals', 'must be a number, but is "one"'],
        ['model.nodes[0]', 'has a field a framework file does not have: "colour"'],
      ]),
    );
    expect(problems.find((p) => p.path.endsWith('factor'))!.where).toContain(
      'indicator 2 REF2 "Re-referrals within 12 months"',
    );
    expect(messageOf(result)).toContain(`has ${problems.length} problems`);
  });

  it('reports a mistaken expression with its position, beside the other problems of shape', () => {
    const result = parseFrameworkJson(
      fileWith((d) => {
        (d.goals[0]!.headings[0]!.outcomes[0]!.indicators[1] as { numerator: string }).numerator =
          'sum([a.b] + )';
        (d as { status: string }).status = 'final';
      }),
    );
    const byPath = new Map(problemsOf(result).map((p) => [p.path, p.message]));
    expect(byPath.get('goals[0].headings[0].outcomes[0].indicators[1].numerator')).toMatch(
      /^expected a number.* but found '\)' \(at position 12\)$/,
    );
    expect(byPath.get('status')).toBe('must be "draft", "consultation", "published" or "superseded" (found "final")');
  });

  it('enforces the rules that span elements', () => {
    const result = parseFrameworkJson(
      fileWith((d) => {
        const indicators = d.goals[0]!.headings[0]!.outcomes[0]!.indicators;
        indicators[0]!.proxy = true;
        indicators[0]!.caveat = null;
        indicators[2]!.key = indicators[3]!.key;
        d.model.links.push({ from: 'input-workforce', to: 'nowhere', note: null });
      }),
    );
    const byPath = new Map(problemsOf(result).map((p) => [p.path, p.message]));
    expect(byPath.get('goals[0].headings[0].outcomes[0].indicators[0].caveat')).toContain(
      'a proxy indicator needs a caveat',
    );
    expect(byPath.get('goals[0].headings[0].outcomes[0].indicators[3].key')).toContain(
      'is already used at goals[0].headings[0].outcomes[0].indicators[2]',
    );
    expect(byPath.get(`model.links[${defaultFramework().model.links.length}].to`)).toBe(
      'there is no node with the key "nowhere"',
    );
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseFrameworkJson(JSON.stringify(value));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseFrameworkJson(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('toContractJson', () => {
  it('flattens headings into each goal’s outcomes and keeps to the contract shape', () => {
    const doc = defaultFramework();
    const contract = toContractJson(doc);
    expect(contractSchema.safeParse(contract).success).toBe(true);
    expect(Object.keys(contract)).toEqual(['version', 'status', 'model', 'goals']);
    expect(contract.goals.map((g) => g.title)).toEqual(doc.goals.map((g) => g.title));
    const circumstances = contract.goals[1]!;
    expect(circumstances.outcomes.map((o) => o.title)).toContain(
      'Privately fostered children are known to the local authority and visited',
    );
    const rereferrals = contract.goals[0]!.outcomes[0]!.indicators.find((i) => i.code === 'REF2')!;
    expect(rereferrals).toEqual({
      code: 'REF2',
      name: 'Re-referrals within 12 months',
      kind: 'quantitative',
      proxy: false,
      caveat: null,
      numerator: '[c1_children_in_need_referrals_and_rereferrals_2013_to_2025.rereferral_count]',
      denominator: '[c1_children_in_need_referrals_and_rereferrals_2013_to_2025.referral_count]',
      factor: 100,
      polarity: 'lower-is-better',
    });
    const qualitative = contract.goals
      .flatMap((g) => g.outcomes.flatMap((o) => o.indicators))
      .find((i) => i.kind === 'qualitative')!;
    expect([qualitative.numerator, qualitative.denominator, qualitative.factor]).toEqual([null, null, null]);
    expect(contract.model.nodes[0]).toEqual({
      key: 'input-family-stress',
      kind: 'input',
      title: 'Family poverty, poor housing and isolation',
    });
  });

  it('has display names for the three ratings', () => {
    expect(Object.values(RATING_LABELS)).toEqual(['Critical', 'Priority outcome', 'Universal outcome']);
  });
});
