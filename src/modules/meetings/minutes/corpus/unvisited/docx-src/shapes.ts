/**
 * Word shapes this set needs beyond the pristine set's helpers (imported from there, not
 * copied): list numbering in other formats (`%1)` with `a)` points, `%1.0`, `(i)`), tables with
 * shaded header rows and fixed column widths, page headers carrying a centred protective
 * marking above a coloured banner, paragraphs whose action sits at a right-aligned tab, and a
 * document builder that takes the font, size and page furniture of each writer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Block, runs } from '../../pristine/docx-src/word.ts';

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

export interface ListLevel {
  format: Format;
  /** Word's level text, e.g. "%1)", "%2)", "%1.0", "(%2)". */
  text: string;
  start?: number;
}

/** A numbering definition: level 0 at the margin, each further level indented. */
export const listStyle = (reference: string, levels: ListLevel[]) => ({
  reference,
  levels: levels.map((l, i) => ({
    level: i,
    format: l.format,
    text: l.text,
    alignment: AlignmentType.LEFT,
    start: l.start ?? 1,
    style: { paragraph: { indent: { left: 567 * (i + 1), hanging: 567 } } },
  })),
});

export type ListStyle = ReturnType<typeof listStyle>;

/** A paragraph numbered by Word at the given level of a list. */
export const numbered = (reference: string, level: number, text: string, bold = level === 0): Paragraph =>
  new Paragraph({
    numbering: { reference, level },
    spacing: { before: level === 0 ? 160 : 60 },
    children: runs(text, { bold }),
  });

/** A bold label and its value after a space, in one paragraph ("Venue: Conference Room"). */
export const inlineLabel = (name: string, value: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: `${name} `, bold: true }), ...runs(value)] });

/** A bold lead ("ACTION:") and its text, indented under the item. */
export const actionLine = (leadText: string, text: string, indent = 567): Paragraph =>
  new Paragraph({
    indent: { left: indent },
    spacing: { after: 80 },
    children: [new TextRun({ text: leadText, bold: true }), ...runs(text)],
  });

/** Text, then the action at a right-aligned tab stop at the end of the line, in bold. */
export const trailingAction = (
  text: string,
  action: string,
  numberedAs?: { reference: string; level: number },
): Paragraph =>
  new Paragraph({
    numbering: numberedAs,
    tabStops: [{ type: TabStopType.RIGHT, position: 9638 }],
    spacing: { after: 80 },
    children: [...runs(text), ...runs(`\t${action}`, { bold: true })],
  });

/** A bold heading with a typed number and a tab (no Word numbering). */
export const typedHeading = (number: string, title: string, underline = false): Paragraph =>
  new Paragraph({
    spacing: { before: 200, after: 80 },
    children: runs(`${number}\t${title}`, underline ? { bold: true, underline: {} } : { bold: true }),
  });

/**
 * A table with fixed column widths (twips). Cells hold paragraphs split at "\n"; the first row
 * is a shaded, bold, repeated header row unless header is false.
 */
export const gridTable = (
  rows: string[][],
  widths: number[],
  opts: { header?: boolean; fill?: string; size?: number } = {},
): Table => {
  const header = opts.header !== false;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: header && r === 0,
          children: row.map(
            (text, c) =>
              new TableCell({
                width: { size: widths[c] ?? widths.at(-1)!, type: WidthType.DXA },
                shading:
                  header && r === 0
                    ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill ?? 'D9E2F3' }
                    : undefined,
                children: text.split('\n').map(
                  (t) =>
                    new Paragraph({
                      children: runs(t, { bold: header && r === 0, size: opts.size }),
                    }),
                ),
              }),
          ),
        }),
    ),
  });
};

export interface Furniture {
  /** Protective marking, centred in red at the top and bottom of every page. */
  marking?: string;
  /** Organisation banner lines in the page header, under the marking. */
  banner?: string[];
  bannerColour?: string;
  /** Text before "Page N of M" in the footer; undefined for no page numbers. */
  footer?: string;
}

const markingParagraph = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, bold: true, color: 'C00000', size: 20 })],
  });

/** One section of body text in the writer's font, with list numbering and page furniture. */
export const wordDocument = (
  children: Block[],
  opts: Furniture & { font: string; size?: number; lists?: ListStyle[]; creator: string },
): Document => {
  const headerParas = [
    ...(opts.marking ? [markingParagraph(opts.marking)] : []),
    ...(opts.banner ?? []).map(
      (t, i) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          children: [
            new TextRun({
              text: t,
              bold: i === 0,
              color: opts.bannerColour ?? '1F3864',
              size: i === 0 ? 26 : 20,
            }),
          ],
        }),
    ),
  ];
  const footerParas = [
    ...(opts.footer !== undefined
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                children: [`${opts.footer}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                size: 18,
              }),
            ],
          }),
        ]
      : []),
    ...(opts.marking ? [markingParagraph(opts.marking)] : []),
  ];
  return new Document({
    creator: opts.creator,
    styles: { default: { document: { run: { font: opts.font, size: opts.size ?? 22 } } } },
    numbering: { config: opts.lists ?? [] },
    sections: [
      {
        headers: headerParas.length ? { default: new Header({ children: headerParas }) } : undefined,
        footers: footerParas.length ? { default: new Footer({ children: footerParas }) } : undefined,
        children,
      },
    ],
  });
};
