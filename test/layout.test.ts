// Slide layout: pagination, sizes within the theme's bounds, every word kept, text measured to fit its box.
import { describe, expect, test } from 'vitest';
import { bodySizes, flowItems } from '../src/layout/blocks.js';
import { paginateFlow } from '../src/layout/flow.js';
import { layoutSlides } from '../src/layout/index.js';
import { PROGRESS_NAME } from '../src/layout/progress.js';
import { worksheetStandIn } from '../src/layout/slides/exercise-strip.js';
import { heightOf } from '../src/layout/text-box.js';
import type { Cell, Element, SlidePage, TextBox } from '../src/layout/types.js';
import type { Block, DeckModel, Inline, Slide } from '../src/model/deck.js';
import { contrast, palette } from '../src/render/colors.js';
import { Measure } from '../src/text/measure.js';
import { CLIENT_NAME, sampleModel } from './support/sample-model.js';

/** Text measured as the built-in theme measures it (Arial's metrics for heading and body). */
const arial = new Measure();

const model = sampleModel();
const layout = layoutSlides(model);
// The progress marker sits in the footer row, with the footer: the slide's content is the rest.
const isMarker = (e: Element) => e.kind === 'text' && e.name === PROGRESS_NAME;
const withoutMarker = (p: SlidePage): SlidePage => ({ ...p, elements: p.elements.filter((e) => !isMarker(e)) });
const pagesOf = (id: string) => layout.pages.filter((p) => p.slideId === id).map(withoutMarker);
const contentPages = () => layout.pages.map(withoutMarker);
const slide = <K extends Slide['kind']>(id: string) =>
  model.slides.find((s) => s.id === id) as Extract<Slide, { kind: K }>;

function texts(el: Element): string[] {
  if (el.kind === 'text') return el.paras.map((p) => p.runs.map((r) => r.text).join(''));
  if (el.kind === 'table') return el.rows.flatMap((r) => r.map(cellText));
  return [];
}
const cellText = (c: Cell) => c.paras.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** Words of a slide's pages, a table header repeated on later pages counted once. */
function pageWords(pages: SlidePage[]): string[] {
  let headerSeen = false;
  return pages
    .flatMap((p) =>
      p.elements.flatMap((e) => {
        if (e.kind !== 'table' || !e.hasHeader) return texts(e);
        const rows = headerSeen ? e.rows.slice(1) : e.rows;
        headerSeen = true;
        return rows.flatMap((r) => r.map(cellText));
      }),
    )
    .flatMap(words);
}
const inlineText = (i: Inline) => i.map((r) => r.text).join('');

function blockWords(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
    case 'heading':
      return words(inlineText(b.content));
    case 'list':
      return b.items.flatMap((i) => [
        ...words(inlineText(i.content)),
        ...i.children.flatMap((c) => words(inlineText(c.content))),
      ]);
    case 'quote':
      return [
        ...b.paragraphs.flatMap((p) => words(inlineText(p))),
        ...(b.attribution ? words(`— ${b.attribution}`) : []),
      ];
    case 'table':
      return [b.header, ...b.rows].flatMap((r) => r.flatMap((c) => words(inlineText(c))));
    case 'image':
      // Alt text is the picture's description, never printed; only a caption the author wrote is.
      return words(b.image.caption ?? '');
    case 'code':
      return words(b.text);
  }
}

