// A designed template, as Office's own and agencies' are: layouts named rather than typed ("Divider", "Titles Only"),
// a one-line kicker above the content placeholder, letter-spaced capitals under section titles and space after
// every paragraph. Each kind of slide finds its layout, text goes in the large placeholder, nothing runs out of its
// box, and a section divider is never continued: objectives that do not fit follow on a slide of their own.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTemplate } from '../src/template/read.js';
import { chooseLayouts } from '../src/template/roles.js';
import { contrast } from '../src/util/contrast.js';
import { type SlideXml, shapesOf, slidesOf } from './support/deck-xml.js';
import { withInheritedFrames } from './support/inherited-frames.js';
import { DARK_GERMAN, germanLayouts, type LayoutSpec, makeTemplate } from './support/make-template.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate, type TemplateBuild, templateCheck } from './support/template-build.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice', 'pdftotext');
const W = 13.333;
const H = 7.5;
const furniture = [
  { type: 'ftr', idx: 11 },
  { type: 'sldNum', idx: 12 },
];
const LAYOUTS: LayoutSpec[] = [
  {
    name: 'Cover',
    placeholders: [
      { type: 'ctrTitle', frame: [1, 2, 11.3, 1.6] },
      { type: 'subTitle', idx: 1, frame: [1, 3.8, 11.3, 0.8], spacedCaps: 3 },
    ],
  },
  // Fits a section divider by its placeholders (a title and one small text placeholder), and comes first.
  {
    name: 'Large Photo',
    placeholders: [
      { type: 'pic', idx: 13, frame: [0, 0, W, H] },
      { type: 'title', frame: [0.4, 0.4, 12.5, 0.6] },
      { type: 'body', idx: 14, frame: [8.5, 6.7, 4.1, 0.43] },
    ],
  },
  // The designer's divider: no layout type, a short strip of letter-spaced capitals under the title, which stands on
  // the foot of its tall placeholder.
  {
    name: 'Divider',
    placeholders: [
      { type: 'title', frame: [1, 3.2, 11.3, 1.4], bodyPr: 'anchor="b"' },
      { type: 'body', idx: 1, frame: [1, 4.7, 11.3, 0.6], spacedCaps: 6 },
      ...furniture,
    ],
  },
  {
    name: 'Title and Content',
    type: 'obj',
    placeholders: [
      { type: 'title', frame: [0.4, 0.4, 12.5, 0.6] },
      { type: 'body', idx: 13, frame: [0.4, 1.1, 12.5, 0.39] },
      { idx: 1, frame: [0.4, 1.7, 12.5, 4.9] },
      ...furniture,
    ],
  },
  {
    name: 'Titles Only',
    placeholders: [
      { type: 'title', frame: [0.4, 0.4, 12.5, 0.6] },
      { type: 'body', idx: 13, frame: [0.4, 1.1, 12.5, 0.39] },
      ...furniture,
    ],
  },
];

let root: string;
let template: Uint8Array;
let deck: Uint8Array;

