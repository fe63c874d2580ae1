// The layout of a right-to-left client: the same pages as a left-to-right client's, mirrored about the slide's middle
// (every frame, the alignment of all but English running text, tables' columns), and each paragraph's direction by its first strong letter.
import { describe, expect, it } from 'vitest';
import { layoutSlides } from '../src/layout/index.js';
import type { Element, Para, SlidePage, TableBox } from '../src/layout/types.js';
import type { DeckModel } from '../src/model/deck.js';
import { sampleModel } from './support/sample-model.js';

const AT = { file: 'modules/welcome.md', line: 1, column: 1 };

function inKit(model: DeckModel, tag: string): DeckModel {
  return { ...model, locale: { ...model.locale, tag } };
}

/** A model whose first content slide's first paragraph is a Hebrew line. */
function withHebrew(model: DeckModel): DeckModel {
  const slides = model.slides.map((s) => s);
  const at = slides.findIndex((s) => s.kind === 'content');
  const slide = slides[at]!;
  if (slide.kind !== 'content') throw new Error('no content slide');
  slides[at] = {
    ...slide,
    blocks: [
      { kind: 'paragraph', content: [{ text: 'שלום & "עולם" <יפה>' }], source: AT },
      { kind: 'paragraph', content: [{ text: 'Welcome: שלום' }], source: AT },
      ...slide.blocks,
    ],
  };
  return { ...model, slides };
}

function paras(el: Element): Para[] {
  return el.kind === 'text' ? el.paras : [];
}

describe('a right-to-left kit', () => {
  const base = withHebrew(sampleModel());
  const ltr = layoutSlides(inKit(base, 'en-GB'));
  const rtl = layoutSlides(inKit(base, 'he-IL'));
  const width = base.theme.slide.width;

  it('has the same pages, each frame mirrored about the slide middle and each alignment mirrored', () => {
    expect(rtl.pages.length).toBe(ltr.pages.length);
    let tables = 0;
    rtl.pages.forEach((page: SlidePage, i) => {
      const before = ltr.pages[i]!;
      const pairs: [Element, Element][] = [
        [page.title, before.title],
        ...page.elements.map((el, j): [Element, Element] => [el, before.elements[j]!]),
      ];
      expect(page.elements.length).toBe(before.elements.length);
      for (const [after, was] of pairs) {
        const where = `${page.slideId} ${after.kind}`;
        expect(after.frame.x, where).toBeCloseTo(width - was.frame.x - was.frame.w, 4);
        expect(after.frame.y, where).toBe(was.frame.y);
        expect(after.frame.w, where).toBe(was.frame.w);
        paras(after).forEach((p, k) => {
          const align = paras(was)[k]!.align;
          // A Hebrew paragraph stands flush right in both kits (it starts there); English running text (a point, a
          // paragraph) keeps its start, its bullet beside it; every other one (titles, labels, details) is mirrored.
          const w = paras(was)[k]!;
          const running = !p.rtl && (w.marker !== undefined || ['body', 'quote', 'code'].includes(w.role));
          if (w.rtl || running) expect(p.align, where).toBe(align);
          else expect(p.align, where).toBe(align === 'left' ? 'right' : align === 'right' ? 'left' : 'center');
          expect(p.heightPt, where).toBe(paras(was)[k]!.heightPt);
        });
        if (after.kind === 'table') {
          tables++;
          const t = was as TableBox;
          expect(after.colWidths).toEqual([...t.colWidths].reverse());
          expect(after.rows.map((r) => r.map((c) => c.paras[0]?.runs[0]?.text))).toEqual(
            t.rows.map((r) => [...r].reverse().map((c) => c.paras[0]?.runs[0]?.text)),
          );
          // English tables: the slide order is written as it is, no `rtl` for PowerPoint to turn them round again.
          expect(after.rtl).toBeUndefined();
        }
      }
    });
    expect(tables).toBeGreaterThan(0);
  });

  it("runs each paragraph its way: Hebrew right to left, English left to right, a number the kit's way", () => {
    const all = (pages: SlidePage[]) => pages.flatMap((p) => [p.title, ...p.elements].flatMap(paras));
    const hebrew = (pages: SlidePage[]) => all(pages).find((p) => p.runs[0]?.text.startsWith('שלום'))!;
    const welcome = (pages: SlidePage[]) => all(pages).find((p) => p.runs[0]?.text.startsWith('Welcome: שלום'))!;
    expect(hebrew(ltr.pages)).toMatchObject({ rtl: true, align: 'right' });
    expect(welcome(ltr.pages).rtl).toBeUndefined();
    expect(welcome(ltr.pages).align).toBe('left');
    expect(hebrew(rtl.pages)).toMatchObject({ rtl: true, align: 'right' });
    expect(welcome(rtl.pages).rtl).toBeUndefined();
    // Every other English paragraph of the English kit is left as it was.
    const english = all(ltr.pages).filter((p) => !/[\u0590-\u05ff]/.test(p.runs.map((r) => r.text).join('')));
    expect(english.every((p) => p.rtl === undefined)).toBe(true);
    expect(english.length).toBeGreaterThan(50);
    // A paragraph with no letter at all takes the kit's direction.
    const numbers = all(rtl.pages).filter((p) => !/\p{L}/u.test(p.runs.map((r) => r.text).join('')) && p.runs.length);
    expect(numbers.length).toBeGreaterThan(0);
    for (const p of numbers) expect(p.rtl).toBe(true);
  });
});
