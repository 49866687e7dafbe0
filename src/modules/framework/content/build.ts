import type { QualitativeIndicator, QuantitativeIndicator } from '../framework-schema.ts';

/**
 * Shorthand for writing the default framework: the fields most indicators share take
 * their usual values, so each entry reads as what the network agreed about it.
 */
type QuantitativeInput = Omit<
  QuantitativeIndicator,
  'kind' | 'proxy' | 'caveat' | 'source' | 'target' | 'bands' | 'decimals' | 'denominator'
> &
  Partial<
    Pick<
      QuantitativeIndicator,
      'proxy' | 'caveat' | 'source' | 'target' | 'bands' | 'decimals' | 'denominator'
    >
  >;

export function quantitative(input: QuantitativeInput): QuantitativeIndicator {
  return {
    kind: 'quantitative',
    proxy: false,
    caveat: null,
    source: null,
    target: null,
    bands: null,
    decimals: 1,
    denominator: null,
    ...input,
  };
}

type QualitativeInput = Omit<QualitativeIndicator, 'kind' | 'proxy' | 'caveat' | 'source' | 'polarity'> &
  Partial<Pick<QualitativeIndicator, 'proxy' | 'caveat' | 'source'>>;

export function qualitative(input: QualitativeInput): QualitativeIndicator {
  return {
    kind: 'qualitative',
    proxy: false,
    caveat: null,
    source: 'Board self-assessment, moderated by peer boards',
    polarity: 'higher-is-better',
    ...input,
  };
}

export const CIN_CENSUS = 'DfE children in need census (published statistics)';
export const BOARD_RETURN = "Board's periodic dataset return";

export const months = (minMonths: number, maxMonths: number) => ({ minMonths, maxMonths });