describe('measure', () => {
  test('widths follow Arial metrics, with a small safety margin', () => {
    // Arial: H 1479, e 1139, l 455, o 1139 units of 2048.
    const hello = ((1479 + 1139 + 455 + 455 + 1139) / 2048) * 20;
    const w = arial.textWidth('Hello', { sizePt: 20 });
    expect(w).toBeGreaterThanOrEqual(hello);
    expect(w).toBeLessThan(hello * 1.05);
    expect(arial.textWidth('Hello', { sizePt: 20, bold: true })).toBeGreaterThan(w);
    expect(arial.textWidth('iiii', { sizePt: 20, code: true })).toBeCloseTo(4 * 0.6 * 20 * 1.025, 0);
  });

  test('wraps at spaces, keeps hard breaks, cuts a word that fits no line', () => {
    const lines = arial.wrapLines(
      [{ text: 'one two three four five six' }],
      arial.textWidth('one two three', { sizePt: 20 }) + 1,
      20,
    );
    expect(lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['one two three', 'four five six']);
    expect(arial.wrapLines([{ text: 'a\nb' }], 500, 20)).toHaveLength(2);
    const cut = arial.wrapLines([{ text: 'Qualitätssicherungsverantwortlicherstellvertreter' }], 100, 20);
    expect(cut.length).toBeGreaterThan(2);
    expect(cut.every((l) => l.broken && l.widthPt <= 100)).toBe(true);
    expect(cut.map((l) => l.runs[0]!.text).join('')).toBe('Qualitätssicherungsverantwortlicherstellvertreter');
  });

  test('runs keep their styles across lines and a word can span runs', () => {
    const lines = arial.wrapLines([{ text: 'plain ' }, { text: 'bold', bold: true }, { text: ', after' }], 1000, 20);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.runs.map((r) => [r.text, !!r.bold])).toEqual([
      ['plain ', false],
      ['bold', true],
      [', after', false],
    ]);
    expect(arial.lineHeight(20, 3)).toBeCloseTo(72);
  });
});

