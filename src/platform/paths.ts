import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository root, found by walking up to our package.json, so paths hold whether the
 * code runs from src/ (tsx, tests) or from the start-up bundle in dist/.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'safeguarding-hub') return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find the Safeguarding Hub package above ${from}`);
  }
}

export const repoRoot = findRoot(import.meta.dirname);
export const srcDir = path.join(repoRoot, 'src');
