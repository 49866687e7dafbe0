import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildZip, deflatedEntry, deflatedZeros } from '../../../platform/files/zip-fixtures.ts';
import { EesFormatError, isZip, metaFileBeside, pairEesFiles, unpackEesZip, type NamedFile } from './index.ts';
import { smallEesFile, tempFile } from './test-support.ts';

const named = (name: string): NamedFile => ({ name, path: `/uploads/${name}` });
const freshDir = () => mkdtempSync(path.join(tmpdir(), 'hub-ees-zip-'));

function zipFile(entries: Parameters<typeof buildZip>[0], name = 'download.zip'): NamedFile {
  return { name, path: tempFile(buildZip(entries), name) };
}

describe('finding the meta file beside a data file', () => {
  it('finds X.meta.csv beside X.csv, and nothing when it is not there', () => {
    const dir = freshDir();
    const data = path.join(dir, 'absence_by_year_group.csv');
    writeFileSync(data, smallEesFile());
    expect(metaFileBeside(data)).toBeNull();
    writeFileSync(path.join(dir, 'absence_by_year_group.meta.csv'), 'col_name,col_type\n');
    expect(metaFileBeside(data)).toBe(path.join(dir, 'absence_by_year_group.meta.csv'));
    // A meta file is not a data file with a meta file of its own.
    expect(metaFileBeside(path.join(dir, 'absence_by_year_group.meta.csv'))).toBeNull();
  });
});

describe('pairing uploaded files', () => {
  it('pairs X.csv with X.meta.csv whatever order or case they come in', () => {
    const pairs = pairEesFiles([named('b.meta.csv'), named('a.csv'), named('B.csv')]);
    expect(pairs.map((p) => [p.data.name, p.meta?.name ?? null])).toEqual([
      ['a.csv', null],
      ['B.csv', 'b.meta.csv'],
    ]);
  });

  it('pairs a lone data file with a lone meta file of another name, as the form’s two fields give them', () => {
    expect(pairEesFiles([named('download (3).csv'), named('cin_2025.meta.csv')])).toEqual([
      { data: named('download (3).csv'), meta: named('cin_2025.meta.csv') },
    ]);
  });

  it('refuses a meta file that describes none of the data files, naming it', () => {
    expect(() => pairEesFiles([named('a.csv'), named('b.csv'), named('c.meta.csv')])).toThrow(
      /c\.meta\.csv: this meta file describes c\.csv, which is not among the files given \(a\.csv, b\.csv\)/,
    );
    expect(() => pairEesFiles([named('a.meta.csv'), named('A.META.CSV'), named('a.csv')])).toThrow(/two meta files/);
  });
});

describe('unpacking a zip of an EES download', () => {
  it('takes data/*.csv and meta files, and lists what it leaves', async () => {
    const zip = zipFile([
      deflatedEntry('data/cla_placements.csv', smallEesFile()),
      deflatedEntry('data/cla_placements.meta.csv', 'col_name,col_type\ncategory,Filter\n'),
      deflatedEntry('data-guidance/data-guidance.txt', 'About these files'),
      deflatedEntry('supporting-files/methodology_lookup.csv', 'a,b\n1,2\n'),
    ]);
    expect(isZip(zip.path)).toBe(true);
    const dir = freshDir();
    const unpacked = await unpackEesZip(zip, dir);
    expect(unpacked.files.map((f) => f.name)).toEqual(['cla_placements.csv', 'cla_placements.meta.csv']);
    expect(readFileSync(unpacked.files[0]!.path, 'utf8')).toBe(smallEesFile());
    expect(path.dirname(unpacked.files[0]!.path)).toBe(dir);
    expect(unpacked.ignored).toEqual(['data-guidance/data-guidance.txt', 'supporting-files/methodology_lookup.csv']);
  });

  it('takes every CSV of a zip someone made themselves', async () => {
    const zip = zipFile([deflatedEntry('referrals.csv', smallEesFile()), deflatedEntry('referrals.meta.csv', 'col_name,col_type\n')]);
    const unpacked = await unpackEesZip(zip, freshDir());
    expect(pairEesFiles(unpacked.files).map((p) => [p.data.name, p.meta?.name])).toEqual([['referrals.csv', 'referrals.meta.csv']]);
  });

  it('refuses a zip bomb before inflating it, and a zip with no data file', async () => {
    const bomb = zipFile([await deflatedZeros('data/huge.csv', 16 * 1024 * 1024)], 'bomb.zip');
    await expect(unpackEesZip(bomb, freshDir())).rejects.toThrow(/bomb\.zip: The file unpacks to too much data/);
    const guidance = zipFile([deflatedEntry('data-guidance/data-guidance.txt', 'x')], 'guidance.zip');
    await expect(unpackEesZip(guidance, freshDir())).rejects.toThrow(/guidance\.zip: the zip file holds no \.csv data file/);
  });

  it('unpacks or refuses any damaged copy with a message for a person, never anything else', async () => {
    const genuine = buildZip([deflatedEntry('data/a.csv', smallEesFile()), deflatedEntry('data/a.meta.csv', 'col_name,col_type\n')]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 6 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flips, cut) => {
          let bytes = Buffer.from(genuine);
          for (const f of flips) bytes[f.at % bytes.length] = f.value;
          if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1));
          const file = { name: 'damaged.zip', path: tempFile(bytes, 'damaged.zip') };
          try {
            const unpacked = await unpackEesZip(file, freshDir());
            expect(unpacked.files.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(EesFormatError);
            expect((error as EesFormatError).message).toMatch(/^damaged\.zip: /);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
