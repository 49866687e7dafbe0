/**
 * Word shapes for the blind set's .docx files, as Word writes them: list numbers in
 * numbering.xml (never in the text), typed tabs, manual line breaks, tables with a header row,
 * page headers and footers with page-number fields. Kept apart from the other sets' helpers so
 * that this set depends on nothing written by the people who built the parser.
 */
import JSZip from 'jszip';
import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export const STYLES = { default: { document: { run: { font: 'Calibri', size: 22 } } } };

/** "\t" is a typed tab and "\v" a manual line break (Shift+Enter). */
export const runs = (text: string, opts: { bold?: boolean; size?: number; italics?: boolean } = {}): TextRun[] =>
  text.split('\v').flatMap((line, i) =>
    line.split('\t').map(
      (part, j) =>
        new TextRun({
          ...opts,
          break: i > 0 && j === 0 ? 1 : undefined,
          children: j > 0 ? [new Tab(), part] : [part],
        }),
    ),
  );

export const p = (text: string): Paragraph => new Paragraph({ children: runs(text) });
export const b = (text: string): Paragraph => new Paragraph({ children: runs(text, { bold: true }) });
export const heading = (text: string, size = 28): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: runs(text, { bold: true, size }) });
export const blank = (): Paragraph => new Paragraph({ children: [] });
export const bullet = (text: string): Paragraph => new Paragraph({ bullet: { level: 0 }, children: runs(text) });
/** A bold label, then its value after a tab. */
export const label = (name: string, value: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: name, bold: true }), ...runs(`\t${value}`)] });

/** A list whose level-0 text is `format` (e.g. "%1.", "Item %1", "%1.0") and level 1 "%1.%2". */
export const listNumbering = (reference: string, format: string, start = 1) => ({
  reference,
  levels: [
    {
      level: 0,
      format: LevelFormat.DECIMAL,
      text: format,
      alignment: AlignmentType.LEFT,
      start,
      style: { paragraph: { indent: { left: 720, hanging: 720 } } },
    },
    {
      level: 1,
      format: LevelFormat.DECIMAL,
      text: '%1.%2',
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720, hanging: 720 } } },
    },
    {
      level: 2,
      format: LevelFormat.LOWER_LETTER,
      text: '%3)',
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 1080, hanging: 360 } } },
    },
  ],
});

export const listed = (reference: string) => ({
  item: (text: string): Paragraph => new Paragraph({ numbering: { reference, level: 0 }, children: runs(text, { bold: true }) }),
  para: (text: string): Paragraph => new Paragraph({ numbering: { reference, level: 1 }, children: runs(text) }),
  letter: (text: string): Paragraph => new Paragraph({ numbering: { reference, level: 2 }, children: runs(text) }),
});

/** Cells hold paragraphs split at "\n" (a leading "**" makes the first one bold); the first row is a bold repeated header unless header is false. */
export const table = (rows: string[][], opts: { header?: boolean; widths?: number[] } = {}): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: i === 0 && opts.header !== false,
          children: row.map(
            (text, j) =>
              new TableCell({
                width: opts.widths ? { size: opts.widths[j]!, type: WidthType.PERCENTAGE } : undefined,
                children: text
                  .replace(/^\*\*/, '')
                  .split('\n')
                  .map(
                    (t, k) =>
                      new Paragraph({
                        children: runs(t, {
                          bold: (i === 0 && opts.header !== false) || (k === 0 && text.startsWith('**')),
                        }),
                      }),
                  ),
              }),
          ),
        }),
    ),
  });

export const pageHeader = (...lines: string[]): { default: Header } => ({
  default: new Header({
    children: lines.map((t) => new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(t, { bold: true }) })),
  }),
});

/** "Page N of M" as fields, after an optional lead text. */
export const pageFooter = (lead = ''): { default: Footer } => ({
  default: new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${lead}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  }),
});

/** Pins the package's timestamps so that rerunning the generator rewrites identical bytes. */
export async function pinned(buffer: Buffer, isoDate: string): Promise<Buffer> {
  const when = new Date(`${isoDate}T09:00:00Z`);
  const source = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    let data: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml')
      data = new TextDecoder()
        .decode(data)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${when.toISOString().replace(/\.\d+Z$/, 'Z')}`);
    out.file(name, data, { date: when, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
