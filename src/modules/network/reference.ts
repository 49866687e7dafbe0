import type { AreaKind } from './schema.ts';

export interface ReferenceArea {
  code: string;
  name: string;
  kind: AreaKind;
  parentCode: string | null;
  dfeCode: string | null;
}

export const ENGLAND = 'E92000001';
export const LONDON = 'E12000007';
export const INNER_LONDON = 'E13000001';
export const OUTER_LONDON = 'E13000002';

const regions: [string, string][] = [
  ['E12000001', 'North East'],
  ['E12000002', 'North West'],
  ['E12000003', 'Yorkshire and The Humber'],
  ['E12000004', 'East Midlands'],
  ['E12000005', 'West Midlands'],
  ['E12000006', 'East of England'],
  [LONDON, 'London'],
  ['E12000008', 'South East'],
  ['E12000009', 'South West'],
];

// Official statistics' Inner/Outer London (not the legal one): Haringey and Newham count as
// inner, Greenwich as outer. [ONS code, name, DfE code, inner?]
const londonAuthorities: [string, string, string, boolean][] = [
  ['E09000001', 'City of London', '201', true],
  ['E09000002', 'Barking and Dagenham', '301', false],
  ['E09000003', 'Barnet', '302', false],
  ['E09000004', 'Bexley', '303', false],
  ['E09000005', 'Brent', '304', false],
  ['E09000006', 'Bromley', '305', false],
  ['E09000007', 'Camden', '202', true],
  ['E09000008', 'Croydon', '306', false],
  ['E09000009', 'Ealing', '307', false],
  ['E09000010', 'Enfield', '308', false],
  ['E09000011', 'Greenwich', '203', false],
  ['E09000012', 'Hackney', '204', true],
  ['E09000013', 'Hammersmith and Fulham', '205', true],
  ['E09000014', 'Haringey', '309', true],
  ['E09000015', 'Harrow', '310', false],
  ['E09000016', 'Havering', '311', false],
  ['E09000017', 'Hillingdon', '312', false],
  ['E09000018', 'Hounslow', '313', false],
  ['E09000019', 'Islington', '206', true],
  ['E09000020', 'Kensington and Chelsea', '207', true],
  ['E09000021', 'Kingston upon Thames', '314', false],
  ['E09000022', 'Lambeth', '208', true],
  ['E09000023', 'Lewisham', '209', true],
  ['E09000024', 'Merton', '315', false],
  ['E09000025', 'Newham', '316', true],
  ['E09000026', 'Redbridge', '317', false],
  ['E09000027', 'Richmond upon Thames', '318', false],
  ['E09000028', 'Southwark', '210', true],
  ['E09000029', 'Sutton', '319', false],
  ['E09000030', 'Tower Hamlets', '211', true],
  ['E09000031', 'Waltham Forest', '320', false],
  ['E09000032', 'Wandsworth', '212', true],
  ['E09000033', 'Westminster', '213', true],
];

export const referenceAreas: ReferenceArea[] = [
  { code: ENGLAND, name: 'England', kind: 'country', parentCode: null, dfeCode: null },
  ...regions.map(([code, name]) => ({ code, name, kind: 'region' as const, parentCode: ENGLAND, dfeCode: null })),
  { code: INNER_LONDON, name: 'Inner London', kind: 'sub-region', parentCode: LONDON, dfeCode: null },
  { code: OUTER_LONDON, name: 'Outer London', kind: 'sub-region', parentCode: LONDON, dfeCode: null },
  ...londonAuthorities.map(([code, name, dfe, inner]) => ({
    code,
    name,
    kind: 'local-authority' as const,
    parentCode: inner ? INNER_LONDON : OUTER_LONDON,
    dfeCode: dfe,
  })),
];

export interface ReferenceBoard {
  code: string;
  name: string;
  areaCodes: string[];
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');

/** London's 32 boards: one per borough, but City of London and Hackney share one. */
export const referenceBoards: ReferenceBoard[] = [
  { code: 'city-and-hackney', name: 'City and Hackney Safeguarding Children Partnership', areaCodes: ['E09000001', 'E09000012'] },
  ...londonAuthorities
    .filter(([code]) => code !== 'E09000001' && code !== 'E09000012')
    .map(([code, name]) => ({ code: slug(name), name: `${name} Safeguarding Children Partnership`, areaCodes: [code] })),
].sort((a, b) => a.name.localeCompare(b.name));
