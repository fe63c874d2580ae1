// Load stage: reads a content folder into parsed sources that keep their text and positions. The only stage that reads files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { MARKDOWN_FIELDS, type MarkdownFieldSpec } from '../schema/markdown-fields.js';
import { addById, caseCollisions, idOf, SAFE_ID } from './file-ids.js';
import { listFiles, skippedClients } from './list-files.js';
import { type MarkdownSource, parseMarkdown } from './markdown.js';
import { longWord, readTextFile, type TextFile } from './source-file.js';
import { parseYaml, type YamlSource } from './yaml.js';

export const YAML_FOLDERS = ['comparisons', 'styles', 'exercises', 'clients', 'i18n'] as const;
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
  /** The content's own words per language (`i18n/sv.yaml`), by file name. */
  i18n: Map<string, YamlSource>;
  /** Ids of files that exist but could not be parsed, per folder: references to them are not "unknown". */
  unreadable: Map<YamlFolder | 'modules', Set<string>>;
  /** Every other file inside the content folder, by content-relative path: images may live anywhere inside it. */
  assets: Map<string, Asset>;
}

export const MAX_ASSET_BYTES = 20 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set(['.yaml', '.yml', '.md', '.markdown']);

/** Reads and parses everything in the content folder, collecting diagnostics instead of stopping at the first. */
export async function loadContent(
  root: string,
): Promise<{ content: LoadedContent; diagnostics: Diagnostic[]; warnings: Diagnostic[] }> {
  const rootReal = await realpath(root);
  const loader = new ContentLoader(root, rootReal);
  const files = await listFiles(rootReal, rootReal, loader.diagnostics);
  loader.warnings.push(...(await skippedClients(rootReal, files)));
  // Files are read at once but registered in path order, so which of two files with one id is
  // blamed (and every map's order) is the same on every run.
  const registrations = await Promise.all(files.map((path) => loader.read(path)));
  for (const register of registrations) register?.();
  return loader.finish();
}

/** Adds a file read to the content; run in path order once every file is read. */
type Registration = (() => void) | undefined;

/** One load of a content folder: the content read so far, and what was wrong with it. */
class ContentLoader {
  readonly diagnostics: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  readonly content: LoadedContent;

  constructor(
    root: string,
    private readonly rootReal: string,
  ) {
    this.content = {
      root,
      modules: new Map(),
      comparisons: new Map(),
      styles: new Map(),
      exercises: new Map(),
      clients: new Map(),
      i18n: new Map(),
      assets: new Map(),
      unreadable: new Map(),
    };
  }

  /** Reads one file; nothing to register when it is skipped or cannot be read. */
  async read(path: string): Promise<Registration> {
    const absolute = join(this.rootReal, path);
    if (path === 'workshop.yaml' || path === 'workshop.yml') return this.readWorkshop(absolute, path);
    const folder = itemFolderOf(path);
    if (folder) return this.readItem(folder, absolute, path);
    // Notes, READMEs and drafts next to content are not ours to judge.
    if (TEXT_EXTENSIONS.has(extname(path).toLowerCase())) return;
    return this.readAsset(absolute, path);
  }

  /** The problems that show only once every file is registered. */
  finish(): { content: LoadedContent; diagnostics: Diagnostic[]; warnings: Diagnostic[] } {
    caseCollisions(this.content.clients, this.diagnostics);
    if (!this.content.workshop && !this.diagnostics.some((d) => d.source?.file.startsWith('workshop.'))) {
      this.diagnostics.push({
        rule: 'content/no-workshop',
        message: 'workshop.yaml not found; expected the workshop file at the top of the content folder',
        source: { file: 'workshop.yaml', line: 1, column: 1 },
      });
    }
    return { content: this.content, diagnostics: this.diagnostics, warnings: this.warnings };
  }

  private async readWorkshop(absolute: string, path: string): Promise<Registration> {
    const parsed = await loadYaml(absolute, path, this.diagnostics);
    return () => {
      if (parsed) this.content.workshop = parsed;
    };
  }