beforeAll(async () => {
  template = await makeTemplate({ layouts: LAYOUTS, spaceAfter: 6 });
  // Four objectives, as the bundled workshop's modules have.
  const more = [
    'Explain the difference between coping with complexity and coping with change',
    'Compare the two roles on eight everyday dimensions',
    'Sort real workplace behaviours into leading and managing',
  ];
  // A closing line of three sentences: at the body size it does not fit beside the closing title.
  const closing =
    'Questions, reflections and next steps. Before you leave, write down the one behaviour you will practise on Monday, and the colleague who will ask you about it a week from now. Thank you for a morning of honest work.';
  const built = await buildOnTemplate(template, {
    file: 'designed.potx',
    edits: {
      'modules/two-jobs.md': (t) =>
        t.replace(
          '  - Tell leadership and management apart\n',
          `  - Tell leadership and management apart\n${more.map((o) => `  - ${o}\n`).join('')}`,
        ),
      'workshop.yaml': (t) => `${t}closing: ${closing}\n`,
    },
  });
  root = built.root;
  expect(built.code).toBe(0);
  deck = built.deck();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each slide's title, the name of its layout and the placeholder indexes its shapes are linked to. */
function slides(): { title: string; layout: string; xml: string; indexes: string[] }[] {
  const files = unzipSync(deck);
  const text = (n: string) => strFromU8(files[n]!);
  const names = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return names.map((n) => {
    const xml = withInheritedFrames(files, n, text(n));
    const layoutPart = /slideLayouts\/(slideLayout\d+\.xml)/.exec(
      text(n.replace('slides/', 'slides/_rels/').concat('.rels')),
    )![1]!;
    const title = /<p:ph type="(?:title|ctrTitle)"[^>]*\/>[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
    return {
      title: [...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''),
      layout: /<p:cSld name="([^"]*)"/.exec(text(`ppt/slideLayouts/${layoutPart}`))![1]!,
      xml,
      indexes: [...xml.matchAll(/<p:ph\b[^>]*\bidx="(\d+)"/g)].map((m) => m[1]!),
    };
  });
}

describe('a designed template', () => {
  it('gives each kind of slide the layout its name or placeholders say, and text the large placeholder, not the strip', () => {
    const chosen = chooseLayouts(readTemplate(template)).layouts;
    expect(Object.fromEntries(Object.entries(chosen).map(([role, c]) => [role, [c.layout.name, c.by]]))).toEqual({
      title: ['Cover', 'placeholders'],
      section: ['Divider', 'placeholders'],
      content: ['Title and Content', 'placeholders'],
      'title-only': ['Titles Only', 'placeholders'],
      // No layout is named for the closing slide: it takes the dividers'.
      closing: ['Divider', 'section'],
    });
    const text = slides().filter((s) => s.layout === 'Title and Content');
    expect(text.length).toBeGreaterThan(3);
    for (const s of text) expect(s.indexes, s.title).not.toContain('13');
    expect(validatePptx(deck)).toEqual([]);
  });

  it('never continues a divider: objectives that do not fit its strip follow on a slide of their own under its title', () => {
    const all = slides();
    const dividers = all.map((s, i) => ({ s, i })).filter(({ s }) => s.layout === 'Divider');
    expect(dividers.length).toBeGreaterThan(0);
    for (const { s } of dividers) expect(s.title).not.toMatch(/cont\./);
    // Four objectives in widely spaced capitals fit neither above nor below the title: the next slide has them.
    const moved = dividers.filter(({ i }) => all[i + 1]?.title === all[i]!.title);
    expect(moved.length).toBeGreaterThan(0);
    for (const { i } of moved) {
      expect(all[i + 1]!.layout).toBe('Title and Content');
      expect(all[i + 1]!.xml).toMatch(/<a:t>Objectives<\/a:t>/);
      expect(all[i]!.xml).not.toMatch(/<a:t>Objectives<\/a:t>/);
    }
  });

  it('puts a divider’s times just above its title’s text, which sits at the foot of a tall placeholder', () => {
    const divider = slides().find((s) => s.layout === 'Divider')!;
    const label = shapesOf({ name: 'divider', xml: divider.xml }).find((s) => /\d\d:\d\d.*min/.test(s.text))!;
    const title = shapesOf({ name: 'divider', xml: divider.xml }).find((s) => s.placeholder === 'title')!;
    // The Divider's title placeholder is 1.4 in high from 3.2 in; its one line sits at the foot, the times half an
    // inch above that line, so within the placeholder's top (not half an inch above the frame, far from the words).
    expect(label.y).toBeGreaterThan(title.y - 0.3);
    expect(label.y + label.h).toBeLessThan(title.y + title.h);
  });

  it('never continues the closing slide: its lines step down in size instead', () => {
    const all = slides();
    const last = all[all.length - 1]!;
    expect(last.title).toBe('Thank you');
    expect(last.xml).toContain('the colleague who will ask you about it');
    expect(all.filter((s) => /cont\./.test(s.title) && s.layout === 'Divider')).toEqual([]);
  });

  it.runIf(office)(
    'puts no word outside its box in LibreOffice, spaced capitals and space after paragraphs included',
    () => {
      expect(overflowing(convert(deck))).toEqual([]);
    },
  );
});

describe('a cover layout without placeholders, as the German template has', () => {
  let deck: Uint8Array;
  let built: TemplateBuild;
  beforeAll(async () => {
    const layouts = germanLayouts(10, 7.5).map((l) => (l.name === 'Titelfolie' ? { ...l, placeholders: [] } : l));
    const template = await makeTemplate({ ...DARK_GERMAN, layouts });
    built = await buildOnTemplate(template, { file: 'de.potx' });
    expect(built.code).toBe(0);
    deck = built.deck();
    expect(chooseLayouts(readTemplate(template)).layouts.title.layout.name).toBe('Titelfolie');
  }, 120_000);
  afterAll(() => rmSync(built.root, { recursive: true, force: true }));

  it('is named in `template check` as a cover without a title placeholder', async () => {
    const check = await templateCheck(built.templatePath);
    expect(check.code).toBe(0);
    expect(check.out).toContain(
      '"Titelfolie" (the title slide) has no title placeholder: the title and details go in text boxes on it',
    );
  });

  it('is still the cover: the title and details in text boxes on it, light on its dark design, one slide', () => {
    const files = unzipSync(deck);
    const cover = strFromU8(files['ppt/slides/slide1.xml']!);
    expect(strFromU8(files['ppt/slides/_rels/slide1.xml.rels']!)).toContain('slideLayout1.xml');
    expect(cover).not.toContain('<p:ph');
    expect(cover).toContain('<a:t>Leading and Managing</a:t>');
    const colours = [...cover.matchAll(/<a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/><\/a:solidFill>/g)].map(
      (m) => m[1]!,
    );
    expect(colours.length).toBeGreaterThan(2);
    for (const c of colours) expect(contrast(`#${c}`, '#14202E'), c).toBeGreaterThanOrEqual(4.5);
    expect(strFromU8(files['ppt/slides/slide2.xml']!)).not.toContain('Leading and Managing (cont.)');
    expect(validatePptx(deck)).toEqual([]);
  });

  it.runIf(office)('puts no word outside its box in LibreOffice', () => {
    expect(overflowing(convert(deck))).toEqual([]);
  });
});

// A template with a closing layout of its own, named as German designers name it: the workshop's last slide sits on
// it, its words in its placeholders, one slide; the dividers keep theirs. `template check` says which and why.
describe('a template with a closing layout', () => {
  let built: TemplateBuild;
  let all: (SlideXml & { layout: string })[];
  const CLOSING: LayoutSpec = {
    name: 'Abschluss',
    placeholders: [
      { type: 'title', frame: [6.9, 2.4, 5.8, 1.3], size: 40 },
      { type: 'body', idx: 1, frame: [6.9, 3.9, 5.8, 2.4], size: 20 },
    ],
    background: '1F3A5F',
  };
  beforeAll(async () => {
    const template = await makeTemplate({ layouts: [...germanLayouts(), CLOSING] });
    built = await buildOnTemplate(template, { file: 'abschluss.potx', withoutBrand: true });
    expect(built.code, built.errors.join('\n')).toBe(0);
    all = slidesOf(join(built.root, 'out', 'acme', 'deck.pptx')).map((s) => ({
      ...s,
      layout: layoutNameOf(built.deck(), s.name),
    }));
  }, 120_000);
  afterAll(() => rmSync(built.root, { recursive: true, force: true }));

  it('puts the closing slide on it, in its title and text placeholders, on one slide; the dividers stay on theirs', async () => {
    const last = all.at(-1)!;
    expect(last.layout).toBe('Abschluss');
    expect(all.filter((s) => s.layout === 'Abschluss')).toHaveLength(1);
    expect(all.filter((s) => s.layout === 'Abschnittsüberschrift').length).toBeGreaterThan(0);
    const shapes = shapesOf(last);
    const title = shapes.find((s) => s.placeholder === 'title')!;
    expect(title.text).toBe('Thank you');
    expect(title.x).toBeCloseTo(6.9, 1);
    expect(shapes.some((s) => s.placeholder === 'body' && s.x >= 6.8)).toBe(true);
    // Light words on the layout's dark blue where the tool colours them.
    for (const colour of [...last.xml.matchAll(/<a:srgbClr val="([0-9A-F]{6})"\/>/g)].map((m) => m[1]!))
      expect(contrast(`#${colour}`, '#1F3A5F'), colour).toBeGreaterThanOrEqual(4.5);
    expect(validatePptx(built.deck())).toEqual([]);
    const check = await templateCheck(built.templatePath);
    expect(check.out).toContain('the closing slide (closing): "Abschluss", found by its name');
  });

  it.runIf(office)('puts no word outside its box in LibreOffice', () => {
    expect(overflowing(convert(built.deck()))).toEqual([]);
  });
});

// A brand template with a cover in two versions (plain and filled with the brand colour) and a text layout, but no
// divider layout: the filled cover divides the sessions, its title centred as the layout sets it, the divider's
// times centred over it, not the text slides' layout under a section title.
describe('a template without a divider layout, with a second cover', () => {
  it('divides the sessions on the second cover, the times centred over its centred title', async () => {
    const layouts: LayoutSpec[] = [
      {
        name: 'Title Slide',
        placeholders: [
          { type: 'ctrTitle', frame: [1.15, 2.2, 11, 2.6] },
          { type: 'body', idx: 10, frame: [1.15, 5.2, 11, 0.5] },
          { type: 'body', idx: 11, frame: [1.15, 5.75, 11, 1] },
        ],
      },
      {
        name: 'Capa (Preenchida)',
        placeholders: [
          { type: 'ctrTitle', frame: [1.15, 2.2, 11, 2.6] },
          { type: 'body', idx: 10, frame: [1.15, 5.2, 11, 0.5] },
          { type: 'body', idx: 11, frame: [1.15, 5.75, 11, 1] },
        ],
        background: 'D76C23',
      },
      { name: 'Conteúdo', type: 'obj', placeholders: [{ type: 'title' }, { idx: 1 }] },
    ];
    const template = await makeTemplate({ layouts, titleStyle: { align: 'ctr' } });
    const chosen = chooseLayouts(readTemplate(template)).layouts;
    expect(chosen.title.layout.name).toBe('Title Slide');
    expect(chosen.section).toMatchObject({ layout: { name: 'Capa (Preenchida)' }, by: 'closest' });
    const built = await buildOnTemplate(template, { file: 'capa.potx', withoutBrand: true });
    try {
      expect(built.code, built.errors.join('\n')).toBe(0);
      expect(validatePptx(built.deck())).toEqual([]);
      const all = slidesOf(join(built.root, 'out', 'acme', 'deck.pptx'));
      const dividers = all.filter((s) => layoutNameOf(built.deck(), s.name) === 'Capa (Preenchida)');
      expect(dividers.length).toBeGreaterThan(1);
      for (const d of dividers) {
        const kicker = shapesOf(d).find((s) => !s.placeholder && /\d\d:\d\d/.test(s.text));
        if (kicker) expect(d.xml).toMatch(/<a:pPr algn="ctr"[^>]*>(?:(?!<\/a:p>)[\s\S])*\d\d:\d\d/);
      }
      expect(dividers.some((d) => shapesOf(d).some((s) => !s.placeholder && /\d\d:\d\d/.test(s.text)))).toBe(true);
    } finally {
      rmSync(built.root, { recursive: true, force: true });
    }
  }, 120_000);
});

/** The name of the layout a slide of `deck` is linked to. */
function layoutNameOf(deck: Uint8Array, slide: string): string {
  const files = unzipSync(deck);
  const rels = strFromU8(files[slide.replace('slides/', 'slides/_rels/').concat('.rels')]!);
  const part = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]!;
  return /<p:cSld name="([^"]*)"/.exec(strFromU8(files[`ppt/slideLayouts/${part}`]!))![1]!;
}

