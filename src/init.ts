// `workshop-kit init DIR`: a small starter workshop (starter/ in the package) written into a new or empty folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Output } from './report.js';
import { packageRoot } from './util/package-root.js';

/** Files whose `{{SCHEMAS}}` marks where the editor schema headers point. */
const TEXT = /\.(ya?ml|md)$/;

/** Writes the starter workshop into `target`; exit code 0, or 2 when the folder is in use or cannot be written. */
export function init(target: string, output: Output): number {
  const dir = resolve(target);
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    output.err(`workshop-kit: ${target} ${statSync(dir).isDirectory() ? 'is not empty' : 'is a file'}: init writes a starter workshop into a new or empty folder; choose another name`);
    return 2;
  }
  const root = packageRoot();
  // Headers point at the schemas of the tool that runs: in a project, node_modules/workshop-kit/schemas.
  const schemas = join(root, 'schemas');
  // Written next to the target and moved into place at once: a failed init leaves no half a workshop.
  const staging = `${dir}.init-${process.pid}`;
  const files: string[] = [];
  try {
    copyTree(join(root, 'starter'), staging, (rel, bytes) => {
      files.push(rel);
      if (!TEXT.test(rel)) return bytes;
      const toSchemas =
        relative(dirname(join(dir, rel)), schemas)
          .split('\\')
          .join('/') || '.';
      return Buffer.from(bytes.toString('utf8').replaceAll('{{SCHEMAS}}', toSchemas));
    });
    if (existsSync(dir)) rmdirSync(dir);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    output.err(`workshop-kit: cannot write ${target}${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const fromHere = relative(process.cwd(), dir) || '.';
  const shown = fromHere.startsWith('..') ? dir : fromHere;
  output.out(`wrote a starter workshop to ${shown} (${files.length} files):`);
  output.out(`  edit ${join(shown, 'workshop.yaml')}, ${join(shown, 'clients')}/ and ${join(shown, 'modules')}/ (${join(shown, 'README.md')} says what is where), then build it:`);
  output.out(`  npx workshop-kit --content ${shown} --out out`);
  return 0;
}

function copyTree(from: string, to: string, transform: (rel: string, bytes: Buffer) => Buffer, rel = ''): void {
  mkdirSync(join(to, rel), { recursive: true });
  for (const entry of readdirSync(join(from, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) copyTree(from, to, transform, path);
    else if (entry.isFile()) writeFileSync(join(to, path), transform(path, readFileSync(join(from, path))));
  }
}
