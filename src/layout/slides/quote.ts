// Quote slide: a moment, not a notes slide. The quotation large and centred in the space under the title, in lines of
// even length, a short accent rule under it, then who said it; text after the quote follows under the attribution.
import type { Block, Slide } from '../../model/deck.js';
import { bodyItems, bodySteps, displaySize, flowAtBestSize, flowSizes, placeAfter } from '../body-flow.js';
import { pageBottom, paginateFlow, type Region } from '../flow.js';
import { PT } from '../geometry.js';
import { type Ctx, contentPage, type Draft, fitTitle } from '../page.js';
import { balancedWidth, lookedRuns, para } from '../text.js';
import { heightOf, textBox } from '../text-box.js';
import type { Element } from '../types.js';

type QuoteSlide = Extract<Slide, { kind: 'quote' }>;

/** Share of the text area's width a quotation may take: large type reads best in a measure well short of the slide. */
const MEASURE = 0.85;
const RULE_W = 0.9;
const RULE_H = 0.05;

/** Pages of a quote slide; a quotation longer than a page at the step-down size flows on as text does. */
export function layoutQuote(ctx: Ctx, slide: QuoteSlide): Draft[] {
  const t = fitTitle(ctx, slide.title);
  const region = t.first;
  // The deck's display size, else its body sizes: the first at which the whole moment stands on one page.
  const sizes = [displaySize(ctx), ...bodySteps(ctx)];
  for (const size of sizes) {
    const group = moment(ctx, slide, region, size);
    if (group) return [contentPage(slide, t, centred(group, region))];
  }
  const pages = flowAtBestSize(ctx, [slide.quote], t.first, t.next);
  return placeAfter(ctx, pages, slide.after, t.first, t.next).map((els, i) => contentPage(slide, t, els, i > 0));
}

/**
 * The quotation at `size` (the attribution and any text after it at the body size, or a step down when the quotation
 * is already there), stacked from the region's top; undefined when it does not fit the region.
 */
function moment(ctx: Ctx, slide: QuoteSlide, region: Region, size: number): Element[] | undefined {
  const q = slide.quote;
  const maxPt = region.w * MEASURE * PT;
  const small = bodySteps(ctx).find((s) => s < size) ?? size;
  // The quotation is set in the template's body placeholder, so in its style (a bold body included).
  const look = ctx.geo.template?.bodyLook;
  const paras = q.paragraphs.map((content, i) =>
    para(ctx.measure, lookedRuns(content, look), size, maxPt, {
      role: 'quote',
      align: 'center',
      spaceBeforePt: i === 0 ? 0 : Math.round(size * 0.5),
    }),
  );
  const width = Math.max(...paras.map((p) => balancedWidth(ctx.measure, p, maxPt))) / PT;
  const x = region.x + (region.w - width) / 2;
  const quote = textBox(paras, { x, y: region.top, w: width }, { style: 'quote' });
  const els: Element[] = [quote];
  let y = quote.frame.y + quote.frame.h;
  if (q.attribution) {
    const rule: Element = {
      kind: 'shape',
      role: 'accent',
      frame: { x: region.x + (region.w - RULE_W) / 2, y: y + 0.22, w: RULE_W, h: RULE_H },
    };
    const by = para(ctx.measure, [{ text: `— ${q.attribution}` }], small, maxPt, {
      role: 'attribution',
      align: 'center',
    });
    const box = textBox([by], {
      x: region.x + (region.w - maxPt / PT) / 2,
      y: y + 0.22 + RULE_H + 0.14,
      w: maxPt / PT,
    });
    els.push(rule, box);
    y = box.frame.y + box.frame.h;
  }
  if (slide.after.length > 0) {
    const below: Region = { ...region, top: y + ctx.geo.gap + 0.1 };
    const after = afterAt(ctx, slide.after, below, small);
    if (!after) return undefined;
    els.push(...after);
    y = pageBottom(after, y);
  }
  return y <= region.bottom && heightOf(paras) <= region.bottom - region.top ? els : undefined;
}

/** Text after the quotation, in one page's region at `size`; undefined when it needs more. */
function afterAt(ctx: Ctx, blocks: readonly Block[], region: Region, size: number): Element[] | undefined {
  if (region.bottom - region.top < 0.3) return undefined;
  const pages = paginateFlow(ctx.measure, bodyItems(ctx, blocks, size, region), region, region, flowSizes(ctx, size));
  return pages.length === 1 ? pages[0] : undefined;
}

/** The group moved down to stand a little above the middle of the region: the optical centre of the space under the title. */
function centred(els: Element[], region: Region): Element[] {
  const used = pageBottom(els, region.top) - region.top;
  const dy = Math.max(0, ((region.bottom - region.top - used) / 2) * 0.9);
  return els.map((e) => ({ ...e, frame: { ...e.frame, y: e.frame.y + dy } }));
}
