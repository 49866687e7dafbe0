import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../framework/content/index.ts';
import { formFromFramework } from './framework-link.ts';
import { allQuestions, formDefinitionSchema } from './form-model.ts';

describe('a dataset return form from the framework', () => {
  const doc = defaultFramework();
  const form = formFromFramework(doc);
  const questions = allQuestions(form);

  it('asks one number question per board question the indicators read, under its own code', () => {
    expect(formDefinitionSchema.safeParse(form).success).toBe(true);
    const cp = questions.find((q) => q.code === 'cp_plans_open_2_years_or_more');
    expect(cp).toMatchObject({ kind: 'number', min: 0, measure: null });
    expect(cp!.help).toContain('Used in');
  });

  it('asks boards to confirm each published measure an indicator reads, bound to that measure', () => {
    const bound = questions.filter((q) => q.measure);
    expect(bound.length).toBeGreaterThan(0);
    expect(bound.every((q) => q.kind === 'number')).toBe(true);
    const keys = bound.map(
      (q) => `${q.measure!.dataset}.${q.measure!.measure}.${JSON.stringify(q.measure!.filters)}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('adds a graded judgement and a narrative for each qualitative indicator', () => {
    const qualitative = doc.goals
      .flatMap((g) => [
        ...g.outcomes,
        ...g.headings.flatMap((h) => [...h.outcomes, ...h.subHeadings.flatMap((s) => s.outcomes)]),
      ])
      .flatMap((o) => o.indicators)
      .filter((i) => i.kind === 'qualitative');
    expect(questions.filter((q) => q.kind === 'long-text')).toHaveLength(qualitative.length);
    expect(questions.filter((q) => q.kind === 'single-choice')).toHaveLength(qualitative.length);
  });
});
