import { describe, expect, it } from 'vitest';
import { LONDON_TILE_GRID } from './london-tile-grid.ts';

describe('LONDON_TILE_GRID', () => {
  it('has the 33 London authorities, E09000001 to E09000033, each once', () => {
    const codes = LONDON_TILE_GRID.map((tile) => tile.onsCode).sort();
    expect(codes).toEqual(
      Array.from({ length: 33 }, (_, index) => `E090000${String(index + 1).padStart(2, '0')}`),
    );
    expect(LONDON_TILE_GRID.find((tile) => tile.onsCode === 'E09000001')?.name).toBe('City of London');
    expect(LONDON_TILE_GRID.find((tile) => tile.onsCode === 'E09000033')?.name).toBe('Westminster');
  });

  it('puts every authority on its own square, with unique abbreviations', () => {
    const positions = new Set(LONDON_TILE_GRID.map((tile) => `${tile.row},${tile.col}`));
    expect(positions.size).toBe(33);
    expect(new Set(LONDON_TILE_GRID.map((tile) => tile.abbreviation)).size).toBe(33);
  });

  it('keeps the customary shape: Enfield alone on top, Bromley, Croydon and Sutton at the bottom', () => {
    const rowOf = (name: string) => LONDON_TILE_GRID.find((tile) => tile.name === name)!.row;
    const top = Math.min(...LONDON_TILE_GRID.map((tile) => tile.row));
    const bottom = Math.max(...LONDON_TILE_GRID.map((tile) => tile.row));
    expect(LONDON_TILE_GRID.filter((tile) => tile.row === top).map((tile) => tile.name)).toEqual(['Enfield']);
    for (const name of ['Barnet', 'Haringey', 'Waltham Forest']) expect(rowOf(name)).toBe(top + 1);
    for (const name of ['Bromley', 'Croydon', 'Sutton']) expect(rowOf(name)).toBe(bottom);
  });

  it('keeps neighbours next to each other where it matters for reading the map', () => {
    const tile = (name: string) => LONDON_TILE_GRID.find((candidate) => candidate.name === name)!;
    const adjacent = (a: string, b: string) =>
      Math.abs(tile(a).row - tile(b).row) + Math.abs(tile(a).col - tile(b).col) === 1;
    expect(adjacent('City of London', 'Westminster')).toBe(true);
    expect(adjacent('Hackney', 'Tower Hamlets')).toBe(true);
    expect(adjacent('Lambeth', 'Southwark')).toBe(true);
    expect(tile('Hillingdon').col).toBe(1);
    expect(tile('Havering').col).toBe(8);
  });
});