// A template with two masters (two brand treatments: another logo, another band), whose named cover is on the second
// while the text slides' layout is on the first: the cover comes from the text slides' master, so the deck shows one.
describe('a template whose named cover is on another master than its text slides', () => {
  it('takes the cover layout of the text slides’ master', () => {
    const layout = (part: string, name: string, master: string, types: string[]) => ({
      part,
      name,
      master,
      placeholders: types.map((type, i) => ({
        type,
        idx: i,
        frame:
          type === 'title'
            ? { x: 0.6, y: 0.4, w: 12, h: 1 }
            : type === 'obj'
              ? { x: 0.6, y: 1.6, w: 12, h: 5.2 }
              : type === 'ctrTitle'
                ? { x: 1, y: 2, w: 11, h: 2 }
                : { x: 1, y: 4.5 + i * 0.8, w: 11, h: 0.7 },
      })),
    });
    const chosen = chooseLayouts({
      layouts: [
        layout('l1', 'Título da Apresentação', 'm1', ['ctrTitle', 'body', 'body']),
        layout('l2', 'Conteúdo', 'm1', ['title', 'obj']),
        layout('l3', 'Title Slide', 'm2', ['ctrTitle', 'body', 'body']),
        layout('l4', 'Conteúdo', 'm2', ['title', 'obj']),
      ],
    }).layouts;
    expect(chosen.content.layout.part).toBe('l2');
    expect(chosen.title.layout.part).toBe('l1');
  });
});

