// Compiles dist/ once before any test file runs: tests that start the real command must never
// see another file's compile clean dist/ underneath a running process.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'compile.mjs')], { stdio: 'inherit' });
}
