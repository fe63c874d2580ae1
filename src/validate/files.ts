// Per-file schema checks: each file on its own, before anything looks across files.

import type { z } from 'zod';
import type { Checked, ModuleContent } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { MarkdownSource } from '../load/markdown.js';
import type { YamlSource } from '../load/yaml.js';
import type { SchemaKind } from '../rules.js';
import { type Exercise, exerciseKindNames, exerciseKinds } from '../schema/exercise.js';
import { moduleFrontMatterSchema } from '../schema/module.js';
import { didYouMean, listOf } from '../util/suggest.js';
import { checkSchema } from './schema-check.js';

/** Checks every YAML file of one kind; items whose `id` field overrides the file name are re-keyed. */
export function checkYamlFiles<S extends z.ZodType>(
  files: Map<string, YamlSource>,
  schema: S,
  rule: SchemaKind,
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

function addChecked<T>(
  out: Map<string, Checked<T>>,
  fileId: string,
  value: T,
  source: YamlSource,
  rule: SchemaKind,
  diagnostics: Diagnostic[],
): void {
  const explicit = (value as { id?: string }).id;
  const id = explicit ?? fileId;
  const existing = out.get(id);
  if (existing) {
    diagnostics.push({
      rule: `${rule}/duplicate-id`,
      message: `id \`${id}\` is also used by ${existing.source.file}; ids must be unique`,
      source: explicit ? source.locate(['id']) : source.locate([]),
    });
    return;
  }
  out.set(id, { id, value, source });
}

/** Exercises: the `kind` picks the schema, so messages speak about that kind's fields. */
export function checkExercises(
  files: Map<string, YamlSource>,
  diagnostics: Diagnostic[],
): Map<string, Checked<Exercise>> {
  const out = new Map<string, Checked<Exercise>>();
  for (const [fileId, source] of files) {
    const data = source.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      diagnostics.push({
        rule: 'exercise/type',
        message: 'expected a mapping of exercise fields (title, kind, minutes, ...)',
        source: source.locate([]),
      });
      continue;
    }
    const kind = (data as { kind?: unknown }).kind;
    if (kind === undefined) {
      diagnostics.push({
        rule: 'exercise/missing',
        message: `missing required field \`kind\`; expected one of ${listOf(exerciseKindNames)}`,
        source: source.locate([]),
      });
      continue;
    }
    if (typeof kind !== 'string' || !(kind in exerciseKinds)) {
      const hint = typeof kind === 'string' ? didYouMean(kind, exerciseKindNames) : '';
      diagnostics.push({
        rule: 'exercise/kind',
        message: `\`kind\`: expected one of ${listOf(exerciseKindNames)}, found ${JSON.stringify(kind)}${hint}`,
        source: source.locate(['kind']),
      });
      continue;
    }
    const schema = exerciseKinds[kind as keyof typeof exerciseKinds];
    const { value, diagnostics: found } = checkSchema(schema as z.ZodType, source, 'exercise');
    diagnostics.push(...found);
    if (value !== undefined) addChecked(out, fileId, value as Exercise, source, 'exercise', diagnostics);
  }
  return out;
}

/**
 * When a file opens front matter with `---` but never closes it, the line of its last field (the
 * closing `---` goes after it); undefined when the file does not start with `---`.
 */
function unclosedFrontMatter(text: string): number | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  let last = 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    // Fields, list items and indented continuations belong to the YAML; so does a comment, unless a
    // blank line comes before it: then it is the module's first heading.
    const comment = line.startsWith('#') && lines[i - 1]!.trim() !== '';
    if (/^([\w-]+\s*:|\s+\S|-\s)/.test(line) || comment) last = i + 1;
    else break;
  }
  return last;
}

/** Module front matter; the body is checked separately. */
export function checkModuleFiles(
  files: Map<string, MarkdownSource>,
  diagnostics: Diagnostic[],
): Map<string, Omit<ModuleContent, 'directives' | 'filters'>> {
  const out = new Map<string, Omit<ModuleContent, 'directives' | 'filters'>>();
  for (const [fileId, source] of files) {
    if (!source.frontMatter) {
      if (!source.frontMatterBroken) {
        const unclosedAfter = unclosedFrontMatter(source.text);
        const message = unclosedAfter
          ? `front matter is never closed: the \`---\` on line 1 needs a closing \`---\` on a line of its own after the last field (line ${unclosedAfter}), before the module's first heading`
          : 'missing front matter; expected the file to start with `---`, then `title:` and `minutes:`, then `---`';
        diagnostics.push({ rule: 'module/front-matter', message, source: { file: source.file, line: 1, column: 1 } });
      }
      continue;
    }
    const { value, diagnostics: found } = checkSchema(moduleFrontMatterSchema, source.frontMatter, 'module');
    diagnostics.push(...found);
    if (!value) continue;
    const id = value.id ?? fileId;
    if (out.has(id)) {
      diagnostics.push({
        rule: 'module/duplicate-id',
        message: `id \`${id}\` is also used by ${out.get(id)!.file}; ids must be unique`,
        source: source.frontMatter.locate(['id']),
      });
      continue;
    }
    out.set(id, {
      id,
      file: source.file,
      text: source.text,
      meta: value,
      metaSource: source.frontMatter,
      root: source.root,
    });
  }
  return out;
}
