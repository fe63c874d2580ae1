// Runs a zod schema over parsed YAML and turns each issue into a diagnostic at the offending value.

import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import type { PathKey, YamlSource } from '../load/yaml.js';
import type { Source } from '../model/deck.js';
import type { RuleId, SchemaKind } from '../rules.js';
import { closest, didYouMean, listOf } from '../util/suggest.js';
import { knownKeys, valueAt } from './schema-paths.js';

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
type IssueOf<C extends Issue['code']> = Extract<Issue, { code: C }>;

function pathOf(issue: Issue): PathKey[] {
  return issue.path.filter((p): p is PathKey => typeof p !== 'symbol');
}

/** Where an issue lies and what was found there: what every message about it is made from. */
interface IssueSite {
  schema: z.ZodType;
  /** Path from `data`, which the schema checked. */
  path: PathKey[];
  /** Path from the top of the file, which positions and field names use. */
  full: PathKey[];
  field: string;
  value: unknown;
  source: YamlSource;
  rulePrefix: SchemaKind;
  at(path: readonly PathKey[], key?: boolean): Source;
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
  const site: IssueSite = {
    schema,
    path,
    full,
    field: fieldName(full),
    value: valueAt(data, path),
    source,
    rulePrefix,
    at: (p, key = false) => source.locate(p, { key }),
  };
  if (issue.code === 'unrecognized_keys') return unknownKeys(site, issue.keys, knownKeys(schema, path));
  const mistyped = mistypedKeysInUnion(issue, site);
  if (mistyped) return mistyped;
  if (site.value === undefined && path.length > 0) return [missingField(site)];
  return [describeByCode(issue, site) ?? describeBySchemaMessage(issue, site)];
}

function unknownKeys(site: IssueSite, keys: readonly string[], known: readonly string[]): Diagnostic[] {
  return keys.map((key) => ({
    rule: `${site.rulePrefix}/unknown-key`,
    message: `unknown key \`${key}\`${site.field ? ` in ${site.field}` : ''}${didYouMean(key, known) || `; expected one of ${listOf(known)}`}`,
    source: site.at([...site.full, key], true),
  }));
}

/**
 * A mapping where a union expects text or a mapping (a running order's `break: 15`): a mistyped key
 * is the likely cause, and saying so beats "expected a module id or a break, found a mapping".
 */
function mistypedKeysInUnion(issue: Issue, site: IssueSite): Diagnostic[] | undefined {
  if (issue.code !== 'invalid_union' || !isMapping(site.value)) return undefined;
  const known = knownKeys(site.schema, site.path);
  const unknown = Object.keys(site.value).filter((key) => !known.includes(key));
  return known.length > 0 && unknown.length > 0 ? unknownKeys(site, unknown, known) : undefined;
}

function missingField(site: IssueSite): Diagnostic {
  return {
    rule: `${site.rulePrefix}/missing`,
    message: `missing required field \`${String(site.path[site.path.length - 1])}\`${parentName(site.full)}`,
    source: site.at(site.full.slice(0, -1)),
  };
}

/** Messages for the codes whose wording is built from the issue's details; `undefined` leaves it to the schema's. */
const DESCRIBE_BY_CODE: { [C in Issue['code']]?: (issue: IssueOf<C>, site: IssueSite) => Diagnostic | undefined } = {
  invalid_type: (issue, site) => wrongType(site, `expected ${article(issue.expected)}`),
  invalid_union: (issue, site) =>
    issue.message.startsWith('expected text') ? wrongType(site, issue.message) : undefined,
  invalid_value: (issue, site) => notAnOption(issue, site),
  too_small: (issue, site) => outOfRange(issue, site),
  too_big: (issue, site) => outOfRange(issue, site),
};

function describeByCode(issue: Issue, site: IssueSite): Diagnostic | undefined {
  const describe = DESCRIBE_BY_CODE[issue.code] as
    | ((issue: Issue, site: IssueSite) => Diagnostic | undefined)
    | undefined;
  return describe?.(issue, site);
}

function wrongType(site: IssueSite, expected: string): Diagnostic {
  const position = site.at(site.full);
  const line = lineAt(site.source.text, position.line - site.source.lineOffset);
  // `title: {{client.name}}` is a YAML mapping, not text: say what to do about it.
  if (isMapping(site.value) && line.slice(position.column - 1).startsWith('{{')) {
    return {
      rule: `${site.rulePrefix}/type`,
      message: `${site.field}: a value that starts with {{ must be in quotes, e.g. "{{client.name}} edition"`,
      source: position,
    };
  }
  return {
    rule: `${site.rulePrefix}/type`,
    message: `${site.field || 'file'}: ${expected}, found ${describeValue(site.value)}${typeHint(site.value, expected, site.path, line)}`,
    source: position,
  };
}

function notAnOption(issue: IssueOf<'invalid_value'>, site: IssueSite): Diagnostic {
  const options = issue.values.map(String);
  const hint = typeof site.value === 'string' ? didYouMean(site.value, options) : '';
  return {
    rule: `${site.rulePrefix}/value`,
    message: `${site.field}: expected one of ${listOf(options)}, found ${describeValue(site.value)}${hint}`,
    source: site.at(site.full),
  };
}

function outOfRange(issue: IssueOf<'too_small'> | IssueOf<'too_big'>, site: IssueSite): Diagnostic {
  const { value } = site;
  const shown = Array.isArray(value) ? `${value.length} item${value.length === 1 ? '' : 's'}` : describeValue(value);
  return {
    rule: `${site.rulePrefix}/range`,
    message: `${site.field}: expected ${rangeExpected(issue)}, found ${shown}`,
    source: site.at(site.full),
  };
}

function rangeExpected(issue: IssueOf<'too_small'> | IssueOf<'too_big'>): string {
  const small = issue.code === 'too_small';
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.origin === 'array') return `${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}`;
  if (issue.origin === 'string') return small ? 'non-empty text' : `at most ${limit} characters`;
  if (small) return issue.inclusive ? `a number ≥ ${limit}` : limit === 0 ? 'a positive number' : `a number > ${limit}`;
  return issue.inclusive ? `a number ≤ ${limit}` : `a number < ${limit}`;
}

function describeBySchemaMessage(issue: Issue, site: IssueSite): Diagnostic {
  // A check of the whole file (a catalogue's missing entry) says what it found itself.
  const message = site.field ? `${site.field}: ${issue.message}, found ${describeValue(site.value)}` : issue.message;
  // A refinement that names its own rule (the placeholders of a `labels` entry, the kit's language).
  const own = issue.code === 'custom' ? (issue.params as { rule?: RuleId } | undefined)?.rule : undefined;
  if (own) return { rule: own, message, source: site.at(site.full) };
  // Formats, unions and refinements carry messages written for facilitators in the schemas.
  return {
    rule: `${site.rulePrefix}/${issue.code === 'invalid_format' ? 'format' : 'value'}`,
    message,
    source: site.at(site.full),
  };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
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
