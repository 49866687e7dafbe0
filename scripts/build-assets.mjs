// Compiles the stylesheet and copies GOV.UK Frontend's script and images into public/build.
// Skips work when the output is newer than every input, so `npm start` stays fast.
import fs from 'node:fs';
import path from 'node:path';
import * as sass from 'sass';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'public', 'build');
const govuk = path.join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk');
const styles = path.join(root, 'src', 'platform', 'views', 'styles');
const cssFile = path.join(out, 'app.css');

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) t = Math.max(t, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return t;
}

const inputsChanged = () => {
  if (!fs.existsSync(cssFile)) return true;
  const built = fs.statSync(cssFile).mtimeMs;
  return newest(styles) > built || fs.statSync(path.join(govuk, '..', '..', 'package.json')).mtimeMs > built;
};

if (inputsChanged()) {
  fs.mkdirSync(out, { recursive: true });
  const result = sass.compile(path.join(styles, 'app.scss'), {
    loadPaths: [path.join(root, 'node_modules')],
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import'],
  });
  fs.writeFileSync(cssFile, result.css);
  fs.copyFileSync(path.join(govuk, 'govuk-frontend.min.js'), path.join(out, 'govuk-frontend.min.js'));
  fs.cpSync(path.join(govuk, 'assets', 'images'), path.join(out, 'images'), { recursive: true });
  fs.copyFileSync(path.join(govuk, 'assets', 'manifest.json'), path.join(out, 'manifest.json'));
  console.log(`assets built: ${(result.css.length / 1024).toFixed(0)} KB of CSS`);
}
