// On a client's template the template's styles win: titles and body text in its placeholders inherit the colour,
// weight, typeface and alignment its master gives them (the client's brand colours included, which colour only the
// tool's own shapes), and slides.pdf draws the titles as PowerPoint shows them.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast } from '../src/util/contrast.js';
import { makeTemplate, standardLayouts } from './support/make-template.js';
import { pdfFonts, pdfText, toFile } from './support/pdf-text.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate, type TemplateBuild } from './support/template-build.js';
import { realClients } from './support/tools.js';

const TITLE_COLOUR = '8B1E1E';
/** The master's title frame of make-template's 13.333 × 7.5 in slides, in inches. */
const TITLE = { x: 0.833, y: 0.4, w: 11.667, h: 1.45 };
const office = realClients('soffice', 'pdftoppm', 'pdffonts');

let root: string;
let deck: Record<string, Uint8Array>;
let deckBytes: Uint8Array;
const warnings: string[] = [];

beforeAll(async () => {
  // As the Brazilian client's: titles dark red, not bold, right-aligned, in a typeface of their own (not the theme's).
  const template = await makeTemplate({
    titleStyle: { colour: TITLE_COLOUR, align: 'r', bold: false, font: 'Times New Roman' },
  });
  // acme keeps its brand colours: they must not recolour the template's placeholders.
  const built = await buildOnTemplate(template, { file: 'brand.potx' });
  root = built.root;
  warnings.push(...built.errors);
  expect(built.code).toBe(0);
  deckBytes = built.deck();
  deck = unzipSync(deckBytes);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const slideNames = () =>
  Object.keys(deck)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));

/** The placeholder shapes of a slide with their type (`obj` where the file gives none). */
function placeholders(xml: string): { type: string; xml: string }[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap((m) => {
    const ph = /<p:ph\b([^>]*)\/>/.exec(m[1]!);
    return ph ? [{ type: /type="(\w+)"/.exec(ph[1]!)?.[1] ?? 'obj', xml: m[1]! }] : [];
  });
}

describe('a deck on a client template with a designed title style', () => {
  it('writes no colour, weight, typeface or alignment on any title, and no colour or theme typeface on body text', () => {
    let titles = 0;
    let bodies = 0;
    for (const name of slideNames()) {
      for (const ph of placeholders(strFromU8(deck[name]!))) {
        const body = ph.xml.slice(ph.xml.indexOf('<p:txBody>'));
        if (ph.type === 'title' || ph.type === 'ctrTitle') {
          titles++;
          expect(body, name).not.toMatch(/<a:solidFill>|\bb="1"|<a:latin|<a:ea |<a:cs |\balgn=/);
        } else if (['obj', 'body', 'subTitle'].includes(ph.type)) {
          bodies++;
          expect(body, name).not.toMatch(/<a:solidFill>|typeface="Calibri"/);
          expect(body, name).not.toContain('algn="l"');
          // The placeholder's own fill and outline are the template's.
          expect(ph.xml, name).not.toMatch(/<a:noFill\/>|<a:prstGeom/);
        }
      }
    }
    expect(titles).toBe(slideNames().length);
    // Where a title or text placeholder stands where its layout's does, the slide gives no frame of its own: moving the
    // placeholder in the layout moves it on every slide, and "Reset slide" changes nothing.
    const all = slideNames().flatMap((name) => placeholders(strFromU8(deck[name]!)));
    const framed = all.filter((ph) => ph.xml.includes('<a:xfrm'));
    expect(framed.filter((ph) => ['ftr', 'sldNum'].includes(ph.type))).toEqual([]);
    // Text moves where the slide needs it (a title under an exercise's details line, text under a table): only there
    // has it a frame; every other title and text placeholder stands in the master's frame.
    const inches = (ph: { xml: string }) =>
      [...ph.xml.matchAll(/ (?:x|y|cx|cy)="(\d+)"/g)].map((m) => Number(m[1]) / 914_400);
    const MASTER = { title: [0.833, 0.4, 11.667, 1.45], body: [0.833, 2.003, 11.667, 4.35] } as const;
    for (const ph of framed) {
      const [x, y, w, h] = inches(ph) as [number, number, number, number];
      const [X, Y, W, H] = MASTER[ph.type === 'title' || ph.type === 'ctrTitle' ? 'title' : 'body'];
      const moved = Math.abs(x - X) > 0.01 || Math.abs(y - Y) > 0.01 || Math.abs(w - W) > 0.01 || h > H + 0.01;
      expect(moved, ph.xml.slice(0, 300)).toBe(true);
    }
    expect(framed.filter((ph) => ph.type === 'title').length).toBeLessThan(slideNames().length / 2);
    expect(framed.length).toBeLessThan(all.filter((ph) => ['obj', 'body'].includes(ph.type)).length);
    // acme's logo: the template carries the brand, so the deck leaves it out and says so.
    expect(warnings.join('\n')).toMatch(
      /clients\/acme\.yaml:\d+:\d+: warning: the client's logo `assets\/logo\.png` is left out of the deck.*\[template\/logo-left-out\]/,
    );
    expect(Object.keys(deck).filter((n) => /^ppt\/media\/logo\./.test(n))).toEqual([]);
    expect(bodies).toBeGreaterThan(5);
    expect(validatePptx(deckBytes)).toEqual([]);
  });

  it.runIf(office)(
    'shows its titles in the template’s colour, right-aligned, in its typeface, in PowerPoint’s stand-in and in slides.pdf alike',
    () => {
      const proof = join(root, 'deck.pdf');
      convert(deckBytes, proof);
      const slides = join(root, 'out', 'acme', 'slides.pdf');
      // A text slide: the first on the "Title and Content" layout.
      const layoutOf = (n: string) => {
        const rels = strFromU8(deck[n.replace('slides/', 'slides/_rels/').replace(/$/, '.rels')]!);
        const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]!;
        return /<p:cSld name="([^"]*)"/.exec(strFromU8(deck[`ppt/slideLayouts/${layout}`]!))![1];
      };
      const page = slideNames().findIndex((n) => layoutOf(n) === 'Title and Content') + 1;
      expect(page).toBeGreaterThan(0);
      for (const pdf of [proof, slides]) {
        const red = titlePixels(pdf, page, TITLE_COLOUR);
        expect(red.count, pdf).toBeGreaterThan(100);
        // Right-aligned: the title ends at its frame's right edge.
        expect(red.right, pdf).toBeGreaterThan(TITLE.x + TITLE.w - 0.4);
      }
      expect(
        pdfFonts(slides)
          .map((f) => f.name)
          .join(' '),
      ).toMatch(/Tinos/);
    },
  );
});

