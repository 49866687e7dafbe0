/**
 * Word keeps list numbers ("1.", "2.1", "Item 3") in numbering.xml, not in the text, so they
 * are rebuilt here from each list's levels: start value, number format and level text.
 */
interface Level {
  start: number;
  format: string;
  text: string;
}

export interface Numbering {
  /** abstractNumId → levels */
  abstract: Map<string, Level[]>;
  /** numId → its abstract list and any per-level start overrides */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

const val = (s: string, name: string): string | undefined =>
  new RegExp(`<w:${name}\\b[^>]*?\\bw:val="([^"]*)"`).exec(s)?.[1];

const LEVEL = /<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g;

function readLevel(body: string): Level {
  return { start: Number(val(body, 'start') ?? 1), format: val(body, 'numFmt') ?? 'decimal', text: val(body, 'lvlText') ?? '' };
}

export function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Level[]>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  // A list may borrow its levels from a numbering style ("numStyleLink" → the list with that "styleLink").
  const styleLinked = new Map<string, string>();
  const borrows = new Map<string, string>();
  for (const a of xml.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const l of a[2]!.matchAll(LEVEL)) levels[Number(l[1])] = readLevel(l[2]!);
    abstract.set(a[1]!, levels);
    const link = val(a[2]!, 'styleLink');
    if (link) styleLinked.set(link, a[1]!);
    const uses = val(a[2]!, 'numStyleLink');
    if (uses) borrows.set(a[1]!, uses);
  }
  for (const [id, style] of borrows) {
    const from = styleLinked.get(style);
    if (from && from !== id) abstract.set(id, abstract.get(from)!);
  }
  let overridden = 0;
  for (const n of xml.matchAll(/<w:num\b[^>]*?w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    let abstractId = val(n[2]!, 'abstractNumId') ?? '';
    for (const o of n[2]!.matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(o[1]);
      const s = val(o[2]!, 'startOverride');
      if (s !== undefined) starts.set(ilvl, Number(s));
      // A whole level redefined for this list only: give the list its own copy of the levels.
      const lvl = [...o[2]!.matchAll(LEVEL)][0];
      if (lvl) {
        const copy = [...(abstract.get(abstractId) ?? [])];
        copy[ilvl] = readLevel(lvl[2]!);
        abstractId = `${abstractId}#${++overridden}`;
        abstract.set(abstractId, copy);
        starts.set(ilvl, copy[ilvl]!.start);
      }
    }
    nums.set(n[1]!, { abstractId, starts });
  }
  return { abstract, nums };
}

/** Paragraph styles that carry numbering (e.g. numbered headings), following basedOn. */
export function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const s of xml.matchAll(/<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = s[2]!;
    const ilvl = val(body, 'ilvl');
    own.set(s[1]!, { numId: val(body, 'numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: val(body, 'basedOn') });
  }
  const resolved = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let cur: string | undefined = id;
    let ilvl: number | undefined;
    for (let hops = 0; cur && hops < 10; hops++) {
      const st = own.get(cur);
      if (!st) break;
      ilvl ??= st.ilvl;
      if (st.numId) {
        resolved.set(id, { numId: st.numId, ilvl: ilvl ?? 0 });
        break;
      }
      cur = st.basedOn;
    }
  }
  return resolved;
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return fmt === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      let out = '';
      let rest = n;
      for (const [v, s] of ROMAN) while (rest >= v) [out, rest] = [out + s, rest - v];
      return fmt === 'upperRoman' ? out.toUpperCase() : out;
    }
    case 'none':
      return '';
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/** Counts paragraphs per list as Word does: a level's counter restarts when a higher level moves on. */
export class NumberingCounter {
  private readonly counts = new Map<string, number[]>();
  constructor(private readonly numbering: Numbering) {}

  next(numId: string, ilvl: number): string {
    const num = this.numbering.nums.get(numId);
    const levels = num ? this.numbering.abstract.get(num.abstractId) : undefined;
    const level = levels?.[ilvl];
    if (!num || !levels || !level) return '';
    if (level.format === 'bullet') return '•';
    // Lists sharing one abstract definition continue each other's numbers unless restarted.
    const key = num.starts.size ? `n${numId}` : `a${num.abstractId}`;
    const counts = this.counts.get(key) ?? [];
    const startOf = (l: number): number => num.starts.get(l) ?? levels[l]?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    this.counts.set(key, counts);
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      return format(counts[l] ?? startOf(l), levels[l]?.format ?? 'decimal');
    });
  }
}
