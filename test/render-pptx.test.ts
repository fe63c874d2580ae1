// The PowerPoint renderer: package structure, notes, colours, determinism, and LibreOffice as a real client (page count, text, overflow).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { composeModels } from '../src/build.js';
import { layoutSlides } from '../src/layout/index.js';
import { planPage } from '../src/layout/plan.js';
import type { SlideLayout } from '../src/layout/types.js';
import type { DeckModel } from '../src/model/deck.js';
import { contrast } from '../src/render/colors.js';
import { renderDeck } from '../src/render/pptx/index.js';
import { LAYOUTS } from '../src/render/pptx/layouts.js';
import { decodeXml, slideTexts } from './support/artefacts.js';
import { buildEdited } from './support/edited-build.js';
import { withEditedBase } from './support/fixtures.js';
import { type Converted, convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { runCli } from './support/run.js';
import { CLIENT_NAME, sampleModel } from './support/sample-model.js';
import { realClients } from './support/tools.js';

const model = sampleModel();
const layout = layoutSlides(model);
const worksheetPages = { 'sort-the-statements': 3 };
const schemas = realClients('xmllint');
let bytes: Uint8Array;
let files: Record<string, Uint8Array>;
const xml = (name: string) => strFromU8(files[name]!);
/** Slide part of a 1-based physical page. */
const slideXml = (n: number) => xml(`ppt/slides/slide${n}.xml`);
const notesOf = (n: number): string => {
  const rel = xml(`ppt/slides/_rels/slide${n}.xml.rels`);
  const target = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(rel)?.[1];
  return target ? xml(`ppt/notesSlides/${target}`) : '';
};
const textOf = (x: string) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');

beforeAll(async () => {
  const started = performance.now();
  const result = await renderDeck(model, layout, worksheetPages);
  bytes = result.bytes;
  expect(result.diagnostics).toEqual([]);
  files = unzipSync(bytes);
  if (schemas) expect(validatePptx(bytes)).toEqual([]);
  // Generous: the first render also loads pptxgenjs.
  expect(performance.now() - started).toBeLessThan(3000);
});

describe('package', () => {
  test('one slide per laid-out page, each on the PowerPoint layout its content calls for', () => {
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(layout.pages.length);
    const names = Object.keys(files)
      .filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))
      .map((n) => /<p:cSld name="([^"]+)"/.exec(xml(n))?.[1]);
    expect(names.sort()).toEqual(['Blank', 'Section Header', 'Title Only', 'Title Slide', 'Title and Content']);
    const used = new Set<string>();
    layout.pages.forEach((p, i) => {
      const rel = xml(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
      const target = /Target="\.\.\/slideLayouts\/([^"]+)"/.exec(rel)![1]!;
      const name = LAYOUTS.find((l) => l.key === planPage(p).layout)!.name;
      expect(xml(`ppt/slideLayouts/${target}`)).toContain(`<p:cSld name="${name}"`);
      used.add(name);
    });
    expect(used.size).toBeGreaterThanOrEqual(4);
  });

  test('content types declare only parts that exist; every entry is deflated; dates are the build date', () => {
    for (const m of xml('[Content_Types].xml').matchAll(/PartName="\/([^"]+)"/g))
      expect(files[m[1]!], m[1]).toBeDefined();
    expect(xml('docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-03T00:00:00Z</dcterms:created>',
    );
    expect(xml('docProps/core.xml')).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-03T00:00:00Z</dcterms:modified>',
    );
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let entries = 0;
    for (let i = 0; i + 46 <= bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      entries++;
      expect(view.getUint16(i + 10, true)).toBe(8); // deflate
      const time = view.getUint16(i + 12, true);
      const date = view.getUint16(i + 14, true);
      expect([date >> 9, (date >> 5) & 15, date & 31, time >> 11]).toEqual([2026 - 1980, 12, 3, 0]);
    }
    expect(entries).toBe(Object.keys(files).length);
  });

  test('paragraph properties only open paragraphs (pptxgenjs repeats them per run)', () => {
    for (const [name, data] of Object.entries(files))
      if (name.endsWith('.xml')) expect(strFromU8(data), name).not.toMatch(/(<\/a:r>|<a:br\/>)<a:pPr/);
  });

  test('is byte-identical whatever the time zone', async () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const a = (await renderDeck(sampleModel(), layoutSlides(sampleModel()), worksheetPages)).bytes;
      process.env.TZ = 'America/Los_Angeles';
      const b = (await renderDeck(sampleModel(), layoutSlides(sampleModel()), worksheetPages)).bytes;
      expect(Buffer.compare(Buffer.from(a), Buffer.from(bytes))).toBe(0);
      expect(Buffer.compare(Buffer.from(b), Buffer.from(bytes))).toBe(0);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  test('is compressed', () => {
    // 28 slides with two pictures; pptxgenjs alone writes several times this.
    expect(bytes.length).toBeLessThan(160_000);
  });
});

