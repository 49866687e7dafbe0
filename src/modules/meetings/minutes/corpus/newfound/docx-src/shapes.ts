/**
 * Word shapes the newfound set needs beyond the pristine set's helpers (imported from
 * ../../pristine/docx-src/word.ts): list numbering in other formats and on Word's heading
 * styles, tables with shaded header rows, fixed column widths or no borders, paragraphs with a
 * bold lead and a bold trailing tag, and page headers with a banner at the left and a
 * protective marking at the right, repeated in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type INumberingOptions,
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

/**
 * A Word list whose level 0 reads `text` (e.g. "%1)", "Item %1:", "%1.0") and level 1 `sub`
 * (e.g. "%1.%2", "(%2)" with a lower-letter format); `bold` makes Word draw the number bold.
 */
export const listFormat = (
  reference: string,
  text: string,
  opts: { start?: number; sub?: string; subFormat?: Format; bold?: boolean; hanging?: number } = {},
) => ({
  reference,
  levels: [
    {
      level: 0,
      format: LevelFormat.DECIMAL,
      text,
      alignment: AlignmentType.LEFT,
      start: opts.start ?? 1,
      style: {
        paragraph: { indent: { left: opts.hanging ?? 567, hanging: opts.hanging ?? 567 } },
        run: { bold: opts.bold ?? false },
      },
    },
    {
      level: 1,
      format: opts.subFormat ?? LevelFormat.DECIMAL,
      text: opts.sub ?? '%1.%2',
      alignment: AlignmentType.LEFT,
      start: 1,
      style: { paragraph: { indent: { left: 1134, hanging: 567 } } },
    },
  ],
});

/** A numbered heading in Word's own Heading 2 style (the number comes from numbering.xml). */
export const numberedHeading = (reference: string, text: string): Paragraph =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    numbering: { reference, level: 0 },
    children: runs(text, { bold: true }),
  });

/** A numbered paragraph at the given level, plain text. */
export const numberedPara = (reference: string, level: number, text: string): Paragraph =>
  new Paragraph({ numbering: { reference, level }, children: runs(text) });

/** A paragraph in Word's Heading 1 style, as a document title is often set. */
export const title = (text: string): Paragraph =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: runs(text) });

/** A bold lead, plain text, then an optional bold trailing tag ("Action – … – KB"). */
export const tagged = (leadText: string, text: string, tag = ''): Paragraph =>
  new Paragraph({
    children: [
      new TextRun({ text: leadText, bold: true }),
      ...runs(text),
      ...(tag ? [new TextRun({ text: tag, bold: true })] : []),
    ],
  });

/** A paragraph in italics (governors' minutes set questions and answers this way). */
export const italic = (text: string): Paragraph => new Paragraph({ children: runs(text, { italics: true }) });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/**
 * A table with fixed column widths (twips). The first row is a header row, shaded when
 * `shade` is given; `borders: false` draws no lines (an attendance list laid out in a table).
 * Cells hold paragraphs split at "\n"; a leading "**" makes a cell's text bold.
 */
export const grid = (
  rows: string[][],
  widths: number[],
  opts: { shade?: string; header?: boolean; borders?: boolean; size?: number } = {},
): Table => {
  const header = opts.header !== false;
  const line = opts.borders === false ? none : thin;
  return new Table({
    width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0 && header,
          children: row.map(
            (text, c) =>
              new TableCell({
                width: { size: widths[c] ?? 1000, type: WidthType.DXA },
                shading: r === 0 && header && opts.shade ? { fill: opts.shade } : undefined,
                children: text
                  .replace(/^\*\*/, '')
                  .split('\n')
                  .map(
                    (t) =>
                      new Paragraph({
                        children: runs(t, {
                          bold: (r === 0 && header) || text.startsWith('**'),
                          size: opts.size,
                        }),
                      }),
                  ),
              }),
          ),
        }),
    ),
  });
};

/**
 * The document: body font and size, list numbering, a page header with a banner at the left
 * and a marking at the right (either may be empty), and a footer with the marking and the
 * page number.
 */
export const minutesDocument = (
  children: Block[],
  opts: {
    font: string;
    size?: number;
    lists?: INumberingOptions['config'];
    banner?: string;
    marking?: string;
    footer?: string;
    creator: string;
    title?: string;
  },
): Document => {
  const headerLine = new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: 9026 }],
    children: [
      new TextRun({ text: opts.banner ?? '', bold: true, size: 18 }),
      new TextRun({ children: [new Tab(), opts.marking ?? ''], bold: true }),
    ],
  });
  const footerLines = [
    ...(opts.marking
      ? [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(opts.marking, { bold: true }) })]
      : []),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ children: [`${opts.footer ?? ''}Page `, PageNumber.CURRENT], size: 16 })],
    }),
  ];
  return new Document({
    creator: opts.creator,
    title: opts.title,
    styles: { default: { document: { run: { font: opts.font, size: opts.size ?? 22 } } } },
    numbering: { config: opts.lists ?? [] },
    sections: [
      {
        headers:
          opts.banner || opts.marking ? { default: new Header({ children: [headerLine] }) } : undefined,
        footers: { default: new Footer({ children: footerLines }) },
        children,
      },
    ],
  });
};
