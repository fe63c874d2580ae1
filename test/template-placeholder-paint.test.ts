// A corporate template whose master draws its titles on a grey band (the title placeholder's own fill, white words on
// it), prints its footer and slide number in its purple, and names its brand face in the body style rather than in
// the theme. slides.pdf draws the band under every title and prints the footer in the purple, as the deck shows them;
// `template check` sees the white titles on the band, not on the white slide; text is measured in the brand face.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backdropOf } from '../src/compose/template-backdrop.js';
import { readTemplate } from '../src/template/read.js';
import { makeTemplate } from './support/make-template.js';
import { convert } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { runCli } from './support/run.js';
import { colourAt, colourDistance, pageRaster, pdfWords } from './support/slide-agreement.js';
import { buildOnTemplate, type TemplateBuild } from './support/template-build.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice', 'pdftoppm');
const W = 13.333;
const H = 7.5;
// The master's margin, as make-template sets its placeholders.
const M = W * 0.0625;

let template: Uint8Array;
let built: TemplateBuild;

beforeAll(async () => {
  template = await makeTemplate({
    titleBand: '595959',
    titleStyle: { colour: 'FFFFFF' },
    footerColour: '7A2E8C',
    bodyFont: 'Montserrat',
  });
  built = await buildOnTemplate(template, { file: 'banded.potx', withoutBrand: true });
  expect(built.code, built.errors.join('\n')).toBe(0);
}, 120_000);
afterAll(() => rmSync(built.root, { recursive: true, force: true }));

/** The number (1-based) of the first slide on the text slides' layout. */
function firstContentSlide(kit: TemplateBuild = built): number {
  const files = unzipSync(kit.deck());
  const layoutOf = (n: number) =>
    /slideLayouts\/(slideLayout\d+\.xml)/.exec(strFromU8(files[`ppt/slides/_rels/slide${n}.xml.rels`]!))![1]!;
  for (let n = 1; files[`ppt/slides/slide${n}.xml`]; n++)
    if (/<p:cSld name="Title and Content"/.test(strFromU8(files[`ppt/slideLayouts/${layoutOf(n)}`]!))) return n;
  throw new Error('no slide on "Title and Content"');
}

describe('a template whose placeholders draw a band and set the footer’s colour', () => {
  it('reads the band through the layout to the master, and the footer’s colour', () => {
    const info = readTemplate(template);
    const content = info.layouts.find((l) => l.name === 'Title and Content')!;
    const title = content.placeholders.find((p) => p.type === 'title')!;
    expect(title.paint).toMatchObject({ geometry: 'rect', fill: { solid: { rgb: '#595959' } } });
    const backdrop = backdropOf(info, content, 'content');
    expect(backdrop.behind?.title).toMatchObject({ kind: 'shape', fill: { solid: '#595959' } });
    expect(backdrop.furniture?.footer?.colour).toBe('#7A2E8C');
    expect(backdrop.furniture?.number?.colour).toBe('#7A2E8C');
  });

  it('reports the white titles as readable on their band, and the brand face the body is set in', async () => {
    const r = await runCli(['template', 'check', built.templatePath]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('hard to read');
    expect(r.stdout).toMatch(/body Montserrat: no metric twin/);
    expect(built.errors.join('\n')).toContain('font "Montserrat" has no metric twin');
  });

  it('sets the tool’s own text in the body style’s face, and leaves the band to the placeholder', () => {
    const files = unzipSync(built.deck());
    expect(validatePptx(built.deck())).toEqual([]);
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const xml = slides.map((n) => strFromU8(files[n]!)).join('');
    expect(xml).toContain('<a:latin typeface="Montserrat"');
    for (const n of slides) {
      const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="(?:title|ctrTitle)"[\s\S]*?<\/p:sp>/.exec(
        strFromU8(files[n]!),
      )?.[0];
      // No fill, colour or face of the tool's on a title: the master's band and white words show.
      if (title) expect(title, n).not.toMatch(/<a:solidFill>|<a:latin /);
    }
  });

  it.runIf(office)(
    'draws the band under the title and the footer in its colour in slides.pdf, as LibreOffice shows the deck',
    () => {
      const slide = firstContentSlide();
      const lo = join(built.root, 'banded-lo.pdf');
      convert(built.deck(), lo);
      const ours = join(built.root, 'out', 'acme', 'slides.pdf');
      // The title frame's right end, where a short title leaves the band bare.
      const [x, y] = [W - M - 0.15, H * 0.053 + 0.1];
      expect(colourDistance(colourAt(ours, slide, x, y), '#595959')).toBeLessThan(24);
      expect(colourDistance(colourAt(lo, slide, x, y), '#595959')).toBeLessThan(24);
      // The footer's words: the darkest pixel of its frame is the template's purple, not the tool's grey.
      const footer = darkestIn(ours, slide, [W * 0.34, H * 0.927, W * 0.32, H * 0.053]);
      expect(colourDistance(footer, '#7A2E8C'), footer).toBeLessThan(60);
    },
    120_000,
  );
});

/** The darkest pixel of a region (inches) of a PDF page rendered at 100 dpi. */
function darkestIn(pdf: string, page: number, [x, y, w, h]: [number, number, number, number]): string {
  const at = pageRaster(pdf, page, 100);
  let best = '#FFFFFF';
  let lightness = 3 * 255;
  for (let px = x; px < x + w; px += 0.01)
    for (let py = y; py < y + h; py += 0.01) {
      const c = at(px, py);
      const l = [1, 3, 5].reduce((a, i) => a + Number.parseInt(c.slice(i, i + 2), 16), 0);
      if (l < lightness) [best, lightness] = [c, l];
    }
  return best;
}

// A title style that sets its titles in from the frame (a margin of its own, as NYU Shanghai's 0.25 in): the deck's
// titles carry no margin of the tool's, so PowerPoint applies the template's; slides.pdf and LibreOffice start the
// title's words at the same place, the margin in from the frame's inset.
describe('a template whose title style sets a margin', () => {
  it.runIf(office)(
    'leaves the margin to the template, and sets the title in by it in slides.pdf as in LibreOffice',
    async () => {
      const indented = await buildOnTemplate(await makeTemplate({ titleStyle: { margin: 18 } }), {
        file: 'margin.potx',
        withoutBrand: true,
      });
      try {
        expect(indented.code, indented.errors.join('\n')).toBe(0);
        const files = unzipSync(indented.deck());
        const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
        for (const n of slides) {
          const title = /<p:ph type="title"\/>[\s\S]*?<\/p:sp>/.exec(strFromU8(files[n]!))?.[0];
          if (title) expect(title, n).not.toMatch(/marL=/);
        }
        const lo = convert(indented.deck());
        const ours = pdfWords(join(indented.root, 'out', 'acme', 'slides.pdf'));
        const slide = firstContentSlide(indented);
        // The frame's left edge (the master's margin) plus PowerPoint's 7.2 pt inset and the style's 18 pt.
        const expected = M * 72 + 7.2 + 18;
        const first = (words: { x: number; y: number }[]) =>
          words.filter((w) => w.y < H * 0.25 * 72).reduce((a, w) => Math.min(a, w.x), Infinity);
        expect(first(lo.pages[slide - 1]!.words.map((w) => ({ x: w.x0, y: w.y0 })))).toBeCloseTo(expected, -0.5);
        expect(first(ours[slide - 1]!)).toBeCloseTo(expected, -0.5);
      } finally {
        rmSync(indented.root, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
