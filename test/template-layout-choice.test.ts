// A photo-led designed template, as agencies make them: a divider that is only a title on a colour of its own (with a
// line swept down its left side), a "Title and image" layout of a title, a photo frame and a caption, and a plain
// "Title Only" whose title is set apart from the text slides' (smaller). The dividers take the designed title
// layout, not the one whose photo frame would stay an empty hole; tables and cards take the text slides' layout, so
// every title reads alike; and text the tool places on the divider steps aside from the line.
import { rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTemplate } from '../src/template/read.js';
import { chooseLayouts } from '../src/template/roles.js';
import { type LayoutSpec, makeTemplate } from './support/make-template.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate, type TemplateBuild } from './support/template-build.js';

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
  {
    name: 'Title Only Slide',
    placeholders: [{ type: 'ctrTitle', frame: [1.2, 1.2, 8, 1.8] }],
    background: '2B2A8C',
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
});
