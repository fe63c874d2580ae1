// A designed template whose cover and divider sweep a drawn line across their lower half, under small subtitle
// placeholders (as Office's "Science" design does): the text the tool places beyond those placeholders (the client's
// details, a section's objectives) keeps clear of the drawing; the divider's own text goes in its subtitle placeholder.
// Their titles stand on the foot of their placeholders, as designed covers set them.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backdropGrid, busyFrames } from '../src/template/grid.js';
import { readTemplate } from '../src/template/read.js';
import { HOSTILE, shapesOf, slidesOf } from './support/deck-xml.js';
import { withInheritedFrames } from './support/inherited-frames.js';
import { type LayoutSpec, makeTemplate } from './support/make-template.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate, type TemplateBuild } from './support/template-build.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice', 'pdftotext');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
type Box = { x: number; y: number; w: number; h: number };
const COVER_LINE: Box = { x: 9.6, y: 4.35, w: 3.7, h: 2.95 };
const COVER_SUBTITLE: Box = { x: 8.8, y: 3.9, w: 4.1, h: 0.8 };
const DIVIDER_LINE: Box = { x: 0, y: 4.5, w: 6.6, h: 2.8 };
const DIVIDER_SUBTITLE: Box = { x: 1.4, y: 4.6, w: 4.1, h: 0.8 };
const frame = (b: Box): [number, number, number, number] => [b.x, b.y, b.w, b.h];
const LAYOUTS: LayoutSpec[] = [
  {
    name: 'Cover',
    placeholders: [
      { type: 'ctrTitle', frame: [8.8, 2.1, 4.1, 1.7], bodyPr: 'anchor="b"' },
      { type: 'subTitle', idx: 1, frame: frame(COVER_SUBTITLE) },
    ],
    drawing: frame(COVER_LINE),
  },
  {
    name: 'Divider',
    placeholders: [
      { type: 'ctrTitle', frame: [1.4, 2.7, 4.1, 1.7], bodyPr: 'anchor="b"' },
      { type: 'subTitle', idx: 1, frame: frame(DIVIDER_SUBTITLE) },
    ],
    drawing: frame(DIVIDER_LINE),
  },
  { name: 'Title and Content', type: 'obj', placeholders: [{ type: 'title' }, { idx: 1 }] },
  { name: 'Titles Only', type: 'titleOnly', placeholders: [{ type: 'title' }] },
];

const overlaps = (a: Box, b: Box) =>
  a.w > 0 && a.h > 0 && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
/** The part of a box outside a placeholder's frame, where the template's designer did not plan for text. */
const beyond = (a: Box, placeholder: Box): Box => ({
  ...a,
  y: Math.max(a.y, placeholder.y + placeholder.h),
  h: a.y + a.h - Math.max(a.y, placeholder.y + placeholder.h),
});

let built: TemplateBuild;
let deck: Uint8Array;
let slides: { layout: string; xml: string }[];

beforeAll(async () => {
  const template = await makeTemplate({ layouts: LAYOUTS });
  built = await buildOnTemplate(template, {
    file: 'swept.potx',
    edits: {
      'clients/acme.yaml': (t) => t.replace(/^name: .*$/m, `name: '${HOSTILE.replaceAll("'", "''")}'`),
      'modules/two-jobs.md': (t) =>
        t.replace('# Two jobs, one organisation\n\n', '# Two jobs, one organisation\n\nWhere the two roles meet\n\n'),
    },
  });
  expect(built.code, built.errors.join('\n')).toBe(0);
  deck = built.deck();
  slides = slidesWithLayouts(deck);
}, 120_000);

/** Each slide of a deck in order, with its layout's name and its XML, placeholders given their inherited frames. */
function slidesWithLayouts(deck: Uint8Array): { layout: string; xml: string }[] {
  const files = unzipSync(deck);
  const text = (n: string) => strFromU8(files[n]!);
  return Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((n) => {
      const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(
        text(n.replace('slides/', 'slides/_rels/').concat('.rels')),
      )![1]!;
      return {
        layout: /<p:cSld name="([^"]*)"/.exec(text(`ppt/slideLayouts/${layout}`))![1]!,
        xml: withInheritedFrames(files, n, text(n)),
      };
    });
}
afterAll(() => rmSync(built.root, { recursive: true, force: true }));

