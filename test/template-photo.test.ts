// Text the tool colours itself on a template stands on what the layout really draws: a dark photo behind the title
// and section layouts of a light master gets light text (the client's details, the session's times, objectives),
// however dark the brand colours are. The photo is read from its pixels (PNG and JPEG), not from the master.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backdropGrid } from '../src/template/grid.js';
import { hardestUnder } from '../src/template/legibility.js';
import { contrast } from '../src/util/contrast.js';
import { type SlideXml, shapesOf, slidesOf } from './support/deck-xml.js';
import { makeTemplate } from './support/make-template.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate, type TemplateBuild, templateCheck } from './support/template-build.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SIZE = { width: 13.333, height: 7.5 };

/** A night photo: near-black, with a lighter haze (#3C4650) across its lower half. */
function pixels(w: number, h: number): Uint8Array {
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const at = (y * w + x) * 4;
      const haze = y > h / 2 ? 1 : 0;
      data.set([18 + 42 * haze, 20 + 50 * haze, 24 + 56 * haze, 255], at);
    }
  return data;
}
const photoJpeg = () => new Uint8Array(jpeg.encode({ width: 320, height: 180, data: pixels(320, 180) }, 90).data);
function photoPng(): Uint8Array {
  const png = new PNG({ width: 160, height: 90 });
  png.data.set(pixels(160, 90));
  return new Uint8Array(PNG.sync.write(png));
}

/** makeTemplate's standard template with a photo as the background of its title (JPEG) and section (PNG) layouts. */
async function photoTemplate(): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = unzipSync(await makeTemplate());
  const withPhoto = (layout: number, media: string, bytes: Uint8Array) => {
    files[`ppt/media/${media}`] = bytes;
    const rels = `ppt/slideLayouts/_rels/slideLayout${layout}.xml.rels`;
    files[rels] = strToU8(
      strFromU8(files[rels]!).replace(
        '</Relationships>',
        `<Relationship Id="rIdPhoto" Type="${REL}/image" Target="../media/${media}"/></Relationships>`,
      ),
    );
    const part = `ppt/slideLayouts/slideLayout${layout}.xml`;
    const bg =
      '<p:bg><p:bgPr><a:blipFill><a:blip r:embed="rIdPhoto"/><a:stretch><a:fillRect/></a:stretch></a:blipFill><a:effectLst/></p:bgPr></p:bg>';
    files[part] = strToU8(strFromU8(files[part]!).replace(/(<p:cSld[^>]*>)/, `$1${bg}`));
  };
  withPhoto(1, 'night.jpeg', photoJpeg());
  withPhoto(3, 'night.png', photoPng());
  return zipSync(files);
}

describe('the grid of what a template draws', () => {
  it('reads a photo background from its pixels, PNG and JPEG, and names the hardest cell under a frame', () => {
    for (const [part, bytes] of [
      ['p.jpeg', photoJpeg()],
      ['p.png', photoPng()],
    ] as const) {
      const grid = backdropGrid({ fill: { picture: part }, art: [] }, { [part]: bytes }, SIZE);
      expect(grid.cells.length).toBe(grid.cols * grid.rows);
      // The top half near-black, the bottom the haze: under a frame across both, the hardest for light text is the haze.
      expect(contrast(grid.cells[0]!, '#121418')).toBeLessThan(1.1);
      const hardest = hardestUnder(grid, { x: 1, y: 2, w: 6, h: 4 }, SIZE)!;
      expect(contrast(hardest, '#3C4650')).toBeLessThan(1.15);
    }
  });

  it('gives, under a gradient neither white nor black reads on throughout, the cell that keeps the layout’s polarity', () => {
    // Orange at the left to blue at the right: black fails on the blue, white on the orange; a veil is needed either way.
    const grid = backdropGrid(
      {
        fill: {
          gradient: {
            angle: 0,
            stops: [
              { at: 0, colour: '#F59A2E' },
              { at: 1, colour: '#2B3BF0' },
            ],
          },
        },
        art: [],
      },
      {},
      SIZE,
    );
    const frame = { x: 0.5, y: 3, w: 12, h: 1 };
    const light = hardestUnder(grid, frame, SIZE, 'light')!;
    const dark = hardestUnder(grid, frame, SIZE, 'dark')!;
    // Light text (as white titles) is measured against the darkest cell, so only light text reads there; dark text
    // against the lightest.
    expect(contrast(light, '#FFFFFF')).toBeGreaterThan(contrast(light, '#000000'));
    expect(contrast(dark, '#000000')).toBeGreaterThan(contrast(dark, '#FFFFFF'));
    // A region one polarity reads on throughout keeps the rule of the average, whatever the layout prefers.
    const calm = backdropGrid({ fill: { solid: '#FFFFFF' }, art: [] }, {}, SIZE);
    expect(hardestUnder(calm, frame, SIZE, 'light')).toBe('#FFFFFF');
  });

  it('draws a rectangle of the art over the background, see-through where it is', () => {
    const grid = backdropGrid(
      {
        fill: { solid: '#FFFFFF' },
        art: [{ kind: 'shape', frame: { x: 0, y: 0, w: 13.333, h: 1 }, fill: { solid: '#000000' }, opacity: 0.5 }],
      },
      {},
      SIZE,
    );
    expect(grid.cells[0]).toBe('#808080');
    expect(grid.cells[grid.cells.length - 1]).toBe('#FFFFFF');
  });
});

