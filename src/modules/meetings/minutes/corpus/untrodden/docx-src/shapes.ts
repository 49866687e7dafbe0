/**
 * Word shapes the untrodden set needs beyond the pristine set's helpers (imported from
 * `../../pristine/docx-src/word.ts`, not copied): list numbering with lettered sub-levels and a
 * start number (council minute numbers), agenda items as numbered Heading 2 paragraphs, a
 * header block as a borderless two-column table, and a page header that carries a protective
 * marking on the left and a banner on the right.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { runs, type Block, type numbering } from '../../pristine/docx-src/word.ts';

type ListConfig = ReturnType<typeof numbering>;
type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

/**
 * A Word list whose level 0 is decimal, written as `text` ("%1.", "%1)", "%1.0") from `start`,
 * and whose level 1 is `subFormat` written as `subText` ("(%2)", "%2)", "%1.%2").
 */
export const listNumbering = (
  reference: string,
  text: string,
  opts: { start?: number; subFormat?: Format; subText?: string } = {},
): ListConfig =>
  ({
    reference,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text,
        alignment: AlignmentType.LEFT,
        start: opts.start ?? 1,
        style: { paragraph: { indent: { left: 720, hanging: 720 } } },
      },
      {
        level: 1,
        format: opts.subFormat ?? LevelFormat.DECIMAL,
        text: opts.subText ?? '%1.%2',
        alignment: AlignmentType.LEFT,
        start: 1,
        style: { paragraph: { indent: { left: 1440, hanging: 720 } } },
      },
    ],
  }) as unknown as ListConfig;

/** Items as numbered Heading 2 paragraphs, the way a template with heading styles numbers them. */
export const headingList = (reference: string) => ({
  item: (text: string): Paragraph =>
    new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference, level: 0 }, children: runs(text) }),
  para: (text: string): Paragraph => new Paragraph({ numbering: { reference, level: 1 }, children: runs(text) }),
});

/** A plain (not bold) level-0 list paragraph, for lists whose items are typed in ordinary weight. */
export const plainList = (reference: string) => ({
  item: (text: string): Paragraph =>
    new Paragraph({ numbering: { reference, level: 0 }, children: runs(text, { bold: true, underline: {} }) }),
  para: (text: string): Paragraph => new Paragraph({ numbering: { reference, level: 1 }, children: runs(text) }),
});

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Label / value rows without borders, as a template's header block is often laid out. */
export const headerBlock = (rows: [string, string][]): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: rows.map(
      ([name, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 22, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [new TextRun({ text: name, bold: true })] })],
            }),
            new TableCell({
              width: { size: 78, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: runs(value) })],
            }),
          ],
        }),
    ),
  });

/** An italic line ("Presented by: …"). */
export const italic = (text: string): Paragraph => new Paragraph({ children: runs(text, { italics: true }) });

/**
 * A document whose page header has a protective marking on the left and a banner on the
 * right (one paragraph, the banner after a tab), in the given font.
 */
export const markedWord = (
  children: Block[],
  opts: { marking: string; banner: string; lists?: ListConfig[]; font?: string; creator?: string },
): Document =>
  new Document({
    creator: opts.creator ?? 'Minute taker',
    styles: { default: { document: { run: { font: opts.font ?? 'Arial', size: 22 } } } },
    numbering: { config: opts.lists ?? [] },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                tabStops: [{ type: 'right', position: 9026 }],
                children: [
                  new TextRun({ text: opts.marking, bold: true, color: 'C00000' }),
                  ...runs(`\t${opts.banner}`, { size: 18 }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: opts.marking, bold: true, color: 'C00000' }),
                  new TextRun({ children: ['   Page ', PageNumber.CURRENT] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
