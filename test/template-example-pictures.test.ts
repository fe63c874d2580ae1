// A photo-led cover, as designed templates make them: a picture placeholder over most of the slide, which the
// template's own example slide fills with a photo. The deck's cover fills it with that photo, as the layout's picture
// placeholder (PowerPoint's "Change Picture" replaces it), cropped to fill its frame; slides.pdf shows it as LibreOffice
// shows the deck, and no hole is left where the design has its photo.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTemplate } from '../src/template/read.js';
import { chooseLayouts } from '../src/template/roles.js';
import { type LayoutSpec, makeTemplate } from './support/make-template.js';
import { convert } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { png } from './support/sample-model.js';
import { colourAt, colourDistance } from './support/slide-agreement.js';
import { buildOnTemplate, type TemplateBuild } from './support/template-build.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice', 'pdftoppm');
const PHOTO = png(400, 300, [20, 40, 80]);
const LAYOUTS: LayoutSpec[] = [
  {
    name: 'Cover',
    type: 'title',
    placeholders: [
      { type: 'pic', idx: 10, frame: [0, 0, 8, 7.5] },
      { type: 'ctrTitle', frame: [8.4, 1.5, 4.5, 2] },
      { type: 'subTitle', idx: 1, frame: [8.4, 3.7, 4.5, 1.2] },
    ],
  },
  { name: 'Title and Content', type: 'obj', placeholders: [{ type: 'title' }, { idx: 1 }] },
  { name: 'Title Only', type: 'titleOnly', placeholders: [{ type: 'title' }] },
];

let template: Uint8Array;
let built: TemplateBuild;

beforeAll(async () => {
  template = await makeTemplate({ layouts: LAYOUTS, examplePicture: { layout: 1, idx: 10, png: PHOTO } });
  built = await buildOnTemplate(template, { file: 'photo-cover.potx', withoutBrand: true });
  expect(built.code, built.errors.join('\n')).toBe(0);
}, 120_000);
afterAll(() => rmSync(built.root, { recursive: true, force: true }));

describe('a cover whose photo frame the template’s example slide fills', () => {
  it('reads the example slide’s picture for the layout’s picture placeholder', () => {
    const cover = readTemplate(template).layouts.find((l) => l.name === 'Cover')!;
    expect(cover.examplePictures).toEqual([{ idx: 10, part: 'ppt/media/example1.png' }]);
  });

  it('passes over an example slide that smuggles a document type, or a picture that is not a whole PNG or JPEG', () => {
    const edited = (edit: (files: Record<string, Uint8Array>) => void) => {
      const files = unzipSync(template);
      edit(files);
      return readTemplate(zipSync(files)).layouts.find((l) => l.name === 'Cover')!;
    };
    const dtd = edited((f) => {
      f['ppt/slides/slide1.xml'] = strToU8(
        strFromU8(f['ppt/slides/slide1.xml']!).replace('?>', '?><!DOCTYPE x [<!ENTITY e "boom">]>'),
      );
    });
    expect(dtd.examplePictures).toBeUndefined();
    const cut = edited((f) => {
      f['ppt/media/example1.png'] = f['ppt/media/example1.png']!.subarray(0, 40);
    });
    expect(cut.examplePictures).toBeUndefined();
  });

  it('fills the deck’s cover placeholder with it, cropped to its frame (400 × 300 in 8 × 7.5 in: a tenth off each side)', () => {
    const files = unzipSync(built.deck());
    const cover = strFromU8(files['ppt/slides/slide1.xml']!);
    const pic = /<p:pic>[\s\S]*?<\/p:pic>/.exec(cover)?.[0] ?? '';
    expect(pic).toContain('<p:ph type="pic" idx="10"/>');
    expect(pic).toContain('<a:srcRect l="10000" r="10000"/>');
    const embed = /<a:blip r:embed="(rId\d+)"/.exec(pic)![1]!;
    const target = new RegExp(`Id="${embed}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(
      strFromU8(files['ppt/slides/_rels/slide1.xml.rels']!),
    )?.[1];
    expect(Buffer.from(files[`ppt/media/${target}`]!).equals(Buffer.from(PHOTO))).toBe(true);
    // Only the slides on the cover's layout carry it (here the dividers too: the template has no layout of theirs).
    const layoutOf = (n: string) =>
      /slideLayouts\/slideLayout\d+\.xml/.exec(strFromU8(files[`${n.replace('slides/', 'slides/_rels/')}.rels`]!))![0];
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    for (const n of slides)
      expect(strFromU8(files[n]!).includes('<p:ph type="pic" idx="10"/>'), n).toBe(
        layoutOf(n) === layoutOf('ppt/slides/slide1.xml'),
      );
    expect(slides.filter((n) => layoutOf(n) !== layoutOf('ppt/slides/slide1.xml')).length).toBeGreaterThan(5);
    expect(validatePptx(built.deck())).toEqual([]);
  });

  it.runIf(office)(
    'shows the photo where the design has it, in slides.pdf as LibreOffice shows the deck',
    () => {
      const lo = join(built.root, 'cover-lo.pdf');
      convert(built.deck(), lo);
      const ours = join(built.root, 'out', 'acme', 'slides.pdf');
      for (const [x, y] of [
        [0.5, 0.5],
        [4, 6.5],
        [7.5, 1.5],
      ] as const) {
        expect(colourDistance(colourAt(lo, 1, x, y), '#142850'), `LibreOffice at ${x},${y}`).toBeLessThan(24);
        expect(colourDistance(colourAt(ours, 1, x, y), '#142850'), `slides.pdf at ${x},${y}`).toBeLessThan(24);
      }
    },
    120_000,
  );
});

// A template whose last example slide says "Thank You" on a layout of its own (a photo divider variant, named
// "1_Divider"): the deck's closing slide takes that layout, as the template's designer closes.
describe('a template whose example slides end on a "Thank You" slide', () => {
  it('closes the deck on that slide’s layout', async () => {
    const layouts: LayoutSpec[] = [
      ...LAYOUTS,
      {
        name: 'Section Header',
        type: 'secHead',
        placeholders: [
          { type: 'title', frame: [1, 3, 11, 1.5] },
          { type: 'body', idx: 1, frame: [1, 4.6, 11, 1.2] },
        ],
      },
      {
        name: '1_Divider',
        placeholders: [
          { type: 'ctrTitle', frame: [1, 3, 6, 1.5] },
          { type: 'body', idx: 11, frame: [1, 4.6, 6, 1.2] },
        ],
        background: '1F2A44',
      },
    ];
    const closing = await makeTemplate({ layouts, exampleSlides: 2, exampleClosing: 5 });
    const chosen = chooseLayouts(readTemplate(closing)).layouts;
    expect(chosen.closing).toMatchObject({ layout: { name: '1_Divider' }, by: 'example' });
    expect(chosen.section.layout.name).toBe('Section Header');
  });
});
