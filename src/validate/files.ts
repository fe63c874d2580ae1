// Per-file schema checks: each file on its own, before anything looks across files.
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import type { MarkdownSource } from '../load/markdown.js';
import type { YamlSource } from '../load/yaml.js';
import { exerciseKindNames, exerciseKinds, type Exercise } from '../schema/exercise.js';
import { moduleFrontMatterSchema } from '../schema/module.js';
import { didYouMean, listOf } from '../util/suggest.js';
import { checkSchema } from './schema-check.js';
import type { Checked, ModuleContent } from './types.js';

/** Checks every YAML file of one kind; items whose `id` field overrides the file name are re-keyed. */
export function checkYamlFiles<S extends z.ZodType>(
  files: Map<string, YamlSource>,
  schema: S,
  rule: string,
  diagnostics: Diagnostic[],
): Map<string, Checked<z.infer<S>>> {
  const out = new Map<string, Checked<z.infer<S>>>();
  for (const [fileId, source] of files) {
    const { value, diagnostics: found } = checkSchema(schema, source, rule);
    diagnostics.push(...found);
    if (value === undefined) continue;
    addChecked(out, fileId, value, source, rule, diagnostics);
  }
  return out;
}

function addChecked<T>(out: Map<string, Checked<T>>, fileId: string, value: T, source: YamlSource, rule: string, diagnostics: Diagnostic[]): void {
  const explicit = (value as { id?: string }).id;
  const id = explicit ?? fileId;
  const existing = out.get(id);
  if (existing) {
    diagnostics.push({ rule: `${rule}/duplicate-id`, message: `id \`${id}\` is also used by ${existing.source.file}; ids must be unique`, source: explicit ? source.locate(['id']) : source.locate([]) });
    return;
  }
  out.set(id, { id, value, source });
}

/** Exercises: the `kind` picks the schema, so messages speak about that kind's fields. */
export function checkExercises(files: Map<string, YamlSource>, diagnostics: Diagnostic[]): Map<string, Checked<Exercise>> {
  const out = new Map<string, Checked<Exercise>>();
  for (const [fileId, source] of files) {
    const data = source.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      diagnostics.push({ rule: 'exercise/type', message: 'expected a mapping of exercise fields (title, kind, minutes, ...)', source: source.locate([]) });
      continue;
    }
    const kind = (data as { kind?: unknown }).kind;
    if (kind === undefined) {
      diagnostics.push({ rule: 'exercise/missing', message: `missing required field \`kind\`; expected one of ${listOf(exerciseKindNames)}`, source: source.locate([]) });
      continue;
    }
    if (typeof kind !== 'string' || !(kind in exerciseKinds)) {
      const hint = typeof kind === 'string' ? didYouMean(kind, exerciseKindNames) : '';
      diagnostics.push({ rule: 'exercise/kind', message: `\`kind\`: expected one of ${listOf(exerciseKindNames)}, found ${JSON.stringify(kind)}${hint}`, source: source.locate(['kind']) });
      continue;
    }
    const schema = exerciseKinds[kind as keyof typeof exerciseKinds];
    const { value, diagnostics: found } = checkSchema(schema as z.ZodType, source, 'exercise');
    diagnostics.push(...found);
    if (value !== undefined) addChecked(out, fileId, value as Exercise, source, 'exercise', diagnostics);
  }
  return out;
}

/** Module front matter; the body is checked separately. */
export function checkModuleFiles(files: Map<string, MarkdownSource>, diagnostics: Diagnostic[]): Map<string, Omit<ModuleContent, 'directives'>> {
  const out = new Map<string, Omit<ModuleContent, 'directives'>>();
  for (const [fileId, source] of files) {
    if (!source.frontMatter) {
      if (!source.frontMatterBroken) {
        diagnostics.push({ rule: 'module/front-matter', message: 'missing front matter; expected the file to start with `---`, then `title:` and `minutes:`, then `---`', source: { file: source.file, line: 1, column: 1 } });
      }
      continue;
    }
    const { value, diagnostics: found } = checkSchema(moduleFrontMatterSchema, source.frontMatter, 'module');
    diagnostics.push(...found);
    if (!value) continue;
    const id = value.id ?? fileId;
    if (out.has(id)) {
      diagnostics.push({ rule: 'module/duplicate-id', message: `id \`${id}\` is also used by ${out.get(id)!.file}; ids must be unique`, source: source.frontMatter.locate(['id']) });
      continue;
    }
    out.set(id, { id, file: source.file, text: source.text, meta: value, metaSource: source.frontMatter, root: source.root });
  }
  return out;
}
