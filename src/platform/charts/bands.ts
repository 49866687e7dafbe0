import { formatFigure } from './format.ts';
import { NO_DATA, SEQUENTIAL, textColourOn } from './palette.ts';

export interface Band {
  label: string;
  /** Lowest value in the band (inclusive). */
  from: number;
  colour: string;
  textColour: string;
}

export const NO_DATA_LABEL = 'No data';

/** Colours for n ordered bands, spread across the sequential palette. */
function sequentialColours(count: number): string[] {
  if (count <= 1) return [SEQUENTIAL[2]];
  return Array.from({ length: count }, (_, index) => {
    const position = Math.round((index * (SEQUENTIAL.length - 1)) / (count - 1));
    return SEQUENTIAL[position]!;
  });
}

/**
 * Bands from thresholds the caller chose (e.g. a risk matrix's Low from 1, Medium from
 * 5, High from 10), coloured light to dark.
 */
export function bandsFromThresholds(thresholds: readonly { label: string; from: number }[]): Band[] {
  const sorted = [...thresholds].sort((a, b) => a.from - b.from);
  const colours = sequentialColours(sorted.length);
  return sorted.map((threshold, index) => ({
    ...threshold,
    colour: colours[index]!,
    textColour: textColourOn(colours[index]!),
  }));
}

/**
 * Equal-interval bands over the values present, labelled "10 to 14.9" style. Equal
 * intervals keep the legend honest about distances; with few distinct values each
 * value gets its own band.
 */
export function equalIntervalBands(values: readonly (number | null)[], count = 5): Band[] {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length === 0) return [];
  const min = Math.min(...present);
  const max = Math.max(...present);
  const distinct = [...new Set(present)].sort((a, b) => a - b);
  if (distinct.length <= count) {
    return bandsFromThresholds(distinct.map((value) => ({ label: formatFigure(value), from: value })));
  }
  const width = (max - min) / count;
  const thresholds = Array.from({ length: count }, (_, index) => {
    const from = min + index * width;
    const to = index === count - 1 ? max : min + (index + 1) * width;
    return { label: `${formatFigure(from)} to ${formatFigure(to)}`, from };
  });
  return bandsFromThresholds(thresholds);
}

/** The band a value falls in; values below the first band go in the first. */
export function bandFor(value: number | null, bands: readonly Band[]): Band | null {
  if (value === null || !Number.isFinite(value) || bands.length === 0) return null;
  let chosen = bands[0]!;
  for (const band of bands) if (value >= band.from) chosen = band;
  return chosen;
}

export const NO_DATA_BAND = { label: NO_DATA_LABEL, colour: NO_DATA, textColour: textColourOn(NO_DATA) };

/** Legend domain and colours for a band scale, with "No data" last when needed. */
export function bandScale(
  bands: readonly Band[],
  includeNoData: boolean,
): { domain: string[]; range: string[] } {
  const all = includeNoData ? [...bands, NO_DATA_BAND] : bands;
  return { domain: all.map((band) => band.label), range: all.map((band) => band.colour) };
}
