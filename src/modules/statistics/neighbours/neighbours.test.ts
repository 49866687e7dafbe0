import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dfeFile, tempFile } from '../ees/test-support.ts';
import { NeighbourFormatError, readStatisticalNeighbours } from './neighbours.ts';

const MODEL_2025 = 'sn_model_2025_wide.csv';
const GROUPINGS_2021 = 'New_Statistical_Neighbour_Groupings_April_2021.csv';

async function failure(text: string, options = {}): Promise<NeighbourFormatError> {
  try {
    await readStatisticalNeighbours(tempFile(text, 'sn.csv'), options);
  } catch (error) {
    if (error instanceof NeighbourFormatError) return error;
    throw error;
  }
  throw new Error('expected a NeighbourFormatError');
}

describe('the 2025 statistical neighbour model', () => {
  it('gives every authority ten ranked neighbours exactly as the file lists them', async () => {
    const groups = await readStatisticalNeighbours(dfeFile(MODEL_2025));
    const lines = readFileSync(dfeFile(MODEL_2025), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    expect(groups).toHaveLength(lines.length);
    for (const [i, text] of lines.entries()) {
      const cells = text.split(',');
      const group = groups[i]!;
      expect(group.neighbours).toHaveLength(10);
      // A plain split cannot read quoted names with commas; those lines are checked by count only.
      if (cells.length !== 24) continue;
      expect(group.laCode).toBe(cells[0]);
      expect(group.laName).toBe(cells[1]);
      expect(group.historic).toBe(false);
      // SN_1 is the fifth column; each neighbour is followed by its closeness.
      expect(group.neighbours.map((n) => n.laCode)).toEqual(
        [4, 6, 8, 10, 12, 14, 16, 18, 20, 22].map((c) => cells[c]),
      );
      expect(group.neighbours.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });

  it('tidies the closeness bands', async () => {
    const groups = await readStatisticalNeighbours(dfeFile(MODEL_2025));
    const barking = groups.find((g) => g.laName === 'Barking and Dagenham');
    expect(barking?.neighbours[0]).toEqual({ laCode: '308', rank: 1, closeness: 'Close' });
    const bands = new Set(groups.flatMap((g) => g.neighbours.map((n) => n.closeness)));
    expect([...bands].sort()).toEqual([
      'Close',
      'Extremely close',
      'Not close',
      'Somewhat close',
      'Very close',
    ]);
  });
});

describe('the April 2021 groupings', () => {
  it('reads the other layout, and marks the authorities under "Old SNs" as historic', async () => {
    const groups = await readStatisticalNeighbours(dfeFile(GROUPINGS_2021));
    const camden = groups.find((g) => g.laCode === '202');
    expect(camden).toMatchObject({ laName: 'Camden', regionName: 'London (Inner)', historic: false });
    expect(camden?.neighbours.slice(0, 2)).toEqual([
      { laCode: '213', rank: 1, closeness: 'Very close' },
      { laCode: '205', rank: 2, closeness: 'Close' },
    ]);
    expect(groups.filter((g) => g.historic).map((g) => g.laName)).toEqual([
      'Dorset (Pre LG)',
      'Poole (Pre LG)',
      'Bournemouth (Pre LG)',
      'Northamptonshire',
    ]);
    expect(groups.every((g) => g.neighbours.length === 10)).toBe(true);
  });
});

describe('files the hub cannot read', () => {
  const header = 'old_la_code,la_name,region_ind,region_name,SN_1,SN_1P,SN_2,SN_2P';

  it('an EES data file is not a neighbours file', async () => {
    const error = await failure('time_period,geographic_level\n2025,National\n');
    expect(error.line).toBe(1);
    expect(error.problem).toMatch(/not a statistical neighbours file/);
  });

  it('a bad authority or neighbour code, with line and column', async () => {
    const badCode = await failure(
      `${header}\n202,Camden,3,London,213,Close,205,Close\nCamden,Camden,3,London,1,x,2,y\n`,
    );
    expect(badCode).toMatchObject({ line: 3, column: 'old_la_code', columnNumber: 1 });
    const badNeighbour = await failure(`${header}\n202,Camden,3,London,213,Close,Westminster,Close\n`);
    expect(badNeighbour).toMatchObject({ line: 2, column: 'SN_2', columnNumber: 7 });
  });

  it('an authority listed twice, or with no neighbours', async () => {
    const twice = await failure(
      `${header}\n202,Camden,3,London,213,Close,205,Close\n202,Camden,3,London,213,Close,205,Close\n`,
    );
    expect(twice).toMatchObject({ line: 3, column: 'old_la_code' });
    const none = await failure(`${header}\n202,Camden,3,London,,,,\n`);
    expect(none).toMatchObject({ line: 2, column: 'SN_1' });
    expect(none.problem).toMatch(/missing value/);
  });

  it('a broken quote and a file over the size limit', async () => {
    const quote = await failure(`${header}\n202,"Camden,3,London,213,Close,205,Close\n`);
    expect(quote.line).toBe(2);
    const big = await failure(`${header}\n202,Camden,3,London,213,Close,205,Close\n`, { maxBytes: 10 });
    expect(big.line).toBeNull();
    expect(big.problem).toMatch(/larger than/);
  });

  it('mutated files read or fail with a NeighbourFormatError only', async () => {
    const seed = readFileSync(dfeFile(GROUPINGS_2021), 'utf8').split('\n').slice(0, 8).join('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.constantFrom('', '"', ',', '\n', 'x', '12', 'SN')),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        async (edits) => {
          let text = seed;
          for (const [at, remove, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + remove);
          }
          try {
            await readStatisticalNeighbours(tempFile(text, 'sn.csv'));
          } catch (error) {
            if (!(error instanceof NeighbourFormatError)) throw error;
          }
        },
      ),
      { numRuns: 200, timeout: 2000 },
    );
  });
});
