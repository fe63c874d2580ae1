// Validate stage: schemas per file, then rules across files. Collects every problem before stopping.

import type { Checked, ImageAsset, ModuleContent, ValidContent } from '../content/types.js';
import type { VariableUse } from '../content/variables.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Asset, LoadedContent } from '../load/content.js';
import type { YamlSource } from '../load/yaml.js';
import { type Client, clientSchema } from '../schema/client.js';
import { comparisonSchema } from '../schema/comparison.js';
import { stylesSchema } from '../schema/styles.js';
import { themeSchema } from '../schema/theme.js';
import { workshopSchema } from '../schema/workshop.js';
import { checkAttendeeFiles } from './attendees.js';
import { hanFacesOf } from './cjk-fonts.js';
import { checkExercises, checkModuleFiles, checkYamlFiles } from './files.js';
import { checkFonts } from './fonts.js';
import { checkImage } from './images.js';
import { checkComparison, checkExercise } from './item-rules.js';
import { checkCatalogues, checkLanguages } from './languages.js';
import { checkMarkdownFields } from './markdown-fields.js';
import { checkModuleBody } from './module-body.js';
import { checkPrintable } from './printable.js';
import { checkClientFilters, checkClients, checkDirectives, checkRunningOrder, type KnownIds } from './references.js';
import { checkSchema } from './schema-check.js';
import { checkTemplates } from './templates.js';
import { scanVariables } from './variables.js';

export interface Validated {
  content?: ValidContent;
  /** Every variable use per content file, for the per-client check in compose. */
  variables: Map<string, VariableUse[]>;
  diagnostics: Diagnostic[];
}

function knownIds(
  checked: ReadonlyMap<string, { file?: string; source?: { file: string } }>,
  files: ReadonlyMap<string, { file: string }>,
  unreadable: ReadonlySet<string> | undefined,
): Set<string> {
  const checkedFiles = new Set([...checked.values()].map((c) => c.file ?? c.source?.file));
  const failed = [...files].filter(([, source]) => !checkedFiles.has(source.file)).map(([id]) => id);
  return new Set([...checked.keys(), ...failed, ...(unreadable ?? [])]);
}

/** Checks loaded content and returns it typed; `content` is absent when a file could not be checked at all. */
export function validateContent(loaded: LoadedContent, themeSources: Map<string, YamlSource>): Validated {
  const diagnostics: Diagnostic[] = [];
  const files = checkFileSchemas(loaded, themeSources, diagnostics);
  const { workshop, themes, comparisons, styles, clients, exercises, catalogues } = files;
  const images = new Map<string, ImageAsset>();
  const modules = checkModuleBodies(files.moduleFiles, loaded.assets, images, diagnostics);
  // The same order as before the trees: exercises, then comparisons and styles, each field in its schema's order.
  for (const { source } of [...exercises.values(), ...comparisons.values(), ...styles.values()])
    checkMarkdownFields(source, loaded.assets, images, diagnostics);
  const fonts = checkFonts([...(workshop ? [workshop] : []), ...clients.values()], loaded.assets, diagnostics);
  const templates = checkTemplates(workshop, [...clients.values()], loaded.assets, diagnostics);
  checkLogos(clients, loaded.assets, images, diagnostics);
  const attendees = checkAttendeeFiles([...clients.values()], loaded.assets, diagnostics);
  const variables = scanTexts(loaded, diagnostics);
  checkReferences(loaded, files, modules, diagnostics);
  if (!workshop) return { variables, diagnostics };
  const content: ValidContent = {
    workshop,
    modules,
    comparisons,
    styles,
    exercises,
    clients,
    themes,
    images,
    templates,
    fonts,
    catalogues,
    attendees,
  };
  return { content, variables, diagnostics };
}

type CheckedFiles = ReturnType<typeof checkFileSchemas>;

/** Each file against its schema, then the rules within one comparison or exercise. */
function checkFileSchemas(loaded: LoadedContent, themeSources: Map<string, YamlSource>, diagnostics: Diagnostic[]) {
  const workshopChecked = loaded.workshop ? checkSchema(workshopSchema, loaded.workshop, 'workshop') : undefined;
  diagnostics.push(...(workshopChecked?.diagnostics ?? []));
  const files = {
    workshop:
      workshopChecked?.value && loaded.workshop
        ? { id: 'workshop', value: workshopChecked.value, source: loaded.workshop }
        : undefined,
    themes: checkYamlFiles(themeSources, themeSchema, 'theme', diagnostics),
    comparisons: checkYamlFiles(loaded.comparisons, comparisonSchema, 'comparison', diagnostics),
    styles: checkYamlFiles(loaded.styles, stylesSchema, 'styles', diagnostics),
    clients: checkYamlFiles(loaded.clients, clientSchema, 'client', diagnostics),
    exercises: checkExercises(loaded.exercises, diagnostics),
    moduleFiles: checkModuleFiles(loaded.modules, diagnostics),
    catalogues: checkCatalogues(loaded.i18n, diagnostics),
  };
  files.comparisons.forEach((c) => checkComparison(c, diagnostics));
  files.exercises.forEach((e) => checkExercise(e, diagnostics));
  return files;
}

