// Writes the unseen set's Word files: five with the docx package, two by LibreOffice from the
// committed HTML in docx-src/ (a different writer, with its own numbering.xml and tables).
// Run: npx tsx src/modules/meetings/minutes/corpus/unseen/make-docx.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer, type Document } from 'docx';
import { holmburyExploitationGroup } from './docx-src/holmbury-exploitation-group.ts';
import { northmoorPartnershipBoard } from './docx-src/northmoor-partnership-board.ts';
import { redmarshHealthSubgroup } from './docx-src/redmarsh-health-subgroup.ts';
import { severnsideChildrensScrutiny } from './docx-src/severnside-childrens-scrutiny.ts';
import { westmereEducationPartnership } from './docx-src/westmere-education-partnership.ts';

const here = import.meta.dirname;

const built: Record<string, () => Document> = {
  'northmoor-partnership-board': northmoorPartnershipBoard,
  'severnside-childrens-scrutiny': severnsideChildrensScrutiny,
  'redmarsh-health-subgroup': redmarshHealthSubgroup,
  'holmbury-exploitation-group': holmburyExploitationGroup,
  'westmere-education-partnership': westmereEducationPartnership,
};

for (const [name, make] of Object.entries(built)) {
  writeFileSync(path.join(here, `${name}.docx`), await Packer.toBuffer(make()));
  console.log(`wrote ${name}.docx`);
}

// soffice exits 0 even when it cannot convert, so only a file it actually wrote replaces the
// committed one.
const converted = ['kestrel-adoption-panel-business', 'calderbridge-hsb-task-group'];
const outDir = mkdtempSync(path.join(tmpdir(), 'unseen-docx-'));
for (const name of converted) {
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        '--infilter=HTML (StarWriter)',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        outDir,
        path.join(here, 'docx-src', `${name}.html`),
      ],
      { stdio: 'ignore' },
    );
  } catch {
    // not installed: handled below
  }
  const written = path.join(outDir, `${name}.docx`);
  if (existsSync(written)) {
    copyFileSync(written, path.join(here, `${name}.docx`));
    console.log(`converted ${name}.docx`);
  } else {
    console.log(`soffice could not convert ${name}.html: kept the committed ${name}.docx`);
  }
}