/** Pixels of `colour` (within 48 a channel) inside the title frame of a page at 30 dpi: how many, and how far right they reach (inches). */
function titlePixels(pdf: string, page: number, colour: string): { count: number; right: number } {
  const dpi = 30;
  const ppm = execFileSync(
    'pdftoppm',
    ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf],
    { maxBuffer: 64 << 20 },
  );
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'))!;
  const width = Number(header[1]);
  const want = [0, 2, 4].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
  let count = 0;
  let right = 0;
  for (let y = Math.round(TITLE.y * dpi); y < (TITLE.y + TITLE.h) * dpi; y++) {
    for (let x = Math.round(TITLE.x * dpi); x < (TITLE.x + TITLE.w) * dpi; x++) {
      const at = header[0].length + (y * width + x) * 3;
      if (want.every((c, i) => Math.abs(ppm[at + i]! - c) <= 48)) {
        count++;
        right = Math.max(right, x / dpi);
      }
    }
  }
  return { count, right };
}

describe('a template whose section text is a pale grey', () => {
  it('keeps the deck’s own readable colour there, and the template’s colour elsewhere', async () => {
    const layouts = standardLayouts().map((l) =>
      l.name === 'Section Header'
        ? { ...l, placeholders: l.placeholders.map((p) => (p.type === 'body' ? { ...p, colour: 'BFBFBF' } : p)) }
        : l,
    );
    const built = await buildOnTemplate(await makeTemplate({ layouts }), { file: 'pale.potx', withoutBrand: true });
    try {
      expect(built.code).toBe(0);
      const files = unzipSync(built.deck());
      const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      const onLayout = (n: string, layout: string) =>
        strFromU8(files[n.replace('slides/', 'slides/_rels/').concat('.rels')]!).includes(`slideLayouts/${layout}"`);
      const bodyRuns = (n: string) =>
        placeholders(strFromU8(files[n]!))
          .filter((p) => p.type === 'body' || p.type === 'obj')
          .flatMap((p) => [...p.xml.matchAll(/<a:rPr[^>]*>(.*?)<\/a:rPr>|<a:rPr[^>]*\/>/g)].map((m) => m[1] ?? ''));
      // The Section Header is the template's third layout.
      const sections = slides.filter((n) => onLayout(n, 'slideLayout3.xml'));
      expect(sections.length).toBeGreaterThan(0);
      const theme = strFromU8(files['ppt/theme/theme1.xml']!);
      // A run names the colour by value or, where it is one of the theme's, by its slot.
      const value = (run: string) => {
        const named = /<a:(?:srgbClr|schemeClr) val="(\w+)"/.exec(run)?.[1] ?? '';
        return /^[0-9A-F]{6}$/.test(named)
          ? named
          : new RegExp(`<a:${named}>\\s*<a:(?:srgbClr val|sysClr [^>]*lastClr)="([0-9A-F]{6})"`).exec(theme)?.[1];
      };
      const runs = sections.flatMap(bodyRuns);
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) expect(contrast(`#${value(run)}`, '#FFFFFF'), run).toBeGreaterThanOrEqual(4.5);
      // Text slides keep the template's own (dark) body colour: nothing of the tool's on their runs.
      const text = slides.filter((n) => onLayout(n, 'slideLayout2.xml'));
      expect(text.flatMap(bodyRuns).filter((r) => r.includes('<a:solidFill>'))).toEqual([]);
    } finally {
      rmSync(built.root, { recursive: true, force: true });
    }
  }, 120_000);
});