describe('a template that draws a line across its cover and dividers', () => {
  it('reads the drawn line as something to keep clear of', () => {
    const info = readTemplate(readFileSync(built.templatePath));
    const cover = info.layouts.find((l) => l.name === 'Cover')!;
    // A line, no fill: read along its stroke, piece by piece, from the frame's lower left corner to its upper right.
    const pieces = cover.look?.obstacles ?? [];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.every((o) => o.kind === 'stroke')).toBe(true);
    const left = Math.min(...pieces.map((o) => o.frame.x));
    const right = Math.max(...pieces.map((o) => o.frame.x + o.frame.w));
    expect(left).toBeCloseTo(COVER_LINE.x, 3);
    expect(right).toBeCloseTo(COVER_LINE.x + COVER_LINE.w, 3);
    expect(pieces.some((o) => o.frame.y + o.frame.h >= COVER_LINE.y + COVER_LINE.h - 0.01)).toBe(true);
    expect(pieces.some((o) => o.frame.y <= COVER_LINE.y + 0.01)).toBe(true);
  });

  it('puts the client’s details where the line is not: above the title, the client’s name intact', () => {
    const cover = slides[0]!;
    expect(cover.layout).toBe('Cover');
    const texts = shapesOf({ name: 'cover', xml: cover.xml }).filter((s) => s.text && !s.placeholder);
    expect(texts.map((s) => s.text).join(' ')).toContain('Tom & Jerry <Ltd>');
    expect(texts.map((s) => s.text).join(' ')).toContain('Ελλάδα Київ');
    for (const s of texts) expect(overlaps(s, COVER_LINE), s.text).toBe(false);
    const title = shapesOf({ name: 'cover', xml: cover.xml }).find((s) => s.placeholder === 'ctrTitle')!;
    const details = texts.find((s) => s.text.includes('Ελλάδα Київ'))!;
    expect(details.y + details.h).toBeLessThanOrEqual(title.y + title.h);
  });

  it('never continues a divider: its text in its subtitle placeholder, clear of the line, objectives on the next slide', () => {
    const dividers = slides.map((s, i) => ({ s, i })).filter(({ s }) => s.layout === 'Divider');
    expect(dividers.length).toBeGreaterThan(0);
    for (const { s } of dividers) {
      const shapes = shapesOf({ name: 'divider', xml: s.xml });
      expect(shapes.find((sp) => sp.placeholder === 'ctrTitle' || sp.placeholder === 'title')!.text).not.toMatch(
        /cont\./,
      );
      for (const sp of shapes.filter((x) => x.text))
        expect(
          overlaps(beyond(sp, DIVIDER_SUBTITLE), DIVIDER_LINE),
          `${sp.text} ${JSON.stringify([sp.x, sp.y, sp.w, sp.h])}`,
        ).toBe(false);
      expect(s.xml).not.toMatch(/<a:t>Objectives<\/a:t>/);
    }
    // The closing slide sits on the divider too: one slide, its words clear of the line.
    expect(dividers.at(-1)!.i).toBe(slides.length - 1);
    const following = dividers
      .map(({ i }) => slides[i + 1])
      .filter((next) => next?.xml.includes('<a:t>Objectives</a:t>'));
    expect(following.length).toBeGreaterThan(0);
    for (const next of following) expect(next!.layout).toBe('Title and Content');
    // A module's subtitle is the divider's text, in the template's subtitle placeholder.
    const subtitled = dividers.map(({ s }) =>
      shapesOf({ name: 'divider', xml: s.xml }).find((sp) => sp.text === 'Where the two roles meet'),
    );
    expect(subtitled.find(Boolean)?.placeholder).toBe('subTitle');
    expect(validatePptx(deck)).toEqual([]);
  });

  it.runIf(office)('puts no word outside its box in LibreOffice', () => {
    expect(overflowing(convert(deck))).toEqual([]);
  });
});

