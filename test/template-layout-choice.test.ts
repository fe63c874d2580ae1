// A photo-led designed template, as agencies make them: a divider that is only a title on a colour of its own (with a
// line swept down its left side), a "Title and image" layout of a title, a photo frame and a caption, and a plain
// "Title Only" whose title is set apart from the text slides' (smaller). The dividers take the designed title
// layout, not the one whose photo frame would stay an empty hole; tables and cards take the text slides' layout, so
// every title reads alike; text the tool places on the divider steps aside from the line, and where the divider's
// gradient runs from dark to light under it, a veil under the words lifts them to 4.5 : 1.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { veilFrame } from '../src/render/context.js';
import { readTemplate } from '../src/template/read.js';
import { chooseLayouts } from '../src/template/roles.js';
import { contrast } from '../src/util/contrast.js';
import { withInheritedFrames } from './support/inherited-frames.js';
import { type LayoutSpec, makeTemplate } from './support/make-template.js';
import { convert } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { colourAt, colourDistance } from './support/slide-agreement.js';
import { buildOnTemplate, type TemplateBuild } from './support/template-build.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice', 'pdftoppm');

const LINE: [number, number, number, number] = [1.5, 3.2, 0.05, 4.3];
const LAYOUTS: LayoutSpec[] = [
  {
    name: 'Title + Subtitle slide',
    placeholders: [
      { type: 'ctrTitle', frame: [1.2, 3.5, 10, 1.5] },
      { type: 'subTitle', idx: 1, frame: [1.2, 2.9, 10, 0.5] },
    ],
    background: '2B2A8C',
  },
  {
    name: 'Title and image',
    placeholders: [
      { type: 'title', frame: [7, 0.6, 5.6, 1.6] },
      { type: 'pic', idx: 14, frame: [0.6, 0.6, 5.8, 6.3] },
      { type: 'body', idx: 17, frame: [7, 2.4, 5.6, 1.2] },
    ],
    background: '2B2A8C',
  },
  // Deep blue at its top-left to a warm orange at its foot: white reads at the top, not at the foot.
  {
    name: 'Title Only Slide',
    placeholders: [{ type: 'ctrTitle', frame: [1.2, 1.2, 8, 1.8] }],
    gradient: ['1B1F8C', 'F59A2E'],
    drawing: LINE,
  },
  { name: 'Title and Content', type: 'obj', placeholders: [{ type: 'title' }, { idx: 1 }] },
  { name: 'Title Only', type: 'titleOnly', placeholders: [{ type: 'title', size: 24 }] },
];

let built: TemplateBuild;
let template: Uint8Array;

beforeAll(async () => {
  template = await makeTemplate({ layouts: LAYOUTS });
  built = await buildOnTemplate(template, { file: 'photo-led.potx', withoutBrand: true });
  expect(built.code, built.errors.join('\n')).toBe(0);
}, 120_000);
afterAll(() => rmSync(built.root, { recursive: true, force: true }));

/** Each slide's layout name and its text shapes' frames (inches) and words. */
function slides() {
  const files = unzipSync(built.deck());
  const text = (n: string) => strFromU8(files[n]!);
  return Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((n) => {
      const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(
        text(n.replace('slides/', 'slides/_rels/') + '.rels'),
      )![1]!;
      const shapes = [...text(n).matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => {
        const off = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/.exec(m[1]!);
        const [x, y, w, h] = off ? off.slice(1).map((v) => Number(v) / 914_400) : [];
        return {
          placeholder: /<p:ph\b/.test(m[1]!),
          frame: off ? { x: x!, y: y!, w: w!, h: h! } : undefined,
          words: [...m[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''),
        };
      });
      return { layout: /<p:cSld name="([^"]*)"/.exec(text(`ppt/slideLayouts/${layout}`))![1]!, shapes };
    });
}

