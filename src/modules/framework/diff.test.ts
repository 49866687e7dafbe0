import { describe, expect, it } from 'vitest';
import { defaultFramework } from './content/index.ts';
import { diffVersions, summariseDiff } from './diff.ts';
import type { FrameworkDocument, QuantitativeIndicator } from './framework-schema.ts';

function edited(edit: (doc: FrameworkDocument) => void): FrameworkDocument {
  const doc = defaultFramework();
  doc.version = 2;
  edit(doc);
  return doc;
}

const childProtection = (d: FrameworkDocument) => d.goals[0]!.headings[1]!;
const plansOutcome = (d: FrameworkDocument) => childProtection(d).outcomes[0]!;

describe('diffVersions', () => {
  it('finds nothing between a version and its copy', () => {
    const diff = diffVersions(
      defaultFramework(),
      edited(() => {}),
    );
    expect(diff.changes).toEqual([]);
    expect(summariseDiff(diff)).toBe('no changes');
    expect([diff.from, diff.to]).toEqual([1, 2]);
  });

  it('reports a re-rating with both ratings in words', () => {
    const diff = diffVersions(
      defaultFramework(),
      edited((d) => {
        d.goals[0]!.headings[0]!.outcomes[0]!.rating = 'critical';
      }),
    );
    expect(diff.changes).toEqual([
      {
        kind: 're-rated',
        element: 'outcome',
        key: 'outcome-identified-early',
        title: 'Children in need are identified early and referred to the right service',
        field: 'rating',
        before: 'priority',
        after: 'critical',
        summary:
          'Outcome "Children in need are identified early and referred to the right service" re-rated from Priority outcome to Critical.',
      },
    ]);
  });

  it('treats a new title on the same key as a re-wording, with before and after', () => {
    const diff = diffVersions(
      defaultFramework(),
      edited((d) => {
        plansOutcome(d).title = 'Child protection plans make children safe for good';
        d.model.nodes[0]!.annotation = 'Context the board cannot change.';
      }),
    );
    expect(diff.changes.map((c) => [c.kind, c.key, c.field])).toEqual([
      ['re-worded', 'outcome-plans-keep-safe', 'title'],
      ['re-worded', 'input-family-stress', 'annotation'],
    ]);
    expect(diff.changes[0]!.before).toBe('Child protection plans make children safe, and the change lasts');
    expect(diff.changes[0]!.after).toBe('Child protection plans make children safe for good');
    expect(diff.counts['re-worded']).toBe(2);
    expect(diff.counts.added + diff.counts.removed).toBe(0);
  });

  it('reports changed expressions and targets, but not a change of spacing', () => {
    const diff = diffVersions(
      defaultFramework(),
      edited((d) => {
        const [subsequent, , rate] = plansOutcome(d).indicators as QuantitativeIndicator[];
        subsequent!.numerator = subsequent!.numerator.replace('[', ' ( [').replace(']', '] ) ');
        subsequent!.bands = { green: 18, amber: 24 };
        rate!.denominator = '{children_0_to_17}';
        rate!.target = 40;
      }),
    );
    expect(diff.changes.map((c) => c.summary)).toEqual([
      'Indicator CP1 "Second or subsequent child protection plans": bands changed from green 20, amber 25 to green 18, amber 24.',
      'Indicator CP3 "Child protection plan rate per 10,000 children": denominator changed from "[ons_mid-year_population_estimates_2012_to_2024.population_estimate|age_group=Children aged 0 to 17 years]" to "{children_0_to_17}".',
      'Indicator CP3 "Child protection plan rate per 10,000 children": target changed from none to 40.',
    ]);
    expect(diff.changes.every((c) => c.kind === 'changed')).toBe(true);
  });

  it('reports additions and removals with where they were', () => {
    const diff = diffVersions(
      defaultFramework(),
      edited((d) => {
        plansOutcome(d).indicators.splice(3, 1);
        d.goals[3]!.outcomes[1]!.indicators.push({
          ...d.goals[3]!.outcomes[1]!.indicators[0]!,
          key: 'ind-deaths-modifiable',
          code: 'LE4',
          name: 'Deaths with modifiable factors acted on',
        });
        d.model.links.pop();
      }),
    );
    expect(diff.changes.map((c) => `${c.kind} ${c.key}`)).toEqual([
      'removed ind-conference-timeliness',
      'removed goal-safe-circumstances->goal-protected',
      'added ind-deaths-modifiable',
    ]);
    expect(diff.changes[0]!.summary).toBe(
      'Indicator CP4 "Review conferences held on time" removed from outcome "Child protection plans make children safe, and the change lasts".',
    );
    expect(diff.changes[1]!.summary).toBe(
      'Influence "Children in specific circumstances are safe" → "Children are protected from significant harm" removed from the top level.',
    );
    expect(diff.changes[2]!.summary).toBe(
      'Indicator LE4 "Deaths with modifiable factors acted on" added under outcome "Child deaths are reviewed and modifiable factors acted upon".',
    );
  });

  it('reports a move to another heading, and a re-ordering as one move, not a cascade', () => {
    const diff = diffVersions(
      defaultFramework(),
      edited((d) => {
        const [moved] = d.goals[0]!.headings[0]!.outcomes.splice(1, 1);
        childProtection(d).outcomes.push(moved!);
        const goals = d.goals;
        goals.push(goals.splice(1, 1)[0]!);
      }),
    );
    expect(diff.changes.map((c) => c.summary)).toEqual([
      'Outcome "Children in need receive timely help that meets their needs" moved from heading "Early help, referral and assessment" to heading "Child protection".',
      'Goal "Children in specific circumstances are safeguarded" moved to position 5 under the top level.',
    ]);
  });

  it('tells a re-worded grade descriptor from a change of scale, and reports status changes', () => {
    const diff = diffVersions(
      defaultFramework(),
      edited((d) => {
        d.status = 'published';
        const indicator = plansOutcome(d).indicators[4]!;
        if (indicator.kind !== 'qualitative') throw new Error('expected CP5 to be qualitative');
        indicator.scale[0]!.descriptor = 'Plans are lists of services.';
        const other = d.goals[2]!.headings[0]!.outcomes[0]!.indicators[2]!;
        if (other.kind !== 'qualitative') throw new Error('expected BG3 to be qualitative');
        other.scale.pop();
      }),
    );
    expect(diff.changes.map((c) => [c.kind, c.element, c.field])).toEqual([
      ['changed', 'framework', 'status'],
      ['re-worded', 'indicator', 'scale'],
      ['changed', 'indicator', 'scale'],
    ]);
    expect(diff.changes[0]!.summary).toBe('Framework status changed from "draft" to "published".');
    expect(summariseDiff(diff)).toBe('1 re-worded, 2 changed');
  });
});
