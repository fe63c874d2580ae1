// A font listed under `fonts:` is read whole before anything measures or embeds text with it: a damaged one is an error
// at its list item, never a crash, a hang or garbage in the PDFs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { BROKEN_FONTS, patchedFont } from './support/crafted.js';
import { withEditedBase } from './support/fixtures.js';
import { diagnosticKeys, runCli } from './support/run.js';

/** Runs --check on the base fixture with `bytes` as the one font acme lists (item at clients/acme.yaml:14:5). */
async function checkFont(bytes: Uint8Array) {
  return withEditedBase(
    { 'clients/acme.yaml': (t) => `${t}fonts:\n  - assets/fonts/Brand-Regular.ttf\n` },
    async (dir) => {
      mkdirSync(join(dir, 'assets', 'fonts'));
      writeFileSync(join(dir, 'assets', 'fonts', 'Brand-Regular.ttf'), bytes);
      return runCli(['--content', dir, '--check']);
    },
  );
}

/** Swaps a table's tag in the directory, so the font seems to lack it. */
const withoutTable = (tag: string) => () =>
  patchedFont((f) => f.write('zzzz', f.indexOf(Buffer.from(tag, 'latin1'), 12), 'latin1'));

describe('damaged fonts under fonts:', () => {
  const cases: [string, () => Buffer, string][] = [
    ['units per em patched to 0', BROKEN_FONTS['units-per-em-zero'], 'its units per em (0) are outside 16 to 16384'],
    ['the cmap table overwritten', BROKEN_FONTS['cmap-damaged'], 'its character map (cmap) is damaged'],
    ['the glyf table overwritten', BROKEN_FONTS['glyf-damaged'], 'its glyph 0 is damaged'],
    ['no hmtx table', withoutTable('hmtx'), 'it lacks the table hmtx'],
    [
      'cut off in its last table',
      () => patchedFont(() => undefined).subarray(0, 700_000),
      'runs past the end of the file',
    ],
  ];
  for (const [what, make, words] of cases) {
    it(`${what}: exit 1 at its list item, no stack trace`, async () => {
      const run = await checkFont(make());
      expect(run.code).toBe(1);
      expect(diagnosticKeys(run.stderr)).toEqual(['clients/acme.yaml:14:5 asset/font-damaged']);
      expect(run.stderr).toContain(words);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    });
  }

  it('a composite glyph built of itself is refused before fontkit follows it for ever', async () => {
    // DejaVu Sans's glyph for Á is a composite; point its first component back at itself.
    const font = patchedFont((f, tables) => {
      const loca = tables.get('loca')!;
      const glyf = tables.get('glyf')!;
      const id = (create(f) as unknown as { glyphForCodePoint(cp: number): { id: number } }).glyphForCodePoint(0xc1).id;
      const start = glyf.offset + f.readUInt32BE(loca.offset + 4 * id);
      expect(f.readInt16BE(start)).toBeLessThan(0);
      f.writeUInt16BE(id, start + 12);
    });
    const run = await checkFont(font);
    expect(diagnosticKeys(run.stderr)).toEqual(['clients/acme.yaml:14:5 asset/font-damaged']);
    expect(run.stderr).toContain('is built of itself');
  });

  it('an undamaged copy passes', async () => {
    const run = await checkFont(patchedFont(() => undefined));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
