/**
 * Which way is good for an indicator. Only wording and colour depend on it: ranks and
 * quartile bands always run by value, so they read the same for every indicator.
 * 'context' indicators (e.g. the number of children in need) are neither good nor bad.
 */
export type Polarity = 'higher-better' | 'lower-better' | 'context';

export const POLARITIES: readonly Polarity[] = ['higher-better', 'lower-better', 'context'];
