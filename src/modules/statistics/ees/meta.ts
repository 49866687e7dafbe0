import { readCsvRecords } from './csv.ts';
import { eesError } from './errors.ts';

/** One row of an EES `.meta.csv`: how the publisher described a filter or indicator column. */
export interface EesColumnMeta {
  name: string;
  type: 'filter' | 'indicator';
  label: string | null;
  /** Indicators: the group EES shows them under. */
  grouping: string | null;
  /** Indicators: '%', '£', '£m', 'pp' or blank. */
  unit: string | null;
  /** Indicators: decimal places the publisher wants shown. */
  decimalPlaces: number | null;
  /** Filters: hint text shown beside the filter. */
  hint: string | null;
  /** Filters: the column that groups this filter's values. */
  groupingColumn: string | null;
  /** Line of the meta file this came from, for errors. */
  line: number;
}

const REQUIRED = ['col_name', 'col_type'] as const;

/** Reads an EES meta file; its rows name every filter and indicator of the data file. */
export async function readEesMeta(file: string): Promise<Map<string, EesColumnMeta>> {
  const columns = new Map<string, EesColumnMeta>();
  let header: string[] | null = null;
  let at = (_name: string): number => -1;
  for await (const { fields, line } of readCsvRecords(file, eesError)) {
    if (!header) {
      header = fields.map((f) => f.trim());
      const names = header;
      at = (name) => names.indexOf(name);
      for (const name of REQUIRED) {
        if (at(name) < 0) {
          throw eesError(file, { line }, `this is not an EES meta file: it has no "${name}" column`);
        }
      }
      continue;
    }
    const cell = (name: string): string | null => {
      const i = at(name);
      const text = i >= 0 ? (fields[i] ?? '').trim() : '';
      return text === '' ? null : text;
    };
    const name = cell('col_name');
    if (!name) throw eesError(file, { line, column: 'col_name' }, 'col_name is blank');
    const typeText = (cell('col_type') ?? '').toLowerCase();
    if (typeText !== 'filter' && typeText !== 'indicator') {
      throw eesError(
        file,
        { line, column: 'col_type' },
        `col_type must be Filter or Indicator, not "${cell('col_type') ?? ''}"`,
      );
    }
    if (columns.has(name)) throw eesError(file, { line, column: 'col_name' }, `"${name}" is described twice`);
    const dpText = cell('indicator_dp');
    let decimalPlaces: number | null = null;
    if (dpText !== null) {
      if (!/^\d+$/.test(dpText)) {
        throw eesError(
          file,
          { line, column: 'indicator_dp' },
          `indicator_dp must be a whole number of decimal places, not "${dpText}"`,
        );
      }
      decimalPlaces = Number(dpText);
    }
    columns.set(name, {
      name,
      type: typeText,
      label: cell('label'),
      grouping: cell('indicator_grouping'),
      unit: cell('indicator_unit'),
      decimalPlaces,
      hint: cell('filter_hint'),
      groupingColumn: cell('filter_grouping_column'),
      line,
    });
  }
  if (!header) throw eesError(file, { line: null }, 'the meta file has no header row');
  return columns;
}
