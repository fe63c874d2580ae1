// Tables on a client's template look like the ones its own slides show: the header row takes the fill of the
// template's default table style (ppt/tableStyles.xml), PowerPoint's "Medium Style 2 - Accent 1" where the package
// names that one or none, with words that read on it; the tool's own header where the style is one it cannot see.
import { rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTemplate } from '../src/template/read.js';
import { contrast } from '../src/util/contrast.js';
import { makeTemplate } from './support/make-template.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate } from './support/template-build.js';

const MEDIUM_1_ACCENT_2 = '{9DCAF9ED-07DC-4A11-8D7F-57B35C25682E}';
const OFFICE_DEFAULT = '{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}';

describe('a template’s default table style', () => {
  it('is read from the package: its header fill, PowerPoint’s default where the package names that or none', async () => {
    const own = await makeTemplate({ tableStyle: { def: MEDIUM_1_ACCENT_2, header: 'accent2' } });
    expect(readTemplate(own).tableHeader).toEqual({ scheme: 'accent2' });
    expect(readTemplate(await makeTemplate()).tableHeader).toEqual({ scheme: 'accent1' });
    const named = await makeTemplate({ tableStyle: { def: OFFICE_DEFAULT } });
    expect(readTemplate(named).tableHeader).toEqual({ scheme: 'accent1' });
    // A built-in style the package names but does not define: the tool keeps its own header.
    const unseen = await makeTemplate({ tableStyle: { def: '{2D5ABB26-0587-4C30-8999-92F81FD0307C}' } });
    expect(readTemplate(unseen).tableHeader).toBeUndefined();
  });

  it('fills the deck’s table headers with it, their words readable on it', async () => {
    const template = await makeTemplate({
      colours: { accent2: 'C0504D' },
      tableStyle: { def: MEDIUM_1_ACCENT_2, header: 'accent2' },
    });
    const built = await buildOnTemplate(template, { file: 'tables.potx', withoutBrand: true });
    try {
      expect(built.code, built.errors.join('\n')).toBe(0);
      expect(validatePptx(built.deck())).toEqual([]);
      const files = unzipSync(built.deck());
      const tables = Object.keys(files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .flatMap((n) => [...strFromU8(files[n]!).matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].map((m) => m[0]))
        .filter((t) => /firstRow="1"/.test(t));
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) {
        const header = /<a:tr\b[\s\S]*?<\/a:tr>/.exec(t)![0];
        const cells = [...header.matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((m) => m[0]);
        for (const cell of cells) {
          // The cell's own fill comes after its borders' (which hold fills of their own), as a theme colour where
          // it is one.
          const fill = /<\/a:lnB>\s*<a:solidFill><a:(?:srgbClr|schemeClr) val="(\w+)"\/><\/a:solidFill>/.exec(
            cell,
          )?.[1];
          expect(fill === 'C0504D' || fill === 'accent2', `header fill ${fill}`).toBe(true);
          for (const [, kind, colour] of cell.matchAll(
            /<a:rPr[^>]*>\s*<a:solidFill><a:(srgbClr|schemeClr) val="(\w+)"/g,
          )) {
            const rgb =
              kind === 'srgbClr'
                ? `#${colour}`
                : ({ lt1: '#FFFFFF', dk1: '#000000' } as Record<string, string>)[colour!];
            expect(rgb, `header text ${colour}`).toBeDefined();
            expect(contrast(rgb!, '#C0504D')).toBeGreaterThanOrEqual(4.5);
          }
        }
      }
    } finally {
      rmSync(built.root, { recursive: true, force: true });
    }
  }, 120_000);
});