describe('pagination', () => {
  test('numbers every logical slide with its physical pages, in order, with no gaps', () => {
    let next = 1;
    for (const s of model.slides) {
      const n = layout.numbers[s.id]!;
      expect(n.first).toBe(next);
      expect(n.last).toBeGreaterThanOrEqual(n.first);
      for (let i = n.first; i <= n.last; i++) expect(layout.pages[i - 1]!.slideId).toBe(s.id);
      next = n.last + 1;
    }
    expect(layout.pages).toHaveLength(next - 1);
    expect(layout.diagnostics).toEqual([]);
  });

  test('continuation pages are titled "(cont.)" and know their place', () => {
    for (const p of layout.pages) {
      const title = p.title.paras.map((q) => q.runs.map((r) => r.text).join('')).join('');
      const s = model.slides.find((x) => x.id === p.slideId)!;
      expect(title).toBe(p.part === 0 ? s.title : `${s.title} (cont.)`);
      expect(p.part).toBeLessThan(p.parts);
    }
  });

  test('sizes stay within the theme: body text at least 14 pt, titles at least 24 pt', () => {
    const { minBody, minTitle } = model.theme.sizes;
    for (const p of contentPages()) {
      for (const q of p.title.paras) expect(q.sizePt).toBeGreaterThanOrEqual(minTitle);
      for (const el of p.elements) {
        const sizes =
          el.kind === 'text'
            ? el.paras.filter((q) => q.role !== 'source' && q.role !== 'caption').map((q) => q.sizePt)
            : el.kind === 'table'
              ? el.rows.flat().flatMap((c) => c.paras.map((q) => q.sizePt))
              : [];
        for (const s of sizes) expect(s).toBeGreaterThanOrEqual(minBody);
      }
    }
  });

  test('every text box holds its measured text, and everything stays on the slide', () => {
    const { width, height } = model.theme.slide;
    for (const p of contentPages()) {
      for (const el of [p.title as Element, ...p.elements]) {
        const f = el.frame;
        expect(f.x).toBeGreaterThanOrEqual(0);
        expect(f.y).toBeGreaterThanOrEqual(0);
        expect(f.x + f.w).toBeLessThanOrEqual(width + 1e-6);
        expect(f.y + f.h).toBeLessThanOrEqual(height - 0.5 + 1e-6); // above the footer
        if (el.kind === 'text') expect(heightOf((el as TextBox).paras) - 0.01).toBeLessThanOrEqual(f.h);
        if (el.kind === 'table') expect(el.rowHeights.reduce((a, b) => a + b, 0)).toBeCloseTo(f.h, 5);
      }
    }
  });

  test('nothing is dropped from content, table and exercise slides', () => {
    for (const id of ['m1#2', 'm1#3', 'm1#4', 'm3#4']) {
      const s = slide<'content' | 'table'>(id);
      const blocks = s.kind === 'content' ? s.blocks : s.kind === 'table' ? [...s.before, s.table, ...s.after] : [];
      expect(pageWords(pagesOf(id))).toEqual(blocks.flatMap(blockWords));
    }
    const ex = slide<'exercise'>('m10#1');
    // Everything but the strip of details (number, time, grouping) over the title.
    const strip = (e: Element) =>
      e.kind === 'text' && e.paras.every((q) => q.role === 'detail' || q.role === 'worksheetPage');
    const flow = pagesOf('m10#1').flatMap((p, i) => p.elements.filter((e) => !(i === 0 && strip(e))));
    expect(flow.flatMap(texts).flatMap(words)).toEqual([...ex.exercise.instructions, ...ex.after].flatMap(blockWords));
  });

  test('a long list splits across pages at a readable size, pages evened out', () => {
    const pages = pagesOf('m1#3');
    expect(pages.length).toBeGreaterThan(1);
    const sizes = new Set(
      pages.flatMap((p) =>
        p.elements.flatMap((e) => (e.kind === 'text' ? e.paras.filter((q) => q.level < 2).map((q) => q.sizePt) : [])),
      ),
    );
    expect([...sizes]).toEqual([18]);
    const fill = pages.map((p) => p.elements.filter((e) => e.kind === 'text').reduce((s, e) => s + e.frame.h, 0));
    expect(Math.max(...fill) - Math.min(...fill)).toBeLessThan(1.5);
  });

  test('the 14-row comparison splits by rows with the header repeated and the source on every page', () => {
    const pages = pagesOf('m1#5');
    const c = slide<'comparison'>('m1#5').comparison;
    expect(pages.length).toBeGreaterThan(1);
    const tables = pages.flatMap((p) => p.elements.filter((e) => e.kind === 'table'));
    expect(tables).toHaveLength(pages.length);
    const aspects: string[] = [];
    for (const t of tables) {
      expect(t.hasHeader).toBe(true);
      expect(t.rows[0]!.slice(1).map(cellText)).toEqual(c.columns);
      aspects.push(...t.rows.slice(1).map((r) => cellText(r[0]!)));
      expect(t.rows.slice(1).every((r) => r[0]!.role === 'aspect')).toBe(true);
    }
    expect(aspects).toEqual(c.rows.map((r) => r.aspect));
    for (const p of pages)
      expect(p.elements.some((e) => e.kind === 'text' && e.paras.some((q) => q.role === 'source'))).toBe(true);
    // The takeaway after the table is kept, on the last page or after it.
    expect(pageWords(pages).join(' ')).toContain('you need both');
  });

  test('a short comparison keeps its trailing text on the same page', () => {
    const pages = pagesOf('m1#6');
    expect(pages).toHaveLength(1);
    expect(pageWords(pages).join(' ')).toContain('Short comparisons keep their takeaway');
  });

  test('seven style cards go two to four a page, in order, none lost', () => {
    const pages = pagesOf('m3#1');
    const counts = pages.map((p) => p.elements.filter((e) => e.kind === 'text' && e.style === 'card').length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(7);
    for (const n of counts) {
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(4);
    }
    const names = pages.flatMap((p) =>
      p.elements
        .filter((e): e is TextBox => e.kind === 'text' && e.style === 'card')
        .map((e) => e.paras[0]!.runs[0]!.text),
    );
    expect(names).toEqual(slide<'styles'>('m3#1').catalogue.styles.map((s) => s.name));
  });

  test('three style cards too wide for a row at the body size stand together, smaller, not two and one left over', () => {
    const styles = slide<'styles'>('m3#1');
    // Three cards with a paragraph more of summary each: too tall in a narrow third of the row at the body size.
    const cards3 = styles.catalogue.styles
      .slice(0, 3)
      .map((c) => ({ ...c, summary: `${c.summary} ${c.summary} ${c.summary}` }));
    const three = { ...styles, catalogue: { ...styles.catalogue, styles: cards3 } };
    // A 4:3 slide: three cards across leave each a narrow column.
    const narrow: DeckModel = {
      ...model,
      theme: { ...model.theme, slide: { ...model.theme.slide, width: 10, height: 7.5 } },
      slides: model.slides.map((s) => (s.id === three.id ? three : s)),
    };
    const cards = layoutSlides(narrow)
      .pages.filter((p) => p.slideId === three.id)
      .map((p) => p.elements.filter((e) => e.kind === 'text' && e.style === 'card').length);
    expect(cards.reduce((a, b) => a + b, 0)).toBe(3);
    expect(cards.length > 1 && cards.includes(1)).toBe(false);
  });

  test('the long agenda continues on a second page; breaks are marked as breaks', () => {
    const pages = pagesOf('agenda');
    expect(pages.length).toBe(2);
    const rows = pages.flatMap((p) => p.elements.filter((e) => e.kind === 'table').flatMap((t) => t.rows.slice(1)));
    expect(rows).toHaveLength(model.agenda.items.length);
    model.agenda.items.forEach((item, i) => {
      expect(cellText(rows[i]![0]!)).toBe(`${item.start}–${item.end}`);
      expect(rows[i]![1]!.role).toBe(item.kind === 'break' ? 'break' : 'body');
    });
  });

  test('a long word in a table cell is cut to fit its column', () => {
    for (const t of pagesOf('m1#4').flatMap((p) => p.elements.filter((e) => e.kind === 'table'))) {
      t.rows.forEach((r) =>
        r.forEach((c, i) => {
          for (const q of c.paras) {
            const width = t.colWidths[i]! * 72 - 2 * t.marginPt.x;
            for (const line of arial.wrapLines(q.runs, width, q.sizePt))
              expect(line.widthPt).toBeLessThanOrEqual(width);
          }
        }),
      );
    }
  });

  test('the strip of exercise details ends with room for the worksheet page the renderer fills in', () => {
    const strip = pagesOf('m1#7')[0]!.elements.find(
      (e): e is TextBox => e.kind === 'text' && e.paras.some((q) => q.role === 'worksheetPage'),
    )!;
    // Measured with the longest of "Worksheet p. 888" and "see worksheets", as its last run.
    expect(strip.paras[0]!.runs.at(-1)!.text).toBe(worksheetStandIn(model.locale));
    expect(['Worksheet p. 888', 'see worksheets']).toContain(worksheetStandIn(model.locale));
    expect(
      pagesOf('m10#1')[0]!.elements.some((e) => e.kind === 'text' && e.paras.some((q) => q.role === 'worksheetPage')),
    ).toBe(false);
  });

  test('the 50-character Unicode client name is kept whole on the title slide', () => {
    expect(pageWords(pagesOf('title')).join(' ')).toContain(CLIENT_NAME);
  });

  test('empty slides still get a page each', () => {
    const empty: DeckModel = {
      ...model,
      slides: [
        { ...slide<'content'>('m1#2'), blocks: [] },
        {
          ...slide<'comparison'>('m1#6'),
          id: 'c',
          comparison: { ...slide<'comparison'>('m1#6').comparison, rows: [] },
          after: [],
        },
        { ...slide<'styles'>('m3#1'), id: 's', catalogue: { ...slide<'styles'>('m3#1').catalogue, styles: [] } },
        { ...slide<'agenda'>('agenda'), items: [] },
      ],
    };
    const l = layoutSlides(empty);
    expect(l.pages).toHaveLength(4);
    expect(Object.values(l.numbers).map((n) => [n.first, n.last])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  test('slide text has two sizes: the body size, and one step down for a slide that would not fit', () => {
    const { body, minBody } = model.theme.sizes;
    const step = Math.round((body + minBody) / 2);
    const bullets = (items: string[]): Block => ({
      kind: 'list',
      ordered: false,
      start: 1,
      items: items.map((text) => ({
        content: [{ text }],
        children: [{ content: [{ text: `${text}, in detail & <more>` }], children: [] }],
      })),
      source: { file: 'm.md', line: 1, column: 1 },
    });
    const sizes = (items: string[]) => {
      const deck: DeckModel = { ...model, slides: [{ ...slide<'content'>('m1#2'), blocks: [bullets(items)] }] };
      return [
        ...new Set(
          layoutSlides(deck)
            .pages.map(withoutMarker)
            .flatMap((p) => p.elements.flatMap((e) => (e.kind === 'text' ? e.paras.map((q) => q.sizePt) : []))),
        ),
      ];
    };
    // Sub-items keep the size of their items.
    expect(sizes(['Pairs first', 'Phones down', 'Ελλάδα “quoted”'])).toEqual([body]);
    // Eight items and their sub-items do not fit at the body size: the step down, not the largest size that fits.
    expect(sizes(Array.from({ length: 8 }, (_, i) => `Point ${i + 1}`))).toEqual([step]);
    // Forty do not fit one page even then: split, still at the step down.
    expect(sizes(Array.from({ length: 40 }, (_, i) => `Point ${i + 1}`))).toEqual([step]);
  });

  test('a paragraph of thousands of words is cut page after page with every word kept, in order', () => {
    const words = Array.from(
      { length: 6000 },
      (_, i) => ['leading', 'managing', 'Ωμέγα', '&', '<team>', '"plan"', 'Київ'][i % 7]! + (i % 11),
    );
    const paragraph: Block = {
      kind: 'paragraph',
      content: [{ text: words.join(' ') }],
      source: { file: 'm.md', line: 1, column: 1 },
    };
    const deck: DeckModel = { ...model, slides: [{ ...slide<'content'>('m1#2'), blocks: [paragraph] }] };
    const pages = layoutSlides(deck).pages.map(withoutMarker);
    expect(pages.length).toBeGreaterThan(10);
    // The cut tails reuse the lines they were cut from (wrapped once): the text comes out whole.
    expect(pageWords(pages)).toEqual(words);
  });

  test('a content slide carries its module’s place in the day at its foot; title, agenda and section slides do not', () => {
    const markers = layout.pages.map((p) => p.elements.find(isMarker) as TextBox | undefined);
    const modules = model.agenda.items.filter((i) => i.kind === 'module');
    layout.pages.forEach((p, i) => {
      const s = model.slides.find((x) => x.id === p.slideId)!;
      const marker = markers[i];
      if (p.master !== 'CONTENT' || !s.module) expect(marker, p.slideId).toBeUndefined();
      else {
        const n = modules.findIndex((m) => m.id === s.module) + 1;
        expect(marker!.paras[0]!.runs[0]!.text, p.slideId).toMatch(new RegExp(`^${n}(  ·  |$)`));
        expect(marker!.frame.y).toBeGreaterThan(model.theme.slide.height - 0.6);
      }
    });
    expect(markers.filter(Boolean).length).toBeGreaterThan(5);
  });

  test('long titles wrap or shrink, never below the minimum', () => {
    const long: DeckModel = {
      ...model,
      slides: [{ ...slide<'content'>('m1#2'), title: 'A very long slide title '.repeat(8).trim() }],
    };
    const [p] = layoutSlides(long).pages;
    expect(p!.title.paras[0]!.sizePt).toBe(model.theme.sizes.minTitle);
    expect(p!.elements.find((e) => e.kind === 'text')!.frame.y).toBeGreaterThan(p!.title.frame.y + p!.title.frame.h);
  });

  test('is pure and fast', () => {
    expect(JSON.stringify(layoutSlides(sampleModel()))).toBe(JSON.stringify(layout));
    const yellow = sampleModel({ primary: '#FFD400' });
    const started = performance.now();
    layoutSlides(yellow);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('contrast', () => {
  test('text on every fill meets WCAG AA, whatever the brand colour', () => {
    for (const primary of ['#FFD400', '#1F4E79', '#777777', '#3B82F6', '#00FF00', '#000000', '#FFFFFF', '#E07A1F']) {
      const theme = { ...model.theme, colors: { ...model.theme.colors, primary, accent: primary, surface: primary } };
      const pal = palette(theme);
      for (const fill of [pal.background, pal.primary, pal.surface])
        for (const role of ['title', 'body', 'muted', 'label', 'source', 'cardTitle'] as const)
          expect(contrast(pal.text(role, fill), fill)).toBeGreaterThanOrEqual(4.5);
    }
    expect(
      palette({ ...model.theme, colors: { ...model.theme.colors, primary: '#FFD400' } }).text('title', 'FFD400'),
    ).not.toBe('FFFFFF');
    expect(palette(model.theme).text('title', '1F4E79')).toBe('FFFFFF');
  });
});

describe('layouts shared between models', () => {
  test('a picture with the same path, size and byte count but other bytes is not taken from an earlier layout', () => {
    const first = sampleModel();
    const second = structuredClone(first);
    const imageSlide = second.slides.find((s): s is Extract<Slide, { kind: 'image' }> => s.kind === 'image')!;
    imageSlide.image.data = imageSlide.image.data.map((b) => 255 - b);
    layoutSlides(first);
    const images = layoutSlides(second)
      .pages.flatMap((p) => p.elements)
      .filter(
        (e): e is Extract<Element, { kind: 'image' }> => e.kind === 'image' && e.image.path === imageSlide.image.path,
      );
    expect(images.length).toBeGreaterThan(0);
    for (const e of images) expect(Buffer.from(e.image.data).equals(Buffer.from(imageSlide.image.data))).toBe(true);
  });
});

describe('PDF text layouts shared between documents', () => {
  test('runs whose texts contain the characters a key could use as separators get their own layout', async () => {
    const { layoutInlineShared } = await import('../src/render/pdf/text.js');
    const style = { size: 10, color: '#000000' };
    const one = layoutInlineShared([{ text: 'x|b1:y' }], style, 200, () => undefined);
    const two = layoutInlineShared([{ text: 'x' }, { text: 'y', bold: true }], style, 200, () => undefined);
    expect(one.lines[0]!.segments.map((s) => s.text).join('')).toBe('x|b1:y');
    expect(two.lines[0]!.segments.map((s) => s.text).join('')).toBe('xy');
  });
});

describe('page breaks', () => {
  const region = { x: 1, w: 6, top: 1, bottom: 4 };
  const source = { file: 'modules/x.md', line: 1, column: 1 };
  const fill = (n: number): Block[] =>
    Array.from({ length: n }, (_, i) => ({
      kind: 'paragraph',
      content: [{ text: `Filler line ${i + 1} & <more> “ΩΩ”` }],
      source,
    }));
  const firstTexts = (page: Element[]) => page.flatMap(texts);
  // Enough filler that what follows cannot fit below it, but fits a page of its own.
  const filled = (after: Block[]) => {
    for (let n = 1; n < 20; n++) {
      const pages = paginateFlow(
        arial,
        flowItems(arial, [...fill(n), ...after], bodySizes(20, 14, 16), region.w * 72),
        region,
        region,
        { table: 18, caption: 14 },
      );
      if (pages.length > 1) return pages;
    }
    throw new Error('never broke');
  };
  test('a heading never ends a page alone: it moves with the paragraph that follows it', () => {
    const pages = filled([
      { kind: 'heading', depth: 3, content: [{ text: 'The case' }], source },
      { kind: 'paragraph', content: [{ text: 'Lumen Home makes smart lighting for homes. '.repeat(5) }], source },
    ]);
    expect(firstTexts(pages[0]!)).not.toContain('The case');
    expect(firstTexts(pages[1]!)[0]).toBe('The case');
  });
  test('a list item moves with the sub-items that follow it', () => {
    const pages = filled([
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: [
          {
            content: [{ text: 'Which of these is NOT one of Fayol’s functions?' }],
            children: [
              {
                content: [{ text: 'A Planning  B Coordinating  C Inspiring  D Controlling '.repeat(2) }],
                children: [],
              },
            ],
          },
        ],
        source,
      },
    ]);
    expect(firstTexts(pages[1]!)[0]).toContain('Fayol');
    expect(pages[0]!.flatMap(texts).join(' ')).not.toContain('Fayol');
  });
});

describe('a table too wide for its slide', () => {
  test('is shown as a list, one item per row, with a warning at the table, and no word cut', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { withEditedBase } = await import('./support/fixtures.js');
    const { runCli } = await import('./support/run.js');
    const { validatePptx } = await import('./support/pptx-validate.js');
    const { slidesOf, textOf } = await import('./support/deck-xml.js');
    const columns = [
      'Team',
      'Marketing',
      'Finance',
      'Operations',
      'Sales',
      'Support',
      'Legal',
      'Product',
      'Design',
      'Research',
      'Logistics',
      'Quality',
    ];
    const row = (head: string, cell: (i: number) => string) =>
      `| ${[head, ...columns.slice(1).map((_, i) => cell(i))].join(' | ')} |`;
    const table = [
      `| ${columns.join(' | ')} |`,
      `|${'---|'.repeat(columns.length)}`,
      row('Owner', (i) => `Name ${i}`),
      row('Goal', () => 'Grow accounts'),
    ].join('\n');
    await withEditedBase({ 'modules/practice.md': (t) => `${t}\n## Who does what\n\n${table}\n` }, async (dir) => {
      const out = mkdtempSync(join(tmpdir(), 'wk-wide-'));
      try {
        const run = await runCli(['--content', dir, '--out', out, '--client', 'acme']);
        expect(run.code).toBe(0);
        const warned = run.stderr.split('\n').filter((l) => l.includes('[layout/table-too-wide]'));
        expect(warned).toEqual([
          expect.stringMatching(
            /^modules\/practice\.md:\d+:1: warning: this table of 12 columns is too wide for the slide/,
          ),
        ]);
        const deck = join(out, 'acme', 'deck.pptx');
        expect(validatePptx(readFileSync(deck))).toEqual([]);
        const slide = slidesOf(deck).find((s) => textOf(s.xml).startsWith('Who does what'))!;
        expect(slide.xml).not.toContain('<a:tbl>');
        expect(textOf(slide.xml)).toContain('Owner — Marketing: Name 0; Finance: Name 1');
        expect(textOf(slide.xml)).toContain('Goal — Marketing: Grow accounts');
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
});

describe('the part of a text box its words cover', () => {
  test('is as wide as its widest line, where its alignment puts it, and as tall as its text, where it is anchored', async () => {
    const { para } = await import('../src/layout/text.js');
    const { inkFrame, textBox } = await import('../src/layout/text-box.js');
    const words = (align: 'left' | 'center' | 'right') => [
      para(arial, [{ text: '08:45–09:25 · 40 min' }], 16, 10 * 72, { role: 'label', align }),
    ];
    for (const align of ['left', 'center', 'right'] as const) {
      const box = textBox(words(align), { x: 1, y: 2, w: 10 }, { valign: 'bottom', minH: 3 });
      const ink = inkFrame(arial, box);
      expect(ink.w).toBeGreaterThan(1.5);
      expect(ink.w).toBeLessThan(3);
      expect(ink.h).toBeLessThan(0.6);
      expect(ink.y + ink.h).toBeCloseTo(box.frame.y + box.frame.h, 5);
      const expectedX = {
        left: box.frame.x,
        center: box.frame.x + (box.frame.w - ink.w) / 2,
        right: box.frame.x + box.frame.w - ink.w,
      }[align];
      expect(ink.x).toBeCloseTo(expectedX, 5);
    }
  });
});

describe('dividers', () => {
  type Section = Extract<Slide, { kind: 'section' }>;
  /** The sample deck with a second divider after the first, holding `objectives`. */
  const withSecondDivider = (objectives: string[]) => {
    const m = sampleModel();
    const at = m.slides.findIndex((s) => s.kind === 'section');
    const first = m.slides[at] as Section;
    const second: Section = { ...first, id: `${first.id}-b`, title: 'Ærø & <Łódź> “second”', objectives };
    m.slides.splice(at + 1, 0, second);
    return { layout: layoutSlides(m), ids: [first.id, second.id] };
  };
  const bodySizesOf = (pages: SlidePage[]) =>
    pages.flatMap((p) =>
      p.elements.flatMap((e) =>
        e.kind === 'text' ? e.paras.filter((q) => q.role === 'body').map((q) => q.sizePt) : [],
      ),
    );

  test('all set their objectives one way: where one divider has no room for them, every divider’s follow on their own slide, at one size', () => {
    const long = Array.from(
      { length: 9 },
      (_, i) => `Objective ${i + 1}: practise one thing the team will notice next week & say why`,
    );
    const { layout, ids } = withSecondDivider(long);
    const pagesOf = (id: string) => layout.pages.filter((p) => p.slideId === id);
    for (const id of ids) {
      const pages = pagesOf(id);
      expect(pages[0]!.master, id).toBe('SECTION');
      expect(pages.length, id).toBeGreaterThan(1);
      expect(
        pages.slice(1).every((p) => p.master === 'CONTENT'),
        id,
      ).toBe(true);
    }
    const sizes = ids.map((id) => new Set(bodySizesOf(pagesOf(id).slice(1))));
    expect(sizes.map((s) => s.size)).toEqual([1, 1]);
    expect([...sizes[0]!]).toEqual([...sizes[1]!]);
  });

  test('where every divider has room, each keeps its objectives beside its title at one size', () => {
    const { layout, ids } = withSecondDivider(['Name one habit', 'Try it on Monday']);
    const sizes = ids.map((id) => {
      const pages = layout.pages.filter((p) => p.slideId === id);
      expect(pages.length, id).toBe(1);
      return new Set(bodySizesOf(pages));
    });
    expect(sizes.map((s) => s.size)).toEqual([1, 1]);
    expect([...sizes[0]!]).toEqual([...sizes[1]!]);
  });
});
