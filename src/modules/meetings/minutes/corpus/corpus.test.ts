/**
 * Guards the hand-written expectations of every corpus set (each sub-directory holding
 * `*.expected.json`) against slips of the pen: every expected value must be found in its
 * document as written, in the order written, in the shape the contract sets, and follow the
 * conventions in README.md. (It checks the expectations, not the parser: score-cli measures
 * the parser.)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ParsedMinutes } from '../types.ts';

const ROOT = import.meta.dirname;
const SETS = readdirSync(ROOT).filter((d) => {
  const dir = path.join(ROOT, d);
  return statSync(dir).isDirectory() && readdirSync(dir).some((f) => f.endsWith('.expected.json'));
});
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
/** Titles and ranks written before names; they play no part in initials or surnames. */
const TITLES = new Set(
  'dr cllr councillor professor prof revd rev canon mr mrs ms miss sir dame pc dc ds di dci det supt dsupt chief insp sgt'.split(
    ' ',
  ),
);
const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);
const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');

const isDocument = (f: string): boolean => /\.(?:docx|txt|md)$/.test(f) && !/^[A-Z]+\.md$/.test(f);
const expectedFor = (f: string): string =>
  f.endsWith('.docx') ? `${f}.expected.json` : f.replace(/\.\w+$/, '.expected.json');

