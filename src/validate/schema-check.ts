// Runs a zod schema over parsed YAML and turns each issue into a diagnostic at the offending value.

import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import type { PathKey, YamlSource } from '../load/yaml.js';
import type { RuleId, SchemaKind } from '../rules.js';
import { closest, didYouMean, listOf } from '../util/suggest.js';

/** Validates `data` (the whole file, or a part at `prefix`) and returns the typed value or diagnostics. */
export function checkSchema<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  rulePrefix: SchemaKind,
  data: unknown = source.data,
  prefix: readonly PathKey[] = [],
): { value?: z.infer<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const issues = result.error.issues;
  // A misspelt required key shows up twice (unknown `minuts`, missing `minutes`): report the typo only.
  const typos = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(schema, pathOf(issue));
    for (const key of issue.keys) {
      const match = closest(key, known);
      if (match) typos.add(JSON.stringify([...pathOf(issue), match]));
    }
  }
  for (const issue of issues) {
    const path = pathOf(issue);
    if (typos.has(JSON.stringify(path)) && valueAt(data, path) === undefined) continue;
    diagnostics.push(...describeIssue(issue, schema, data, path, source, rulePrefix, prefix));
  }
  return { diagnostics };
}

type Issue = z.core.$ZodIssue;

function pathOf(issue: Issue): PathKey[] {
  return issue.path.filter((p): p is PathKey => typeof p !== 'symbol');
}

function describeIssue(
  issue: Issue,
  schema: z.ZodType,
  data: unknown,
  path: PathKey[],
  source: YamlSource,
  rulePrefix: SchemaKind,
  prefix: readonly PathKey[],
): Diagnostic[] {
  const full = [...prefix, ...path];
  const at = (p: readonly PathKey[], key = false) => source.locate(p, { key });
  const field = fieldName(full);
  const value = valueAt(data, path);

  const unknownKeys = (keys: readonly string[], known: readonly string[]): Diagnostic[] =>
    keys.map((key) => ({
      rule: `${rulePrefix}/unknown-key`,
      message: `unknown key \`${key}\`${field ? ` in ${field}` : ''}${didYouMean(key, known) || `; expected one of ${listOf(known)}`}`,
      source: at([...full, key], true),
    }));
  if (issue.code === 'unrecognized_keys') return unknownKeys(issue.keys, knownKeys(schema, path));
  // A mapping where a union expects text or a mapping (a running order's `break: 15`): a mistyped key
  // is the likely cause, and saying so beats "expected a module id or a break, found a mapping".
  if (issue.code === 'invalid_union' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const known = knownKeys(schema, path);
    const unknown = Object.keys(value).filter((key) => !known.includes(key));
    if (known.length > 0 && unknown.length > 0) return unknownKeys(unknown, known);
  }
  if (value === undefined && path.length > 0) {
    return [
      {
        rule: `${rulePrefix}/missing`,
        message: `missing required field \`${String(path[path.length - 1])}\`${parentName(full)}`,
        source: at(full.slice(0, -1)),
      },
    ];
  }
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union': {
      const expected = issue.code === 'invalid_type' ? `expected ${article(issue.expected)}` : issue.message;
      if (issue.code === 'invalid_union' && !expected.startsWith('expected text')) break;
      // `title: {{client.name}}` is a YAML mapping, not text: say what to do about it.
      const position = at(full);
      if (
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        lineAt(source.text, position.line - source.lineOffset)
          .slice(position.column - 1)
          .startsWith('{{')
      ) {
        return [
          {
            rule: `${rulePrefix}/type`,
            message: `${field}: a value that starts with {{ must be in quotes, e.g. "{{client.name}} edition"`,
            source: position,
          },
        ];
      }
      return [
        {
          rule: `${rulePrefix}/type`,
          message: `${field || 'file'}: ${expected}, found ${found}${typeHint(value, expected, path, lineAt(source.text, position.line - source.lineOffset))}`,
          source: position,
        },
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const hint = typeof value === 'string' ? didYouMean(value, options) : '';
      return [
        {
          rule: `${rulePrefix}/value`,
          message: `${field}: expected one of ${listOf(options)}, found ${found}${hint}`,
          source: at(full),
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      let expected: string;
      if (issue.origin === 'array')
        expected = `${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}`;
      else if (issue.origin === 'string') expected = small ? 'non-empty text' : `at most ${limit} characters`;
      else
        expected = small
          ? issue.inclusive
            ? `a number ≥ ${limit}`
            : limit === 0
              ? 'a positive number'
              : `a number > ${limit}`
          : issue.inclusive
            ? `a number ≤ ${limit}`
            : `a number < ${limit}`;
      const shown = Array.isArray(value) ? `${value.length} item${value.length === 1 ? '' : 's'}` : found;
      return [
        { rule: `${rulePrefix}/range`, message: `${field}: expected ${expected}, found ${shown}`, source: at(full) },
      ];
    }
  }
  // A refinement that names its own rule (the placeholders of a `labels` entry, the kit's language).
  const own = issue.code === 'custom' ? (issue.params as { rule?: RuleId } | undefined)?.rule : undefined;
  if (own) return [{ rule: own, message: `${field}: ${issue.message}, found ${found}`, source: at(full) }];
  switch (issue.code) {
    default:
      // Formats, unions and refinements carry messages written for facilitators in the schemas.
      return [
        {
          rule: `${rulePrefix}/${issue.code === 'invalid_format' ? 'format' : 'value'}`,
          message: `${field}: ${issue.message}, found ${found}`,
          source: at(full),
        },
      ];
  }
}

/** What to do about the two type mistakes YAML makes easy: a `#` that starts a comment, and a time read as a number. */
function typeHint(value: unknown, expected: string, path: readonly PathKey[], line: string): string {
  const key = String(path[path.length - 1] ?? '');
  if (value === null && /:\s+#/.test(line)) {
    const rest = line.slice(line.indexOf('#')).trim();
    return `; in YAML \`#\` starts a comment, so \`${rest}\` is not the value: put it in quotes, e.g. ${key}: "${rest.split(/\s/)[0]}"`;
  }
  if (typeof value === 'number' && expected.startsWith('expected text')) {
    return /^(start|end|time)$/.test(key)
      ? `; YAML read the time as a number: write it in quotes as "HH:MM", e.g. ${key}: "09:00"`
      : '; put the value in quotes to make it text';
  }
  return '';
}

function lineAt(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

function fieldName(path: readonly PathKey[]): string {
  if (path.length === 0) return '';
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return `\`${out}\``;
}

function parentName(path: readonly PathKey[]): string {
  const parent = path.slice(0, -1);
  return parent.length ? ` in ${fieldName(parent)}` : '';
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    object: 'a mapping (key: value lines)',
    array: 'a list',
    boolean: 'true or false',
    int: 'a whole number',
  };
  return names[type] ?? type;
}

/** Describes a found value the way an author would recognise it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}..."` : `"${value}"`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a mapping';
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
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
function knownKeys(schema: z.ZodType, path: readonly PathKey[]): string[] {
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