describe('a photo-led designed template', () => {
  it('puts dividers on its designed title layout, and tables and cards on the text slides’ layout', () => {
    const chosen = chooseLayouts(readTemplate(template)).layouts;
    expect(chosen.section.layout.name).toBe('Title Only Slide');
    expect(chosen['title-only']).toMatchObject({ layout: { name: 'Title and Content' }, by: 'content' });
    const layouts = new Set(slides().map((s) => s.layout));
    expect(layouts.has('Title Only')).toBe(false);
    expect(layouts.has('Title and image')).toBe(false);
    expect(layouts.has('Title Only Slide')).toBe(true);
    expect(validatePptx(built.deck())).toEqual([]);
  });

  it('keeps the text it places on a divider clear of the line the layout draws down its side', () => {
    const all = slides();
    const dividers = all.filter((s) => s.layout === 'Title Only Slide');
    expect(dividers.length).toBeGreaterThan(1);
    const [lx, ly, lw, lh] = LINE;
    for (const d of dividers)
      for (const s of d.shapes.filter((s) => !s.placeholder && s.frame && s.words)) {
        const f = s.frame!;
        const overlaps = f.x < lx + lw && lx < f.x + f.w && f.y < ly + lh && ly < f.y + f.h;
        expect(overlaps, s.words).toBe(false);
      }
    // Beside the line, not over it, and never continued.
    expect(dividers.some((d) => d.shapes.some((s) => s.words.includes('Objectives')))).toBe(true);
    for (const d of dividers) for (const s of d.shapes) expect(s.words).not.toMatch(/cont\./);
  });

  it('keeps a veil’s margin off the art beside the text (a line down the divider’s side)', () => {
    const slide = { width: 13.333, height: 7.5 };
    const [lx, ly, lw, lh] = LINE;
    const line = { x: lx, y: ly, w: lw, h: lh };
    // A column starting just right of the line: the veil's margin would lie over it.
    const column = { x: lx + lw + 0.03, y: 3.4, w: 6, h: 2 };
    const veil = veilFrame(column, { x: column.x, y: 3.5, w: 5, h: 1.5 }, [line], slide);
    expect(veil.x).toBeCloseTo(lx + lw, 6);
    expect(veil.x + veil.w).toBeCloseTo(column.x + column.w + 0.08, 6);
    // Art above or below the words does not narrow it.
    const below = veilFrame(column, { x: column.x, y: 3.5, w: 5, h: 1.5 }, [{ ...line, y: 6, h: 1 }], slide);
    expect(below.x).toBeCloseTo(column.x - 0.08, 6);
  });

  it.runIf(office)(
    'lays a veil under words no colour reads on, in the deck as in slides.pdf',
    () => {
      const files = unzipSync(built.deck());
      const names = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      // Each veil (a shape filled with a see-through black or white) and the colour of the words in the box after it.
      const veils = names.flatMap((n) => {
        const shapes = [...strFromU8(files[n]!).matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]!);
        return shapes.flatMap((sp, k) => {
          const veil = /<a:srgbClr val="(000000|FFFFFF)"><a:alpha val="\d+"\/>/.test(sp)
            ? /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)
            : null;
          const text = /<a:rPr[^>]*><a:solidFill><a:srgbClr val="(\w{6})"/.exec(shapes[k + 1] ?? '')?.[1];
          if (!veil || !text) return [];
          const frame = veil.slice(1, 5).map((v) => Number(v) / 914_400);
          return [{ slide: Number(/(\d+)\.xml/.exec(n)![1]), frame, text: `#${text}` }];
        });
      });
      expect(veils.length).toBeGreaterThan(0);
      const lo = join(built.root, 'veil-lo.pdf');
      convert(built.deck(), lo);
      const ours = join(built.root, 'out', 'acme', 'slides.pdf');
      for (const { slide, frame, text } of veils) {
        // Just inside the veil's right-hand corners, where no word stands and the layout's line does not run.
        const [x, y, w, h] = frame as [number, number, number, number];
        for (const [px, py] of [
          [x + w - 0.06, y + 0.06],
          [x + w - 0.06, y + h - 0.06],
        ] as const) {
          const theirs = colourAt(lo, slide, px, py);
          expect(contrast(text, theirs), `slide ${slide}: ${text} on ${theirs}`).toBeGreaterThanOrEqual(4.5);
          expect(colourDistance(colourAt(ours, slide, px, py), theirs)).toBeLessThan(40);
        }
      }
    },
    120_000,
  );
});

