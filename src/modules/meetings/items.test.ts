import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesBlocks, minutesFromImport, minutesLines } from './items.ts';

const itemNumber = fc.constantFrom('1', '2', '7', '12', '2.1');
/** Paragraph-ish text: words, numbers like "2.1" and "1.5", bullets, markers, stray spaces and line breaks. */
const fragment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('2.1', '1.5', '7.3.1', '•', '-', '*', 'ACTION:', 'Action –', '(Action: GO)', '  ', '\n', '\t'),
);
const paragraph = fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join(' '));
const minutes = fc.array(paragraph, { maxLength: 8 }).map((ps) => ps.join('\n\n'));

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('minutes of an item as paragraphs', () => {
  it('is unchanged by writing it out one paragraph a line (as a Word document holds it) and reading it back', () => {
    fc.assert(
      fc.property(itemNumber, minutes, (n, text) => {
        const lines = minutesLines(n, text);
        expect(minutesBlocks(n, lines === null ? null : lines.split('\n').join('\n\n'))).toEqual(minutesBlocks(n, text));
      }),
      { numRuns: 500 },
    );
  });

  it('never loses or invents a word: the text’s words in order, with only paragraph numbers added', () => {
    fc.assert(
      fc.property(itemNumber, minutes, (n, text) => {
        const shown = minutesBlocks(n, text).flatMap((b) => (b.kind === 'list' ? b.items.flatMap(words) : [...(b.number ? [b.number] : []), ...words(b.text)]));
        // A bullet at the start of a paragraph is shown as list markup, not as a character.
        const written = text.split(/\n\s*\n/).flatMap((p) => words(p.trim().replace(/^[•·▪◦‣*–-]\s+/, '')));
        const added: string[] = [];
        let i = 0;
        for (const w of shown) {
          if (w === written[i]) i++;
          else added.push(w);
        }
        expect(i).toBe(written.length);
        for (const w of added) expect(w).toMatch(new RegExp(`^${n.replace('.', '\\.')}\\.\\d+$`));
      }),
      { numRuns: 500 },
    );
  });
});

describe('imported minutes of an item', () => {
  it('drops exactly the lines that are the item’s own stored actions and keeps every other line in order', () => {
    const plain = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '' && !/action/i.test(s));
    const line = fc.record({ text: plain, isAction: fc.boolean(), marker: fc.constantFrom('ACTION: ', 'Action – ', '• ACTION: ', '2.3 Action: ') });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const input = lines.map((l) => (l.isAction ? `${l.marker}${l.text}` : l.text)).join('\n');
        const actions = lines.filter((l) => l.isAction).map((l) => l.text);
        const kept = lines.filter((l) => !l.isAction).map((l) => l.text.replace(/\s+/g, ' ').trim());
        const stored = minutesFromImport(input, actions);
        expect(stored === null ? [] : stored.split('\n\n')).toEqual(kept);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps an action line whose action is not stored with the item', () => {
    expect(minutesFromImport('2.1 Discussed.\nACTION: BH to write', ['Someone else to do something'])).toBe('2.1 Discussed.\n\nACTION: BH to write');
  });
});
