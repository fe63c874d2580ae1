// Every property of the editor schemas under schemas/ carries a description, which editors show as hover help.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Node = Record<string, unknown>;

const dir = join(import.meta.dirname, '..', 'schemas');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort();

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

/** One JSON Pointer segment (RFC 6901). */
const segment = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** The schema a local `$ref` ("#/definitions/label") points at. */
function resolve(root: Node, ref: string): Node | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isNode(node) ? node[key] : undefined;
  }
  return isNode(node) ? node : undefined;
}

/** A property is described by its own description or, when it only points at a definition, by that definition's. */
function described(root: Node, property: unknown): boolean {
  if (!isNode(property)) return false;
  if (hasText(property.description)) return true;
  // zod writes a described use of a definition as `allOf: [{ $ref }]`; a bare use is `$ref` alone.
  const only = Array.isArray(property.allOf) && property.allOf.length === 1 ? property.allOf[0] : property;
  const ref = isNode(only) ? only.$ref : undefined;
  return typeof ref === 'string' && hasText(resolve(root, ref)?.description);
}

/** Keywords whose value is one schema, a list of schemas, or a map of names to schemas. */
const ONE = [
  'items',
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];
const MANY = ['items', 'anyOf', 'oneOf', 'allOf'];
const MAP = ['properties', 'patternProperties', 'definitions', '$defs', 'dependencies'];

/** Walks the whole schema; returns the JSON path of every property without a description, and how many properties it saw. */
function audit(root: Node): { missing: string[]; properties: number } {
  const missing: string[] = [];
  let properties = 0;
  const walk = (node: unknown, path: string): void => {
    if (!isNode(node)) return;
    if (isNode(node.properties)) {
      for (const [key, property] of Object.entries(node.properties)) {
        properties += 1;
        if (!described(root, property)) missing.push(`${path}/properties/${segment(key)}`);
      }
    }
    for (const keyword of ONE) if (isNode(node[keyword])) walk(node[keyword], `${path}/${keyword}`);
    for (const keyword of MANY) {
      const list = node[keyword];
      if (Array.isArray(list)) list.forEach((child, i) => walk(child, `${path}/${keyword}/${i}`));
    }
    for (const keyword of MAP) {
      const map = node[keyword];
      if (isNode(map))
        for (const [key, child] of Object.entries(map)) walk(child, `${path}/${keyword}/${segment(key)}`);
    }
  };
  walk(root, '#');
  return { missing, properties };
}

describe('editor schema descriptions', () => {
  it('finds the schema files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const name of files) {
    it(`every property in ${name} has a description`, () => {
      const { missing, properties } = audit(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Node);
      expect(properties, `${name}: no properties found`).toBeGreaterThan(0);
      const report = missing.map((path) => `schemas/${name} ${path}`).join('\n');
      expect(missing, `${missing.length} properties lack a description:\n${report}`).toEqual([]);
    });
  }

  it('the audit sees properties behind $ref, anyOf and definitions', () => {
    const { missing } = audit({
      properties: {
        a: { description: 'ok' },
        b: { $ref: '#/definitions/d' },
        c: { anyOf: [{ type: 'string' }, { type: 'object', properties: { deep: { type: 'string' } } }] },
        e: { type: 'array', items: { type: 'object', properties: { f: { description: ' ' } } } },
      },
      definitions: { d: { description: 'from the definition', type: 'object', properties: { g: {} } } },
    });
    expect(missing).toEqual([
      '#/properties/c',
      '#/properties/e',
      '#/properties/c/anyOf/1/properties/deep',
      '#/properties/e/items/properties/f',
      '#/definitions/d/properties/g',
    ]);
  });
});
