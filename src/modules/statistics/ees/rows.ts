import {
  areaColumnsFor,
  expectedCodeColumns,
  isGeographyColumn,
  nameColumnFor,
  type AreaColumns,
} from './geography.ts';
import { EesFormatError } from './errors.ts';
import { isStatusCode } from './values.ts';

/** What every row of an EES file says before its figures: when, and where. */
export interface RowPlace {
  timePeriod: string;
  timeIdentifier: string;
  geographicLevel: string;
  areaCode: string;
  /** The column the area code came from, e.g. new_la_code, region_code, lad_code. */
  areaCodeColumn: string;
  areaName: string;
  /** Local authority rows: DfE's three-digit code, which the statistical neighbour models use. */
  oldLaCode?: string;
  /**
   * The broader area the row's area sits in, as the row gives it: the nearest filled-in
   * geography code to the left of the area code (EES lists geography broadest first), e.g.
   * region_code for a local authority, country_code for a region.
   */
  parentCode?: string;
}

// EES time periods are a year (2025) or a pair of years run together (202425).
const TIME_PERIOD = /^\d{4}(?:\d{2})?$/;

/** Reads the time and place of each row, with a cache of how each geographic level is found. */
export class RowPlaceReader {
  private readonly areaByLevel = new Map<string, AreaColumns>();
  private readonly parentsByCodeColumn = new Map<number, number[]>();
  private readonly timePeriod: number;
  private readonly timeIdentifier: number;
  private readonly level: number;
  private readonly oldLaCode: number;

  constructor(
    private readonly file: string,
    private readonly header: readonly string[],
  ) {
    this.timePeriod = header.indexOf('time_period');
    this.timeIdentifier = header.indexOf('time_identifier');
    this.level = header.indexOf('geographic_level');
    this.oldLaCode = header.indexOf('old_la_code');
  }

  /** The row's geographic_level, which must be filled in. */
  levelOf(fields: readonly string[], line: number): string {
    return this.required(fields, this.level, line);
  }

  read(fields: readonly string[], line: number): RowPlace {
    const timePeriod = this.required(fields, this.timePeriod, line);
    if (!TIME_PERIOD.test(timePeriod)) {
      throw this.error(
        line,
        this.timePeriod,
        `time_period "${timePeriod}" is not a year (2025) or a pair of years run together (202425)`,
      );
    }
    const timeIdentifier = this.required(fields, this.timeIdentifier, line);
    const geographicLevel = this.levelOf(fields, line);
    let area = this.areaByLevel.get(geographicLevel);
    if (!area) {
      area = areaColumnsFor(geographicLevel, this.header);
      this.areaByLevel.set(geographicLevel, area);
    }
    if (area.codes.length === 0) {
      throw this.error(
        line,
        this.level,
        `rows at geographic level "${geographicLevel}" need a ${expectedCodeColumns(geographicLevel).join(' or ')} column, which this file does not have`,
      );
    }
    let codeIndex = -1;
    for (const i of area.codes) {
      const text = (fields[i] ?? '').trim();
      // A terminated authority can carry x instead of a code; that is not a code.
      if (text !== '' && !isStatusCode(text)) {
        codeIndex = i;
        break;
      }
    }
    if (codeIndex < 0) {
      const names = area.codes.map((i) => this.header[i]).join(' or ');
      throw this.error(
        line,
        area.codes[0] ?? this.level,
        `missing value: a "${geographicLevel}" row needs its area code in ${names}`,
      );
    }
    const areaCodeColumn = this.header[codeIndex] ?? '';
    const areaCode = (fields[codeIndex] ?? '').trim();
    const nameIndex = area.name ?? (area.inferred ? nameColumnFor(areaCodeColumn, this.header) : null);
    const areaName = (nameIndex !== null ? (fields[nameIndex] ?? '').trim() : '') || areaCode;
    const place: RowPlace = {
      timePeriod,
      timeIdentifier,
      geographicLevel,
      areaCode,
      areaCodeColumn,
      areaName,
    };
    const parentCode = this.parentOf(fields, codeIndex, area.codes, areaCode);
    if (parentCode !== undefined) place.parentCode = parentCode;
    if (this.oldLaCode >= 0) {
      const old = (fields[this.oldLaCode] ?? '').trim();
      if (old !== '' && !isStatusCode(old) && geographicLevel.toLowerCase() === 'local authority')
        place.oldLaCode = old;
    }
    return place;
  }

  private parentOf(fields: readonly string[], codeIndex: number, own: readonly number[], areaCode: string) {
    let candidates = this.parentsByCodeColumn.get(codeIndex);
    if (!candidates) {
      candidates = [];
      for (let i = codeIndex - 1; i >= 0; i--) {
        const name = this.header[i] ?? '';
        if (!own.includes(i) && isGeographyColumn(name) && /_code$/.test(name)) candidates.push(i);
      }
      this.parentsByCodeColumn.set(codeIndex, candidates);
    }
    for (const i of candidates) {
      const text = (fields[i] ?? '').trim();
      if (text !== '' && text !== areaCode && !isStatusCode(text)) return text;
    }
    return undefined;
  }

  private required(fields: readonly string[], index: number, line: number): string {
    const text = (fields[index] ?? '').trim();
    if (text === '') throw this.error(line, index, `missing value: ${this.header[index]} is blank`);
    return text;
  }

  private error(line: number, index: number, problem: string): EesFormatError {
    return new EesFormatError(
      this.file,
      { line, column: this.header[index] ?? null, columnNumber: index + 1 },
      problem,
    );
  }
}
