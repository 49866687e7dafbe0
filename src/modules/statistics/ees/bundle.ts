import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { checkZipSafety, safeFileName, UploadRejected } from '../../../platform/files/index.ts';
import { DEFAULT_MAX_BYTES } from './csv.ts';
import { EesFormatError } from './errors.ts';

/** A file as its owner named it, and where it is on disk. */
export interface NamedFile {
  name: string;
  path: string;
}

/** A data file and the meta file that describes its columns, when there is one. */
export interface EesPair {
  data: NamedFile;
  meta: NamedFile | null;
}

const isMetaName = (name: string) => /\.meta\.csv$/i.test(name);
const stemOf = (name: string) =>
  path
    .basename(name)
    .replace(/(\.meta)?\.csv$/i, '')
    .toLowerCase();

/** The X.meta.csv that EES publishes beside X.csv, when it is there. */
export function metaFileBeside(file: string): string | null {
  if (!/\.csv$/i.test(file) || isMetaName(file)) return null;
  const candidate = file.replace(/\.csv$/i, '.meta.csv');
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

/**
 * Pairs data files with their meta files by name (X.csv with X.meta.csv). A single data file
 * given with a single meta file is a pair whatever their names, as the upload form's two
 * fields give them. A meta file that describes none of the data files is an error: importing
 * without it would tell filters from indicators by content, which it was given to avoid.
 */
export function pairEesFiles(files: readonly NamedFile[]): EesPair[] {
  const metas = files.filter((f) => isMetaName(f.name));
  const data = files.filter((f) => !isMetaName(f.name));
  const byStem = new Map<string, NamedFile>();
  for (const meta of metas) {
    if (byStem.has(stemOf(meta.name))) {
      throw new EesFormatError(meta.name, { line: null }, `two meta files are named ${path.basename(meta.name)}; give one`);
    }
    byStem.set(stemOf(meta.name), meta);
  }
  const pairs = data.map((d) => ({ data: d, meta: byStem.get(stemOf(d.name)) ?? null }));
  const used = new Set(pairs.map((p) => p.meta));
  const unused = metas.filter((m) => !used.has(m));
  if (unused.length === 1 && pairs.length === 1 && pairs[0]!.meta === null) return [{ data: pairs[0]!.data, meta: unused[0]! }];
  if (unused.length > 0) {
    const meta = unused[0]!;
    throw new EesFormatError(
      meta.name,
      { line: null },
      `this meta file describes ${stemOf(meta.name)}.csv, which is not among the files given${data.length ? ` (${data.map((d) => path.basename(d.name)).join(', ')})` : ''}`,
    );
  }
  return pairs;
}

/** Zip files start with a local file header or, when empty, the end record. */
export function isZip(file: string): boolean {
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  const text = head.toString('latin1');
  return text === 'PK\x03\x04' || text === 'PK\x05\x06';
}

export interface UnpackedZip {
  files: NamedFile[];
  /** Entries left in the zip: not CSV, or CSV outside the data/ folder of an EES download. */
  ignored: string[];
}

/**
 * Unpacks the CSV files of a zip such as EES's "Download all data": data/X.csv (and any
 * X.meta.csv) are taken; data-guidance, supporting files and anything else are listed as
 * ignored. The archive is checked for bombs and damage before a byte is inflated.
 */
export async function unpackEesZip(zip: NamedFile, intoDir: string): Promise<UnpackedZip> {
  const buffer = readFileSync(zip.path);
  try {
    checkZipSafety(buffer, { maxUncompressedBytes: DEFAULT_MAX_BYTES });
  } catch (error) {
    if (error instanceof UploadRejected) throw new EesFormatError(zip.name, { line: null }, error.message);
    throw error;
  }
  const archive = await JSZip.loadAsync(buffer, { checkCRC32: true }).catch(() => {
    throw new EesFormatError(zip.name, { line: null }, 'the zip file is damaged; download it again');
  });
  const entries = Object.values(archive.files).filter(
    (e) => !e.dir && !e.name.startsWith('__MACOSX/') && !path.posix.basename(e.name).startsWith('._'),
  );
  const csv = entries.filter((e) => /\.csv$/i.test(e.name));
  // EES downloads keep the data in data/; CSVs elsewhere in such a zip are supporting files.
  const eesLayout = csv.some((e) => /(^|\/)data\//.test(e.name) && !isMetaName(e.name));
  const taken = csv.filter((e) => !eesLayout || isMetaName(e.name) || /(^|\/)data\//.test(e.name));
  const files: NamedFile[] = [];
  for (const [i, entry] of taken.entries()) {
    const name = path.posix.basename(entry.name);
    const target = path.join(intoDir, `zip${i}-${safeFileName(name, 'data.csv')}`);
    writeFileSync(target, await entry.async('nodebuffer'));
    files.push({ name, path: target });
  }
  if (!files.some((f) => !isMetaName(f.name))) {
    throw new EesFormatError(zip.name, { line: null }, 'the zip file holds no .csv data file');
  }
  return { files, ignored: entries.filter((e) => !taken.includes(e)).map((e) => e.name) };
}