// A master whose lists carry the brand's bullet, a Wingdings square in the second accent (as corporate masters set
// it, written in the private use area as PowerPoint saves it): the deck's lists show it, slides.pdf prints its look-alike.
describe('a template whose lists have a bullet of their own', () => {
  let built: TemplateBuild;
  beforeAll(async () => {
    const template = await makeTemplate({
      bullet: { char: '\uf0a7', font: 'Wingdings', colour: 'accent2' },
      colours: { accent2: 'C0392B' },
    });
    built = await buildOnTemplate(template, { file: 'bullets.potx', withoutBrand: true });
    expect(built.code, built.errors.join('\n')).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(built.root, { recursive: true, force: true }));

  it('leaves the bullet of a list in a text placeholder to the template, and keeps its own elsewhere', () => {
    const files = unzipSync(built.deck());
    let inherited = 0;
    for (const [name, data] of Object.entries(files)) {
      if (!/^ppt\/slides\/slide\d+\.xml$/.test(name)) continue;
      for (const ph of placeholders(strFromU8(data)).filter((p) => ['obj', 'body'].includes(p.type))) {
        // Level-1 items: the tool's indent, no bullet of the tool's.
        for (const para of ph.xml.match(/<a:pPr\b(?![^>]*lvl=)[^>]*marL="[1-9][^>]*>[\s\S]*?<\/a:pPr>/g) ?? []) {
          expect(para, name).not.toMatch(/<a:buChar char="•"/);
          inherited++;
        }
      }
    }
    expect(inherited).toBeGreaterThan(3);
    expect(validatePptx(built.deck())).toEqual([]);
  });

  it('prints the bullet’s look-alike in its colour in slides.pdf', () => {
    const pdf = toFile(new Uint8Array(readFileSync(join(built.root, 'out', 'acme', 'slides.pdf'))), 'bullets');
    const text = pdfText(pdf, { raw: true });
    expect(text).toContain('▪');
    expect(text).not.toContain('\uf0a7');
  });
});

// A master whose body style sets its first level bold: the deck measures its text in the bold it will be shown in,
// so no line PowerPoint or LibreOffice breaks wider than layout did runs out of its box.
describe('a template whose body text is bold', () => {
  let built: TemplateBuild;
  beforeAll(async () => {
    built = await buildOnTemplate(await makeTemplate({ bodyBold: true }), {
      file: 'bold.potx',
      withoutBrand: true,
      edits: { 'modules/welcome.md': (t) => `${t}\n## Set by the template\n\n- Plain words the template shows bold\n` },
    });
    expect(built.code, built.errors.join('\n')).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(built.root, { recursive: true, force: true }));

  it('draws the body text bold in slides.pdf, as the deck shows it', () => {
    const pdf = toFile(new Uint8Array(readFileSync(join(built.root, 'out', 'acme', 'slides.pdf'))), 'bold');
    const pages = pdfText(pdf, { raw: true }).split('\f');
    const page = pages.findIndex((p) => p.includes('Plain words the template shows bold')) + 1;
    expect(page).toBeGreaterThan(0);
    const fonts = execFileSync('pdffonts', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });
    // The line has no bold of its own: only the template's style makes it bold (the footer stays regular).
    expect(fonts).toMatch(/Carlito-Bold\b/);
    expect(validatePptx(built.deck())).toEqual([]);
  });

  it.runIf(office)('puts no word outside its box in LibreOffice', () => {
    expect(overflowing(convert(built.deck()))).toEqual([]);
  });
});
