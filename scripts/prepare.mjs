// `npm install`'s prepare step. In this repository it compiles dist/. When the folder is installed
// into another project by path (`npm install --save-dev ../workshop-kit`), npm links it and runs
// this step without installing the folder's own dependencies, so it installs them first (from the
// lock file, as `npm ci` would) and then compiles: the linked bin then finds its fonts and compiler.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function hasCompiler() {
  try {
    createRequire(join(root, 'package.json')).resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

if (!hasCompiler()) {
  process.stderr.write(`workshop-kit: installing its own build dependencies in ${root} (a linked folder)\n`);
  // Scripts off: this step is already the package's install script; running it again would loop.
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
const { compile } = await import('./compile.mjs');
await compile();
