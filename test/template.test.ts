// Decks on a client's PowerPoint template: templates in the shapes clients send (16:9 with a picture on the master,
// 4:3 dark with German layout names and other fonts, a .pptx with example slides and missing layouts), each deck valid,
// on the template's size, theme and layouts, titles in title placeholders, no example slide, nothing overflowing.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, build } from '../src/build.js';
import { main } from '../src/cli.js';
import { readTemplate } from '../src/template/read.js';
import { chooseLayouts } from '../src/template/roles.js';
import { slideTexts, squash } from './support/artefacts.js';
import { FIXTURES } from './support/fixtures.js';
import { withInheritedFrames } from './support/inherited-frames.js';
import { DARK_GERMAN, makeTemplate, standardLayouts } from './support/make-template.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { colourAt, colourDistance } from './support/slide-agreement.js';
import { realClients } from './support/tools.js';

const EMU = 914_400;

const NAME = 'Müller & Söhne <Œuvre> "Quote" l\'Atelier Ωμέγα';
const office = realClients('soffice', 'pdftotext');
const real = realClients('pdftoppm');

interface Shape {
  client: string;
  file: string;
  bytes: Uint8Array;
  extra?: string;
}

let root: string;
let out: string;
let result: BuildResult;
let shapes: Shape[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'wk-template-'));
  out = join(root, 'out');
  cpSync(join(FIXTURES, 'base'), join(root, 'content'), { recursive: true });
  const acme = readFileSync(join(root, 'content', 'clients', 'acme.yaml'), 'utf8').replace(
    /^name: .*$/m,
    `name: '${NAME.replace(/'/g, "''")}'`,
  );
  const noBrand = acme.replace(/^brand:\n(?: {2}.*\n)+/m, '');
  // A title that wraps: in capitals (the serif template's titles) it needs more room than as written.
  const module = join(root, 'content', 'modules', 'two-jobs.md');
  writeFileSync(
    module,
    `${readFileSync(module, 'utf8')}\n## Where the two jobs meet, where they pull one team in different directions, and what a manager who also has to lead does first on a Monday\n\n- Name the pull before it names you.\n`,
  );
  shapes = [
    { client: 'wide', file: 'wide.potx', bytes: await makeTemplate({ picture: true, colours: { accent1: '0F6E5A' } }) },
    {
      client: 'dark',
      file: 'dark.potx',
      bytes: await makeTemplate(DARK_GERMAN),
    },
    {
      client: 'sparse',
      file: 'sparse.pptx',
      bytes: await makeTemplate({
        width: 10,
        height: 6.25,
        presentation: true,
        exampleSlides: 3,
        layouts: standardLayouts(10, 6.25).filter((l) =>
          ['Title Slide', 'Title and Content', 'Blank'].includes(l.name),
        ),
        major: 'Arial',
        minor: 'Arial',
      }),
    },
    {
      client: 'mapped',
      file: 'wide.potx',
      bytes: new Uint8Array(),
      extra: 'template-layouts:\n  section: Title Only\n',
    },
    // A short 16:9 slide (10 × 5.63 in) with Office's body spacing, its title slide's subtitle above the title.
    {
      client: 'short169',
      file: 'short169.pptx',
      bytes: await makeTemplate({
        width: 10,
        height: 5.625,
        presentation: true,
        officeSpacing: true,
        layouts: standardLayouts(10, 5.625).map((l) =>
          l.name === 'Title Slide'
            ? {
                ...l,
                placeholders: l.placeholders.map((p) =>
                  p.type === 'ctrTitle'
                    ? { ...p, frame: [1.5, 3.3, 7.5, 1.2] as [number, number, number, number] }
                    : p.type === 'subTitle'
                      ? { ...p, frame: [1.5, 2.7, 7.5, 0.55] as [number, number, number, number] }
                      : p,
                ),
              }
            : l,
        ),
      }),
    },
    {
      client: 'brand',
      file: 'brand.potx',
      bytes: await makeTemplate({ major: 'DejaVu Serif', minor: 'DejaVu Serif' }),
      extra: 'fonts:\n  - assets/fonts/DejaVuSerif.ttf\n  - assets/fonts/DejaVuSerif-Bold.ttf\n',
    },
    // As Office's own theme: titles in capitals from the master's title style, and a Section Header with a title
    // frame one line high and its text placeholder above the title: measured as shown, so they still fit.
    {
      client: 'serif',
      file: 'serif.potx',
      bytes: await makeTemplate({
        major: 'Cambria',
        minor: 'Times New Roman',
        colours: { accent1: '8B1E3F' },
        capitals: true,
        layouts: standardLayouts().map((l) =>
          l.name === 'Section Header'
            ? {
                ...l,
                placeholders: l.placeholders.map((p) =>
                  p.type === 'title'
                    ? { ...p, frame: [0.83, 3.6, 9, 1.35] as [number, number, number, number] }
                    : p.type === 'body'
                      ? { ...p, frame: [0.83, 2.2, 9, 1.3] as [number, number, number, number] }
                      : p,
                ),
              }
            : l,
        ),
      }),
    },
  ];
  mkdirSync(join(root, 'content', 'assets', 'templates'), { recursive: true });
  // A brand font the content supplies: DejaVu Serif, which LibreOffice also has, so its rendering is exact.
  mkdirSync(join(root, 'content', 'assets', 'fonts'), { recursive: true });
  const dejavu = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  for (const f of ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'])
    cpSync(join(dejavu, f), join(root, 'content', 'assets', 'fonts', f));
  for (const s of shapes) {
    if (s.bytes.length) writeFileSync(join(root, 'content', 'assets', 'templates', s.file), s.bytes);
    writeFileSync(
      join(root, 'content', 'clients', `${s.client}.yaml`),
      `${s.client === 'dark' ? noBrand : acme}template: assets/templates/${s.file}\n${s.extra ?? ''}`,
    );
  }
  result = await build({ contentDir: join(root, 'content'), outDir: out });
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function deck(client: string) {
  const zip = unzipSync(new Uint8Array(readFileSync(join(out, client, 'deck.pptx'))));
  // Slides as PowerPoint shows them: a placeholder without a frame of its own in its layout's.
  const text = (name: string) => {
    const xml = strFromU8(zip[name] ?? new Uint8Array());
    return /^ppt\/slides\/slide\d+\.xml$/.test(name) ? withInheritedFrames(zip, name, xml) : xml;
  };
  const slides = Object.keys(zip)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  const layoutName = (slide: string) => {
    const rels = text(`${slide.replace('slides/', 'slides/_rels/')}.rels`);
    const target = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]!;
    return /<p:cSld name="([^"]*)"/.exec(text(`ppt/slideLayouts/${target}`))![1]!;
  };
  return { zip, text, slides, layoutName };
}

