// Reads the themes shipped with the tool (templates/) and those a content folder brings (themes/).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { packageRoot } from '../util/package-root.js';
import { readTextFile } from './source-file.js';
import { parseYaml, type YamlSource } from './yaml.js';

/** The templates folder of this package (works from src/ under tsx and from dist/ after compiling). */
export function packageTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}

/** Loads every `<dir>/<name>/theme.yaml`, keyed by folder name; `label` is the folder as messages name it. */
export async function loadThemes(
  dir: string,
  label = 'templates',
): Promise<{ themes: Map<string, YamlSource>; diagnostics: Diagnostic[] }> {
  const themes = new Map<string, YamlSource>();
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return { themes, diagnostics };
  }
  for (const name of names) {
    const file = await readTextFile(join(dir, name, 'theme.yaml'), `${label}/${name}/theme.yaml`).catch(
      () => undefined,
    );
    if (!file) continue;
    if ('rule' in file) {
      diagnostics.push(file);
      continue;
    }
    const parsed = parseYaml(file);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.source) themes.set(name, parsed.source);
  }
  return { themes, diagnostics };
}
