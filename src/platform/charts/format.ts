const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A figure as a person reads it in a label or description: 1,234.5. */
export function formatFigure(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? 'no data'
    : numberFormat.format(value);
}

/** Table cell for a value: the number, or the status code it was published as. */
export function tableValue(value: number | null | undefined, code?: string): string | number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return code ?? null;
}
