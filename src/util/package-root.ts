// Finds this package's own folder, whether running from src/ (tsx, the tests) or from the compiled dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The folder holding this package's package.json and templates/. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('workshop-kit: cannot find the package folder (templates/ missing)');
    dir = parent;
  }
  cached = dir;
  return dir;
}
