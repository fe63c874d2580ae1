// Validate stage: schemas per file, then rules across files. Collects every problem before stopping.
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedContent } from '../load/content.js';
import type { YamlSource } from '../load/yaml.js';
import { clientSchema } from '../schema/client.js';
import { comparisonSchema } from '../schema/comparison.js';
import { stylesSchema } from '../schema/styles.js';
import { themeSchema } from '../schema/theme.js';
import { workshopSchema } from '../schema/workshop.js';
import { checkExercises, checkModuleFiles, checkYamlFiles } from './files.js';
import { checkImage } from './images.js';
import { checkComparison, checkExercise } from './item-rules.js';
import { checkModuleBody } from './module-body.js';
import { checkClients, checkDirectives, checkRunningOrder, type KnownIds } from './references.js';
import { checkSchema } from './schema-check.js';
import type { ImageAsset, ModuleContent, ValidContent } from './types.js';
import { scanVariables, type VariableUse } from './variables.js';

export interface Validated {
  content?: ValidContent;
  /** Every variable use per content file, for the per-client check in compose. */
  variables: Map<string, VariableUse[]>;
  diagnostics: Diagnostic[];
}

/** Checks loaded content and returns it typed; `content` is absent when a file could not be checked at all. */
export function validateContent(loaded: LoadedContent, themeSources: Map<string, YamlSource>): Validated {
  const diagnostics: Diagnostic[] = [];
  const variables = new Map<string, VariableUse[]>();

  const workshopChecked = loaded.workshop ? checkSchema(workshopSchema, loaded.workshop, 'workshop') : undefined;
  diagnostics.push(...(workshopChecked?.diagnostics ?? []));

  const themes = checkYamlFiles(themeSources, themeSchema, 'theme', diagnostics);
  const comparisons = checkYamlFiles(loaded.comparisons, comparisonSchema, 'comparison', diagnostics);
  const styles = checkYamlFiles(loaded.styles, stylesSchema, 'styles', diagnostics);
  const clients = checkYamlFiles(loaded.clients, clientSchema, 'client', diagnostics);
  const exercises = checkExercises(loaded.exercises, diagnostics);
  const moduleFiles = checkModuleFiles(loaded.modules, diagnostics);

  comparisons.forEach((c) => checkComparison(c, diagnostics));
  exercises.forEach((e) => checkExercise(e, diagnostics));

  const images = new Map<string, ImageAsset>();
  const modules = new Map<string, ModuleContent>();
  for (const [id, module] of moduleFiles) {
    const { directives, images: uses } = checkModuleBody(module.file, module.text, module.root, diagnostics);
    for (const use of uses) checkImage(use.url, use.source, loaded.assets, images, diagnostics);
    modules.set(id, { ...module, directives });
  }
  for (const client of clients.values()) {
    const logo = client.value.brand?.logo;
    if (logo) checkImage(logo, client.source.locate(['brand', 'logo']), loaded.assets, images, diagnostics, 'logo');
  }

  for (const source of [loaded.workshop, ...loaded.comparisons.values(), ...loaded.styles.values(), ...loaded.exercises.values(), ...loaded.clients.values()]) {
    if (source) variables.set(source.file, scanVariables(source.file, source.text, diagnostics, true));
  }
  for (const source of loaded.modules.values()) variables.set(source.file, scanVariables(source.file, source.text, diagnostics, false));

  if (!workshopChecked?.value || !loaded.workshop) return { variables, diagnostics };
  const workshop = { id: 'workshop', value: workshopChecked.value, source: loaded.workshop };
  const content: ValidContent = { workshop, modules, comparisons, styles, exercises, clients, themes, images };

  const failed = (folder: 'modules' | 'comparisons' | 'styles' | 'exercises') => loaded.unreadable.get(folder) ?? new Set<string>();
  const known: KnownIds = {
    modules: new Set([...modules.keys(), ...loaded.modules.keys(), ...failed('modules')]),
    comparisons: new Set([...comparisons.keys(), ...loaded.comparisons.keys(), ...failed('comparisons')]),
    styles: new Set([...styles.keys(), ...loaded.styles.keys(), ...failed('styles')]),
    exercises: new Set([...exercises.keys(), ...loaded.exercises.keys(), ...failed('exercises')]),
  };
  checkRunningOrder(workshop.value.modules, workshop.source, [...known.modules].sort(), diagnostics);
  checkDirectives(content, known, diagnostics);
  checkClients(content, known, diagnostics);
  return { content, variables, diagnostics };
}