  /** A module, comparison, style, exercise or client: a file whose name is its id. */
  private async readItem(folder: ItemFolder, absolute: string, path: string): Promise<Registration> {
    const name = path.split('/')[1]!;
    const id = idOf(name);
    // `_draft.md`: a facilitator's convention for a file kept beside the content but not built.
    if (name.startsWith('_')) return;
    if (!SAFE_ID.test(id)) return this.refuseName(folder, path, name);
    return folder === 'modules' ? this.readModule(absolute, path, id) : this.readYamlItem(folder, absolute, path, id);
  }

  private refuseName(folder: ItemFolder, path: string, name: string): undefined {
    // Only a client is built without being named; a module, comparison, style or exercise with such a
    // name (`welcome copy.md`) cannot be referenced by any id, so it is never used and is left alone.
    if (folder !== 'clients') return;
    this.markUnreadable('clients', idOf(name));
    this.diagnostics.push({
      rule: 'content/file-name',
      message: `the client file name ${JSON.stringify(name)} cannot be an id: a client's id names its output folder; use letters, digits, \`-\`, \`_\` and \`.\` (no spaces, brackets or quotes), or, if it is a copy, delete it or start its name with \`_\` to keep it unbuilt`,
      source: { file: path, line: 1, column: 1 },
    });
  }

  private async readModule(absolute: string, path: string, id: string): Promise<Registration> {
    const file = await readTextFile(absolute, path);
    if ('rule' in file) {
      this.markUnreadable('modules', id);
      return void this.diagnostics.push(file);
    }
    const parsed = cached(file, parseMarkdown);
    this.diagnostics.push(
      ...(parsed.diagnostics.length ? parsed.diagnostics : [longWord(file)].filter((d) => d !== undefined)),
    );
    return () => addById(this.content.modules, id, parsed.source, this.diagnostics);
  }

  private async readYamlItem(folder: YamlFolder, absolute: string, path: string, id: string): Promise<Registration> {
    const parsed = await loadYaml(absolute, path, this.diagnostics, MARKDOWN_FIELDS[folder]);
    if (!parsed) {
      this.markUnreadable(folder, id);
      return undefined;
    }
    return () => addById(this.content[folder], id, parsed, this.diagnostics);
  }

  private async readAsset(absolute: string, path: string): Promise<Registration> {
    try {
      const info = await stat(absolute);
      if (info.size > MAX_ASSET_BYTES)
        return () => void this.content.assets.set(path, { path, bytes: new Uint8Array(), tooLarge: info.size });
      const bytes = new Uint8Array(await readFile(absolute));
      return () => void this.content.assets.set(path, { path, bytes });
    } catch {
      // An asset nobody may read is reported where it is used, as not found.
      return undefined;
    }
  }

  private markUnreadable(folder: ItemFolder, id: string): void {
    const set = this.content.unreadable.get(folder) ?? new Set<string>();
    set.add(id);
    this.content.unreadable.set(folder, set);
  }
}

type ItemFolder = YamlFolder | 'modules';

/** The folder of a file whose name is an id (`modules/welcome.md`, `clients/acme.yaml`), else `undefined`. */
function itemFolderOf(path: string): ItemFolder | undefined {
  const [folder, name, ...rest] = path.split('/');
  const ext = extname(path).toLowerCase();
  if (rest.length > 0 || name === undefined) return undefined;
  if (folder === 'modules' && (ext === '.md' || ext === '.markdown')) return 'modules';
  if ((YAML_FOLDERS as readonly string[]).includes(folder ?? '') && (ext === '.yaml' || ext === '.yml'))
    return folder as YamlFolder;
  return undefined;
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
  return clientFileNames(contentDir).length;
}

/** The client files' names in the content folder, none where it has no clients folder. */
export function clientFileNames(contentDir: string): string[] {
  try {
    return readdirSync(join(contentDir, 'clients')).filter((f) => /\.ya?ml$/.test(f));
  } catch {
    return [];
  }
}
