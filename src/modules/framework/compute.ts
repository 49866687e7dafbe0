import {
  evaluateIndicator,
  formatReference,
  parseExpression,
  references,
  type EvaluationResult,
  type Expression,
  type Reference,
  type ResolvedInput,
} from './expressions/index.ts';
import type { QuantitativeIndicator } from './framework-schema.ts';
import { BOARD_RETURNS, type Figure, type FigureQuery, type IndicatorData } from './indicator-data.ts';

/** Where a value is worked out for: a board (one or more authorities), an authority, England. */
export interface Unit {
  code: string;
  name: string;
  areaCodes: string[];
}

export type Rag = 'green' | 'amber' | 'red';

interface Formula {
  numerator: Expression;
  denominator: Expression | null;
  factor: number;
  refs: Reference[];
}

function formulaOf(indicator: QuantitativeIndicator): Formula {
  const numerator = parseExpression(indicator.numerator);
  const denominator = indicator.denominator ? parseExpression(indicator.denominator) : null;
  const refs = [...references(numerator), ...(denominator ? references(denominator) : [])];
  return { numerator, denominator, factor: indicator.factor, refs };
}

export function queryOf(ref: Reference, period: string, areaCodes: string[]): FigureQuery {
  return ref.kind === 'measure'
    ? { dataset: ref.dataset, measure: ref.measure, filters: Object.fromEntries(ref.filters.map((f) => [f.name, f.value])), period, areaCodes }
    : { dataset: BOARD_RETURNS, measure: ref.code, filters: {}, period, areaCodes };
}

/**
 * A reference's figure for a unit. Published figures add up over a board's authorities,
 * and need every one of them (a partial sum would mislead); a suppressed one suppresses
 * the total. A board answers its return once, so a question takes the answer it finds.
 */
function resolveFor(ref: Reference, unit: Unit, figures: Map<string, Figure>): ResolvedInput {
  const found = unit.areaCodes.map((code) => figures.get(code));
  const status = found.find((f) => f?.status)?.status;
  if (status) return { status };
  if (ref.kind === 'question') return found.find((f) => f && f.value !== null)?.value ?? null;
  if (found.some((f) => !f || f.value === null)) return null;
  return found.reduce((total, f) => total + f!.value!, 0);
}

/**
 * Every given indicator for every unit in one period. Each distinct measure is looked up
 * once for all areas together, so the cost grows with the measures, not the areas.
 * Returns indicator key → unit code → result.
 */
export async function computeIndicators(
  data: IndicatorData,
  indicators: QuantitativeIndicator[],
  period: string,
  units: Unit[],
): Promise<Map<string, Map<string, EvaluationResult>>> {
  const formulas = new Map(indicators.map((i) => [i.key, formulaOf(i)]));
  const distinct = new Map<string, Reference>();
  for (const f of formulas.values()) for (const ref of f.refs) distinct.set(formatReference(ref), ref);
  const areaCodes = [...new Set(units.flatMap((u) => u.areaCodes))];
  const lookups = await Promise.all(
    [...distinct].map(async ([text, ref]) => {
      const rows = await data.lookupValues(queryOf(ref, period, areaCodes));
      return [text, new Map(rows.map((r) => [r.areaCode, r]))] as const;
    }),
  );
  const figures = new Map(lookups);
  const results = new Map<string, Map<string, EvaluationResult>>();
  for (const [key, formula] of formulas) {
    const byUnit = new Map<string, EvaluationResult>();
    for (const unit of units) {
      const resolve = (ref: Reference) => resolveFor(ref, unit, figures.get(formatReference(ref)) ?? new Map());
      byUnit.set(unit.code, evaluateIndicator(formula, resolve));
    }
    results.set(key, byUnit);
  }
  return results;
}

/** Rounded as the indicator is shown, so the colour agrees with the number the reader sees. */
export function ragOf(indicator: QuantitativeIndicator, result: EvaluationResult): Rag | null {
  if (!('value' in result) || indicator.polarity === 'context') return null;
  const value = Number(result.value.toFixed(indicator.decimals));
  const atLeast = (limit: number) => (indicator.polarity === 'higher-is-better' ? value >= limit : value <= limit);
  if (indicator.bands) return atLeast(indicator.bands.green) ? 'green' : atLeast(indicator.bands.amber) ? 'amber' : 'red';
  if (indicator.target !== null) return atLeast(indicator.target) ? 'green' : 'red';
  return null;
}

export const RAG_LABELS: Record<Rag, string> = { green: 'Green: on target', amber: 'Amber: near target', red: 'Red: off target' };

export function displayValue(indicator: QuantitativeIndicator, result: EvaluationResult): string {
  if ('status' in result) return result.status;
  if ('noData' in result) return 'no data';
  const number = result.value.toLocaleString('en-GB', { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals });
  return indicator.unit === '%' ? `${number}%` : number;
}

/** The periods an indicator can be worked out for: those of the first figure it reads. */
export async function periodsOf(data: IndicatorData, indicator: QuantitativeIndicator): Promise<string[]> {
  const [first] = formulaOf(indicator).refs;
  if (!first) return [];
  const query = queryOf(first, '', []);
  return data.listPeriods(query.dataset, query.measure);
}
