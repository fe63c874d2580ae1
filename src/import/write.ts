// Writing an import: a new content folder appears whole or not at all (written beside it, then moved into place,
// as init does), and an existing one gets only new files, never one written over, and its workshop.yaml replaced
// in one rename once every new file is in.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type Files = ReadonlyMap<string, string | Uint8Array>;

/** Why `dir` cannot be a new content folder (it holds something), or undefined. */
export function newFolderProblem(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return 'is a file';
  return readdirSync(dir).length > 0
    ? 'is not empty: import writes a new content folder into a new or empty folder (or use --into to add to one)'
    : undefined;
}

/** Writes the files into a new (or empty) folder; throws what the file system says. */
export function writeNewFolder(target: string, files: Files): void {
  const dir = resolve(target);
  const staging = `${dir}.import-${process.pid}`;
  try {
    writeAll(staging, files);
    if (!existsSync(dir)) {
      mkdirSync(dirname(dir), { recursive: true });
      renameSync(staging, dir);
      return;
    }
    for (const name of readdirSync(staging)) renameSync(join(staging, name), join(dir, name));
    rmSync(staging, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Paths of `files` that already exist in `dir` (workshop.yaml aside, which an import into a folder replaces). */
export function collisions(dir: string, files: Files): string[] {
  return [...files.keys()].filter((path) => path !== 'workshop.yaml' && existsSync(join(dir, path)));
}

/** Adds the files to an existing content folder: new files only (`wx`), then workshop.yaml by one rename. */
export function writeInto(target: string, files: Files): void {
  const dir = resolve(target);
  const written: string[] = [];
  const workshop = files.get('workshop.yaml');
  const temporary = join(dir, `.workshop.yaml.import-${process.pid}`);
  try {
    for (const [path, data] of files) {
      if (path === 'workshop.yaml') continue;
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), data, { flag: 'wx' });
      written.push(path);
    }
    if (workshop !== undefined) {
      writeFileSync(temporary, workshop, { flag: 'wx' });
      renameSync(temporary, join(dir, 'workshop.yaml'));
    }
  } catch (error) {
    for (const path of written) rmSync(join(dir, path), { force: true });
    rmSync(temporary, { force: true });
    throw error;
  }
}

function writeAll(root: string, files: Files): void {
  mkdirSync(root, { recursive: true });
  for (const [path, data] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
}