const templateOf = (client: string) =>
  readTemplate(shapes.find((s) => s.client === client && s.bytes.length)?.bytes ?? shapes[0]!.bytes);

describe('decks on a client template', () => {
  it('build, and warn where the template has no layout for a kind of slide', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.clients).toEqual(['acme', 'brand', 'dark', 'mapped', 'serif', 'short', 'short169', 'sparse', 'wide']);
    const warned = (result.warnings ?? []).map((w) => `${w.source?.file} ${w.rule} ${w.message}`);
    expect(
      warned.filter((w) => w.startsWith('clients/sparse.yaml') && w.includes('template/layout-missing')).length,
    ).toBe(2);
    // A template without a divider layout divides on its cover's layout, not on the text slides'.
    expect(warned.some((w) => w.includes('section dividers') && w.includes('"Title Slide"'))).toBe(true);
    expect(
      warned
        .filter((w) => w.startsWith('clients/dark.yaml') && w.includes('template/font-unmeasured'))
        .map((w) => /"(\w+)"/.exec(w)![1]),
    ).toEqual(['Georgia', 'Verdana']);
    // Office's own heading font has no metric twin on Linux (LibreOffice draws it in DejaVu Sans): a warning, nothing else.
    expect(
      warned
        .filter((w) => w.startsWith('clients/wide.yaml') && w.includes('template/font-unmeasured'))
        .map((w) => /font "([^"]+)"/.exec(w)?.[1]),
    ).toEqual(['Calibri Light']);
  });

  it('are valid packages with the template’s size, theme and layouts, and none of its example slides', () => {
    for (const client of ['wide', 'dark', 'sparse', 'mapped', 'serif', 'brand', 'short169']) {
      const bytes = new Uint8Array(readFileSync(join(out, client, 'deck.pptx')));
      expect(validatePptx(bytes), client).toEqual([]);
      const d = deck(client);
      const t = templateOf(client === 'mapped' ? 'wide' : client);
      const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(d.text('ppt/presentation.xml'))!;
      expect(
        [Number(size[1]) / 914400, Number(size[2]) / 914400].map((n) => Math.round(n * 100) / 100),
        client,
      ).toEqual([t.width, t.height].map((n) => Math.round(n * 100) / 100));
      expect(d.text('ppt/theme/theme1.xml')).toContain(`<a:majorFont><a:latin typeface="${t.fonts.major}"/>`);
      const layoutNames = Object.keys(d.zip)
        .filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))
        .map((n) => /<p:cSld name="([^"]*)"/.exec(d.text(n))![1])
        .sort();
      expect(layoutNames, client).toEqual(t.layouts.map((l) => l.name).sort());
      expect(d.text('[Content_Types].xml')).not.toContain('template.main');
      expect(slideTexts(join(out, client, 'deck.pptx')).join('\n')).not.toContain('TEMPLATE EXAMPLE SLIDE');
      // The same slides: a template's smaller text area may continue one or two on a second page
      // (text steps down one size only; the 4:3 one has no room for the two-by-two's takeaway under
      // its tiles, which the standard slide keeps), and a slide a third smaller may continue several.
      const acme = slideTexts(join(out, 'acme', 'deck.pptx')).length;
      expect(d.slides.length, client).toBeGreaterThanOrEqual(acme);
      if (client !== 'short169') expect(d.slides.length, client).toBeLessThanOrEqual(acme + 2);
    }
    // The picture on the master came with it.
    expect(Object.keys(deck('wide').zip).some((n) => /^ppt\/media\/template-\d+\.png$/.test(n))).toBe(true);
  });

  it('put every slide on the layout of its kind, its title in that layout’s title placeholder', () => {
    for (const client of ['wide', 'dark', 'sparse', 'mapped']) {
      const d = deck(client);
      const t = templateOf(client === 'mapped' ? 'wide' : client);
      const chosen = chooseLayouts(t, client === 'mapped' ? { section: 'Title Only' } : {}).layouts;
      const names = new Set(Object.values(chosen).map((c) => c.layout.name));
      d.slides.forEach((slide, i) => {
        const xml = d.text(slide);
        expect(names.has(d.layoutName(slide)), `${client} slide ${i + 1} on "${d.layoutName(slide)}"`).toBe(true);
        const onCover = d.layoutName(slide) === chosen.title.layout.name;
        expect(xml, `${client} slide ${i + 1}`).toMatch(onCover ? /<p:ph type="ctrTitle"\/>/ : /<p:ph type="title"\/>/);
      });
      expect(d.layoutName(d.slides[0]!)).toBe(chosen.title.layout.name);
      const sections = d.slides.filter(
        (s) => d.text(s).includes('Two jobs, one organisation') && d.layoutName(s) === chosen.section.layout.name,
      );
      expect(sections.length, client).toBeGreaterThan(0);
      // Body text sits in the layout's body placeholder, linked by its index.
      const body = chosen.content.layout.placeholders.find((p) => ['obj', 'body'].includes(p.type))!;
      expect(
        d.slides.some((s) =>
          d.text(s).includes(`<p:ph${body.type === 'obj' ? '' : ` type="${body.type}"`} idx="${body.idx}"/>`),
        ),
        client,
      ).toBe(true);
    }
    expect(new Set(deck('mapped').slides.map((s) => deck('mapped').layoutName(s)))).not.toContain('Section Header');
    // Where the section layout's text placeholder is above its title, objectives still come after the title they
    // serve (above it they would be read first): under it, on the divider.
    const serif = deck('serif');
    const section = serif.slides
      .map((s) => serif.text(s))
      .find((x) => x.includes('Tell leadership and management apart'))!;
    const yOf = (xml: string, text: string) =>
      Number(
        /<a:off x="\d+" y="(\d+)"\/>(?:(?!<p:sp>).)*?/s.exec(
          xml.slice(0, xml.indexOf(text)).split('<p:sp>').pop()!,
        )?.[1],
      );
    expect(yOf(section, 'Tell leadership and management apart')).toBeGreaterThan(
      yOf(section, 'Two jobs, one organisation'),
    );
    expect(serif.slides.length).toBe(deck('acme').slides.length);
    // A title slide whose subtitle is above its title: no text of ours lies over the title.
    const cover = deck('short169').text(deck('short169').slides[0]!);
    const frames = [...cover.matchAll(/<p:sp>.*?<\/p:sp>/gs)].map((m) => {
      const [x, y, w, h] = [...m[0].matchAll(/<a:(?:off x="(\d+)" y="(\d+)"|ext cx="(\d+)" cy="(\d+)")\/>/g)]
        .flatMap((n) => (n[1] ? [n[1], n[2]] : [n[3], n[4]]))
        .map(Number);
      return { title: m[0].includes('type="ctrTitle"'), x: x!, y: y!, w: w!, h: h! };
    });
    const titleFrame = frames.find((f) => f.title)!;
    for (const f of frames.filter((f) => !f.title))
      expect(f.y + f.h <= titleFrame.y || f.y >= titleFrame.y + titleFrame.h, JSON.stringify(f)).toBe(true);
  });

  it('keep the built-in theme for clients without a template', () => {
    const d = deck('acme');
    expect(new Set(d.slides.map(d.layoutName))).toEqual(
      new Set(['Title Slide', 'Title Only', 'Title and Content', 'Section Header']),
    );
    expect(d.text('ppt/presentation.xml')).toContain('<p:sldSz cx="12191695" cy="6858000"/>');
  });

  it.skipIf(!office)(
    'open in LibreOffice with the client’s name intact and no word outside its box',
    () => {
      for (const client of ['wide', 'dark', 'sparse', 'serif', 'brand', 'short169']) {
        const converted = convert(new Uint8Array(readFileSync(join(out, client, 'deck.pptx'))));
        expect(overflowing(converted), client).toEqual([]);
        expect(squash(converted.pages.map((p) => p.words.map((w) => w.text).join(' ')).join(' ')), client).toContain(
          'Müller & Söhne',
        );
      }
    },
    120_000,
  );
});

