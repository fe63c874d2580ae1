// Quote slide: the quotation large beside an accent bar, its attribution under it.
import type { Slide } from '../../model/deck.js';
import { PT } from '../geometry.js';
import { bodySteps, type Ctx, contentPage, type Draft, fitTitle, flowAtBestSize, placeAfter } from '../page.js';
import { heightOf, para, textBox } from '../text.js';
import type { Element, Para } from '../types.js';

type QuoteSlide = Extract<Slide, { kind: 'quote' }>;

const BAR = 0.1;
const INDENT = 0.45;

/** Pages of a quote slide; a quotation longer than a page at the smallest size flows on. */
export function layoutQuote(ctx: Ctx, slide: QuoteSlide): Draft[] {
  const t = fitTitle(ctx, slide.title);
  const q = slide.quote;
  const x = t.first.x + INDENT;
  const w = t.first.w - INDENT - 0.4;
  const build = (s: number): Para[] => {
    const ps = q.paragraphs.map((content, i) => para(content, s, w * PT, { role: 'quote', spaceBeforePt: i === 0 ? 0 : Math.round(s * 0.5) }));
    if (q.attribution) ps.push(para([{ text: `— ${q.attribution}` }], s, w * PT, { role: 'attribution', spaceBeforePt: Math.round(s * 0.7) }));
    return ps;
  };
  const room = t.first.bottom - t.first.top - 0.3;
  // At the deck's text size, as every slide's text: the accent bar and italics make it a quote.
  const size = bodySteps(ctx).find((s) => heightOf(build(s)) <= room);
  let pages: Element[][];
  if (size !== undefined) {
    const box = textBox(build(size), { x, y: t.first.top + 0.3, w }, { style: 'quote' });
    const bar: Element = { kind: 'shape', role: 'accent', frame: { x: t.first.x, y: box.frame.y, w: BAR, h: box.frame.h } };
    pages = [[bar, box]];
  } else {
    pages = flowAtBestSize(ctx, [q], t.first, t.next);
  }
  return placeAfter(ctx, pages, slide.after, t.first, t.next).map((els, i) => contentPage(slide, t, els, i > 0));
}
