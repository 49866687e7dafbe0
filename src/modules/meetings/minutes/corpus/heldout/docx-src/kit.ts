/**
 * Small builders for the held-out .docx minutes, so each document's source reads like the
 * minutes themselves. Item numbers that Word would number itself go through `numbered`, which
 * keeps them in numbering.xml and out of the text, as in real minutes.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  type ILevelsOptions,
  LevelFormat,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export type Cell = string | Paragraph[];

/** Lines of one paragraph: "\n" becomes a manual line break, as Shift+Enter does in Word. */
function runs(text: string, bold = false): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : undefined }));
}

export const p = (text: string): Paragraph =>
  new Paragraph({ children: runs(text), spacing: { after: 120 } });

export const bold = (text: string): Paragraph =>
  new Paragraph({ children: runs(text, true), spacing: { after: 120 } });

export const heading = (text: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, bold: true, size: 28 })], spacing: { after: 200 } });

/** A labelled line such as "Date:" followed by a tab and its value. */
export const label = (name: string, value: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: name, bold: true }), new TextRun({ text: `\t${value}` })] });

export const bullet = (text: string): Paragraph =>
  new Paragraph({ children: runs(text), bullet: { level: 0 } });

/** A paragraph numbered by Word's list numbering (level 0 = agenda item, level 1 = sub-paragraph). */
export const numbered = (reference: string, level: number, text: string, isBold = false): Paragraph =>
  new Paragraph({
    children: runs(text, isBold),
    numbering: { reference, level },
    spacing: { before: level === 0 ? 200 : 0, after: 120 },
  });

export const blank = (): Paragraph => new Paragraph({ children: [] });

function cell(content: Cell, isBold: boolean): TableCell {
  const children =
    typeof content === 'string'
      ? content.split('\n\n').map((t) => new Paragraph({ children: runs(t, isBold) }))
      : content;
  return new TableCell({ children });
}

/** The contents of a table cell: a bold title paragraph, then one paragraph per further argument. */
export const titled = (title: string, ...paragraphs: string[]): Paragraph[] => [
  new Paragraph({ children: runs(title, true), spacing: { after: 80 } }),
  ...paragraphs.map((t) => new Paragraph({ children: runs(t), spacing: { after: 80 } })),
];

/** A table read row by row; in a string cell a blank line ("\n\n") starts a new paragraph. */
export function table(rows: Cell[][], options: { header?: boolean; widths?: number[] } = {}): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: options.widths,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: options.header === true && r === 0,
          children: row.map((c) => cell(c, options.header === true && r === 0)),
        }),
    ),
  });
}

/** Decimal list levels: `%1.` for items (from `start`) and `%1.%2` for sub-paragraphs. */
export function itemLevels(start = 1, itemText = '%1.'): ILevelsOptions[] {
  return [
    {
      level: 0,
      format: LevelFormat.DECIMAL,
      text: itemText,
      start,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720, hanging: 720 } } },
    },
    {
      level: 1,
      format: LevelFormat.DECIMAL,
      text: '%1.%2',
      start: 1,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720, hanging: 720 } } },
    },
  ];
}

export interface Minutes {
  children: (Paragraph | Table)[];
  /** Text of the page header, e.g. a protective marking. */
  header?: string;
  /** Text before the page numbers in the footer. */
  footer?: string;
  numbering?: { reference: string; levels: ILevelsOptions[] }[];
}

export function minutes({ children, header, footer, numbering = [] }: Minutes): Document {
  return new Document({
    creator: 'Partnership Business Unit',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    numbering: { config: numbering },
    sections: [
      {
        headers: header
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ text: header, bold: true })],
                  }),
                ],
              }),
            }
          : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [
                      footer ? `${footer}    Page ` : 'Page ',
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}
