/** The figures behind a chart, for the table shown beside it (and for screen readers). */
export interface ChartTable {
  caption: string;
  columns: { key: string; header: string }[];
  rows: Record<string, string | number | null>[];
}

export interface ChartResult {
  /** A standalone, accessible SVG element (role="img" with <title> and <desc>). */
  svg: string;
  table: ChartTable;
}

/** What every chart is told about itself. */
export interface ChartText {
  /** Short name of the chart: becomes the SVG <title> and the table caption. */
  title: string;
  /** What the chart shows, in a sentence or two; a summary is written when omitted. */
  description?: string;
  /** Id prefix for the <title>/<desc> elements; must be unique on the page. */
  id?: string;
}
