import JSZip from 'jszip';
import { MinutesFileError } from './types.ts';
import { type Line, tidy, isNoise } from './lines.ts';
import { type Numbering, readNumbering, readStyleNumbering, NumberingCounter } from './docx-numbering.ts';

export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
const MAX_RATIO = 200;

interface CompressedSizes {
  compressedSize?: number;
  uncompressedSize?: number;
}

/**
 * Opens a .docx safely: the sizes the zip declares are checked before anything is inflated,
 * and inflation itself stops at the limit in case the declared sizes lie.
 */
export async function openDocx(buffer: Buffer, fileName: string): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer, { checkCRC32: false });
  } catch {
    throw new MinutesFileError(fileName, 'is not a Word document (.docx): it is not a valid zip package');
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    // jszip keeps the central directory's sizes on a private field; it is the only place they are.
    const sizes = (entry as unknown as { _data?: CompressedSizes })._data;
    const size = sizes?.uncompressedSize ?? 0;
    const packed = sizes?.compressedSize ?? 0;
    total += size;
    if (size > 1024 * 1024 && size > packed * MAX_RATIO) {
      throw new MinutesFileError(fileName, `looks like a zip bomb (${entry.name} expands ${Math.round(size / Math.max(packed, 1))} times)`);
    }
  }
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw new MinutesFileError(fileName, `is too large once unpacked (${Math.round(total / 1048576)} MB; the limit is 50 MB)`);
  }
  if (!zip.file('word/document.xml')) {
    throw new MinutesFileError(fileName, 'is not a Word document (.docx): it has no word/document.xml');
  }
  return zip;
}

export async function readPart(zip: JSZip, name: string, fileName: string): Promise<string | null> {
  const entry = zip.file(name);
  if (!entry) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy: () => void };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_UNCOMPRESSED_BYTES) {
        stream.destroy();
        reject(new MinutesFileError(fileName, `is too large once unpacked (${name} exceeds 50 MB)`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve());
    stream.on('error', () => reject(new MinutesFileError(fileName, `is damaged: ${name} cannot be unpacked`)));
  });
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

const TOKEN = /<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
const ATTR_VAL = /\bw:val\s*=\s*"([^"]*)"/;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;

export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return safeChar(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return safeChar(parseInt(k.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[k] ?? '';
  });
}
const safeChar = (n: number): string => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

interface ParaState {
  text: string;
  numId: string | null;
  ilvl: number;
  ilvlSet?: boolean;
  style: string | null;
}

/** Word's body as lines: paragraphs with their list numbers written in, tables as rows of cells. */
export function documentToLines(documentXml: string, numbering: Numbering, styleNumbering: Map<string, { numId: string; ilvl: number }>): Line[] {
  const lines: Line[] = [];
  const counter = new NumberingCounter(numbering);
  const paras: ParaState[] = [];
  const tables: { rows: string[][]; cell: string[] | null }[] = [];
  let skipDepth = 0; // inside deleted text, field codes, page headers in-line
  let inText = false;

  let level: number | undefined;
  const finishPara = (p: ParaState): string => {
    // A paragraph may take its list from its style but set its own level.
    const styled = p.style ? styleNumbering.get(p.style) : undefined;
    const ref = p.numId ? { numId: p.numId, ilvl: p.ilvl } : styled && { numId: styled.numId, ilvl: p.ilvlSet ? p.ilvl : styled.ilvl };
    const label = ref && ref.numId !== '0' ? counter.next(ref.numId, ref.ilvl) : '';
    const body = p.text.replace(/[ \u00a0]+\n/g, '\n');
    level = label && label !== '•' && body.trim() ? ref!.ilvl : undefined;
    if (!label) return body;
    return label === '•' ? `• ${body}` : `${label}\t${body}`;
  };

  for (const m of documentXml.matchAll(TOKEN)) {
    if (m[5] !== undefined) {
      if (inText && skipDepth === 0 && paras.length) paras[paras.length - 1]!.text += decodeEntities(m[5]);
      continue;
    }
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    const tag = m[2]!;
    const attrs = m[3] ?? '';
    const para = paras[paras.length - 1];
    const table = tables[tables.length - 1];
    if (tag === 'w:delText' || tag === 'w:instrText' || tag === 'w:footnoteReference') {
      if (!selfClosing) skipDepth += closing ? -1 : 1;
      continue;
    }
    switch (tag) {
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:p':
        if (!closing) {
          paras.push({ text: '', numId: null, ilvl: 0, style: null });
          if (selfClosing) emit(finishPara(paras.pop()!));
        } else if (para) emit(finishPara(paras.pop()!));
        break;
      case 'w:numId':
        if (para) para.numId = ATTR_VAL.exec(attrs)?.[1] ?? null;
        break;
      case 'w:ilvl':
        if (para) [para.ilvl, para.ilvlSet] = [Number(ATTR_VAL.exec(attrs)?.[1] ?? 0) || 0, true];
        break;
      case 'w:pStyle':
        if (para) para.style = ATTR_VAL.exec(attrs)?.[1] ?? null;
        break;
      case 'w:tab':
        if (para && !closing && paras.length && !/w:val/.test(attrs)) para.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (para && !/type="page"/.test(attrs)) para.text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (para) para.text += '-';
        break;
      case 'w:tbl':
        if (!closing) tables.push({ rows: [], cell: null });
        else if (table) {
          tables.pop();
          for (const row of table.rows) emitRow(row);
        }
        break;
      case 'w:tr':
        if (!closing && table) table.rows.push([]);
        break;
      case 'w:tc':
        if (table) {
          if (!closing) table.cell = [];
          else if (table.cell) {
            table.rows[table.rows.length - 1]?.push(table.cell.filter((t) => t !== '').join('\n'));
            table.cell = null;
          }
        }
        break;
    }
  }
  // Agenda items may sit on a lower list level throughout; the highest numbered level counts as the top.
  const top = Math.min(...lines.map((l) => l.level ?? Infinity));
  if (Number.isFinite(top) && top > 0) for (const l of lines) if (l.level !== undefined) l.level -= top;
  return lines;

  function emit(text: string): void {
    const table = tables[tables.length - 1];
    if (table?.cell) {
      // A nested table's rows arrive here too, already flattened to text.
      table.cell.push(text.split('\n').map((c) => tidy(c)).join('\n').trim());
      return;
    }
    const tidied = text.split('\n').map((part) => part.split('\t').map((c) => tidy(c)).filter((c) => c !== '').join('\t'));
    const joined = tidied.join('\n').trim();
    if (joined === '' ) {
      lines.push({ text: '', cells: [], para: true });
      return;
    }
    if (isNoise(joined)) return;
    lines.push({ text: joined, cells: joined.split('\t'), para: true, ...(level !== undefined && { level }) });
  }

  function emitRow(row: string[]): void {
    const cells = row.map((c) => c.replace(/\t/g, ' ').trim());
    if (cells.every((c) => c === '')) return;
    const table = tables[tables.length - 1];
    if (table?.cell) {
      table.cell.push(cells.filter((c) => c).join(' '));
      return;
    }
    lines.push({ text: cells.join('\t'), cells, para: true, row: true });
  }
}

export async function docxToLines(buffer: Buffer, fileName: string): Promise<Line[]> {
  const zip = await openDocx(buffer, fileName);
  const documentXml = (await readPart(zip, 'word/document.xml', fileName)) ?? '';
  const numbering = readNumbering((await readPart(zip, 'word/numbering.xml', fileName)) ?? '');
  const styles = readStyleNumbering((await readPart(zip, 'word/styles.xml', fileName)) ?? '');
  return documentToLines(documentXml, numbering, styles);
}
