/**
 * Word shapes the unread set needs beyond the pristine set's helpers (imported from
 * `../../pristine/docx-src/word.ts`, not copied): list numbering in other formats (`%1)` with
 * `%2)` letters, `(%2)` letters, numbering that starts at a council minute number), tables with
 * shaded header rows and set column widths, page headers with a banner on the left and a
 * protective marking on the right, text footers, and paragraphs typed with a hanging indent.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { runs, type Block } from '../../pristine/docx-src/word.ts';

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

/** A Word list of up to two levels, each with its own number format and text (e.g. "%1)", "(%2)"). */
export const listStyle = (
  reference: string,
  top: { format?: Format; text: string; start?: number },
  sub: { format?: Format; text: string } = { text: '%1.%2' },
) => ({
  reference,
  levels: [
    {
      level: 0,
      format: top.format ?? LevelFormat.DECIMAL,
      text: top.text,
      alignment: AlignmentType.LEFT,
      start: top.start ?? 1,
      style: { paragraph: { indent: { left: 567, hanging: 567 } } },
    },
    {
      level: 1,
      format: sub.format ?? LevelFormat.DECIMAL,
      text: sub.text,
      alignment: AlignmentType.LEFT,
      start: 1,
      style: { paragraph: { indent: { left: 1134, hanging: 567 } } },
    },
  ],
});

/** Paragraphs of a list: headings at level 0 (bold unless told), points at level 1. */
export const numbered = (reference: string) => ({
  heading: (text: string, opts: { bold?: boolean; underline?: boolean } = {}): Paragraph =>
    new Paragraph({
      numbering: { reference, level: 0 },
      spacing: { before: 200 },
      children: runs(text, { bold: opts.bold ?? true, underline: opts.underline ? {} : undefined }),
    }),
  point: (text: string): Paragraph => new Paragraph({ numbering: { reference, level: 1 }, children: runs(text) }),
});

/** A paragraph indented under a list item, with no number of its own. */
export const indented = (text: string, opts: { bold?: boolean } = {}): Paragraph =>
  new Paragraph({ indent: { left: 567 }, children: runs(text, { bold: opts.bold }) });

/** A typed number, a tab, and the text, hanging as Word users lay out `1.1` paragraphs by hand. */
export const hanging = (text: string, opts: { bold?: boolean } = {}): Paragraph =>
  new Paragraph({
    indent: { left: 720, hanging: 720 },
    tabStops: [{ type: TabStopType.LEFT, position: 720 }],
    spacing: { before: opts.bold ? 200 : 0 },
    children: runs(text, { bold: opts.bold }),
  });

/** A bold lead-in run, then the rest, indented under a list item ("ACTION: …"). */
export const leadIndented = (first: string, rest: string): Paragraph =>
  new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: first, bold: true }), ...runs(rest)] });

/** A run of italic text on its own line (the clerk's notes, "Page 1 of 3" style remarks). */
export const italic = (text: string): Paragraph => new Paragraph({ children: runs(text, { italics: true }) });

const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

/**
 * A table with a shaded, bold header row (unless header is false) and column widths in
 * twentieths of a point. Cells split into paragraphs at "\n"; "\t" and "\v" as in runs().
 */
export const grid = (
  rows: string[][],
  opts: { widths?: number[]; fill?: string; header?: boolean; boldFirstColumn?: boolean } = {},
): Table => {
  const header = opts.header !== false;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: opts.widths,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0 && header,
          children: row.map(
            (text, c) =>
              new TableCell({
                borders,
                width: opts.widths ? { size: opts.widths[c] ?? 1000, type: WidthType.DXA } : undefined,
                shading: r === 0 && header ? { fill: opts.fill ?? 'D9D9D9' } : undefined,
                children: text.split('\n').map(
                  (t) =>
                    new Paragraph({
                      children: runs(t, {
                        bold: (r === 0 && header) || (c === 0 && opts.boldFirstColumn === true),
                        size: 20,
                      }),
                    }),
                ),
              }),
          ),
        }),
    ),
  });
};

/** A page header: banner on the left, protective marking (or nothing) on the right, a rule below. */
const pageHeader = (banner: string | undefined, marking: string | undefined): Header =>
  new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9026 }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } },
        children: [
          new TextRun({ text: banner ?? '', bold: true, color: '1F3864' }),
          ...(marking ? [new TextRun({ children: [new Tab(), marking], bold: true })] : []),
        ],
      }),
    ],
  });

/** A footer: free text on the left, "Page N of M" on the right. */
const pageFooter = (text: string): Footer =>
  new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9026 }],
        children: [
          new TextRun({ text, size: 16 }),
          new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });

/** One section of minutes in the given font, with its lists and page furniture. */
export const minutes = (
  children: Block[],
  opts: {
    lists?: ReturnType<typeof listStyle>[];
    banner?: string;
    marking?: string;
    footer?: string;
    font?: string;
    size?: number;
    creator?: string;
    title?: string;
  } = {},
): Document =>
  new Document({
    creator: opts.creator ?? 'Minute taker',
    title: opts.title,
    styles: { default: { document: { run: { font: opts.font ?? 'Arial', size: opts.size ?? 22 } } } },
    numbering: { config: opts.lists ?? [] },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers:
          opts.banner !== undefined || opts.marking !== undefined
            ? { default: pageHeader(opts.banner, opts.marking) }
            : undefined,
        footers: opts.footer !== undefined ? { default: pageFooter(opts.footer) } : undefined,
        children,
      },
    ],
  });

/** A centred heading line (the meeting's name on the first page). */
export const heading = (text: string, size = 28): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: runs(text, { bold: true, size }) });