describe('slides', () => {
  test('the title slide names the client in full, with its logo', () => {
    const first = slideXml(1);
    expect(textOf(first)).toContain(CLIENT_NAME);
    expect(first).toContain('descr="Client logo"');
  });

  test('pictures carry their alt text as their description, not as printed text (they have no caption)', () => {
    const n = layout.numbers['m3#3']!.first;
    const alt = 'Org chart with two reporting lines: the line manager and the project lead';
    expect(slideXml(n)).toContain(`descr="${alt}"`);
    expect(textOf(slideXml(n))).not.toContain(alt);
  });

  test('exercise slides show the worksheet page from the worksheets, and only when there is one', () => {
    expect(textOf(slideXml(layout.numbers['m1#7']!.first))).toMatch(/Worksheet p\. 3/);
    expect(textOf(slideXml(layout.numbers['m10#1']!.first))).not.toContain('Worksheet');
  });

  test('titles sit in the master title placeholder so they can be restyled', () => {
    expect(slideXml(layout.numbers['m1#2']!.first)).toMatch(/<p:ph[^>]*type="title"/);
  });

  test('text on a brand fill stays readable with a yellow brand colour', async () => {
    const yellow = sampleModel({ primary: '#FFD400' });
    const l = layoutSlides(yellow);
    const yellowBytes = (await renderDeck(yellow, l, worksheetPages)).bytes;
    if (schemas) expect(validatePptx(yellowBytes)).toEqual([]);
    const f = unzipSync(yellowBytes);
    const section = strFromU8(f[`ppt/slides/slide${l.numbers['m1#1']!.first}.xml`]!);
    // Brand colours are theme colours (schemeClr accentN): read their values from the theme.
    const theme = strFromU8(f['ppt/theme/theme1.xml']!);
    const slot = (name: string) => new RegExp(`<a:${name}><a:srgbClr val="([0-9A-F]{6})"/>`).exec(theme)?.[1];
    expect(slot('accent1')).toBe('FFD400');
    const colours = [...section.matchAll(/<a:rPr[^>]*><a:solidFill><a:(srgbClr|schemeClr) val="(\w+)"/g)].map((m) =>
      m[1] === 'srgbClr' ? m[2]! : slot(m[2]!)!,
    );
    expect(colours.length).toBeGreaterThan(3);
    for (const c of colours) expect(contrast(c, 'FFD400')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('any text', () => {
  // Emoji, CJK and right-to-left letters cannot be printed in the PDFs yet (the build refuses them there), but the deck
  // must hold them: its XML is valid and PowerPoint's text is the text written.
  const name = 'Müller & Söhne <GmbH> "Ηγεσία" \'Лидер\' 🚀 東京支店 שלום مرحبا ]]> &amp;';
  test('a client name with XML specials, emoji, CJK and right-to-left text gives a valid deck that says the name', async () => {
    const m = sampleModel({ clientName: name });
    const r = await renderDeck(m, layoutSlides(m), worksheetPages);
    if (schemas) expect(validatePptx(r.bytes)).toEqual([]);
    const f = unzipSync(r.bytes);
    expect(decodeXml(strFromU8(f['docProps/app.xml']!))).toContain(`<Company>${name}</Company>`);
    expect(decodeXml(textOf(strFromU8(f['ppt/slides/slide1.xml']!)))).toContain(name);
  });
});

describe('code blocks', () => {
  test('a fenced code block split over two slides is valid paragraphs on both (one a:pPr each)', async () => {
    const code = Array.from({ length: 40 }, (_, i) => `line ${i + 1}: some code here`).join('\n');
    await buildEdited(
      {
        'modules/practice.md': (t) =>
          t.replace('## Reflect\n', `## Code\n\nIntro.\n\n\`\`\`\n${code}\n\`\`\`\n\n## Reflect\n`),
      },
      ['--client', 'short'],
      (out) => {
        const deck = join(out, 'short', 'deck.pptx');
        const slides = slideTexts(deck);
        const first = slides.findIndex((s) => s.includes('line 1: some code here'));
        const last = slides.findIndex((s) => s.includes('line 40: some code here'));
        expect(first).toBeGreaterThan(0);
        expect(last).toBeGreaterThan(first);
        const files = unzipSync(readFileSync(deck));
        for (let n = first + 1; n <= last + 1; n++) {
          for (const p of strFromU8(files[`ppt/slides/slide${n}.xml`]!).match(/<a:p>.*?<\/a:p>/gs) ?? [])
            expect(p.match(/<a:pPr\b/g)?.length ?? 0, p.slice(0, 300)).toBeLessThanOrEqual(1);
        }
      },
    );
  });
});

describe('session dates', () => {
  // A zip stamps its entries with a seven-bit year from 1980: 2108 once crashed the build with an internal error.
  for (const date of ['2108-03-01', '9999-12-31', '1970-01-01']) {
    test(`a session on ${date} builds, with a warning to check the year, and its deck is valid`, async () => {
      await withEditedBase({ 'clients/short.yaml': (t) => `${t}date: ${date}\n` }, async (dir) => {
        const out = mkdtempSync(join(tmpdir(), 'wk-dated-'));
        try {
          const run = await runCli(['--content', dir, '--out', out, '--client', 'short']);
          expect(run.code).toBe(0);
          expect(run.stderr.trim()).toMatch(
            new RegExp(
              `^clients/short\\.yaml:\\d+:\\d+: warning: the session is dated ${date}, in ${date.slice(0, 4)}: check the year \\[timing/implausible\\]$`,
            ),
          );
          const deck = readFileSync(join(out, 'short', 'deck.pptx'));
          expect(unzipSync(deck)['docProps/core.xml']).toBeDefined();
          expect(validatePptx(deck)).toEqual([]);
        } finally {
          rmSync(out, { recursive: true, force: true });
        }
      });
    });
  }
});

describe('speaker notes', () => {
  test('notes on the first page of a slide, one paragraph per line, bullets kept', () => {
    const notes = notesOf(layout.numbers['m1#2']!.first);
    expect(notes).toContain('<a:t>Ask the room for examples.</a:t>');
    expect(notes).toContain('<a:t>• Budget owner vs. visionary</a:t>');
  });

  test('exercise notes add the clock timing to the setup and debrief', () => {
    const notes = textOf(notesOf(layout.numbers['m1#7']!.first));
    expect(notes).toMatch(/Timing: \d\d:\d\d–\d\d:\d\d \(15 min\)\./);
    expect(notes).toContain('Which statements were hardest to place, and why?');
  });

  test('continuation pages do not repeat the notes', () => {
    const { first, last } = layout.numbers['m1#3']!;
    expect(last).toBeGreaterThan(first);
    expect(textOf(notesOf(last))).toContain('(continued from the previous slide)');
    expect(textOf(notesOf(last))).not.toContain('Pick three points');
  });
});

/** Lays out, renders and converts a model; one LibreOffice run per deck, shared by the assertions. */
async function realDeck(
  m: DeckModel,
  pages: Record<string, number> = {},
): Promise<{ layout: SlideLayout; converted: Converted }> {
  const l = layoutSlides(m);
  const r = await renderDeck(m, l, pages);
  expect([...l.diagnostics, ...r.diagnostics]).toEqual([]);
  if (schemas) expect(validatePptx(r.bytes)).toEqual([]);
  return { layout: l, converted: convert(r.bytes) };
}

describe.runIf(realClients('soffice', 'pdftotext'))('LibreOffice', () => {
  let sample: { layout: SlideLayout; converted: Converted };
  beforeAll(async () => {
    sample = await realDeck(model, worksheetPages);
  });

  test('shows every page, with its title and the client name intact', () => {
    expect(sample.converted.pages).toHaveLength(layout.pages.length);
    const page1 = sample.converted.pages[0]!.words.map((w) => w.text);
    for (const w of ['Ærø', 'Łódź', 'Öresund', 'Ünal']) expect(page1).toContain(w);
    layout.pages.forEach((p, i) => {
      const first = p.title.paras[0]!.runs[0]!.text.split(' ')[0]!;
      expect(sample.converted.pages[i]!.words.map((w) => w.text)).toContain(first);
    });
  });

  test('no word lies outside its box', () => {
    expect(overflowing(sample.converted)).toEqual([]);
  });

  test('the overflow check finds text that does not fit', async () => {
    // A page whose text is set twice as large as layout measured it.
    const page = sample.layout.pages[sample.layout.numbers['m1#2']!.first - 1]!;
    const grown = {
      ...page,
      elements: page.elements.map((e) =>
        e.kind === 'text' ? { ...e, paras: e.paras.map((q) => ({ ...q, sizePt: q.sizePt * 2 })) } : e,
      ),
    };
    const broken: SlideLayout = { pages: [grown], numbers: { [page.slideId]: { first: 1, last: 1 } }, diagnostics: [] };
    const converted = convert((await renderDeck(model, broken, {})).bytes);
    expect(overflowing(converted).length).toBe(1);
  });

  test('the bundled content builds decks without overflow', async () => {
    const composed = await composeModels({ contentDir: 'content', sourceDateEpoch: 0 });
    expect(composed.models.length).toBeGreaterThan(0);
    for (const m of composed.models) {
      const pages = Object.fromEntries(m.worksheets.map((w, i) => [w.exercise.id, i + 1]));
      const { layout: l, converted } = await realDeck(m, pages);
      expect(converted.pages).toHaveLength(l.pages.length);
      expect(overflowing(converted)).toEqual([]);
    }
  });
});
