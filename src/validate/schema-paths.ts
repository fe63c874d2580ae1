// What lies at a path, in parsed YAML and in the schema that checks it: for positions and key suggestions.

import type { z } from 'zod';
import type { PathKey } from '../load/yaml.js';

/** The value at `path` in parsed data, or `undefined` where the path leaves it. */
export function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let node = data;
  for (const p of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[p];
  }
  return node;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The keys an object schema accepts at `path`, for suggestions. */
export function knownKeys(schema: z.ZodType, path: readonly PathKey[]): string[] {
  const found = new Set<string>();
  const walk = (node: z.ZodType, rest: readonly PathKey[]): void => {
    const def = defOf(node);
    if (def.innerType) return walk(def.innerType, rest);
    if (def.type === 'pipe' && def.in) return walk(def.in, rest);
    if (def.options) return def.options.forEach((o) => walk(o, rest));
    if (rest.length === 0) {
      if (def.type === 'object' && def.shape) Object.keys(def.shape).forEach((k) => found.add(k));
      return;
    }
    const [head, ...tail] = rest;
    if (def.type === 'object' && def.shape && typeof head === 'string' && def.shape[head]) walk(def.shape[head], tail);
    else if (def.type === 'array' && def.element) walk(def.element, tail);
    else if (def.type === 'record' && def.valueType) walk(def.valueType, tail);
  };
  walk(schema, path);
  return [...found].sort();
}