describe('a deck on a template whose title and section layouts are photos', () => {
  let built: TemplateBuild;
  let slides: SlideXml[];
  let deck: Uint8Array;
  beforeAll(async () => {
    // acme keeps its dark brand colours: on the photo they must give way.
    built = await buildOnTemplate(await photoTemplate(), { file: 'night.potx' });
    expect(built.code).toBe(0);
    deck = built.deck();
    slides = slidesOf(join(built.root, 'out', 'acme', 'deck.pptx'));
  }, 120_000);
  afterAll(() => rmSync(built.root, { recursive: true, force: true }));

  it('is named in `template check`: the title and section layouts draw a photo', async () => {
    const check = await templateCheck(built.templatePath);
    expect(check.code).toBe(0);
    expect(check.out.split('\n').filter((l) => l.includes('draws a photo behind its slides')).length).toBe(2);
  });

  it('colours every run of its own on the cover and the dividers to read on the photo (4.5:1 against its lightest part)', () => {
    const files = unzipSync(deck);
    const layoutOf = (s: SlideXml) =>
      /slideLayouts\/(slideLayout\d+)\.xml/.exec(
        strFromU8(files[s.name.replace('slides/', 'slides/_rels/').concat('.rels')]!),
      )?.[1];
    const theme = strFromU8(files['ppt/theme/theme1.xml']!);
    // A run may name a theme colour instead of repeating its value.
    const value = (c: string) =>
      /^[0-9A-F]{6}$/.test(c)
        ? c
        : new RegExp(`<a:${c}>\\s*<a:(?:srgbClr val|sysClr [^>]*lastClr)="([0-9A-F]{6})"`).exec(theme)?.[1];
    const cover = slides[0]!;
    // The deck numbers the template's layouts in their order: the third is its Section Header.
    const dividers = slides.filter((s) => layoutOf(s) === 'slideLayout3');
    expect(dividers.length).toBeGreaterThan(0);
    let runs = 0;
    for (const slide of [cover, ...dividers]) {
      for (const shape of shapesOf(slide).filter((s) => !s.placeholder)) {
        for (const m of shape.xml.matchAll(/<a:rPr[^>]*>\s*<a:solidFill>\s*<a:(?:srgbClr|schemeClr) val="(\w+)"/g)) {
          runs++;
          const colour = value(m[1]!);
          expect(colour, `${slide.name}: ${m[1]}`).toBeDefined();
          expect(contrast(`#${colour}`, '#3C4650'), `${slide.name}: ${shape.text}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
    expect(runs).toBeGreaterThan(4);
    expect(validatePptx(deck)).toEqual([]);
  });
});

describe('a template photo larger than it prints', () => {
  it('is printed at 150 dpi in the PDFs, once, while the deck keeps the original', async () => {
    // 3200 × 1800 pixels of grain behind every slide of a 13.3 in slide: 240 dpi, a few MB as a JPEG.
    const w = 3200;
    const h = 1800;
    const data = new Uint8Array(w * h * 4);
    let seed = 7;
    for (let i = 0; i < w * h; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      data.set([30 + (seed >>> 26), 40 + ((seed >>> 20) & 63), 50 + ((seed >>> 14) & 63), 255], i * 4);
    }
    const photo = new Uint8Array(jpeg.encode({ width: w, height: h, data }, 80).data);
    const files: Record<string, Uint8Array> = unzipSync(await makeTemplate());
    files['ppt/media/grain.jpeg'] = photo;
    const rels = 'ppt/slideMasters/_rels/slideMaster1.xml.rels';
    files[rels] = strToU8(
      strFromU8(files[rels]!).replace(
        '</Relationships>',
        `<Relationship Id="rIdGrain" Type="${REL}/image" Target="../media/grain.jpeg"/></Relationships>`,
      ),
    );
    const master = 'ppt/slideMasters/slideMaster1.xml';
    const bg =
      '<p:bg><p:bgPr><a:blipFill><a:blip r:embed="rIdGrain"/><a:stretch><a:fillRect/></a:stretch></a:blipFill><a:effectLst/></p:bgPr></p:bg>';
    files[master] = strToU8(
      strFromU8(files[master]!)
        .replace(/<p:bg>.*?<\/p:bg>/s, '')
        .replace('<p:cSld>', `<p:cSld>${bg}`),
    );
    const built = await buildOnTemplate(zipSync(files), { file: 'grain.potx' });
    const root = built.root;
    try {
      expect(built.code).toBe(0);
      const deckFiles = unzipSync(built.deck());
      expect(Object.values(deckFiles).some((f) => f.length === photo.length)).toBe(true);
      for (const name of ['slides.pdf', 'handouts.pdf']) {
        const pdf = readFileSync(join(root, 'out', 'acme', name));
        expect(pdf.length, name).toBeLessThan(photo.length * 0.6);
        const text = pdf.toString('latin1');
        // One image object for the photo, 2000 pixels across (13.33 in at 150 dpi).
        expect(text.match(/\/Width 2000\b/g), name).toHaveLength(1);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
