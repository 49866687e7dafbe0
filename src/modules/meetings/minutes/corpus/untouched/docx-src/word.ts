/**
 * Word shapes for the untouched set's .docx files, as Word writes them: list numbers kept in
 * numbering.xml (never in the text), typed tabs, manual line breaks, tables with or without a
 * header row, page headers and footers. Copied from the pristine set's generation helpers (the
 * only file of another set read, as the brief allows), so that this set depends on nothing of
 * the parser.
 */
import JSZip from 'jszip';
import {
  AlignmentType,
  Document,
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

export type Block = Paragraph | Table;
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  underline?: Record<string, never>;
}

/** "\t" is a typed tab and "\v" a manual line break (Shift+Enter). */
export const runs = (text: string, style: RunStyle = {}): TextRun[] =>
  text.split('\v').flatMap((line, i) =>
    line.split('\t').map(
      (part, j) =>
        new TextRun({
          ...style,
          break: i > 0 && j === 0 ? 1 : undefined,
          children: j > 0 ? [new Tab(), part] : [part],
        }),
    ),
  );

export const p = (text: string, style: RunStyle = {}): Paragraph =>
  new Paragraph({ children: runs(text, style) });
export const b = (text: string): Paragraph => p(text, { bold: true });
export const u = (text: string): Paragraph => p(text, { bold: true, underline: {} });
export const blank = (): Paragraph => new Paragraph({ children: [] });
export const centred = (text: string, size = 28): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: runs(text, { bold: true, size }) });
export const bullet = (text: string): Paragraph =>
  new Paragraph({ bullet: { level: 0 }, children: runs(text) });
/** A bold label, then its value after a tab. */
export const label = (name: string, value: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: name, bold: true }), ...runs(`\t${value}`)] });
/** A bold lead-in run followed by plain text in the same paragraph ("ACTION: …"). */
export const lead = (first: string, rest: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: first, bold: true }), ...runs(rest)] });

/** A Word list: level 0 written as `format` (e.g. "%1.", "Item %1", "%1.0"), level 1 as `sub`. */
export const numbering = (reference: string, format: string, start = 1, sub = '%1.%2') => ({
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
      text: sub,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720, hanging: 720 } } },
    },
  ],
});

export const list = (reference: string) => ({
  item: (text: string): Paragraph =>
    new Paragraph({ numbering: { reference, level: 0 }, children: runs(text, { bold: true }) }),
  para: (text: string): Paragraph =>
    new Paragraph({ numbering: { reference, level: 1 }, children: runs(text) }),
});

/**
 * Cells hold paragraphs split at "\n"; a leading "**" makes a cell's first paragraph bold.
 * The first row is a bold repeated header row unless header is false.
 */
export const table = (rows: string[][], opts: { header?: boolean } = {}): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0 && opts.header !== false,
          children: row.map(
            (text) =>
              new TableCell({
                children: text
                  .replace(/^\*\*/, '')
                  .split('\n')
                  .map(
                    (t, k) =>
                      new Paragraph({
                        children: runs(t, {
                          bold: (r === 0 && opts.header !== false) || (k === 0 && text.startsWith('**')),
                        }),
                      }),
                  ),
              }),
          ),
        }),
    ),
  });

const pageFooter = (lead: string) => ({
  default: new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [`${lead}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  }),
});

/** One section of body text in the given font, with the document's list numbering and page furniture. */
export const word = (
  children: Block[],
  opts: {
    lists?: ReturnType<typeof numbering>[];
    header?: string[];
    footer?: string;
    font?: string;
    creator?: string;
  } = {},
): Document =>
  new Document({
    creator: opts.creator ?? 'Minute taker',
    styles: { default: { document: { run: { font: opts.font ?? 'Arial', size: 22 } } } },
    numbering: { config: opts.lists ?? [] },
    sections: [
      {
        headers: opts.header
          ? {
              default: new Header({
                children: opts.header.map(
                  (t) => new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(t, { bold: true }) }),
                ),
              }),
            }
          : undefined,
        footers: opts.footer !== undefined ? pageFooter(opts.footer) : undefined,
        children,
      },
    ],
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
        .replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*/g,
          `$1${when.toISOString().replace(/\.\d+Z$/, 'Z')}`,
        );
    out.file(name, data, { date: when, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
