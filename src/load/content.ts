// Load stage: reads a content folder into parsed sources that keep their text and positions. The only stage that reads files.
import { type Dirent, existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { MARKDOWN_FIELDS, type MarkdownFieldSpec } from '../schema/markdown-fields.js';
import { type MarkdownSource, parseMarkdown } from './markdown.js';
import { longWord, readTextFile, type TextFile, unreadable } from './source-file.js';
import { parseYaml, type YamlSource } from './yaml.js';

export const YAML_FOLDERS = ['comparisons', 'styles', 'exercises', 'clients'] as const;
export type YamlFolder = (typeof YAML_FOLDERS)[number];

export interface Asset {
  path: string;
  bytes: Uint8Array;
  /** Set for a file over the asset limit: its bytes were not read, and a use of it is an error that says so. */
  tooLarge?: number;
}

export interface LoadedContent {
  root: string;
  workshop?: YamlSource;
  modules: Map<string, MarkdownSource>;
  comparisons: Map<string, YamlSource>;
  styles: Map<string, YamlSource>;
  exercises: Map<string, YamlSource>;
  clients: Map<string, YamlSource>;
  /** Ids of files that exist but could not be parsed, per folder: references to them are not "unknown". */
  unreadable: Map<YamlFolder | 'modules', Set<string>>;
  /** Every other file inside the content folder, by content-relative path: images may live anywhere inside it. */
  assets: Map<string, Asset>;
}

export const MAX_ASSET_BYTES = 20 * 1024 * 1024;
/** What an id (a file name without its extension) may be: it names folders and is written in directives. */
const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
const TEXT_EXTENSIONS = new Set(['.yaml', '.yml', '.md', '.markdown']);

/** Reads and parses everything in the content folder, collecting diagnostics instead of stopping at the first. */
export async function loadContent(
  root: string,
): Promise<{ content: LoadedContent; diagnostics: Diagnostic[]; warnings: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const content: LoadedContent = {
    root,
    modules: new Map(),
    comparisons: new Map(),
    styles: new Map(),
    exercises: new Map(),
    clients: new Map(),
    assets: new Map(),
    unreadable: new Map(),
  };
  const markUnreadable = (folder: YamlFolder | 'modules', id: string) => {
    const set = content.unreadable.get(folder) ?? new Set<string>();
    set.add(id);
    content.unreadable.set(folder, set);
  };
  const rootReal = await realpath(root);
  const files = await listFiles(rootReal, rootReal, diagnostics);
  // Every client file is built without being named, so one the build skips is a kit that silently is not made.
  const hidden = (await readdir(join(rootReal, 'clients')).catch(() => [] as string[])).filter(
    (name) => name.startsWith('.') && /\.ya?ml$/i.test(name),
  );
  for (const name of hidden.sort())
    warnings.push(skippedClient(`clients/${name}`, 'its name starts with a dot, which hides it'));
  for (const path of files) {
    const [folder, name, ...rest] = path.split('/');
    const ext = extname(path).toLowerCase();
    if (folder === 'clients' && rest.length === 0 && name && !['.yaml', '.yml', '.md', '.markdown'].includes(ext))
      warnings.push(skippedClient(path, `client files end in .yaml, and this one ends in ${ext || 'no extension'}`));
  }

  // Files are read at once but registered in path order, so which of two files with one id is
  // blamed (and every map's order) is the same on every run.
  const jobs = files.map(async (path): Promise<(() => void) | undefined> => {
    const absolute = join(rootReal, path);
    const [folder, name, ...rest] = path.split('/');
    const ext = extname(path).toLowerCase();
    if (path === 'workshop.yaml' || path === 'workshop.yml') {
      const parsed = await loadYaml(absolute, path, diagnostics);
      return () => {
        if (parsed) content.workshop = parsed;
      };
    }
    const idFile =
      rest.length === 0 &&
      name !== undefined &&
      ((folder === 'modules' && (ext === '.md' || ext === '.markdown')) ||
        ((YAML_FOLDERS as readonly string[]).includes(folder ?? '') && (ext === '.yaml' || ext === '.yml')));
    // `_draft.md`: a facilitator's convention for a file kept beside the content but not built.
    if (idFile && name.startsWith('_')) return;
    if (idFile && !SAFE_ID.test(idOf(name))) {
      // Only a client is built without being named; a module, comparison, style or exercise with such a
      // name (`welcome copy.md`) cannot be referenced by any id, so it is never used and is left alone.
      if (folder !== 'clients') return;
      markUnreadable('clients', idOf(name));
      return void diagnostics.push({
        rule: 'content/file-name',
        message: `the client file name ${JSON.stringify(name)} cannot be an id: a client's id names its output folder; use letters, digits, \`-\`, \`_\` and \`.\` (no spaces, brackets or quotes), or, if it is a copy, delete it or start its name with \`_\` to keep it unbuilt`,
        source: { file: path, line: 1, column: 1 },
      });
    }
    if (rest.length === 0 && name !== undefined && folder === 'modules' && (ext === '.md' || ext === '.markdown')) {
      const file = await readTextFile(absolute, path);
      if ('rule' in file) {
        markUnreadable('modules', idOf(name));
        return void diagnostics.push(file);
      }
      const parsed = cached(file, parseMarkdown);
      diagnostics.push(
        ...(parsed.diagnostics.length ? parsed.diagnostics : [longWord(file)].filter((d) => d !== undefined)),
      );
      return () => addById(content.modules, idOf(name), parsed.source, diagnostics);
    }
    if (
      rest.length === 0 &&
      name !== undefined &&
      (YAML_FOLDERS as readonly string[]).includes(folder ?? '') &&
      (ext === '.yaml' || ext === '.yml')
    ) {
      const parsed = await loadYaml(absolute, path, diagnostics, MARKDOWN_FIELDS[folder!]);
      if (!parsed) {
        markUnreadable(folder as YamlFolder, idOf(name));
        return undefined;
      }
      return () => addById(content[folder as YamlFolder], idOf(name), parsed, diagnostics);
    }
    if (TEXT_EXTENSIONS.has(ext)) return; // notes, READMEs and drafts next to content are not ours to judge
    try {
      const info = await stat(absolute);
      if (info.size > MAX_ASSET_BYTES)
        return () => void content.assets.set(path, { path, bytes: new Uint8Array(), tooLarge: info.size });
      const bytes = new Uint8Array(await readFile(absolute));
      return () => void content.assets.set(path, { path, bytes });
    } catch {
      // An asset nobody may read is reported where it is used, as not found.
    }
  });
  for (const register of await Promise.all(jobs)) register?.();
  caseCollisions(content.clients, diagnostics);
  if (!content.workshop && !diagnostics.some((d) => d.source?.file.startsWith('workshop.'))) {
    diagnostics.push({
      rule: 'content/no-workshop',
      message: 'workshop.yaml not found; expected the workshop file at the top of the content folder',
      source: { file: 'workshop.yaml', line: 1, column: 1 },
    });
  }
  return { content, diagnostics, warnings };
}

function skippedClient(path: string, why: string): Diagnostic {
  const id = path.slice('clients/'.length).replace(/^\.+/, '').split('.')[0] || 'the-client';
  return {
    rule: 'content/skipped-client',
    message: `not read, so no kit is built for it: ${why}; rename it to clients/${id}.yaml to build it, or to clients/_${id}.yaml to keep it unbuilt without this warning`,
    source: { file: path, line: 1, column: 1 },
  };
}

async function loadYaml(
  absolute: string,
  path: string,
  diagnostics: Diagnostic[],
  markdown: readonly MarkdownFieldSpec[] = [],
): Promise<YamlSource | undefined> {
  const file = await readTextFile(absolute, path);
  if ('rule' in file) {
    diagnostics.push(file);
    return undefined;
  }
  // The folder, and with it the Markdown fields, follows from the path, so the cache's key still decides the result.
  const parsed = cached(file, (f) => parseYaml(f, 0, markdown));
  diagnostics.push(
    ...(parsed.diagnostics.length ? parsed.diagnostics : [longWord(file)].filter((d) => d !== undefined)),
  );
  return parsed.source;
}

// Parsing is a pure function of path and text, and micromark is the slowest part of loading (~60 ms
// warm for the bundled modules): a long-lived process (watch mode) re-parses only files whose text changed.
// One entry per path, so the cache never holds more than the content folder.
const parses = new Map<string, { text: string; result: unknown }>();

function cached<R>(file: TextFile, parse: (file: TextFile) => R): R {
  const hit = parses.get(file.path);
  if (hit && hit.text === file.text) return hit.result as R;
  const result = parse(file);
  parses.set(file.path, { text: file.text, result });
  return result;
}

function idOf(fileName: string): string {
  return fileName.slice(0, fileName.length - extname(fileName).length);
}

function addById<T extends { file: string }>(
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
function caseCollisions(clients: ReadonlyMap<string, YamlSource>, diagnostics: Diagnostic[]): void {
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

/** Lists files under `dir` as root-relative paths, following symlinks only while they stay inside the root. */
async function listFiles(dir: string, root: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    diagnostics.push({
      ...unreadable(error, `${relative(root, dir).split(sep).join('/') || '.'}/`),
      message: 'cannot read the folder: its files are not part of the build; give yourself read permission on it',
    });
    return out;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    let absolute = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        absolute = await realpath(absolute);
      } catch {
        continue;
      }
      if (!isInside(root, absolute)) continue;
      const info = await stat(absolute).catch(() => undefined);
      if (!info) continue;
      isDir = info.isDirectory();
      isFile = info.isFile();
      // A linked folder could loop, and a FIFO, device or socket would block the read: only linked files are followed.
      if (!isFile) continue;
      const rel = relative(root, join(dir, entry.name)).split(sep).join('/');
      out.push(rel);
      continue;
    }
    if (isDir) {
      if (entry.name === 'node_modules') continue;
      out.push(...(await listFiles(absolute, root, diagnostics)));
    } else if (isFile) {
      out.push(relative(root, absolute).split(sep).join('/'));
    }
    // Anything else (a FIFO, a device, a socket) is never opened: reading it could wait for ever.
  }
  return out.sort();
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

/** The module files' texts, as load reads them (watch mode warms the parser on them); editors' lock and backup files (dotfiles) and anything unreadable are skipped. */
export function moduleTexts(contentDir: string): { path: string; text: string }[] {
  const dir = join(contentDir, 'modules');
  const out: { path: string; text: string }[] = [];
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.') || !entry.name.endsWith('.md')) continue;
    try {
      out.push({ path: `modules/${entry.name}`, text: readFileSync(join(dir, entry.name), 'utf8') });
    } catch {
      // Deleted or unreadable since the listing: the next build reports it if it matters.
    }
  }
  return out;
}

/** How many client files the content folder has (a build opens its render workers before reading them). */
export function clientFileCount(contentDir: string): number {
  try {
    return readdirSync(join(contentDir, 'clients')).filter((f) => /\.ya?ml$/.test(f)).length;
  } catch {
    return 0;
  }
}
