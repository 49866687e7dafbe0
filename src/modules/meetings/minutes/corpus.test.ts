/**
 * Issue #3: on minutes it was not written against, the parser gets at least 0.95 of actions,
 * owners, due dates, attendees, apologies, items and next meeting dates right. Each set of
 * minutes under corpus/ and our own layouts in fixtures/scored are scored as a whole with the
 * corpus scorer. Only the measures are reported, never the documents' contents.
 *
 * Every set is written by someone who never saw the parser and is measured once before anyone
 * developing the parser reads it (corpus/README.md records those first scores); after that it
 * is development material and must reach the target like the rest. A set measured but not yet
 * worked on holds the parser to its first scores (see FLOORS), so no change lowers them silently.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMinutesFile } from './read.ts';
import { COUNTED_MEASURES, type DocumentPair, type ScoredMinutes, scoreSet } from './corpus/score.ts';

const TARGET = 0.95;
const CORPUS = path.join(import.meta.dirname, 'corpus');

const expectedFor = (file: string): string =>
  file.endsWith('.docx') ? `${file}.expected.json` : file.replace(/\.\w+$/, '.expected.json');

function minutesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:docx|txt|md)$/.test(f) && existsSync(path.join(dir, expectedFor(f))))
    .map((f) => path.join(dir, f));
}

// Our own layouts (fixtures/scored) are measured the same way, so a rule that helps one set and breaks another shows.
const sets = [
  ...(existsSync(CORPUS)
    ? readdirSync(CORPUS, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => ({ name: d.name, dir: path.join(CORPUS, d.name) }))
    : []),
  { name: 'fixtures/scored', dir: path.join(import.meta.dirname, 'fixtures', 'scored') },
]
  .map((s) => ({ name: s.name, files: existsSync(s.dir) ? minutesIn(s.dir) : [] }))
  .filter((s) => s.files.length > 0);

/**
 * A set nobody developing the parser has seen yet keeps the scores it had when first measured
 * (rounded down to the hundredth) until it reaches the target; the target is 0.95 everywhere.
 * Sets with no entry here must reach the target.
 */
const FLOORS: Record<string, Record<string, number>> = {};

describe('the minutes parser on the corpus sets', () => {
  it('has a dev set to measure', () => {
    expect(sets.map((s) => s.name)).toContain('dev');
  });

  for (const set of sets) {
    const floors = FLOORS[set.name];
    const goal = floors
      ? `holds its measured scores (target ${TARGET} not yet reached)`
      : `reaches ${TARGET} on every measure`;
    it(`${goal} over the ${set.name} set (${set.files.length} documents)`, async () => {
      const pairs: DocumentPair[] = [];
      for (const file of set.files) {
        const expected = JSON.parse(readFileSync(expectedFor(file), 'utf8')) as ScoredMinutes;
        // A file the parser refuses counts as everything in it missed.
        const parsed = await readMinutesFile(file).catch(() => null);
        pairs.push({ name: path.basename(file), expected, parsed });
      }
      const score = scoreSet(pairs);
      const measures: Record<string, number> = { dueDates: score.due.accuracy };
      for (const m of COUNTED_MEASURES) measures[m] = score.measures[m].f1;
      const below = Object.fromEntries(
        Object.entries(measures)
          .filter(([k, v]) => v < (floors?.[k] ?? TARGET))
          .map(([k, v]) => [k, Number(v.toFixed(3))]),
      );
      expect(below, `measures under their floor on ${set.name}`).toEqual({});
    });
  }
});
