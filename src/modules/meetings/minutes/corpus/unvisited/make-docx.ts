// Writes the unvisited set's Word files with the docx package from the content in docx-src/.
// Output is the same bytes on every run (timestamps pinned to each meeting's date).
// Run: npx tsx src/modules/meetings/minutes/corpus/unvisited/make-docx.ts [name]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { pinned } from '../pristine/docx-src/word.ts';
import { documents } from './docx-src/index.ts';

const here = import.meta.dirname;
const only = process.argv[2];

for (const [name, [date, make]] of Object.entries(documents)) {
  if (only && name !== only) continue;
  writeFileSync(path.join(here, `${name}.docx`), await pinned(await Packer.toBuffer(make()), date));
  console.log(`wrote ${name}.docx`);
}
