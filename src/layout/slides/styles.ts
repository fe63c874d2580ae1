// Styles catalogue: one card per style (name, summary, fits, risk), two to four cards a page.

import { type Locale, labelBefore, say } from '../../i18n/locale.js';
import type { Run, Slide, StyleCard } from '../../model/deck.js';
import type { Measure } from '../../text/measure.js';
import { bodySteps, placeAfter } from '../body-flow.js';
import { PT } from '../geometry.js';
import { type Ctx, contentPage, type Draft, fitTitle, type TitleFit } from '../page.js';
import { para } from '../text.js';
import { heightOf, textBox } from '../text-box.js';
import type { Element, Para } from '../types.js';

type StylesSlide = Extract<Slide, { kind: 'styles' }>;

const GAP = 0.3;
const INSET = 14;
const STRIP = 0.08;

/** Pages of a styles catalogue: as many cards a page as fit at a readable size, pages evened out. */
export function layoutStyles(ctx: Ctx, slide: StylesSlide): Draft[] {
  const t = fitTitle(ctx, slide.title);
  const cards = slide.catalogue.styles;
  const avail = Math.min(t.first.bottom - t.first.top, t.next.bottom - t.next.top) - STRIP;
  let plan = cardPlan(ctx, cards, t.first.w, avail);
  if (!plan && cards.length > 0) {
    // Even alone on a page at the smallest size a card is too tall: say so rather than hide text.
    ctx.diagnostics.push({
      rule: 'layout/style-card-too-long',
      message: `A style in "${slide.catalogue.title}" has more text than a slide can hold; shorten it.`,
      source: slide.catalogue.source,
    });
  }
  plan ??= { perPage: cards.map(() => 1), size: ctx.theme.sizes.minBody };
  const pages = cardPages(ctx, cards, plan, t);
  if (pages.length === 0) pages.push([]);
  return placeAfter(ctx, pages, slide.after, t.first, t.next).map((els, i) => contentPage(slide, t, els, i > 0));
}

/** How many cards each page takes, and the size their text is set at. */
interface CardPlan {
  perPage: number[];
  size: number;
}

/**
 * The first split of the cards over pages, and size, at which the tallest card fits `avail` inches, with the first
 * page `width` inches wide; undefined where no split and size fits.
 */
function cardPlan(ctx: Ctx, cards: readonly StyleCard[], width: number, avail: number): CardPlan | undefined {
  // The deck's body sizes first, with as many pages as that takes; smaller where that spares a card left alone, or
  // when a card is too long for a page even alone.
  const steps = bodySteps(ctx);
  const below = Array.from(
    { length: Math.max(0, steps[steps.length - 1]! - ctx.theme.sizes.minBody) },
    (_, i) => steps[steps.length - 1]! - 1 - i,
  );
  // A card alone on a slide after pages of several reads as a leftover, as do cards one a slide where pairs would
  // do: first the splits of at most one page a pair that leave no card so, at the deck's sizes and then smaller; then
  // any split.
  const tidy = (perPage: readonly number[]) =>
    perPage.length <= Math.ceil(cards.length / 2) && !(perPage.length > 1 && perPage.includes(1));
  for (const [sizes, any] of [
    [steps, false],
    [below, false],
    [steps, true],
    [below, true],
  ] as const) {
    for (let cols = Math.min(4, cards.length); cols >= 1; cols--) {
      const pageCount = Math.ceil(cards.length / cols);
      const perPage = evenSplit(cards.length, pageCount);
      if (!any && !tidy(perPage)) continue;
      const widest = Math.max(...perPage);
      const cardWidth = (width - GAP * (widest - 1)) / widest;
      for (const s of sizes) {
        const tallest = Math.max(
          ...cards.map((c) => heightOf(cardParas(ctx.measure, ctx.locale, c, s, cardWidth * PT - 2 * INSET), INSET)),
        );
        if (tallest <= avail) return { perPage, size: s };
      }
    }
  }
  return undefined;
}

/** Each page's cards side by side under their accent strips, as tall as the page's tallest. */
function cardPages(ctx: Ctx, cards: readonly StyleCard[], plan: CardPlan, t: TitleFit): Element[][] {
  const pages: Element[][] = [];
  let from = 0;
  for (const [i, n] of plan.perPage.entries()) {
    const region = i === 0 ? t.first : t.next;
    const slice = cards.slice(from, from + n);
    from += n;
    const width = (region.w - GAP * (n - 1)) / n;
    const paras = slice.map((c) => cardParas(ctx.measure, ctx.locale, c, plan.size, width * PT - 2 * INSET));
    const h = Math.max(...paras.map((ps) => heightOf(ps, INSET)));
    const els: Element[] = [];
    paras.forEach((ps, k) => {
      const x = region.x + k * (width + GAP);
      els.push({ kind: 'shape', role: 'accent', frame: { x, y: region.top, w: width, h: STRIP } });
      const box = textBox(ps, { x, y: region.top + STRIP, w: width }, { style: 'card', insetPt: INSET });
      els.push({ ...box, frame: { ...box.frame, h } });
    });
    pages.push(els);
  }
  return pages;
}

function cardParas(m: Measure, locale: Locale, c: StyleCard, s: number, widthPt: number): Para[] {
  const labelled = (label: string, text: string): Run[] => [{ text: labelBefore(label), bold: true }, { text }];
  const ps = [
    para(m, [{ text: c.name }], Math.round(s * 1.15), widthPt, { role: 'cardTitle' }),
    para(m, [{ text: c.summary }], s, widthPt, { spaceBeforePt: Math.round(s * 0.5) }),
  ];
  if (c.fits)
    ps.push(para(m, labelled(say(locale, 'fits-label'), c.fits), s, widthPt, { spaceBeforePt: Math.round(s * 0.6) }));
  if (c.risk)
    ps.push(para(m, labelled(say(locale, 'risk-label'), c.risk), s, widthPt, { spaceBeforePt: Math.round(s * 0.4) }));
  return ps;
}

/** `n` items over `pages` pages, the first pages taking the extra ones (7 over 2: 4 + 3). */
export function evenSplit(n: number, pages: number): number[] {
  return Array.from({ length: pages }, (_, i) => Math.floor(n / pages) + (i < n % pages ? 1 : 0));
}
