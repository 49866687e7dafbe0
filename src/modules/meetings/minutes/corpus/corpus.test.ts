/**
 * Guards the hand-written expectations of the dev corpus against slips of the pen: every
 * expected value must be found in its document as written, in the shape the contract sets.
 * (It checks the expectations, not the parser: score-cli measures the parser.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ParsedMinutes } from '../types.ts';

const DEV = path.join(import.meta.dirname, 'dev');
const KEYS = [
  'title',
  'date',
  'start',
  'end',
  'location',
  'chair',
  'attendees',
  'apologies',
  'items',
  'actions',
  'suggestedActions',
  'nextMeetings',
];
const TITLES = /^(?:dr|cllr|councillor|dc|dci|di|ds|dsupt|prof|mr|mrs|ms|miss)\.?$/i;

const docs = readdirSync(DEV).filter((f) => /\.(?:docx|txt|md)$/.test(f));

async function sourceText(file: string): Promise<string> {
  const buffer = readFileSync(path.join(DEV, file));
  if (!file.endsWith('.docx')) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      // Word's "Save as plain text" writes Windows-1252; only its quotes and dashes occur here.
      const cp1252: Record<string, string> = {
        '\x91': '‘',
        '\x92': '’',
        '\x93': '“',
        '\x94': '”',
        '\x96': '–',
        '\x97': '—',
      };
      return buffer.toString('latin1').replace(/[\x91-\x97]/g, (c) => cp1252[c] ?? c);
    }
  }
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<\/w:tc>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Folds line breaks, table cell gaps and Markdown emphasis, as the expectations do. */
const fold = (s: string): string =>
  s
    .replace(/\*\*|__/g, '')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ');

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => !TITLES.test(w));
  return `${words[0]![0]}${words.at(-1)![0]}`.toUpperCase();
}

const isoDate = (d: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
const time = (t: string | null): boolean => t === null || /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(t);

describe('dev corpus expectations', () => {
  it('has the documents the corpus promises', () => {
    expect(docs.length).toBeGreaterThanOrEqual(15);
    expect(docs.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(6);
    expect(docs.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
    expect(docs.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(3);
  });

  for (const file of docs) {
    const expectedFile = file.endsWith('.docx')
      ? `${file}.expected.json`
      : file.replace(/\.\w+$/, '.expected.json');
    it(`${file}: expectations are found in the document as written`, async () => {
      expect(existsSync(path.join(DEV, expectedFile)), expectedFile).toBe(true);
      const e = JSON.parse(readFileSync(path.join(DEV, expectedFile), 'utf8')) as ParsedMinutes;
      expect(Object.keys(e)).toEqual(KEYS);
      const raw = (await sourceText(file)).replace(/\s+/g, ' ');
      const text = fold(raw);
      const found = (s: string, what: string): void =>
        expect(text.includes(fold(s)), `${what} "${s}"`).toBe(true);

      expect(isoDate(e.date)).toBe(true);
      expect(time(e.start) && time(e.end)).toBe(true);
      found(e.title, 'title');
      const people = [...e.attendees.map((a) => a.name), ...e.apologies.map((a) => a.name)];
      for (const n of people) found(n, 'name');
      expect(new Set(e.attendees.map((a) => a.name)).size, 'attendees listed once').toBe(e.attendees.length);
      for (const i of e.items) found(i.title, `item ${i.number}`);
      const itemNumbers = new Set(e.items.map((i) => i.number));

      for (const a of e.actions) {
        found(a.text, 'action');
        if (a.item !== null) expect(itemNumbers.has(a.item), `item of "${a.text}"`).toBe(true);
        if (a.due !== null) expect(isoDate(a.due), a.due).toBe(true);
        for (const o of a.owners) {
          found(o.as, 'owner');
          if ('group' in o) continue;
          for (const c of o.candidates)
            expect(people.includes(c) || text.includes(c), `candidate ${c}`).toBe(true);
          expect(
            o.person === null
              ? o.candidates.length > 1
              : o.candidates.length === 1 && o.candidates[0] === o.person,
            `owner ${o.as}`,
          ).toBe(true);
          // Initials the minutes assign to someone, "Jane Okafor (JO)", settle who they are.
          if (/^[A-Z]{2}$/.test(o.as) && !raw.includes(`(${o.as})`) && !raw.includes(` ${o.as} |`)) {
            // Two-letter initials: the candidates are exactly the people named whose initials they are.
            expect([...o.candidates].sort(), `candidates for ${o.as}`).toEqual(
              people.filter((n) => initials(n) === o.as).sort(),
            );
          }
        }
      }
      for (const m of e.nextMeetings) {
        expect(isoDate(m.date) && m.date > e.date, m.date).toBe(true);
        expect(time(m.start) && time(m.end)).toBe(true);
      }
    });
  }
});
