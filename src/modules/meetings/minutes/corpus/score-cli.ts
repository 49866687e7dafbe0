/**
 * `npm run minutes:score -- DIR [--verbose]`: parses every minutes file in DIR that has an
 * expected JSON beside it (`X.docx` → `X.docx.expected.json`, `X.txt`/`X.md` →
 * `X.expected.json`) with the real parser and prints the corpus measures; `--verbose` adds
 * each miss, document by document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readMinutesFile } from '../read.ts';
import { COUNTED_MEASURES, type DocumentPair, type ScoredMinutes, type SetScore, scoreSet } from './score.ts';

const LABELS: Record<string, string> = {
  attendees: 'attendees',
  apologies: 'apologies',
  items: 'items',
  actions: 'actions',
  owners: 'owners',
  nextMeetings: 'next meetings',
  due: 'due dates',
};

function expectedPathFor(file: string): string {
  return file.endsWith('.docx') ? `${file}.expected.json` : file.replace(/\.\w+$/, '.expected.json');
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:docx|txt|md)$/.test(f) && existsSync(path.join(dir, expectedPathFor(f))))
    .sort()
    .map((f) => path.join(dir, f));
}

async function loadPairs(dir: string): Promise<{ pairs: DocumentPair[]; failures: string[] }> {
  const pairs: DocumentPair[] = [];
  const failures: string[] = [];
  for (const file of corpusFiles(dir)) {
    const expected = JSON.parse(readFileSync(expectedPathFor(file), 'utf8')) as ScoredMinutes;
    let parsed: ScoredMinutes | null = null;
    try {
      parsed = await readMinutesFile(file);
    } catch (e) {
      failures.push(`${path.basename(file)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    pairs.push({ name: path.basename(file), expected, parsed });
  }
  return { pairs, failures };
}

const pct = (n: number): string => n.toFixed(3);

function formatTable(score: SetScore): string {
  const rows = [['measure', 'expected', 'parsed', 'matched', 'precision', 'recall', 'F1']];
  for (const m of COUNTED_MEASURES) {
    const s = score.measures[m];
    rows.push([
      LABELS[m]!,
      String(s.expected),
      String(s.parsed),
      String(s.matched),
      pct(s.precision),
      pct(s.recall),
      pct(s.f1),
    ]);
  }
  rows.push([
    LABELS.due!,
    String(score.due.total),
    '',
    String(score.due.correct),
    '',
    '',
    `${pct(score.due.accuracy)} (accuracy)`,
  ]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function formatMisses(score: SetScore): string {
  const out: string[] = [];
  for (const d of score.documents) {
    if (d.misses.length === 0) continue;
    out.push('', `${d.name} (${d.misses.length})`);
    for (const m of d.misses)
      out.push(`  ${LABELS[m.measure]} ${m.kind}: ${m.value}${m.action ? `   [action: ${m.action}]` : ''}`);
  }
  return out.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (dirs.length !== 1) {
    console.error('usage: npm run minutes:score -- DIR [--verbose]');
    return 2;
  }
  const dir = dirs[0]!;
  if (!existsSync(dir)) {
    console.error(`${dir}: no such directory`);
    return 2;
  }
  const { pairs, failures } = await loadPairs(dir);
  if (pairs.length === 0) {
    console.error(`${dir}: no minutes with an expected JSON beside them`);
    return 2;
  }
  const score = scoreSet(pairs);
  console.log(`${pairs.length} documents in ${dir}\n`);
  console.log(formatTable(score));
  for (const f of failures) console.log(`\nnot parsed: ${f}`);
  if (verbose) console.log(formatMisses(score));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
