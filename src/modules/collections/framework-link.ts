import type { Queryable } from '../../platform/db/types.ts';
import { defaultFramework } from '../framework/content/index.ts';
import { parseExpression, references, type Reference } from '../framework/expressions/index.ts';
import type { FrameworkDocument, Indicator, Outcome } from '../framework/framework-schema.ts';
import { getVersion, listVersions } from '../framework/service.ts';
import type { FormDefinition, Question, Section } from './form-model.ts';
import { question } from './forms.ts';

/**
 * Everything collections asks of the framework module, in one place: a version's document,
 * and a dataset return's form generated from its indicators.
 */
export interface FrameworkChoice {
  number: number;
  label: string;
}

/** Versions a form can be generated from; the shipped framework when none is stored. */
export async function frameworkVersions(db: Queryable): Promise<FrameworkChoice[]> {
  const stored = await listVersions(db);
  if (stored.length === 0) return [{ number: 0, label: `${defaultFramework().title} (as shipped)` }];
  return stored.map((v) => ({ number: v.number, label: `Version ${v.number}: ${v.title} (${v.status})` }));
}

/** A version's document; number 0 (or none stored) is the framework as shipped. */
export async function frameworkDocument(
  db: Queryable,
  number: number,
): Promise<{ document: FrameworkDocument; label: string } | null> {
  if (number > 0) {
    const version = await getVersion(db, number);
    return version ? { document: version.document, label: `Framework version ${version.number}` } : null;
  }
  return number === 0 ? { document: defaultFramework(), label: 'Framework as shipped' } : null;
}

const humanise = (code: string) => {
  const words = code.replace(/[_.-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

function outcomesOf(doc: FrameworkDocument): { goal: string; outcomes: Outcome[] }[] {
  return doc.goals.map((g) => ({
    goal: g.title,
    outcomes: [
      ...g.outcomes,
      ...g.headings.flatMap((h) => [...h.outcomes, ...h.subHeadings.flatMap((s) => s.outcomes)]),
    ],
  }));
}

function inputsOf(indicator: Indicator): Reference[] {
  if (indicator.kind !== 'quantitative') return [];
  const sources = [indicator.numerator, indicator.denominator].filter((s): s is string => !!s);
  return sources.flatMap((s) => references(parseExpression(s)));
}

/**
 * A dataset return's form from a framework: per goal, one number question for each input
 * the indicators read (a board question `{code}`, or a published measure the board confirms),
 * and for each qualitative indicator its graded judgement and a narrative.
 */
export function formFromFramework(doc: FrameworkDocument): FormDefinition {
  const used = new Set<string>();
  const unique = (base: string) => {
    let code = (/^[a-z]/.test(base) ? base : `q_${base}`).slice(0, 56);
    for (let n = 2; used.has(code); n++) code = `${code.slice(0, 56)}_${n}`;
    used.add(code);
    return code;
  };
  const byReference = new Map<string, Question>();
  const sections: Section[] = [];
  for (const { goal, outcomes } of outcomesOf(doc)) {
    const questions: Question[] = [];
    for (const outcome of outcomes) {
      for (const indicator of outcome.indicators) {
        for (const ref of inputsOf(indicator)) {
          const key =
            ref.kind === 'question'
              ? `q:${ref.code}`
              : `m:${ref.dataset}.${ref.measure}|${ref.filters.map((f) => `${f.name}=${f.value}`).join('|')}`;
          const seen = byReference.get(key);
          if (seen) {
            seen.help = `${seen.help ?? ''} Also used in ${indicator.code}.`.trim();
            continue;
          }
          const usedIn = `Used in ${indicator.code}: ${indicator.name}.`;
          const asked =
            ref.kind === 'question'
              ? question(unique(slug(ref.code)), 'number', humanise(ref.code), { min: 0, help: usedIn })
              : question(
                  unique(slug(`${ref.measure}${ref.filters.map((f) => `_${f.value}`).join('')}`)),
                  'number',
                  `${humanise(ref.measure)}${ref.filters.length ? ` (${ref.filters.map((f) => f.value).join(', ')})` : ''}`,
                  {
                    min: 0,
                    help: `Published as ${ref.dataset}. Confirm or correct your board’s figure. ${usedIn}`,
                    measure: {
                      dataset: ref.dataset,
                      measure: ref.measure,
                      filters: Object.fromEntries(ref.filters.map((f) => [f.name, f.value])),
                    },
                  },
                );
          byReference.set(key, asked);
          questions.push(asked);
        }
        if (indicator.kind === 'qualitative') {
          const name = `${indicator.code}: ${indicator.name}`;
          questions.push(
            question(unique(`grade_${slug(indicator.code)}`), 'single-choice', `${name} – grade`, {
              help: indicator.prompt,
              options: indicator.scale.map((p) => `${p.value} – ${p.label}`),
            }),
            question(unique(`narrative_${slug(indicator.code)}`), 'long-text', `${name} – narrative`, {
              help: indicator.prompt,
            }),
          );
        }
      }
    }
    if (questions.length) sections.push({ title: goal, help: null, questions });
  }
  return { sections };
}