/** The document's text, a table row to a line with its cells separated by ` | `. */
async function sourceText(file: string): Promise<string> {
  const buffer = readFileSync(file);
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
    .replace(/<\/w:p>\s*<\/w:tc>/g, ' | ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<\/w:tr>/g, '\n')
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

/**
 * The document read two ways, since a hyphen at a line end may split a word (text pasted
 * from a PDF: `prior-` / `ities`) or belong to it (`multi-` / `agency`).
 */
function readings(raw: string): string[] {
  return [raw.replace(/(\p{Ll})-[ \t]*\n\s*(?=\p{Ll})/gu, '$1'), raw.replace(/-[ \t]*\n\s*/g, '-')].map(fold);
}

const words = (name: string): string[] => {
  const all = name.replace(/’/g, "'").split(/\s+/);
  while (all.length > 1 && TITLES.has(all[0]!.toLowerCase().replace(/\.$/, ''))) all.shift();
  return all;
};

/** The ways a surname is abbreviated: `O’Connor` O, OC, O’C; `McBride` M, McB; `El-Amin` EA. */
function surnameForms(surname: string): string[] {
  const mc = /^(Ma?c)(\p{Lu})/u.exec(surname);
  const o = /^O'(\p{Lu})/u.exec(surname);
  if (mc) return [surname[0]!, `${mc[1]}${mc[2]}`];
  if (o) return ['O', `O${o[1]}`, `O'${o[1]}`];
  return [
    surname
      .split('-')
      .map((p) => p[0])
      .join(''),
  ];
}

/** Initials a name can be written as: first name and surname, or every name (`NTM`). */
function initialsOf(name: string): Set<string> {
  const w = words(name);
  const firsts = [
    w[0]![0]!,
    w
      .slice(0, -1)
      .map((x) => x[0])
      .join(''),
  ];
  return new Set(firsts.flatMap((f) => surnameForms(w.at(-1)!).map((s) => `${f}${s}`.toUpperCase())));
}

/** Whether an owner written `as` fits a person: full name, first name, title and surname, or initials. */
function fits(as: string, name: string): boolean {
  const a = words(as).join(' ').replace(/’/g, "'");
  const n = words(name);
  if (a === n.join(' ') || a === n[0] || a === n.at(-1)) return true;
  return /^[A-Z][A-Za-z']{1,4}$/.test(a) && initialsOf(name).has(a.toUpperCase());
}

/** Initials the minutes assign to people: `Jane Okafor (JO)`, or an Initials column beside the name. */
function declaredInitials(raw: string, people: string[]): Map<string, string[]> {
  const declared = new Map<string, string[]>();
  for (const line of raw.replace(/’/g, "'").split('\n')) {
    for (const name of people) {
      const at = line.indexOf(name.replace(/’/g, "'"));
      if (at < 0) continue;
      const rest = line.slice(at + name.length);
      const cells = line.split(/\t+|\s\|\s|^\|\s|\s\|$/).map((c) => c.trim());
      const bracketed = /^\s*\(([^)]+)\)/.exec(rest)?.[1];
      const inits = [bracketed, ...cells].find((c) => c && /^[A-Z][A-Za-z']{0,3}[A-Z][A-Za-z']?$/.test(c));
      if (inits && !declared.get(inits)?.includes(name))
        declared.set(inits, [...(declared.get(inits) ?? []), name]);
    }
  }
  return declared;
}

/**
 * How a date is written in the text: 'dated' (with its year), 'yearless' (`8 April`), or null;
 * false when a weekday written beside it is the wrong one.
 */
function dateWritten(text: string, iso: string): 'dated' | 'yearless' | null | false {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  const names = `${month}|${month.slice(0, 3)}${m === 9 ? '|sept' : ''}`;
  const yy = String(y).slice(2);
  const weekday = WEEKDAYS[new Date(`${iso}T12:00:00Z`).getUTCDay()]!;
  const day = new RegExp(
    `\\b(?:(\\w+),?\\s+)?0?${d}(?:st|nd|rd|th)?\\s+(?:${names})\\b(?:,?\\s+(\\d{4}))?`,
    'gi',
  );
  let found: 'dated' | 'yearless' | null = null;
  for (const [, before, year] of text.matchAll(day)) {
    const wd = WEEKDAYS.find((w) => before && w.startsWith(before.toLowerCase()) && before.length >= 3);
    if (wd && wd !== weekday) return false;
    if (year === undefined) found ??= 'yearless';
    else if (Number(year) === y) found = 'dated';
  }
  const numeric = new RegExp(`\\b0?${d}([./-])(?:0?${m}|${month.slice(0, 3)})\\1(?:${y}|${yy})\\b`, 'i');
  return numeric.test(text) ? 'dated' : found;
}

const isoDate = (d: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
const time = (t: string | null): boolean => t === null || /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(t);
const yearAfter = (iso: string): string => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;

for (const set of SETS) {
  const dir = path.join(ROOT, set);
  const docs = readdirSync(dir).filter(isDocument);

  describe(`${set} corpus expectations`, () => {
    it('has the documents a test set needs, each with its expected JSON', () => {
      expect(docs.length).toBeGreaterThanOrEqual(15);
      expect(docs.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(6);
      expect(docs.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
      expect(docs.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(3);
      const expectations = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
      expect(expectations.sort()).toEqual(docs.map(expectedFor).sort());
    });

    for (const file of docs) {
      it(`${file}: expectations are found in the document as written`, async () => {
        expect(existsSync(path.join(dir, expectedFor(file))), expectedFor(file)).toBe(true);
        const e = JSON.parse(readFileSync(path.join(dir, expectedFor(file)), 'utf8')) as ParsedMinutes;
        expect(Object.keys(e)).toEqual(KEYS);
        const raw = await sourceText(path.join(dir, file));
        const [joined, kept] = readings(raw) as [string, string];
        const at = (s: string, from = 0): number => {
          const i = joined.indexOf(fold(s), from);
          return i >= 0 ? i : kept.indexOf(fold(s), from);
        };
        const found = (s: string, what: string): void => expect.soft(at(s) >= 0, `${what} "${s}"`).toBe(true);
        /** Each value found after the one before it: lists are in document order. */
        const inOrder = (values: string[], what: string): number[] => {
          let from = 0;
          return values.map((v) => {
            const i = at(v, from);
            expect.soft(i >= 0, `${what} "${v}" in document order`).toBe(true);
            from = i >= 0 ? i + 1 : from;
            return i;
          });
        };

        expect(isoDate(e.date)).toBe(true);
        expect.soft(dateWritten(joined, e.date), `meeting date ${e.date}`).toBe('dated');
        expect.soft(time(e.start) && time(e.end), 'times').toBe(true);
        found(e.title, 'title');
        if (e.location !== null) found(e.location, 'location');
        const people = [...e.attendees.map((a) => a.name), ...e.apologies.map((a) => a.name)];
        inOrder(
          e.attendees.map((a) => a.name),
          'attendee',
        );
        inOrder(
          e.apologies.map((a) => a.name),
          'apology',
        );
        expect.soft(new Set(people).size, 'each person listed once').toBe(people.length);
        if (e.chair !== null)
          expect.soft(people, 'chair is an attendee, named as there').toContain(e.chair.name);
        const itemAt = inOrder(
          e.items.map((i) => i.title),
          'item',
        );
        const next = e.nextMeetings[0]?.date ?? null;

        const declared = declaredInitials(raw, people);
        const actionAt = inOrder(
          e.actions.map((a) => a.text),
          'action',
        );
        e.actions.forEach((a, n) => {
          const pos = actionAt[n]!;
          const row = raw.split('\n').find((l) => fold(l).includes(fold(a.text).slice(0, 40))) ?? '';
          const cells = row.split(/\t+|\s\|\s|^\|\s|\s\|$/).map((c) => c.trim());
          // A tracker's completed rows are not actions of the meeting: the contract has no status.
          const done = cells.some((c) => /^(?:completed?|closed|done|✓)\.?(?:\s*[(–-].*)?$/i.test(c));
          expect.soft(done, `"${a.text}" is a completed row, not an action`).toBe(false);
          if (a.item !== null && pos >= 0) {
            // The item it sits under, or an Item column in its row of an action log.
            const under = e.items.filter((_, k) => itemAt[k]! >= 0 && itemAt[k]! <= pos).at(-1)?.number;
            const column = new RegExp(`(?:^|\\t|\\|)\\s*${a.item}(?:\\.0)?\\s*(?:\\t|\\||$)`).test(row);
            expect.soft(under === a.item || column, `item ${a.item} of "${a.text}"`).toBe(true);
          }
          const context = joined.slice(Math.max(0, pos - 40), pos + fold(a.text).length + 200);
          if (/\b(?:by|to|for|at) the next meeting\b/i.test(a.text))
            expect.soft(a.due, `due "${a.text}" (next meeting)`).toBe(next);
          if (a.due !== null) {
            expect.soft(isoDate(a.due), a.due).toBe(true);
            const written = dateWritten(context, a.due);
            const ok =
              written === 'dated' ||
              (written === 'yearless' && a.due >= e.date && a.due < yearAfter(e.date)) ||
              (a.due === next && /next meeting/i.test(context));
            expect.soft(ok, `due ${a.due} of "${a.text}" as written beside it`).toBe(true);
          }
          for (const o of a.owners) {
            found(o.as, 'owner');
            if ('group' in o) continue;
            // Initials the minutes assign settle who they are; otherwise everyone named who fits.
            const assigned = declared.get(o.as.replace(/’/g, "'"));
            const fitting = assigned ?? people.filter((p) => fits(o.as, p));
            for (const c of o.candidates) {
              expect.soft(people.includes(c) || at(c) >= 0, `candidate ${c} named`).toBe(true);
              expect.soft(assigned ? assigned.includes(c) : fits(o.as, c), `${c} fits ${o.as}`).toBe(true);
            }
            expect
              .soft([...o.candidates].sort(), `candidates for ${o.as}`)
              .toEqual(expect.arrayContaining(fitting.filter((p) => people.includes(p))));
            expect
              .soft(
                o.person === null
                  ? o.candidates.length > 1
                  : o.candidates.length === 1 && o.candidates[0] === o.person,
                `person for ${o.as}`,
              )
              .toBe(true);
          }
        });
        for (const s of e.suggestedActions) found(s.text, 'suggested action');
        for (const m of e.nextMeetings) {
          expect.soft(isoDate(m.date) && m.date > e.date, m.date).toBe(true);
          expect.soft(time(m.start) && time(m.end), `times of ${m.date}`).toBe(true);
          const written = dateWritten(joined, m.date);
          expect
            .soft(
              written === 'dated' || (written === 'yearless' && m.date < yearAfter(e.date)),
              `next meeting ${m.date} as written`,
            )
            .toBe(true);
          if (m.location !== null) found(m.location, 'next meeting location');
        }
      });
    }
  });
}
