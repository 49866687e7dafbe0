import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { sharedPath } from '../../../../tests/support/shared.ts';
import { parseMinutesText } from './parse.ts';
import { MinutesFileError, type ParsedMinutes } from './types.ts';

const samples = ['template-london.txt', 'committee-inline.txt', 'table-actionlog.txt'].map((f) => readFileSync(sharedPath('samples', 'minutes', f), 'utf8'));

function parseOrRefuse(text: string): ParsedMinutes | null {
  try {
    return parseMinutesText(text);
  } catch (e) {
    if (e instanceof MinutesFileError) return null;
    throw e;
  }
}

/** Every date the parser reports, with the day number it claims. */
function datesOf(m: ParsedMinutes): string[] {
  return [m.date, ...m.actions.map((a) => a.due), ...m.nextMeetings.map((n) => n.date)].filter((d): d is string => d !== null);
}

/** Mutations a real file suffers: lines dropped, duplicated or swapped, words cut, junk pasted in. */
const mutated = fc
  .tuple(fc.constantFrom(...samples), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 4 }), fc.string({ maxLength: 30 })), { maxLength: 12 }))
  .map(([text, edits]) => {
    const lines = text.split('\n');
    for (const [a, b, kind, junk] of edits) {
      const i = a % lines.length;
      const j = b % lines.length;
      if (kind === 0) lines.splice(i, 1);
      else if (kind === 1) lines.splice(i, 0, lines[j]!);
      else if (kind === 2) [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else if (kind === 3) lines[i] = lines[i]!.slice(0, j % (lines[i]!.length + 1));
      else lines.splice(i, 0, junk);
    }
    return lines.join('\n');
  });

describe('parseMinutesText on any input', () => {
  it('never throws anything but MinutesFileError on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (t) => void parseOrRefuse(t)), { numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.constantFrom('1.', 'ACTION:', 'Present:', 'Apologies:', '(Action: ', ')', 'Date: ', '3/3/10', '\t', '\n', ' ', 'Item 4 –', 'GO', 'Jane Smith', 'by the next meeting', '•', '*', 'Tuesday 3rd March'), { maxLength: 300 }), (parts) => void parseOrRefuse(parts.join(''))), { numRuns: 300 });
  });

  it('never throws on mutated minutes, and finishes each in bounded time', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const started = performance.now();
        parseOrRefuse(text);
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 150 },
    );
  });

  it('never reports a date whose day number is not written in the text', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const m = parseOrRefuse(text);
        if (!m) return;
        for (const iso of datesOf(m)) {
          const day = Number(iso.slice(8));
          expect(text, iso).toMatch(new RegExp(`(^|\\D)0?${day}(?!\\d)`));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stays fast on pathological input', () => {
    for (const evil of ['('.repeat(50_000), 'Action: '.repeat(20_000), 'A '.repeat(100_000), `${'a'.repeat(200_000)}\n`.repeat(5), '1.\t'.repeat(30_000)]) {
      const started = performance.now();
      parseOrRefuse(`Minutes 3 March 2015\n${evil}`);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });
});
