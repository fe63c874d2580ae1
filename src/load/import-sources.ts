// What `workshop-kit import` reads from disk, here with every other read: the deck it is given (bounded, before it
// is read), and for --into the content folder's workshop.yaml and the names already taken in it.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { listFiles } from './list-files.js';

/** The largest deck read: the most a template package may unpack to, as a deck is checked with the same limits. */
const MAX_DECK_BYTES = 256 * 1024 * 1024;

/** The deck's bytes, or why it cannot be read. */
export async function readDeckFile(path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'is a folder, not a PowerPoint file';
    if (info.size > MAX_DECK_BYTES)
      return `is ${Math.round(info.size / 1024 / 1024)} MB; a deck of at most 256 MB can be imported`;
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES'
        ? 'no permission to read it'
        : String((error as Error).message);
  }
}

export interface ImportTarget {
  /** workshop.yaml as written. */
  workshop: string;
  /** Every file of the folder, content-relative with forward slashes. */
  files: string[];
}

/** The content folder an import adds to: its workshop.yaml and the files it holds, or why it cannot take a module. */
export async function readImportTarget(dir: string): Promise<ImportTarget | string> {
  let workshop: string;
  try {
    workshop = await readFile(join(dir, 'workshop.yaml'), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? 'has no workshop.yaml: --into adds to an existing content folder'
      : `cannot be read (${code})`;
  }
  const diagnostics: Diagnostic[] = [];
  const files = await listFiles(dir, dir, diagnostics);
  return { workshop, files };
}
