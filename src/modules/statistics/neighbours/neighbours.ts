import { checkCsvFile, DEFAULT_MAX_BYTES, readCsvRecords, type CsvRecord } from '../ees/csv.ts';
import { StatisticsFileError, type FileErrorFactory } from '../ees/errors.ts';

/** A statistical neighbours file the hub cannot read. */
export class NeighbourFormatError extends StatisticsFileError {}

const neighbourError: FileErrorFactory = (file, position, problem) =>
  new NeighbourFormatError(file, position, problem);

export interface StatisticalNeighbour {
  /** DfE's three-digit (old) LA code of the neighbour. */
  laCode: string;
  /** 1 = most similar. */
  rank: number;
  /** DfE's closeness band in sentence case ("Very close", "Not close"), when published. */
  closeness: string | null;
}

export interface NeighbourGroup {
  /** DfE's three-digit (old) LA code of the authority. */
  laCode: string;
  laName: string;
  regionName: string | null;
  neighbours: StatisticalNeighbour[];
  /**
   * True for rows the file lists under a heading such as "Old SNs:" (authorities since
   * reorganised, e.g. Dorset before 2019), kept so older figures can still be compared.
   */
  historic: boolean;
  line: number;
}

interface Layout {
  code: number;
  name: number | null;
  region: number | null;
  neighbours: { rank: number; code: number; closeness: number | null }[];
}

// Old DfE codes are three digits; ONS codes (E06000001) are accepted for newer models.
const LA_CODE = /^(?:\d{3}|E\d{8})$/;
const HISTORIC_HEADING = /\b(old|pre|former|previous|historic)\b/i;

const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * Finds the columns by their headers, so both DfE layouts read the same way: the 2025 model
 * (old_la_code, la_name, region_ind, region_name, SN_1, SN_1P … SN_10P) and the April 2021
 * groupings (LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP … SN10, SNP).
 */
export function findLayout(header: readonly string[]): Layout | null {
  const names = header.map(normalise);
  const first = (pattern: RegExp) => {
    const i = names.findIndex((n) => pattern.test(n));
    return i >= 0 ? i : null;
  };
  const code = first(/^(old_la_code|la_code|la_num|la_number|la_no|old_la|lacode)$/);
  if (code === null) return null;
  const neighbours: Layout['neighbours'] = [];
  names.forEach((name, i) => {
    const match = /^sn_?(\d+)$/.exec(name);
    if (!match) return;
    const next = names[i + 1] ?? '';
    const closeness = /^sn_?\d*_?p$/.test(next) ? i + 1 : null;
    neighbours.push({ rank: Number(match[1]), code: i, closeness });
  });
  if (neighbours.length === 0) return null;
  neighbours.sort((a, b) => a.rank - b.rank);
  return {
    code,
    name: first(/^(la_name|la|name|authority|local_authority)$/),
    region: first(/^(region_name|goreg|gor_name|region)$/),
    neighbours,
  };
}

function sentenceCase(text: string): string | null {
  const words = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return words === '' ? null : words[0]!.toUpperCase() + words.slice(1);
}

/** Reads one of DfE's statistical neighbour files: ten most similar authorities for each authority. */
export async function readStatisticalNeighbours(
  file: string,
  options: { maxBytes?: number } = {},
): Promise<NeighbourGroup[]> {
  await checkCsvFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES, neighbourError);
  const records: CsvRecord[] = [];
  // Neighbour files are spreadsheet exports whose rows may stop early or carry a trailing comma.
  for await (const record of readCsvRecords(file, neighbourError, { raggedRows: true })) records.push(record);
  return parseNeighbourRecords(file, records);
}

export function parseNeighbourRecords(file: string, records: readonly CsvRecord[]): NeighbourGroup[] {
  const [headerRecord, ...rows] = records;
  if (!headerRecord) throw neighbourError(file, { line: null }, 'the file is empty');
  const header = headerRecord.fields.map((f) => f.trim());
  const layout = findLayout(header);
  if (!layout) {
    throw neighbourError(
      file,
      { line: headerRecord.line },
      'this is not a statistical neighbours file: the header needs an LA code column (old_la_code or "LA num") and neighbour columns SN_1 … SN_10 (or SN1 … SN10)',
    );
  }
  const groups: NeighbourGroup[] = [];
  const seen = new Set<string>();
  let historic = false;
  for (const { fields, line } of rows) {
    const cell = (i: number | null) => (i === null ? '' : (fields[i] ?? '').trim());
    const at = (i: number) => ({ line, column: header[i] || null, columnNumber: i + 1 });
    const code = cell(layout.code);
    if (code === '') {
      const heading = fields.map((f) => f.trim()).find((f) => f !== '');
      if (heading && HISTORIC_HEADING.test(heading)) historic = true;
      continue;
    }
    if (!LA_CODE.test(code)) {
      throw neighbourError(
        file,
        at(layout.code),
        `"${code}" is not a DfE local authority code (three digits, e.g. 202)`,
      );
    }
    const key = `${historic}:${code}`;
    if (seen.has(key)) throw neighbourError(file, at(layout.code), `authority ${code} is listed twice`);
    seen.add(key);
    const neighbours: StatisticalNeighbour[] = [];
    for (const column of layout.neighbours) {
      const neighbour = cell(column.code);
      if (neighbour === '') continue;
      if (!LA_CODE.test(neighbour)) {
        throw neighbourError(
          file,
          at(column.code),
          `neighbour "${neighbour}" is not a DfE local authority code (three digits)`,
        );
      }
      if (neighbour === code || neighbours.some((n) => n.laCode === neighbour)) {
        throw neighbourError(
          file,
          at(column.code),
          `neighbour ${neighbour} is the authority itself or listed twice for ${code}`,
        );
      }
      neighbours.push({
        laCode: neighbour,
        rank: column.rank,
        closeness: sentenceCase(cell(column.closeness)),
      });
    }
    if (neighbours.length === 0) {
      throw neighbourError(
        file,
        at(layout.neighbours[0]!.code),
        `missing value: authority ${code} has no neighbours`,
      );
    }
    groups.push({
      laCode: code,
      laName: cell(layout.name) || code,
      regionName: cell(layout.region) || null,
      neighbours,
      historic,
      line,
    });
  }
  if (groups.length === 0)
    throw neighbourError(file, { line: headerRecord.line }, 'the file lists no authorities');
  return groups;
}
