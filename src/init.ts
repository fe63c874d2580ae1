// `workshop-kit init DIR`: a small starter workshop (starter/ in the package) written into a new or empty folder.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Output } from './report.js';
import { packageRoot } from './util/package-root.js';

/** Files whose `{{SCHEMAS}}` marks where the editor schema headers point. */
const TEXT = /\.(ya?ml|md)$/;

/** Writes the starter workshop into `target`; exit code 0, or 2 when the folder is in use or cannot be written. */
export function init(target: string, output: Output): number {
  const dir = resolve(target);
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    output.err(
      `workshop-kit: ${target} ${statSync(dir).isDirectory() ? 'is not empty' : 'is a file'}: init writes a starter workshop into a new or empty folder; choose another name`,
    );
    return 2;
  }
  const root = packageRoot();
  // Headers point at the schemas of the tool that runs: in a project, node_modules/workshop-kit/schemas.
  const schemas = join(root, 'schemas');
  // Written next to the target, then moved into place: a failed init leaves no half a workshop.
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
    moveIntoPlace(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    output.err(
      `workshop-kit: cannot write ${target}${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 2;
  }
  const fromHere = relative(process.cwd(), dir) || '.';
  const shown = fromHere.startsWith('..') ? dir : fromHere;
  output.out(`wrote a starter workshop to ${shown} (${files.length} files):`);
  output.out(
    `  edit ${join(shown, 'workshop.yaml')}, ${join(shown, 'clients')}/ and ${join(shown, 'modules')}/ (${join(shown, 'README.md')} says what is where), then build it:`,
  );
  output.out(`  ${buildCommand(dir, shown, root)}`);
  return 0;
}

/** The command that builds the new workshop where init ran, with an output folder outside it (the build refuses one inside). */
function buildCommand(dir: string, shown: string, root: string): string {
  // Run from the sources, init is in a clone, whose npm script runs in the clone's folder: from elsewhere, a full path.
  if (import.meta.url.endsWith('.ts')) {
    const content = resolve(process.cwd()) === root ? shown : dir;
    return `npm run build:deck -- --content ${content} --out ${content}-out`;
  }
  return `npx workshop-kit --content ${shown} --out ${shown === '.' ? '../out' : 'out'}`;
}

/**
 * Moves the staged starter to `dir`: a new folder at once; into an existing empty folder entry by entry, so the folder
 * itself stays (it may be the shell's working folder, as with `init .`), taking back what moved if a move fails.
 */
function moveIntoPlace(staging: string, dir: string): void {
  if (!existsSync(dir)) {
    renameSync(staging, dir);
    return;
  }
  const moved: string[] = [];
  try {
    for (const name of readdirSync(staging)) {
      renameSync(join(staging, name), join(dir, name));
      moved.push(name);
    }
  } catch (error) {
    for (const name of moved) rmSync(join(dir, name), { recursive: true, force: true });
    throw error;
  }
  rmdirSync(staging);
}

function copyTree(from: string, to: string, transform: (rel: string, bytes: Buffer) => Buffer, rel = ''): void {
  mkdirSync(join(to, rel), { recursive: true });
  for (const entry of readdirSync(join(from, rel), { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) copyTree(from, to, transform, path);
    else if (entry.isFile()) writeFileSync(join(to, path), transform(path, readFileSync(join(from, path))));
  }
}
