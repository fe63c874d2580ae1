// `outputs:` decides what a kit holds and what is rendered for it, by a build and by --check alike: a deck-only kit
// renders no PDF, yet every file it holds is the one the whole kit would hold, worksheet page numbers included.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { FIXTURES } from './support/fixtures.js';

let dir: string;
let content: string;
const acme = () => join(content, 'clients', 'acme.yaml');
const ALL = ['deck.pptx', 'facilitator-guide.pdf', 'handouts.pdf', 'slides.pdf', 'worksheets.pdf'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wk-outputs-'));
  content = join(dir, 'content');
  cpSync(join(FIXTURES, 'base'), content, { recursive: true });
  expect((await build({ contentDir: content, outDir: join(dir, 'whole'), clients: ['acme'] })).diagnostics).toEqual([]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds acme with `outputs` (or checks it), returning what was rendered, by the steps the build timed, and the files written. */
async function withOutputs(outputs: string, options: { check?: boolean } = {}) {
  const original = readFileSync(acme(), 'utf8');
  writeFileSync(acme(), `${original}outputs: [${outputs}]\n`);
  try {
    const out = join(dir, `${outputs.replace(/\W+/g, '-')}${options.check ? '-check' : ''}`);
    const result = await build({ contentDir: content, outDir: out, clients: ['acme'], ...options });
    expect(result.diagnostics).toEqual([]);
    return {
      steps: Object.keys(result.timings).filter((k) => !['load', 'validate', 'compose', 'write'].includes(k)),
      out: join(out, 'acme'),
    };
  } finally {
    writeFileSync(acme(), original);
  }
}

describe('outputs:', () => {
  it.each([
    ['deck', ['worksheet pages', 'layout', 'deck.pptx']],
    ['worksheets', ['worksheets.pdf']],
    ['guide', ['worksheet pages', 'layout', 'drawing', 'facilitator-guide.pdf']],
    ['slides, handouts', ['worksheet pages', 'layout', 'drawing', 'slides.pdf', 'handouts.pdf']],
    ['deck, worksheets', ['worksheets.pdf', 'layout', 'deck.pptx']],
  ])('[%s] renders only what it needs, and each file is byte for byte the whole kit’s', async (outputs, rendered) => {
    const { steps, out } = await withOutputs(outputs);
    expect(steps).toEqual(rendered);
    const files = readdirSync(out).sort();
    expect(files).toEqual(
      ALL.filter((f) => outputs.split(', ').some((o) => f.startsWith(o === 'guide' ? 'facilitator-guide' : o))),
    );
    for (const file of files)
      expect(readFileSync(join(out, file)).equals(readFileSync(join(dir, 'whole', 'acme', file))), file).toBe(true);
  });

  it('[pack] renders the session pack alone; listed with others, it leaves their files byte for byte as they were', async () => {
    const alone = await withOutputs('pack');
    expect(alone.steps).toEqual(['session-pack.pdf']);
    expect(readdirSync(alone.out)).toEqual(['session-pack.pdf']);
    const added = await withOutputs('deck, worksheets, pack');
    expect(added.steps).toEqual(['session-pack.pdf', 'worksheets.pdf', 'layout', 'deck.pptx']);
    expect(readdirSync(added.out).sort()).toEqual(['deck.pptx', 'session-pack.pdf', 'worksheets.pdf']);
    for (const file of ['deck.pptx', 'worksheets.pdf'])
      expect(readFileSync(join(added.out, file)).equals(readFileSync(join(dir, 'whole', 'acme', file))), file).toBe(
        true,
      );
    expect(
      readFileSync(join(added.out, 'session-pack.pdf')).equals(readFileSync(join(alone.out, 'session-pack.pdf'))),
    ).toBe(true);
  });

  it('is followed by --check too: a deck-only kit is checked without printing its PDFs', async () => {
    const { steps } = await withOutputs('deck', { check: true });
    expect(steps).toEqual(['worksheet pages', 'layout', 'deck.pptx']);
  });

  it('removes the files an earlier build wrote that a kit no longer asks for, and refuses an unknown one', async () => {
    const out = join(dir, 'shrinking');
    expect((await build({ contentDir: content, outDir: out })).diagnostics).toEqual([]);
    expect(readdirSync(join(out, 'acme')).sort()).toEqual(ALL);
    const original = readFileSync(acme(), 'utf8');
    try {
      writeFileSync(acme(), `${original}outputs: [deck, guide]\n`);
      expect((await build({ contentDir: content, outDir: out })).diagnostics).toEqual([]);
      expect(readdirSync(join(out, 'acme')).sort()).toEqual(['deck.pptx', 'facilitator-guide.pdf']);
      expect(readdirSync(join(out, 'short')).length).toBe(5);
      writeFileSync(acme(), `${original}outputs: [deck, slidez]\n`);
      const bad = await build({ contentDir: content, outDir: out });
      expect(bad.diagnostics.map((d) => d.rule)).toEqual(['client/value']);
    } finally {
      writeFileSync(acme(), original);
    }
  });
});
