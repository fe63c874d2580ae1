// Which fields of the YAML files are Markdown, read off the schemas: a field typed `markdown` or `requiredMarkdown`
// (common.ts) is one, so adding a Markdown field to a schema is all it takes for load to parse it and validate to check it.
import type { z } from 'zod';
import { markdown, requiredMarkdown } from './common.js';
import { comparisonSchema } from './comparison.js';
import { exerciseSchema } from './exercise.js';
import { stylesSchema } from './styles.js';

/** A field's path in its file; `*` stands for every item of a list. */
export type FieldPattern = readonly (string | '*')[];

export interface MarkdownFieldSpec {
  path: FieldPattern;
  /** The schema reads the text trimmed (`requiredMarkdown`), so its Markdown is the trimmed text. */
  trimmed: boolean;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The Markdown fields of a schema, in the order it declares them (a union's options each add theirs). `.describe()`
 * and `.meta()` make a copy of a schema that shares its definition, so a field is recognised by that definition.
 */
export function markdownFieldsOf(schema: z.ZodType): MarkdownFieldSpec[] {
  const found = new Map<string, MarkdownFieldSpec>();
  const add = (path: FieldPattern, trimmed: boolean) => {
    const key = JSON.stringify(path);
    const seen = found.get(key);
    // One path, read two ways by two kinds of one file, would need two trees: no schema does that.
    if (seen && seen.trimmed !== trimmed)
      throw new Error(`markdown field ${path.join('.')} is trimmed in one schema and not in another`);
    if (!seen) found.set(key, { path, trimmed });
  };
  const walk = (node: z.ZodType, path: FieldPattern): void => {
    const def = defOf(node);
    if (def === defOf(requiredMarkdown)) return add(path, true);
    if (def === defOf(markdown)) return add(path, false);
    if (def.innerType) return walk(def.innerType, path);
    if (def.type === 'pipe' && def.in) return walk(def.in, path);
    if (def.options) return def.options.forEach((option) => walk(option, path));
    if (def.type === 'object' && def.shape)
      for (const [key, value] of Object.entries(def.shape)) walk(value, [...path, key]);
    if (def.type === 'array' && def.element) walk(def.element, [...path, '*']);
  };
  walk(schema, []);
  return [...found.values()];
}

/** The Markdown fields of each content folder whose files have any. */
export const MARKDOWN_FIELDS: Readonly<Record<string, readonly MarkdownFieldSpec[]>> = {
  comparisons: markdownFieldsOf(comparisonSchema),
  styles: markdownFieldsOf(stylesSchema),
  exercises: markdownFieldsOf(exerciseSchema),
};