describe('workshop-kit template check', () => {
  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const errors: string[] = [];
    const code = await main(args, { out: (l) => lines.push(l), err: (l) => errors.push(l), tty: false, color: false });
    return { code, out: lines.join('\n'), err: errors.join('\n') };
  };

  it('describes size, theme, every layout with its placeholders, and the layout each kind of slide uses', async () => {
    const r = await run('template', 'check', join(root, 'content', 'assets', 'templates', 'dark.potx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('10 in × 7.5 in (4:3)');
    expect(r.out).toContain('headings Georgia');
    expect(r.out).toContain('"Abschnittsüberschrift": title, body#1');
    expect(r.out).toContain('section dividers (section): "Abschnittsüberschrift", found by its placeholders');
    expect(r.out).toMatch(/background\s+dk1 #14202E/);
    expect(r.err).toContain('font "Georgia" has no metric twin');
    const capitals = await run('template', 'check', join(root, 'content', 'assets', 'templates', 'serif.potx'));
    expect(capitals.out).toContain('"Title and Content" (obj): title (capitals), obj#1');
    expect(capitals.out).toContain('"Section Header" (secHead): title (capitals), body#1');
    expect(r.out).not.toContain('(capitals)');
    // What slides.pdf draws of the master: the wide template has a picture on it.
    const wide = await run('template', 'check', join(root, 'content', 'assets', 'templates', 'wide.potx'));
    expect(wide.out).toMatch(/in the PDFs\s+master 1: a background colour, 1 picture;/);
  });

  it('warns of kinds of slide with no layout, and fails a file that is not a template', async () => {
    const sparse = await run('template', 'check', join(root, 'content', 'assets', 'templates', 'sparse.pptx'));
    expect(sparse.code).toBe(0);
    expect(sparse.out).toContain('presentation used as a template');
    expect(sparse.out).toContain('example slides 3');
    expect(sparse.err).toContain('no layout for section dividers');
    const bad = await run('template', 'check', join(root, 'content', 'clients', 'acme.yaml'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('is not a PowerPoint file');
    expect((await run('template', 'check')).code).toBe(2);
  });
});

describe('templates as other versions and tools save them', () => {
  it('reads frames past creation ids, and single-quoted targets and reordered attributes, into valid decks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-template-quirks-'));
    try {
      cpSync(join(FIXTURES, 'base'), join(dir, 'content'), { recursive: true });
      const acme = readFileSync(join(dir, 'content', 'clients', 'acme.yaml'), 'utf8');
      for (const [name, spec] of [
        ['ids', { creationIds: true, picture: true }],
        ['quirks', { quirks: true, picture: true }],
      ] as const) {
        const bytes = await makeTemplate(spec);
        const info = readTemplate(bytes);
        // Frames come from the shape's own xfrm, not from an extension's `a:ext`.
        expect(
          info.layouts.find((l) => l.name === 'Title and Content')!.placeholders.find((p) => p.type === 'obj')!.frame!
            .w,
          name,
        ).toBeGreaterThan(5);
        writeFileSync(join(dir, 'content', 'assets', `${name}.potx`), bytes);
        writeFileSync(join(dir, 'content', 'clients', `${name}.yaml`), `${acme}template: assets/${name}.potx\n`);
      }
      const built = await build({ contentDir: join(dir, 'content'), outDir: join(dir, 'out') });
      expect(built.diagnostics).toEqual([]);
      for (const name of ['ids', 'quirks'])
        expect(validatePptx(new Uint8Array(readFileSync(join(dir, 'out', name, 'deck.pptx')))), name).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reads a placeholder inside a group at the frame the group gives it', async () => {
    const parts = unzipSync(await makeTemplate());
    const name = Object.keys(parts).find(
      (n) => /slideLayouts\/slideLayout\d+\.xml$/.test(n) && strFromU8(parts[n]!).includes('name="Title Only"'),
    )!;
    // The group is drawn at (2, 1) in, twice the size of its children's space, which starts at (1, 1): the title's
    // own frame (1, 1, 4, 0.5) lands at (2, 1, 8, 1).
    const group = (title: string) =>
      `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="90" name="Group"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="${2 * EMU}" y="${EMU}"/><a:ext cx="${8 * EMU}" cy="${EMU}"/><a:chOff x="${EMU}" y="${EMU}"/><a:chExt cx="${4 * EMU}" cy="${EMU / 2}"/></a:xfrm></p:grpSpPr>${title}</p:grpSp>`;
    parts[name] = strToU8(
      strFromU8(parts[name]!).replace(/<p:sp>(?:(?!<p:sp>).)*?<p:ph type="title"\/>.*?<\/p:sp>/s, (sp) =>
        group(
          sp.replace(
            /<p:spPr>.*?<\/p:spPr>/s,
            `<p:spPr><a:xfrm><a:off x="${EMU}" y="${EMU}"/><a:ext cx="${4 * EMU}" cy="${EMU / 2}"/></a:xfrm></p:spPr>`,
          ),
        ),
      ),
    );
    const info = readTemplate(zipSync(parts));
    expect(
      info.layouts.find((l) => l.name === 'Title Only')!.placeholders.find((p) => p.type === 'title')!.frame,
    ).toEqual({ x: 2, y: 1, w: 8, h: 1 });
  });

  it.each([
    [
      'a title or section layout with a dark background of its own',
      { background: '102030' },
      ['Title Slide', 'Section Header'],
    ],
    [
      'a title or section layout in one of PowerPoint’s dark background styles (the colour map swapped)',
      { darkStyle: true },
      ['Title Slide', 'Section Header'],
    ],
    [
      'every layout in a dark background style, text slides too',
      { darkStyle: true },
      ['Title Slide', 'Section Header', 'Title and Content', 'Title Only'],
    ],
  ])(
    'colours text on %s for that background',
    async (_what, dark, dressed) => {
      const dir = mkdtempSync(join(tmpdir(), 'wk-template-bg-'));
      try {
        cpSync(join(FIXTURES, 'base'), join(dir, 'content'), { recursive: true });
        const layouts = standardLayouts().map((l) => (dressed.includes(l.name) ? { ...l, ...dark } : l));
        writeFileSync(
          join(dir, 'content', 'assets', 'dark-title.potx'),
          await makeTemplate({ layouts, colours: { dk1: '102030' } }),
        );
        const client = join(dir, 'content', 'clients', 'acme.yaml');
        writeFileSync(
          client,
          `${readFileSync(client, 'utf8').replace(/^brand:\n(?: {2}.*\n)+/m, '')}template: assets/dark-title.potx\n`,
        );
        expect((await build({ contentDir: join(dir, 'content'), outDir: join(dir, 'out') })).diagnostics).toEqual([]);
        const zip = unzipSync(new Uint8Array(readFileSync(join(dir, 'out', 'acme', 'deck.pptx'))));
        const colours = (n: number) =>
          [
            ...strFromU8(zip[`ppt/slides/slide${n}.xml`]!).matchAll(
              /<a:solidFill><a:(?:srgbClr|schemeClr) val="(\w+)"/g,
            ),
          ].map((m) => m[1]!);
        const luminance = (hex: string) => {
          const v = [0, 2, 4]
            .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
            .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * v[0]! + 0.7152 * v[1]! + 0.0722 * v[2]!;
        };
        // Every text colour on the title slide is light: readable on 102030.
        const title = colours(1).filter((c) => /^[0-9A-F]{6}$/.test(c));
        expect(title.length).toBeGreaterThan(0);
        for (const c of title) expect(luminance(c), c).toBeGreaterThan(0.4);
        const textSlidesDark = dressed.includes('Title and Content');
        // Slide 3 is a text slide: coloured for the light master, or for the dark layout it sits on.
        for (const c of colours(3).filter((c) => /^[0-9A-F]{6}$/.test(c)))
          expect(luminance(c) > 0.4, c).toBe(textSlidesDark);
        // slides.pdf draws the title slide on that dark background, and a text slide on its own.
        if (real) {
          const slides = join(dir, 'out', 'acme', 'slides.pdf');
          expect(colourDistance(colourAt(slides, 1, 12.8, 7.2), '#102030')).toBeLessThanOrEqual(8);
          expect(
            colourDistance(colourAt(slides, 3, 12.8, 7.2), textSlidesDark ? '#102030' : '#FFFFFF'),
          ).toBeLessThanOrEqual(8);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it('refuses, at the template line, a master without a theme and a layout not linked to its master', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const broken = async (edit: (parts: Record<string, Uint8Array>) => void) => {
      const parts = unzipSync(await makeTemplate());
      edit(parts);
      return zipSync(parts);
    };
    const noTheme = await broken((p) => {
      p['ppt/slideMasters/_rels/slideMaster1.xml.rels'] = new TextEncoder().encode(
        strFromU8(p['ppt/slideMasters/_rels/slideMaster1.xml.rels']!).replace(
          /<Relationship [^>]*\/theme"[^>]*\/>/,
          '',
        ),
      );
    });
    const loose = await broken((p) => {
      delete p['ppt/slideLayouts/_rels/slideLayout2.xml.rels'];
    });
    expect(() => readTemplate(noTheme)).toThrow('slide master without a theme');
    expect(() => readTemplate(loose)).toThrow('not linked to its master');
  });
});