// A template without layout types whose text slides' layout is named "Title Only" (a kicker strip over a content
// placeholder), beside a "Section Header" with a text placeholder and a quotation layout on a colour of its own, as
// an institute's corporate template has them: text slides go on the one a designer would take for them.
describe('a template whose layouts are named loosely and not typed', () => {
  it('puts text slides on the layout with the content placeholder, not on the section header or the quotation', () => {
    const f = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });
    const chosen = chooseLayouts({
      layouts: [
        {
          part: 'l1',
          name: 'Section Header',
          master: 'm1',
          placeholders: [
            { type: 'title', frame: f(0.4, 0.6, 9.2, 1.4) },
            { type: 'body', idx: 14, frame: f(0.4, 2.4, 9.2, 2.5) },
          ],
        },
        {
          part: 'l2',
          name: 'Quote Dark',
          master: 'm1',
          background: { colour: '1F3A4D' },
          placeholders: [
            { type: 'title', frame: f(0.4, 0.6, 9.2, 1.4) },
            { type: 'body', idx: 15, frame: f(0.4, 1.5, 9.2, 3.4) },
          ],
        },
        {
          part: 'l3',
          name: 'Title Only',
          master: 'm1',
          placeholders: [
            { type: 'title', frame: f(0.4, 0.3, 9.2, 0.7) },
            { type: 'body', idx: 28, frame: f(0.4, 1, 9.2, 0.28) },
            { type: 'obj', idx: 15, frame: f(0.4, 1.5, 9.2, 3.3) },
          ],
        },
      ],
    } as unknown as Parameters<typeof chooseLayouts>[0]).layouts;
    expect(chosen.content.layout.name).toBe('Title Only');
    expect(chosen.section.layout.name).toBe('Section Header');
  });
});

