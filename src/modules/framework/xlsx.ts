import type ExcelJS from 'exceljs';
import { toXlsx, looksLikeFormula, type ExportSheet } from '../../platform/export/index.ts';
import { frameworkRuleProblems } from './framework-rules.ts';
import {
  frameworkDocumentSchema,
  type FrameworkDocument,
  type Goal,
  type Heading,
  type Indicator,
  type Outcome,
} from './framework-schema.ts';
import { outcomeHolders } from './elements.ts';

/**
 * The framework as a workbook, one sheet per level, each row naming its parent by key, so
 * people can work on it in Excel and bring it back. Reading it back checks every cell and
 * names the sheet and cell of each mistake.
 */
interface Column {
  key: string;
  header: string;
}

const col = (key: string, header: string): Column => ({ key, header });

const SHEETS = {
  Framework: [col('field', 'Field'), col('value', 'Value')],
  Goals: [col('key', 'Key'), col('title', 'Title'), col('description', 'Description')],
  Headings: [
    col('key', 'Key'), col('parent', 'Under (goal or heading key)'), col('title', 'Title'), col('description', 'Description'),
    col('rating', 'Rating'), col('optional', 'Optional'), col('source', 'Source'),
  ],
  Outcomes: [
    col('key', 'Key'), col('parent', 'Under (goal or heading key)'), col('title', 'Title'), col('description', 'Description'),
    col('rating', 'Rating'), col('timescale', 'Timescale'), col('minMonths', 'Lag from (months)'), col('maxMonths', 'Lag to (months)'),
  ],
  Indicators: [
    col('key', 'Key'), col('parent', 'Outcome key'), col('code', 'Code'), col('name', 'Name'), col('definition', 'Definition'),
    col('kind', 'Kind'), col('polarity', 'Polarity'), col('proxy', 'Proxy'), col('caveat', 'Caveat'), col('source', 'Source'),
    col('numerator', 'Numerator'), col('denominator', 'Denominator'), col('factor', 'Factor'), col('unit', 'Unit'),
    col('decimals', 'Decimals'), col('target', 'Target'), col('green', 'Green from'), col('amber', 'Amber from'), col('prompt', 'Prompt'),
  ],
  Grades: [col('indicator', 'Indicator key'), col('value', 'Grade'), col('label', 'Label'), col('descriptor', 'Descriptor')],
  Nodes: [col('key', 'Key'), col('kind', 'Kind'), col('title', 'Title'), col('annotation', 'Annotation'), col('refersTo', 'Refers to')],
  Links: [col('from', 'From'), col('to', 'To'), col('note', 'Note')],
} as const satisfies Record<string, Column[]>;

type SheetName = keyof typeof SHEETS;
type Row = Record<string, unknown>;
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export async function frameworkToXlsx(doc: FrameworkDocument): Promise<Buffer> {
  const rows: Record<SheetName, Row[]> = { Framework: [], Goals: [], Headings: [], Outcomes: [], Indicators: [], Grades: [], Nodes: [], Links: [] };
  rows.Framework.push(
    { field: 'format', value: doc.format },
    { field: 'version', value: doc.version },
    { field: 'status', value: doc.status },
    { field: 'title', value: doc.title },
    { field: 'description', value: doc.description },
  );
  const outcome = (o: Outcome, parent: string) => {
    rows.Outcomes.push({ ...o, parent, minMonths: o.expectedLag.minMonths, maxMonths: o.expectedLag.maxMonths });
    for (const i of o.indicators) {
      const base = { ...i, parent: o.key, proxy: yesNo(i.proxy) };
      if (i.kind === 'quantitative') rows.Indicators.push({ ...base, green: i.bands?.green, amber: i.bands?.amber });
      else {
        rows.Indicators.push(base);
        for (const g of i.scale) rows.Grades.push({ indicator: i.key, ...g });
      }
    }
  };
  for (const goal of doc.goals) {
    rows.Goals.push(goal);
    for (const o of goal.outcomes) outcome(o, goal.key);
    for (const h of goal.headings) {
      rows.Headings.push({ ...h, parent: goal.key, optional: yesNo(h.optional) });
      for (const o of h.outcomes) outcome(o, h.key);
      for (const s of h.subHeadings) {
        rows.Headings.push({ ...s, parent: h.key, optional: yesNo(s.optional) });
        for (const o of s.outcomes) outcome(o, s.key);
      }
    }
  }
  rows.Nodes = doc.model.nodes.map((n) => ({ ...n }));
  rows.Links = doc.model.links.map((l) => ({ ...l }));
  const sheets: ExportSheet[] = (Object.keys(SHEETS) as SheetName[]).map((name) => ({ name, columns: SHEETS[name], rows: rows[name] }));
  return toXlsx(sheets);
}

export interface CellProblem {
  sheet: string;
  /** e.g. "F5"; the sheet's first row if the whole row or sheet is meant. */
  cell: string;
  message: string;
}

export type XlsxReadResult = { ok: true; document: FrameworkDocument } | { ok: false; message: string; problems: CellProblem[] };

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  const s = String(value);
  // Undo the apostrophe the export put before text a spreadsheet might take for a formula.
  return s.startsWith("'") && looksLikeFormula(s.slice(1)) ? s.slice(1) : s;
}

