// Colours from the UK Government Analysis Function's data visualisation guidance:
// chosen to stay distinguishable with the common colour-vision deficiencies, and each
// at least 3:1 against white (WCAG 1.4.11 for graphical objects).
export const CATEGORICAL = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;

/** The focus colour for "this area" against the rest. */
export const HIGHLIGHT = '#F46A25';
export const MAIN = '#12436D';
export const REFERENCE = '#3D3D3D';
export const TEXT = '#0B0C0C';
export const GRID = '#B1B4B6';
export const NO_DATA = '#F3F2F1';

/** Light to dark, one hue, so order reads without colour names (bands carry text too). */
export const SEQUENTIAL = ['#E8F1FA', '#A9CCEB', '#5E9FD6', '#2073BC', '#12436D'] as const;

/** Line dash patterns so that series differ by more than colour. */
export const DASHES: readonly number[][] = [[], [6, 3], [2, 2], [8, 3, 2, 3], [1, 3], [10, 4]];

export const FONT = 'Arial, Helvetica, sans-serif';

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white text, whichever reads better on this fill. */
export function textColourOn(fill: string): string {
  return contrastRatio(fill, TEXT) >= contrastRatio(fill, '#FFFFFF') ? TEXT : '#FFFFFF';
}

/** The Vega-Lite config every chart shares: Arial, GOV.UK text colour, quiet grid. */
export const BASE_CONFIG = {
  font: FONT,
  aria: false,
  background: '#FFFFFF',
  view: { stroke: null },
  axis: {
    labelColor: TEXT,
    titleColor: TEXT,
    labelFontSize: 12,
    titleFontSize: 13,
    titleFontWeight: 'bold',
    gridColor: GRID,
    domainColor: REFERENCE,
    tickColor: REFERENCE,
    labelLimit: 260,
  },
  legend: { labelColor: TEXT, titleColor: TEXT, labelFontSize: 12, titleFontSize: 13, labelLimit: 260 },
  text: { color: TEXT, fontSize: 12 },
} as const;
