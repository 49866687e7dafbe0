// Small builders for the unseen set's Word files. Text is typed as people type it: a tab in a
// string is a Word tab, a newline a manual line break, and cells given as arrays hold one
// paragraph per entry (as an action cell with several actions does).
import {
  AlignmentType,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  Tab,
  TabStopPosition,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
} from 'docx';

type RunStyle = { bold?: boolean; italics?: boolean };

export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map((line, i) => {
    const children: (string | Tab)[] = [];
    line.split('\t').forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part) children.push(part);
    });
    return new TextRun({ children, break: i > 0 ? 1 : undefined, ...style });
  });
}

export const para = (text: string, style: RunStyle = {}) => new Paragraph({ children: runs(text, style) });

export const heading = (text: string, level: 1 | 2 | 3 = 2) =>
  new Paragraph({
    heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1],
    children: runs(text),
  });

/** A paragraph numbered by Word's list numbering: the number is in numbering.xml, not the text. */
export const listed = (reference: string, level: number, text: string, style: RunStyle = {}) =>
  new Paragraph({ numbering: { reference, level }, children: runs(text, style) });

/** "…sentence.            Action: XX" with the marker pushed to the right margin by a right tab. */
export const withAction = (text: string, marker: string) =>
  new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
    children: [...runs(text), new TextRun({ children: [new Tab(), marker], bold: true })],
  });

export const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: runs(text) });

/** widths: each column's share of the page in percent, as Word's table properties give it. */
export function table(rows: (string | string[])[][], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: cells.map(
            (cell, c) =>
              new TableCell({
                width: widths ? { size: widths[c] ?? 10, type: WidthType.PERCENTAGE } : undefined,
                children: (Array.isArray(cell) ? cell : [cell]).map(
                  (text) => new Paragraph({ children: runs(text, { bold: r === 0 }) }),
                ),
              }),
          ),
        }),
    ),
  });
}

export const decimalLevels = (...texts: string[]): ILevelsOptions[] =>
  texts.map((text, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 720 } } },
  }));

export const pageHeader = (...lines: string[]) =>
  new Header({
    children: lines.map((line) => new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(line) })),
  });

export const pageFooter = (left?: string) =>
  new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
        children: [
          ...(left ? runs(left) : []),
          new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