// A master whose background is a photo with the client's logo printed into its top-left corner (as the Chinese
// corporate template has it), under the left end of the master's title placeholder: the logo is found from the
// picture's pixels, and titles start to the right of it.
describe('a template whose background photo carries its logo in a corner', () => {
  const LOGO = { x: 0.3, y: 0.3, w: 1.5, h: 0.9 };
  let onLogo: TemplateBuild;

  /** A calm dark blue photo, 1333 × 750 pixels (100 a inch), with a black-and-white checked mark where LOGO is. */
  function photo(): Uint8Array {
    const png = new PNG({ width: 1333, height: 750 });
    for (let y = 0; y < 750; y++)
      for (let x = 0; x < 1333; x++) {
        const inLogo =
          x >= LOGO.x * 100 && x < (LOGO.x + LOGO.w) * 100 && y >= LOGO.y * 100 && y < (LOGO.y + LOGO.h) * 100;
        const ink = inLogo && (Math.floor(x / 8) + Math.floor(y / 8)) % 2 === 0;
        png.data.set(inLogo ? (ink ? [255, 255, 255, 255] : [0, 0, 0, 255]) : [20, 40, 90, 255], (y * 1333 + x) * 4);
      }
    return new Uint8Array(PNG.sync.write(png));
  }

  beforeAll(async () => {
    const files: Record<string, Uint8Array> = unzipSync(
      await makeTemplate({ dark: true, colours: { dk1: '14285A', lt1: 'FFFFFF' } }),
    );
    files['ppt/media/photo.png'] = photo();
    const rels = 'ppt/slideMasters/_rels/slideMaster1.xml.rels';
    files[rels] = strToU8(
      strFromU8(files[rels]!).replace(
        '</Relationships>',
        `<Relationship Id="rIdPhoto" Type="${REL}/image" Target="../media/photo.png"/></Relationships>`,
      ),
    );
    const master = 'ppt/slideMasters/slideMaster1.xml';
    const bg =
      '<p:bg><p:bgPr><a:blipFill><a:blip r:embed="rIdPhoto"/><a:stretch><a:fillRect/></a:stretch></a:blipFill><a:effectLst/></p:bgPr></p:bg>';
    files[master] = strToU8(strFromU8(files[master]!).replace(/<p:bg>[\s\S]*?<\/p:bg>/, bg));
    onLogo = await buildOnTemplate(zipSync(files), { file: 'logo-photo.potx', withoutBrand: true });
    expect(onLogo.code, onLogo.errors.join('\n')).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(onLogo.root, { recursive: true, force: true }));

  it('finds the logo in the photo’s pixels and starts every title to the right of it', () => {
    const grid = backdropGrid(
      { fill: { picture: 'p.png' }, art: [] },
      { 'p.png': photo() },
      { width: 13.333, height: 7.5 },
    );
    const busy = busyFrames(grid, { width: 13.333, height: 7.5 });
    expect(busy.length).toBeGreaterThan(0);
    for (const f of busy)
      expect(
        overlaps(f, { x: LOGO.x - 0.3, y: LOGO.y - 0.3, w: LOGO.w + 0.6, h: LOGO.h + 0.6 }),
        JSON.stringify(f),
      ).toBe(true);
    const deck = slidesOf(join(onLogo.root, 'out', 'acme', 'deck.pptx'));
    let titles = 0;
    for (const slide of deck) {
      for (const s of shapesOf(slide).filter((sp) => sp.text)) {
        expect(overlaps(s, LOGO), `${slide.name}: ${s.text}`).toBe(false);
        if (s.placeholder === 'title') titles++;
      }
    }
    expect(titles).toBeGreaterThan(5);
    expect(validatePptx(onLogo.deck())).toEqual([]);
  });

  it.runIf(office)('puts no word outside its box in LibreOffice', () => {
    expect(overflowing(convert(onLogo.deck()))).toEqual([]);
  });
});

// A master that prints its logo into the bottom right corner of the content layout's body placeholder (as a
// company's corporate template does, the logo standing where long lines and wide tables would run): the deck's text,
// tables, cards and tiles keep clear of it, the body placeholder narrowed for them.
describe('a template whose master prints its logo into the corner of the body', () => {
  const LOGO: Box = { x: 10.5, y: 5.4, w: 2.6, h: 1.9 };
  let cornered: TemplateBuild;

  beforeAll(async () => {
    const template = await makeTemplate({ picture: [LOGO.x, LOGO.y, LOGO.w, LOGO.h] });
    cornered = await buildOnTemplate(template, { file: 'corner-logo.potx', withoutBrand: true });
    expect(cornered.code, cornered.errors.join('\n')).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(cornered.root, { recursive: true, force: true }));

  it('reads the logo as art inside the body placeholder', () => {
    const info = readTemplate(readFileSync(cornered.templatePath));
    const content = info.layouts.find((l) => l.name === 'Title and Content')!;
    const body = content.placeholders.find((p) => p.idx === 1)!.frame!;
    expect(overlaps(body, LOGO)).toBe(true);
  });

  it('puts no text frame, table, card or tile of a content slide on the logo', () => {
    const content = slidesWithLayouts(cornered.deck()).filter((s) => /^Title (and Content|Only)$/.test(s.layout));
    expect(content.length).toBeGreaterThan(10);
    let placed = 0;
    content.forEach(({ xml }, i) => {
      const frames = [
        ...shapesOf({ name: String(i), xml })
          .filter((s) => s.text && !['ftr', 'sldNum', 'dt'].includes(s.placeholder ?? ''))
          .map((s) => ({ ...s, what: s.text })),
        ...[...xml.matchAll(/<p:graphicFrame>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/g)].map(
          (m) => {
            const [x, y, w, h] = m.slice(1).map((v) => Number(v) / 914_400) as [number, number, number, number];
            return { x, y, w, h, what: 'a table' };
          },
        ),
      ];
      for (const f of frames)
        expect(overlaps(f, LOGO), `${f.what} ${JSON.stringify([f.x, f.y, f.w, f.h])}`).toBe(false);
      placed += frames.length;
    });
    expect(placed).toBeGreaterThan(20);
    expect(validatePptx(cornered.deck())).toEqual([]);
  });

  it.runIf(office)('puts no word outside its box in LibreOffice', () => {
    expect(overflowing(convert(cornered.deck()))).toEqual([]);
  });
});
