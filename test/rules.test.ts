// The rule catalogue stays the truth: every rule it lists is raised somewhere and shown by a bad-input fixture (or says
// why it cannot be), and the error table of docs/errors.md is the one it generates. (A rule missing from the catalogue
// does not type-check: a diagnostic's `rule` is a catalogue id.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorTable, RULES, SCHEMA_CHECKS, SCHEMA_KINDS } from '../src/rules.js';
import { FIXTURES } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && f !== 'rules.ts')
  .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'))
  .join('\n');
const fixtureRules = new Set(
  readdirSync(join(FIXTURES, 'bad')).flatMap((c) =>
    [...readFileSync(join(FIXTURES, 'bad', c, 'case.yaml'), 'utf8').matchAll(/:\d+:\d+ ([\w/-]+)"/g)].map((m) => m[1]!),
  ),
);

describe('rule catalogue', () => {
  it('lists no rule that src/ never raises', () => {
    const unused = Object.keys(RULES).filter((id) => !sources.includes(`'${id}'`));
    expect(unused).toEqual([]);
  });

  it('has a bad-input fixture for every rule, or says why there cannot be one', () => {
    const missing = Object.entries(RULES)
      .filter(([id, info]) => !fixtureRules.has(id) && !('untested' in info))
      .map(([id]) => id);
    expect(missing).toEqual([]);
    const schemaMissing = Object.keys(SCHEMA_CHECKS).filter(
      (check) => !SCHEMA_KINDS.some((kind) => fixtureRules.has(`${kind}/${check}`) && !(`${kind}/${check}` in RULES)),
    );
    expect(schemaMissing).toEqual([]);
  });

  it('every fixture expects a rule the catalogue has', () => {
    const known = (id: string) =>
      id in RULES ||
      ((SCHEMA_KINDS as readonly string[]).includes(id.split('/')[0]!) && id.split('/')[1]! in SCHEMA_CHECKS);
    expect([...fixtureRules].filter((id) => !known(id))).toEqual([]);
  });

  it('the error table of docs/errors.md is generated from it (npm run docs:errors)', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');
    const table =
      /<!-- error table: generated from src\/rules\.ts[^\n]*-->\n([\s\S]*?)\n<!-- end of error table -->/.exec(
        doc,
      )?.[1];
    expect(table).toBe(errorTable());
  });
});
