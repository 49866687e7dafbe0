/**
 * Building blocks for the dev corpus's Word files, in the shapes Word itself writes: list
 * numbering kept in numbering.xml (never typed into the text), tables with a bold header row,
 * page headers and footers with page-number fields, manual line breaks inside a paragraph.
 */
import JSZip from 'jszip';
import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export const FONT = { styles: { default: { document: { run: { font: 'Arial', size: 22 } } } } };

/** A vertical tab in a string becomes a manual line break (Shift+Enter in Word). */
const runs = (text: string, opts: { bold?: boolean; size?: number } = {}): TextRun[] =>
  text.split('\v').map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : undefined, ...opts }));

export const p = (text: string): Paragraph => new Paragraph({ children: runs(text) });
export const bold = (text: string): Paragraph => new Paragraph({ children: runs(text, { bold: true }) });
export const title = (text: string): Paragraph =>
  new Paragraph({ children: runs(text, { bold: true, size: 30 }) });
export const blank = (): Paragraph => new Paragraph({ children: [] });
export const bullet = (text: string): Paragraph =>
  new Paragraph({ bullet: { level: 0 }, children: runs(text) });

/** A paragraph whose label is bold and whose value follows a tab, as in Word templates. */
export const labelled = (label: string, value: string): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text: label, bold: true }), new TextRun({ text: `\t${value}` })],
  });

/** Agenda numbering: "%1." for items and "%1.%2" for the paragraphs under them. */
export const agendaNumbering = (reference: string, start = 1) => ({
  reference,
  levels: [
    {
      level: 0,
      format: LevelFormat.DECIMAL,
      text: '%1.',
      alignment: AlignmentType.LEFT,
      start,
      style: { paragraph: { indent: { left: 567, hanging: 567 } } },
    },
    {
      level: 1,
      format: LevelFormat.DECIMAL,
      text: '%1.%2',
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 567, hanging: 567 } } },
    },
  ],
});

export const numbered = (reference: string) => ({
  item: (text: string): Paragraph =>
    new Paragraph({ numbering: { reference, level: 0 }, children: runs(text, { bold: true }) }),
  para: (text: string): Paragraph =>
    new Paragraph({ numbering: { reference, level: 1 }, children: runs(text) }),
});

/** Cells split into paragraphs at "\n"; a cell starting with "**" has a bold first paragraph. */
const cell = (text: string, header: boolean, widthPercent?: number): TableCell => {
  const headed = text.startsWith('**');
  const parts = (headed ? text.slice(2) : text).split('\n');
  return new TableCell({
    width: widthPercent === undefined ? undefined : { size: widthPercent, type: WidthType.PERCENTAGE },
    children: parts.map(
      (t, i) => new Paragraph({ children: runs(t, { bold: header || (headed && i === 0) }) }),
    ),
  });
};

/** A table whose first row is a bold, repeated header unless `header: false`; widths in percent. */
export const table = (rows: string[][], opts: { header?: boolean; widths?: number[] } = {}): Table => {
  const header = opts.header !== false;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: i === 0 && header,
          children: r.map((c, j) => cell(c, i === 0 && header, opts.widths?.[j])),
        }),
    ),
  });
};

export const marking = (text: string): { default: Header } => ({
  default: new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] }),
    ],
  }),
});

export const pageFooter = (text: string): { default: Footer } => ({
  default: new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ children: [`${text}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  }),
});

/**
 * Fixes the package's timestamps (the docx package stamps the time of writing) so that
 * rerunning the generator leaves unchanged documents byte for byte the same.
 */
export async function stable(buffer: Buffer, isoDate: string): Promise<Buffer> {
  const when = new Date(`${isoDate}T12:00:00Z`);
  const source = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    let data: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = new TextDecoder()
        .decode(data)
        .replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*/g,
          `$1${when.toISOString().replace(/\.\d+Z$/, 'Z')}`,
        );
    }
    out.file(name, data, { date: when, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
