import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../tests/support/shared.ts';
import {
  checkExpression,
  evaluateIndicator,
  parseExpression,
  references,
  type Reference,
} from '../expressions/index.ts';
import { flattenFramework } from '../framework-elements.ts';
import { frameworkRuleProblems } from '../framework-rules.ts';
import { NODE_KINDS, frameworkDocumentSchema, type QuantitativeIndicator } from '../framework-schema.ts';
import { defaultFramework } from './index.ts';

/** Columns that say what a row is about rather than hold a figure. */
const DIMENSIONS = new Set([
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'new_la_code',
  'la_name',
  'category',
  'age_group',
]);

type Row = Record<string, string>;
const datasets = new Map<string, Row[]>();
function rowsOf(dataset: string): Row[] | null {
  if (!datasets.has(dataset)) {
    try {
      const text = readFileSync(sharedPath('data', 'dfe', `${dataset}.csv`), 'utf8');
      datasets.set(dataset, parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Row[]);
    } catch {
      return null;
    }
  }
  return datasets.get(dataset)!;
}

function knownMeasure(ref: {
  dataset: string;
  measure: string;
  filters: { name: string; value: string }[];
}): boolean {
  const rows = rowsOf(ref.dataset);
  if (!rows || rows.length === 0) return false;
  const columns = Object.keys(rows[0]!);
  if (!columns.includes(ref.measure) || DIMENSIONS.has(ref.measure)) return false;
  return ref.filters.every((f) => columns.includes(f.name) && rows.some((r) => r[f.name] === f.value));
}

const doc = defaultFramework();
const elements = flattenFramework(doc);
const indicators = elements.flatMap((e) => (e.type === 'indicator' ? [e.item] : []));
const quantitativeOnes = indicators.filter((i): i is QuantitativeIndicator => i.kind === 'quantitative');
const byCode = (code: string) => quantitativeOnes.find((i) => i.code === code)!;

describe('the default London framework', () => {
  it('is a valid framework document that breaks none of the rules', () => {
    expect(frameworkDocumentSchema.safeParse(doc).success).toBe(true);
    expect(frameworkRuleProblems(doc)).toEqual([]);
  });

  it('has the size the network asked for', () => {
    expect(doc.goals.length).toBeGreaterThanOrEqual(4);
    expect(elements.filter((e) => e.type === 'outcome').length).toBeGreaterThanOrEqual(12);
    expect(indicators.length).toBeGreaterThanOrEqual(30);
    expect(indicators.filter((i) => i.kind === 'qualitative').length).toBeGreaterThanOrEqual(3);
    expect(indicators.filter((i) => i.proxy).every((i) => (i.caveat ?? '').length > 20)).toBe(true);
    expect(indicators.filter((i) => i.proxy).length).toBeGreaterThanOrEqual(5);
  });

  it('carries the London procedures’ specific circumstances as optional headings', () => {
    const subHeadings = elements
      .filter((e) => e.type === 'sub-heading')
      .map((e) => e.item.title.toLowerCase());
    for (const words of [
      'sexual exploitation',
      'missing',
      'domestic violence',
      'mental health',
      'disabled',
      'trafficked',
      'from abroad',
      'young carers',
      'privately fostered',
    ]) {
      expect(subHeadings.some((t) => t.includes(words))).toBe(true);
    }
    expect(
      elements.filter((e) => e.type === 'sub-heading').every((e) => 'optional' in e.item && e.item.optional),
    ).toBe(true);
  });

  it('has a logic model of at least 15 nodes across all five kinds, with evidence on links', () => {
    expect(doc.model.nodes.length).toBeGreaterThanOrEqual(15);
    expect(new Set(doc.model.nodes.map((n) => n.kind))).toEqual(new Set(NODE_KINDS));
    expect(doc.model.links.filter((l) => l.note).length).toBeGreaterThanOrEqual(10);
    for (const n of doc.model.nodes.filter((x) => x.kind === 'outcome' || x.kind === 'goal'))
      expect(n.refersTo).not.toBeNull();
  });

  it('includes the board-level measures as return questions', () => {
    const questions = new Set(
      quantitativeOnes
        .flatMap((i) => [i.numerator, i.denominator ?? ''])
        .flatMap((s) => (s ? references(parseExpression(s)) : []))
        .flatMap((r) => (r.kind === 'question' ? [r.code] : [])),
    );
    for (const code of [
      'attendance_board_meetings',
      'section_11_audits_completed',
      'multi_agency_training_places',
      'review_recommendations_completed_on_time',
      'partner_contributions_budget',
      'young_people_involved_board_work',
    ]) {
      expect(questions.has(code)).toBe(true);
    }
  });

  it('reads only measures and filters that exist in the DfE and ONS files', () => {
    for (const i of quantitativeOnes) {
      for (const source of [i.numerator, i.denominator]) {
        if (source === null) continue;
        expect(checkExpression(source, { knownMeasure }), `${i.code}: ${source}`).toEqual([]);
      }
    }
    expect(quantitativeOnes.filter((i) => i.numerator.startsWith('[')).length).toBeGreaterThanOrEqual(6);
    // The check has teeth: a plausible but wrong column name is caught.
    expect(
      checkExpression('[c1_children_in_need_referrals_and_rereferrals_2013_to_2025.rereferrals_percent]', {
        knownMeasure,
      }),
    ).toHaveLength(1);
    expect(
      checkExpression(
        '[ons_mid-year_population_estimates_2012_to_2024.population_estimate|age_group=Children aged 0-17]',
        { knownMeasure },
      ),
    ).toHaveLength(1);
  });

  it("reproduces England's published figures for 2025 from the files' counts", () => {
    const england = (dataset: string, year: string): Row =>
      rowsOf(dataset)!.find((r) => r.geographic_level === 'National' && r.time_period === year)!;
    const resolve = (ref: Reference) => {
      if (ref.kind !== 'measure') return null;
      // Population estimates run a year behind the census: the 2024 estimate is the one used for 2025.
      const year = ref.dataset.startsWith('ons_') ? '2024' : '2025';
      const value = england(ref.dataset, year)[ref.measure];
      return value === undefined || value === '' ? null : Number(value);
    };
    const value = (code: string) => {
      const i = byCode(code);
      const result = evaluateIndicator(
        {
          numerator: parseExpression(i.numerator),
          denominator: i.denominator ? parseExpression(i.denominator) : null,
          factor: i.factor,
        },
        resolve,
      );
      return 'value' in result ? Number(result.value.toFixed(i.decimals)) : result;
    };
    expect(value('REF2')).toBe(22.6);
    expect(value('CP1')).toBe(24.5);
    expect(value('REF3')).toBe(6.5);
    expect(value('REF1')).toBeGreaterThan(510);
    expect(value('REF1')).toBeLessThan(530);
  });
});
