export interface LondonTile {
  onsCode: string;
  name: string;
  /** Short label drawn on the tile. */
  abbreviation: string;
  /** 1 is the top (north) row. */
  row: number;
  /** 1 is the left (west) column. */
  col: number;
}

/**
 * The 33 London local authorities as equal squares in the customary "London squared"
 * tile-map arrangement used in GLA and London Datastore publications: Enfield alone at
 * the top; Harrow, Barnet, Haringey, Waltham Forest; two full rows of eight through
 * the centre with the City of London beside Westminster; Richmond to Bexley south of
 * the river; Kingston, Merton, Sutton, Croydon and Bromley along the bottom. Every tile
 * touches its real neighbours as far as a grid allows. ONS codes are E09000001-33.
 */
export const LONDON_TILE_GRID: readonly LondonTile[] = [
  { onsCode: 'E09000001', name: 'City of London', abbreviation: 'CTY', row: 4, col: 5 },
  { onsCode: 'E09000002', name: 'Barking and Dagenham', abbreviation: 'BAR', row: 4, col: 8 },
  { onsCode: 'E09000003', name: 'Barnet', abbreviation: 'BRN', row: 2, col: 4 },
  { onsCode: 'E09000004', name: 'Bexley', abbreviation: 'BXL', row: 5, col: 8 },
  { onsCode: 'E09000005', name: 'Brent', abbreviation: 'BRT', row: 3, col: 3 },
  { onsCode: 'E09000006', name: 'Bromley', abbreviation: 'BRM', row: 6, col: 7 },
  { onsCode: 'E09000007', name: 'Camden', abbreviation: 'CMD', row: 3, col: 4 },
  { onsCode: 'E09000008', name: 'Croydon', abbreviation: 'CRY', row: 6, col: 6 },
  { onsCode: 'E09000009', name: 'Ealing', abbreviation: 'EAL', row: 3, col: 2 },
  { onsCode: 'E09000010', name: 'Enfield', abbreviation: 'ENF', row: 1, col: 5 },
  { onsCode: 'E09000011', name: 'Greenwich', abbreviation: 'GRN', row: 5, col: 7 },
  { onsCode: 'E09000012', name: 'Hackney', abbreviation: 'HCK', row: 3, col: 6 },
  { onsCode: 'E09000013', name: 'Hammersmith and Fulham', abbreviation: 'HMS', row: 4, col: 2 },
  { onsCode: 'E09000014', name: 'Haringey', abbreviation: 'HGY', row: 2, col: 5 },
  { onsCode: 'E09000015', name: 'Harrow', abbreviation: 'HRW', row: 2, col: 3 },
  { onsCode: 'E09000016', name: 'Havering', abbreviation: 'HAV', row: 3, col: 8 },
  { onsCode: 'E09000017', name: 'Hillingdon', abbreviation: 'HDN', row: 3, col: 1 },
  { onsCode: 'E09000018', name: 'Hounslow', abbreviation: 'HNS', row: 4, col: 1 },
  { onsCode: 'E09000019', name: 'Islington', abbreviation: 'ISL', row: 3, col: 5 },
  { onsCode: 'E09000020', name: 'Kensington and Chelsea', abbreviation: 'KNS', row: 4, col: 3 },
  { onsCode: 'E09000021', name: 'Kingston upon Thames', abbreviation: 'KNG', row: 6, col: 3 },
  { onsCode: 'E09000022', name: 'Lambeth', abbreviation: 'LAM', row: 5, col: 4 },
  { onsCode: 'E09000023', name: 'Lewisham', abbreviation: 'LEW', row: 5, col: 6 },
  { onsCode: 'E09000024', name: 'Merton', abbreviation: 'MRT', row: 6, col: 4 },
  { onsCode: 'E09000025', name: 'Newham', abbreviation: 'NWM', row: 4, col: 7 },
  { onsCode: 'E09000026', name: 'Redbridge', abbreviation: 'RDB', row: 3, col: 7 },
  { onsCode: 'E09000027', name: 'Richmond upon Thames', abbreviation: 'RCH', row: 5, col: 2 },
  { onsCode: 'E09000028', name: 'Southwark', abbreviation: 'SWK', row: 5, col: 5 },
  { onsCode: 'E09000029', name: 'Sutton', abbreviation: 'STN', row: 6, col: 5 },
  { onsCode: 'E09000030', name: 'Tower Hamlets', abbreviation: 'TOW', row: 4, col: 6 },
  { onsCode: 'E09000031', name: 'Waltham Forest', abbreviation: 'WTH', row: 2, col: 6 },
  { onsCode: 'E09000032', name: 'Wandsworth', abbreviation: 'WNS', row: 5, col: 3 },
  { onsCode: 'E09000033', name: 'Westminster', abbreviation: 'WST', row: 4, col: 4 },
];