// Office 2007's Section Header, as python-pptx's default template has it: a low title with its text placeholder above.
describe('a section layout whose text placeholder is above a low title', () => {
  it('sets the divider’s objectives and the closing slide’s words under the title, never above it', async () => {
    const layouts: LayoutSpec[] = [
      {
        name: 'Title Slide',
        type: 'title',
        placeholders: [
          { type: 'ctrTitle', frame: [1, 2.3, 11.3, 1.6] },
          { type: 'subTitle', idx: 1, frame: [2, 4.2, 9.3, 1.9] },
        ],
      },
      {
        name: 'Section Header',
        type: 'secHead',
        placeholders: [
          { type: 'title', frame: [1, 4.8, 11.3, 1.5], bodyPr: 'anchor="t"' },
          { type: 'body', idx: 1, frame: [1, 3.2, 11.3, 1.6], bodyPr: 'anchor="b"' },
        ],
      },
      { name: 'Title and Content', type: 'obj', placeholders: [{ type: 'title' }, { idx: 1 }] },
      { name: 'Title Only', type: 'titleOnly', placeholders: [{ type: 'title' }] },
    ];
    const low = await buildOnTemplate(await makeTemplate({ layouts }), { file: 'low.potx', withoutBrand: true });
    try {
      expect(low.code, low.errors.join('\n')).toBe(0);
      const files = unzipSync(low.deck());
      const names = Object.keys(files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .filter((n) => strFromU8(files[`${n.replace('slides/', 'slides/_rels/')}.rels`]!).includes('slideLayout2.xml'));
      expect(names.length).toBeGreaterThan(1);
      let kickers = 0;
      for (const n of names) {
        const xml = withInheritedFrames(files, n, strFromU8(files[n]!));
        const shapes = xml.split('<p:sp>').slice(1);
        const title = shapes.find((sp) => /<p:ph type="title"/.test(sp))!;
        const top = (sp: string) => Number(/<a:off x="\d+" y="(\d+)"/.exec(sp)?.[1]) / 914_400;
        // The divider's times may stand above its title, as a kicker; longer text stands under it.
        for (const sp of shapes.filter((sp) => sp !== title && /<a:t>/.test(sp) && !/\d\d:\d\d/.test(sp)))
          expect(top(sp), sp.slice(0, 160)).toBeGreaterThan(top(title));
        // A kicker starts where the title's words do: inside the title frame's inset (PowerPoint's 0.1 in).
        const left = (sp: string) => Number(/<a:off x="(\d+)"/.exec(sp)?.[1]) / 914_400;
        for (const sp of shapes.filter((sp) => sp !== title && /<a:t>\d\d:\d\d/.test(sp))) {
          expect(left(sp)).toBeCloseTo(left(title) + 0.1, 2);
          kickers++;
        }
      }
      expect(kickers).toBeGreaterThan(0);
    } finally {
      rmSync(low.root, { recursive: true, force: true });
    }
  }, 120_000);
});

// A cover whose title takes the middle of the slide, its subtitle low under it, and a rule drawn above the footer:
// little room under the subtitle. The details stay under it, their date, hours and place sharing a line, rather than
// standing above the title.
describe('a cover with little room under its subtitle', () => {
  it('keeps the details under the subtitle, when and where on one line', async () => {
    const layouts: LayoutSpec[] = [
      {
        name: 'Title Slide',
        type: 'title',
        placeholders: [
          { type: 'ctrTitle', frame: [1.15, 2.2, 11, 2.6] },
          { type: 'subTitle', idx: 1, frame: [1.15, 5.2, 11, 0.5] },
        ],
        drawing: [0, 6.8, 13.333, 0.02],
      },
      { name: 'Title and Content', type: 'obj', placeholders: [{ type: 'title' }, { idx: 1 }] },
      { name: 'Title Only', type: 'titleOnly', placeholders: [{ type: 'title' }] },
    ];
    const low = await buildOnTemplate(await makeTemplate({ layouts }), { file: 'tall.potx', withoutBrand: true });
    try {
      expect(low.code, low.errors.join('\n')).toBe(0);
      const files = unzipSync(low.deck());
      const xml = withInheritedFrames(files, 'ppt/slides/slide1.xml', strFromU8(files['ppt/slides/slide1.xml']!));
      const shapes = xml.split('<p:sp>').slice(1);
      const top = (sp: string) => Number(/<a:off x="\d+" y="(\d+)"/.exec(sp)?.[1]) / 914_400;
      const words = (sp: string) => [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
      const title = shapes.find((sp) => /<p:ph type="ctrTitle"/.test(sp))!;
      const details = shapes.find((sp) => words(sp).includes('Facilitator'))!;
      expect(top(details)).toBeGreaterThan(top(title) + 2.6);
      const bottom = top(details) + Number(/<a:ext cx="\d+" cy="(\d+)"/.exec(details)![1]) / 914_400;
      expect(bottom).toBeLessThanOrEqual(6.8);
      expect(words(details)).toMatch(/\d{2}:\d{2}.{0,3}\d{2}:\d{2}\s+·\s+\S/);
      expect(validatePptx(low.deck())).toEqual([]);
    } finally {
      rmSync(low.root, { recursive: true, force: true });
    }
  }, 120_000);
});