/** Each module's body: its directives, its client filters and the pictures it shows. */
function checkModuleBodies(
  moduleFiles: CheckedFiles['moduleFiles'],
  assets: Map<string, Asset>,
  images: Map<string, ImageAsset>,
  diagnostics: Diagnostic[],
): Map<string, ModuleContent> {
  const modules = new Map<string, ModuleContent>();
  for (const [id, module] of moduleFiles) {
    const { directives, images: uses, filters } = checkModuleBody(module.file, module.text, module.root, diagnostics);
    for (const use of uses) checkImage(use.url, use.source, assets, images, diagnostics);
    modules.set(id, { ...module, directives, filters });
  }
  return modules;
}

function checkLogos(
  clients: ReadonlyMap<string, Checked<Client>>,
  assets: Map<string, Asset>,
  images: Map<string, ImageAsset>,
  diagnostics: Diagnostic[],
): void {
  for (const client of clients.values()) {
    const logo = client.value.brand?.logo;
    if (logo) checkImage(logo, client.source.locate(['brand', 'logo']), assets, images, diagnostics, 'logo');
  }
}

/** Every content file's text, for unprintable characters and variable uses; returns the uses per file. */
function scanTexts(loaded: LoadedContent, diagnostics: Diagnostic[]): Map<string, VariableUse[]> {
  const variables = new Map<string, VariableUse[]>();
  const yamlFiles = [
    loaded.workshop,
    ...loaded.comparisons.values(),
    ...loaded.styles.values(),
    ...loaded.exercises.values(),
    ...loaded.clients.values(),
    ...loaded.i18n.values(),
  ].flatMap((source) => (source ? [source] : []));
  for (const source of yamlFiles)
    variables.set(source.file, scanVariables(source.file, source.text, diagnostics, true));
  checkPrintable(
    [
      ...yamlFiles.map((s) => ({ file: s.file, text: s.text, kind: 'yaml' as const })),
      ...[...loaded.modules.values()].map((m) => ({ file: m.file, text: m.text, kind: 'markdown' as const })),
    ],
    diagnostics,
    hanFacesOf([loaded.workshop, ...loaded.clients.values()].map((s) => (s?.data as { lang?: unknown } | null)?.lang)),
  );
  for (const source of loaded.modules.values())
    variables.set(source.file, scanVariables(source.file, source.text, diagnostics, false));
  return variables;
}

/** What files name in one another: directives, client filters, clients' overlays and the running order. */
function checkReferences(
  loaded: LoadedContent,
  files: CheckedFiles,
  modules: ReadonlyMap<string, ModuleContent>,
  diagnostics: Diagnostic[],
): void {
  const { workshop, themes, comparisons, styles, clients, exercises } = files;
  // Ids as checked (an `id:` field renames an item), plus the file names of files that could not be
  // checked: a reference to a broken file is not also reported as a reference to a missing one.
  const known: KnownIds = {
    modules: knownIds(modules, loaded.modules, loaded.unreadable.get('modules')),
    comparisons: knownIds(comparisons, loaded.comparisons, loaded.unreadable.get('comparisons')),
    styles: knownIds(styles, loaded.styles, loaded.unreadable.get('styles')),
    exercises: knownIds(exercises, loaded.exercises, loaded.unreadable.get('exercises')),
  };
  checkDirectives(modules, known, new Map([...exercises].map(([id, e]) => [id, e.value.kind])), diagnostics);
  checkClientFilters(
    modules,
    clients,
    knownIds(clients, loaded.clients, loaded.unreadable.get('clients')),
    diagnostics,
  );
  checkClients(clients, workshop, themes, known, diagnostics);
  const spoken = new Set([...loaded.i18n.keys(), ...(loaded.unreadable.get('i18n') ?? [])]);
  checkLanguages(workshop, clients, spoken, diagnostics);
  const moduleIds = [...known.modules].sort();
  if (workshop) return checkRunningOrder(workshop.value.modules, workshop.source, moduleIds, diagnostics);
  // Another field of workshop.yaml is wrong; its running order's module ids are checked all the same,
  // so one run reports every mistake (ids the schema rejected have been reported already).
  const order = (loaded.workshop?.data as { modules?: unknown } | undefined)?.modules;
  if (loaded.workshop && Array.isArray(order)) checkRunningOrder(order, loaded.workshop, moduleIds, diagnostics);
}
