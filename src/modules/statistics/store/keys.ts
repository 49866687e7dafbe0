/** Canonical text of a filter combination: the same filters give the same key, whatever their order. */
export function filterKey(filters: Record<string, string>): string {
  return JSON.stringify(Object.entries(filters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A period as users type it: "2025", or "2025 Q1" / "2025|Q1" when a time_period has more
 * than one time_identifier (quarters, terms).
 */
export function parsePeriod(text: string): { timePeriod: string; timeIdentifier: string | null } {
  const trimmed = text.trim();
  const match = /^(\S+?)(?:\s*[|\s]\s*(.+))?$/.exec(trimmed);
  return { timePeriod: match?.[1] ?? trimmed, timeIdentifier: match?.[2]?.trim() || null };
}

/** Measures that are counts of people or events, so small numbers among them are suppressed when published. */
export function isCountMeasure(name: string, unit: string | null): boolean {
  if (unit && unit.trim() !== '') return false;
  return !/(percent|pct|rate|ratio|proportion|average|avg|mean|median|per_|_per|score|index|days|weeks|_dp$)/i.test(name);
}
