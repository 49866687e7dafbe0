// Bundles the server into dist/server.mjs (dependencies stay in node_modules): Node then
// loads one file instead of resolving some 300 TypeScript modules through tsx, which more
// than halves the time from start to serving.
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
await build({
  entryPoints: [path.join(root, 'src', 'server.ts')],
  outfile: path.join(root, 'dist', 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
