/**
 * Writes the held-out .docx minutes: `npx tsx src/modules/meetings/minutes/corpus/heldout/make-docx.ts`.
 *
 * Most are built with the `docx` package (sources in docx-src/*.ts). Two are written as HTML
 * (docx-src/*.html) and converted by LibreOffice, whose numbering.xml differs from the docx
 * package's (one list whose numbered headings continue past unnumbered paragraphs, or one list
 * per item each with its own start); those are converted only when `soffice` is on the PATH,
 * and the committed .docx files are the result. The expected JSON beside each file is written
 * by hand, never from the parser.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Document, Packer } from 'docx';
import * as cdop from './docx-src/wyvern-cdop.ts';
import * as dsl from './docx-src/hounslow-dsl-network.ts';
import * as neglect from './docx-src/bromley-neglect-subgroup.ts';
import * as board from './docx-src/harrow-partnership-board.ts';
import * as yjmb from './docx-src/tower-hamlets-yjmb.ts';

const here = import.meta.dirname;
const built: { name: string; build: () => Document }[] = [yjmb, dsl, cdop, neglect, board];

for (const doc of built) {
  writeFileSync(path.join(here, `${doc.name}.docx`), await Packer.toBuffer(doc.build()));
  console.log(`wrote ${doc.name}.docx`);
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const sources = readdirSync(path.join(here, 'docx-src')).filter((f) => f.endsWith('.html'));
if (!hasSoffice()) {
  console.log(
    `soffice not found: kept the committed ${sources.map((f) => f.replace(/\.html$/, '.docx')).join(', ')}`,
  );
} else {
  const out = mkdtempSync(path.join(tmpdir(), 'heldout-'));
  for (const source of sources) {
    execFileSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        out,
        path.join(here, 'docx-src', source),
      ],
      {
        stdio: 'ignore',
      },
    );
    const docx = source.replace(/\.html$/, '.docx');
    copyFileSync(path.join(out, docx), path.join(here, docx));
    console.log(`converted ${docx} with LibreOffice`);
  }
  rmSync(out, { recursive: true, force: true });
}
