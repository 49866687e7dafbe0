/**
 * Issue #3: on minutes it was not written against, the parser gets at least 0.95 of actions,
 * owners, due dates, attendees, apologies, items and next meeting dates right. Each set of
 * minutes under corpus/ and our own layouts in fixtures/scored are scored as a whole with the
 * corpus scorer. Only the measures are reported, never the documents' contents.
 *
 * The sets the parser was developed against must reach the target. The held-out sets were
 * written by people who never saw the parser; they do not reach it on every measure yet, so
 * they hold the parser to what it scored on them when last measured (see FLOORS), and a
 * change that lowers a held-out score fails here. Raise a floor when the parser improves.
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

/** Scores measured on 2026-11-22, rounded down to the hundredth; the target is 0.95 everywhere. */
const FLOORS: Record<string, Record<string, number>> = {
  heldout: {
    attendees: 0.97,
    apologies: 0.93,
    items: 0.95,
    actions: 0.96,
    owners: 0.94,
    nextMeetings: 0.9,
    dueDates: 0.98,
  },
  unseen: {
    attendees: 0.94,
    apologies: 0.95,
    items: 0.96,
    actions: 0.93,
    owners: 0.8,
    nextMeetings: 0.84,
    dueDates: 0.95,
  },
};

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