// A design whose titles stand in a panel at the left, beside the body (as a Korean Office design has them): the
// text slides' body, tables and cards start at the top of the body placeholder, not under the title beside them.
describe('a template whose titles stand beside the body', () => {
  const TITLE: [number, number, number, number] = [0.97, 2.57, 3.83, 2.69];
  const BODY: [number, number, number, number] = [5.6, 0.88, 6.87, 5.74];
  let beside: TemplateBuild;
  beforeAll(async () => {
    const layouts: LayoutSpec[] = [
      {
        name: 'Title Slide',
        type: 'title',
        placeholders: [
          { type: 'ctrTitle', frame: [1.5, 1.5, 10.3, 2.4] },
          { type: 'subTitle', idx: 1, frame: [1.5, 4.1, 10.3, 1.2] },
        ],
      },
      {
        name: 'Title and Content',
        type: 'obj',
        placeholders: [
          { type: 'title', frame: TITLE },
          { idx: 1, frame: BODY },
        ],
      },
      {
        name: 'Section Header',
        type: 'secHead',
        placeholders: [
          { type: 'title', frame: [1.5, 2, 10.3, 1.8] },
          { type: 'body', idx: 1, frame: [1.5, 4, 10.3, 1] },
        ],
      },
      { name: 'Title Only', type: 'titleOnly', placeholders: [{ type: 'title', frame: TITLE }] },
    ];
    beside = await buildOnTemplate(await makeTemplate({ layouts }), { file: 'beside.potx', withoutBrand: true });
  }, 120_000);
  afterAll(() => rmSync(beside.root, { recursive: true, force: true }));

  it('builds, and sets every text slide’s body, tables and cards in the body beside the title, not under it', () => {
    expect(beside.code, beside.errors.join('\n')).toBe(0);
    const files = unzipSync(beside.deck());
    const names = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    let checked = 0;
    for (const n of names) {
      const rels = strFromU8(files[n.replace('slides/', 'slides/_rels/').concat('.rels')]!);
      // Layouts 2 and 4: Title and Content, Title Only.
      if (!/slideLayout[24]\.xml/.test(rels)) continue;
      const xml = withInheritedFrames(files, n, strFromU8(files[n]!));
      // The footer line the deck prints below the body (the design has no footer placeholder) is not content.
      const shapes = shapesOf({ name: n, xml }).filter(
        (sp) => sp.text && !['title', 'ftr', 'sldNum', 'dt'].includes(sp.placeholder ?? '') && sp.y < BODY[1] + BODY[3],
      );
      const tables = [...xml.matchAll(/<p:(?:graphicFrame|pic)>[\s\S]*?<a:off x="\d+" y="(\d+)"\/>/g)].map(
        (m) => Number(m[1]) / 914_400,
      );
      const top = Math.min(...shapes.map((sp) => sp.y), ...tables);
      // Not under the title (a quotation stands centred in the body, still above the title's top).
      expect(top, n).toBeLessThan(TITLE[1]);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    expect(validatePptx(beside.deck())).toEqual([]);
  });

  it.runIf(office)('puts no word outside its box in LibreOffice', () => {
    expect(overflowing(convert(beside.deck()))).toEqual([]);
  });
});
