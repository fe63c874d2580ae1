// `workshop-kit import --into`: the deck becomes a module of an existing workshop, at the end of its running order,
// with every comment of workshop.yaml kept; and a deck as python-pptx writes it imports as PowerPoint's does.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { hybridDeck } from './support/hybrid-deck.js';
import { runCli } from './support/run.js';

const work = mkdtempSync(join(tmpdir(), 'wk-import-into-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('import --into a content folder', () => {
  let into: string;
  let before: string;
  beforeAll(async () => {
    writeFileSync(join(work, 'hybrid.pptx'), await hybridDeck());
    into = join(work, 'workshop');
    cpSync(join(import.meta.dirname, '..', 'content'), into, { recursive: true });
    before = readFileSync(join(into, 'workshop.yaml'), 'utf8');
  });

  it('adds the deck as one module at the end of the running order, keeping every comment, and it builds', async () => {
    const run = await runCli(['import', join(work, 'hybrid.pptx'), '--into', into, '--module', 'hybrid-teams']);
    expect(run.code).toBe(0);
    const after = readFileSync(join(into, 'workshop.yaml'), 'utf8');
    const minutes = Number(/^minutes: (\d+)/m.exec(after)![1]);
    const added = Number(/^minutes: (\d+)/m.exec(readFileSync(join(into, 'modules', 'hybrid-teams.md'), 'utf8'))![1]);
    expect(minutes).toBe(210 + added);
    expect(after).toContain(`minutes: ${minutes} # ${added} added for hybrid-teams`);
    // Everything the author wrote is still there, comments included; the module follows the last one, marked.
    for (const line of before.split('\n').filter((l) => !l.startsWith('minutes:'))) expect(after).toContain(line);
    expect(after).toContain('  - wrap-up\n  # imported from hybrid.pptx\n  - hybrid-teams\n');
    expect(readFileSync(join(into, 'modules', 'hybrid-teams.md'), 'utf8')).toContain('# Part two: the fixes');
    expect(readdirSync(join(into, 'modules'))).toContain('_hybrid-teams-hidden-slides.md');
    expect(readdirSync(into)).toContain('import-report-hybrid-teams.md');
    const result = await build({ contentDir: into, outDir: join(work, 'workshop-out'), clients: ['northwind'] });
    expect(result.diagnostics).toEqual([]);
  });

  it('refuses to write over a module of the same name, and changes nothing', async () => {
    const now = readFileSync(join(into, 'workshop.yaml'), 'utf8');
    const run = await runCli(['import', join(work, 'hybrid.pptx'), '--into', into, '--module', 'hybrid-teams']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/modules\/hybrid-teams\.md exists already; choose another --module/);
    expect(readFileSync(join(into, 'workshop.yaml'), 'utf8')).toBe(now);
  });
});

describe('import of a deck python-pptx wrote', () => {
  it('reads placeholders without frames or run properties, and notes without language tags', async () => {
    const deck = join(work, 'python.pptx');
    writeFileSync(deck, await hybridDeck(true, 3));
    const out = join(work, 'python');
    const run = await runCli(['import', deck, '--out', out]);
    expect(run.code).toBe(0);
    // No sections: the section header starts the second module; no core title: the title slide's title is the workshop's.
    expect(readdirSync(join(out, 'modules')).sort()).toEqual([
      'leading-hybrid-teams-tom-jerry.md',
      'part-two-the-fixes.md',
    ]);
    const text = readFileSync(join(out, 'modules', 'leading-hybrid-teams-tom-jerry.md'), 'utf8');
    expect(text).toContain(
      '## Why teams drift\n\n- Everyone **works** from *somewhere* else\n    - Everyworker venn diagram',
    );
    expect(text).toContain(':::notes{minutes=10}\nAsk who works remotely.');
    const result = await build({ contentDir: out, outDir: join(work, 'python-out') });
    expect(result.diagnostics).toEqual([]);
  });
});