const letter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : letter(Math.floor((n - 1) / 26)) + letter(((n - 1) % 26) + 1));

/** Where each part of the built document came from: JSON path → sheet, row and field columns. */
type Origins = Map<string, { sheet: SheetName; row: number; columns: Record<string, number> }>;

function numberOr(value = ''): unknown {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}
const bool = (value = ''): unknown => (/^(yes|true|y|1)$/i.test(value.trim()) ? true : /^(no|false|n|0|)$/i.test(value.trim()) ? false : value);
const orNull = (value = ''): string | null => (value.trim() === '' ? null : value);

export async function readFrameworkXlsx(buffer: Buffer): Promise<XlsxReadResult> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, message: 'this is not an Excel workbook (.xlsx) that can be read', problems: [] };
  }
  const problems: CellProblem[] = [];
  const tables = {} as Record<SheetName, { row: number; values: Record<string, string>; columns: Record<string, number> }[]>;
  for (const name of Object.keys(SHEETS) as SheetName[]) {
    tables[name] = [];
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      problems.push({ sheet: name, cell: 'A1', message: `the workbook has no sheet called "${name}"; export a framework to see the layout` });
      continue;
    }
    const headers = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, n) => headers.set(text(cell.value).trim().toLowerCase(), n));
    const columns: Record<string, number> = {};
    for (const c of SHEETS[name]) {
      const n = headers.get(c.header.toLowerCase());
      if (n === undefined) problems.push({ sheet: name, cell: '1', message: `has no column headed "${c.header}"` });
      else columns[c.key] = n;
    }
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const values: Record<string, string> = {};
      for (const [key, n] of Object.entries(columns)) values[key] = text(row.getCell(n).value).trim();
      if (Object.values(values).some((v) => v !== '')) tables[name].push({ row: rowNumber, values, columns });
    });
  }
  if (problems.length) return { ok: false, message: `the workbook is not laid out as a framework: ${problems.map((p) => `${p.sheet} ${p.message}`).join('; ')}`, problems };

  const origins: Origins = new Map();
  const meta = Object.fromEntries(tables.Framework.map((r) => [r.values.field, r.values.value]));
  const doc = {
    format: meta.format,
    version: numberOr(meta.version ?? ''),
    status: meta.status,
    title: meta.title,
    description: meta.description ?? '',
    model: { nodes: [] as unknown[], links: [] as unknown[] },
    goals: [] as Goal[],
  } as unknown as FrameworkDocument;
  tables.Framework.forEach((r) => origins.set(String(r.values.field), { sheet: 'Framework', row: r.row, columns: { [String(r.values.field)]: r.columns.value! } }));
  const orphan = (sheet: SheetName, r: { row: number; columns: Record<string, number> }, field: string, message: string) =>
    problems.push({ sheet, cell: `${letter(r.columns[field] ?? 1)}${r.row}`, message });

  tables.Goals.forEach((r, g) => {
    doc.goals.push({ key: r.values.key, title: r.values.title, description: r.values.description, outcomes: [], headings: [] } as Goal);
    origins.set(`goals[${g}]`, { sheet: 'Goals', row: r.row, columns: r.columns });
  });
  for (const r of tables.Headings) {
    const goal = doc.goals.find((g) => g.key === r.values.parent);
    const parentHeading = goal ? null : doc.goals.flatMap((g) => g.headings).find((h) => h.key === r.values.parent);
    const fields = { key: r.values.key, title: r.values.title, description: r.values.description, rating: r.values.rating, optional: bool(r.values.optional), source: orNull(r.values.source), outcomes: [] };
    if (goal) {
      goal.headings.push({ ...fields, subHeadings: [] } as unknown as Heading);
      origins.set(`goals[${doc.goals.indexOf(goal)}].headings[${goal.headings.length - 1}]`, { sheet: 'Headings', row: r.row, columns: r.columns });
    } else if (parentHeading) {
      parentHeading.subHeadings.push(fields as unknown as Heading);
      const g = doc.goals.findIndex((x) => x.headings.includes(parentHeading));
      origins.set(`goals[${g}].headings[${doc.goals[g]!.headings.indexOf(parentHeading)}].subHeadings[${parentHeading.subHeadings.length - 1}]`, { sheet: 'Headings', row: r.row, columns: r.columns });
    } else orphan('Headings', r, 'parent', `"${r.values.parent}" is not the key of a goal or of a heading above this row`);
  }
  const holderPaths = new Map<string, string>();
  doc.goals.forEach((goal, g) => {
    holderPaths.set(goal.key, `goals[${g}]`);
    goal.headings.forEach((h, i) => {
      holderPaths.set(h.key, `goals[${g}].headings[${i}]`);
      h.subHeadings.forEach((s, j) => holderPaths.set(s.key, `goals[${g}].headings[${i}].subHeadings[${j}]`));
    });
  });
  const holders = new Map(outcomeHolders(doc).map((h) => [h.key, h.holder]));
  const outcomePaths = new Map<string, { outcome: Outcome; path: string }>();
  for (const r of tables.Outcomes) {
    const holder = holders.get(r.values.parent ?? '');
    if (!holder) {
      orphan('Outcomes', r, 'parent', `"${r.values.parent}" is not the key of a goal or heading`);
      continue;
    }
    const v = r.values;
    const outcome = { key: v.key, title: v.title, description: v.description, rating: v.rating, timescale: v.timescale, expectedLag: { minMonths: numberOr(v.minMonths), maxMonths: numberOr(v.maxMonths) }, indicators: [] } as unknown as Outcome;
    holder.outcomes.push(outcome);
    const path = `${holderPaths.get(r.values.parent ?? '')}.outcomes[${holder.outcomes.length - 1}]`;
    outcomePaths.set(v.key ?? '', { outcome, path });
    origins.set(path, { sheet: 'Outcomes', row: r.row, columns: { ...r.columns, expectedLag: r.columns.minMonths!, minMonths: r.columns.minMonths!, maxMonths: r.columns.maxMonths! } });
  }
  const grades = new Map<string, { row: number; values: Record<string, string>; columns: Record<string, number> }[]>();
  for (const r of tables.Grades) grades.set(r.values.indicator ?? '', [...(grades.get(r.values.indicator ?? '') ?? []), r]);
  for (const r of tables.Indicators) {
    const parent = outcomePaths.get(r.values.parent ?? '');
    if (!parent) {
      orphan('Indicators', r, 'parent', `"${r.values.parent}" is not the key of an outcome on the Outcomes sheet`);
      continue;
    }
    const v = r.values;
    const common = { key: v.key, code: v.code, name: v.name, definition: v.definition, kind: v.kind, polarity: v.polarity, proxy: bool(v.proxy), caveat: orNull(v.caveat), source: orNull(v.source) };
    const indicator =
      v.kind === 'qualitative'
        ? { ...common, prompt: v.prompt, scale: (grades.get(v.key ?? '') ?? []).map((g) => ({ value: numberOr(g.values.value), label: g.values.label, descriptor: g.values.descriptor })) }
        : {
            ...common,
            numerator: v.numerator,
            denominator: orNull(v.denominator),
            factor: numberOr(v.factor),
            unit: v.unit,
            decimals: numberOr(v.decimals),
            target: numberOr(v.target),
            bands: v.green === '' && v.amber === '' ? null : { green: numberOr(v.green), amber: numberOr(v.amber) },
          };
    parent.outcome.indicators.push(indicator as unknown as Indicator);
    const path = `${parent.path}.indicators[${parent.outcome.indicators.length - 1}]`;
    origins.set(path, { sheet: 'Indicators', row: r.row, columns: { ...r.columns, bands: r.columns.green! } });
    (grades.get(v.key ?? '') ?? []).forEach((g, i) => origins.set(`${path}.scale[${i}]`, { sheet: 'Grades', row: g.row, columns: g.columns }));
  }
  tables.Nodes.forEach((r, i) => {
    doc.model.nodes.push({ key: r.values.key, kind: r.values.kind, title: r.values.title, annotation: r.values.annotation, refersTo: orNull(r.values.refersTo) } as never);
    origins.set(`model.nodes[${i}]`, { sheet: 'Nodes', row: r.row, columns: r.columns });
  });
  tables.Links.forEach((r, i) => {
    doc.model.links.push({ from: r.values.from, to: r.values.to, note: orNull(r.values.note) } as never);
    origins.set(`model.links[${i}]`, { sheet: 'Links', row: r.row, columns: r.columns });
  });

  const locate = (path: (string | number)[], message: string): CellProblem => {
    for (let cut = path.length; cut >= 0; cut--) {
      const prefix = path.slice(0, cut).map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');
      const origin = origins.get(prefix);
      if (origin) {
        const field = String(path[cut] ?? '');
        const column = origin.columns[field] ?? (origin.sheet === 'Framework' ? origin.columns[prefix] : undefined);
        return { sheet: origin.sheet, cell: column ? `${letter(column)}${origin.row}` : `row ${origin.row}`, message: field && !column ? `${field} ${message}` : message };
      }
    }
    return { sheet: 'Framework', cell: 'A1', message: `${path.join('.')}: ${message}` };
  };
  if (!problems.length) {
    const parsed = frameworkDocumentSchema.safeParse(doc);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(locate(issue.path as (string | number)[], issue.message));
    } else {
      for (const p of frameworkRuleProblems(parsed.data)) {
        const segments = p.path.split(/\.|\[|\]/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        problems.push(locate(segments, p.message));
      }
      if (!problems.length) return { ok: true, document: parsed.data };
    }
  }
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return { ok: false, message: `the workbook has ${count}: ${problems.slice(0, 3).map(formatCellProblem).join('; ')}${problems.length > 3 ? '; …' : ''}`, problems };
}

export const formatCellProblem = (p: CellProblem): string => `${p.sheet} sheet, ${/^\d+$/.test(p.cell) ? `row ${p.cell}` : p.cell.startsWith('row') ? p.cell : `cell ${p.cell}`}: ${p.message}`;
