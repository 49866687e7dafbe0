/**
 * Which columns of an EES file say where a row is about, and how to find a row's area code.
 * The table follows DfE's geography matrix for EES (dfe-published-data-qa
 * data/geography_matrix.csv): each level's code column, then a fallback code, then the name.
 */
interface LevelColumns {
  /** Code columns in order of preference; the first non-blank one is the area code. */
  codes: readonly string[];
  name: string | null;
}

const LEVELS: Record<string, LevelColumns> = {
  national: { codes: ['country_code'], name: 'country_name' },
  regional: { codes: ['region_code'], name: 'region_name' },
  'local authority': { codes: ['new_la_code', 'old_la_code'], name: 'la_name' },
  'local authority district': { codes: ['lad_code'], name: 'lad_name' },
  // RSC regions are published by name only; the name is the code.
  'rsc region': { codes: ['rsc_region_lead_code', 'rsc_region_lead_name'], name: 'rsc_region_lead_name' },
  'parliamentary constituency': { codes: ['pcon_code'], name: 'pcon_name' },
  'local skills improvement plan area': { codes: ['lsip_code'], name: 'lsip_name' },
  'local enterprise partnership': {
    codes: ['local_enterprise_partnership_code'],
    name: 'local_enterprise_partnership_name',
  },
  'english devolved area': { codes: ['english_devolved_area_code'], name: 'english_devolved_area_name' },
  'mayoral combined authority': { codes: ['mca_code'], name: 'mca_name' },
  'opportunity area': { codes: ['opportunity_area_code'], name: 'opportunity_area_name' },
  ward: { codes: ['ward_code'], name: 'ward_name' },
  mat: { codes: ['trust_id'], name: 'trust_name' },
  sponsor: { codes: ['sponsor_id'], name: 'sponsor_name' },
  school: { codes: ['school_urn', 'school_laestab'], name: 'school_name' },
  provider: { codes: ['provider_ukprn'], name: 'provider_name' },
  institution: { codes: ['institution_id'], name: 'institution_name' },
  'planning area': { codes: ['planning_area_code'], name: 'planning_area_name' },
  'police force area': { codes: ['pfa_code'], name: 'pfa_name' },
};

export const TIME_COLUMNS = ['time_period', 'time_identifier'] as const;

/**
 * The levels whose areas the hub holds: England, its regions (Inner and Outer London are
 * published as regional rows) and local authorities. Rows at other levels (districts,
 * constituencies, wards, schools…) have no place in the hub's geography and are skipped.
 */
export const HELD_LEVELS = ['National', 'Regional', 'Local authority'] as const;
const held: ReadonlySet<string> = new Set(HELD_LEVELS.map((level) => level.toLowerCase()));
export const isHeldLevel = (level: string) => held.has(level.trim().toLowerCase());
export const REQUIRED_COLUMNS = ['time_period', 'time_identifier', 'geographic_level'] as const;

const GEOGRAPHY_PREFIXES = new Set([
  'country',
  'region',
  'la',
  'old_la',
  'new_la',
  'lad',
  'pcon',
  'lsip',
  'lep',
  'local_enterprise_partnership',
  'english_devolved_area',
  'mca',
  'opportunity_area',
  'oa',
  'ward',
  'trust',
  'sponsor',
  'school',
  'sch',
  'provider',
  'prov',
  'institution',
  'inst',
  'planning_area',
  'pfa',
  'rsc_region_lead',
  'rsc_region',
  'estab',
  'local_authority_district',
  'local_authority',
]);
const UNIT_SUFFIX = /^(.+)_(code|name|id|urn|ukprn|laestab|upin|number)$/;
const CODE_SUFFIX = /_(code|id|urn|ukprn|laestab|upin)$/;
const BARE_UNITS = new Set(['laestab', 'urn', 'ukprn', 'upin', 'estab']);

/** True for columns that say where a row is about, rather than being a filter or an indicator. */
export function isGeographyColumn(name: string): boolean {
  if (name === 'geographic_level' || BARE_UNITS.has(name)) return true;
  const match = UNIT_SUFFIX.exec(name);
  return match !== null && GEOGRAPHY_PREFIXES.has(match[1] ?? '');
}

export interface AreaColumns {
  /** Column indexes of the level's code columns in preference order. */
  codes: number[];
  name: number | null;
  /** True when the level is not in DfE's list and the rule below was used. */
  inferred: boolean;
}

const snake = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * The columns that hold the area code for a geographic level. For a level DfE's list does
 * not name, `<level>_code` / `<level>_id` when present, else every code-like geography
 * column from the most specific (EES files list geography broadest first, so rightmost) to
 * the broadest: the row's area code is then the most specific code it fills in.
 */
export function areaColumnsFor(level: string, header: readonly string[]): AreaColumns {
  const indexOf = (name: string) => header.indexOf(name);
  const known = LEVELS[level.trim().toLowerCase()];
  if (known) {
    const codes = known.codes.map(indexOf).filter((i) => i >= 0);
    const name = known.name ? indexOf(known.name) : -1;
    return { codes, name: name >= 0 ? name : null, inferred: false };
  }
  const prefix = snake(level);
  const own = [`${prefix}_code`, `${prefix}_id`].map(indexOf).filter((i) => i >= 0);
  const codes =
    own.length > 0
      ? own
      : header
          .map((name, i) => ({ name, i }))
          .filter(({ name }) => isGeographyColumn(name) && CODE_SUFFIX.test(name))
          .map(({ i }) => i)
          .reverse();
  const name = indexOf(`${prefix}_name`);
  return { codes, name: name >= 0 ? name : null, inferred: true };
}

/** The expected code column names for a level, for error messages. */
export function expectedCodeColumns(level: string): string[] {
  const known = LEVELS[level.trim().toLowerCase()];
  if (known) return [...known.codes];
  const prefix = snake(level);
  return [`${prefix}_code`, `${prefix}_id`];
}

/** Where a code-like column's matching name column would be, e.g. lad_code → lad_name. */
export function nameColumnFor(codeColumn: string, header: readonly string[]): number | null {
  if (codeColumn === 'new_la_code' || codeColumn === 'old_la_code') {
    const i = header.indexOf('la_name');
    return i >= 0 ? i : null;
  }
  const i = header.indexOf(codeColumn.replace(CODE_SUFFIX, '_name'));
  return i >= 0 ? i : null;
}
