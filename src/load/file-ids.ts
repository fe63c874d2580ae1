// Ids come from file names: what one may be, and the two files that would share one.
import { extname } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { YamlSource } from './yaml.js';

/** What an id (a file name without its extension) may be: it names folders and is written in directives. */
export const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export function idOf(fileName: string): string {
  return fileName.slice(0, fileName.length - extname(fileName).length);
}

export function addById<T extends { file: string }>(
  map: Map<string, T>,
  id: string,
  value: T,
  diagnostics: Diagnostic[],
): void {
  const existing = map.get(id);
  if (existing) {
    const [first, second] = [existing, value].sort((a, b) => (a.file < b.file ? -1 : 1));
    diagnostics.push({
      rule: 'content/duplicate-id',
      message: `id \`${id}\` is already used by ${first!.file}; ids come from file names and must be unique per folder`,
      source: { file: second!.file, line: 1, column: 1 },
    });
    map.set(id, first!);
    return;
  }
  map.set(id, value);
}

/**
 * A client's id names its output folder, and macOS and Windows do not tell `Acme` from `acme` (nor
 * composed from decomposed accents): the two kits would be written into one folder.
 */
export function caseCollisions(clients: ReadonlyMap<string, YamlSource>, diagnostics: Diagnostic[]): void {
  const seen = new Map<string, [string, YamlSource]>();
  for (const [id, source] of [...clients].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const key = id.normalize('NFC').toLowerCase();
    const first = seen.get(key);
    if (!first) {
      seen.set(key, [id, source]);
      continue;
    }
    diagnostics.push({
      rule: 'content/duplicate-id',
      message: `client id \`${id}\` differs from \`${first[0]}\` (${first[1].file}) only in case, and on macOS and Windows their kits would be written into one folder; rename or remove one of the two files`,
      source: { file: source.file, line: 1, column: 1 },
    });
  }
}
