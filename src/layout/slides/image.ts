// Image slide: the picture as large as the body allows, the author's caption (if any) underneath; alt text is never printed.
import type { Slide } from '../../model/deck.js';
import { bodyItems, flowSizes, placeAfter } from '../body-flow.js';
import { pageBottom, paginateFlow } from '../flow.js';
import { PT } from '../geometry.js';
import { type Ctx, contentPage, type Draft, fitTitle } from '../page.js';
import { para } from '../text.js';
import { heightOf, textBox } from '../text-box.js';
import type { Element } from '../types.js';

type ImageSlide = Extract<Slide, { kind: 'image' }>;

/** Pages of an image slide; trailing text shares the page when it fits beside a picture of useful size. */
export function layoutImage(ctx: Ctx, slide: ImageSlide): Draft[] {
  const { theme } = ctx;
  const t = fitTitle(ctx, slide.title);
  const img = slide.image;
  const r = t.first;
  const caption = img.caption
    ? para(ctx.measure, [{ text: img.caption }], Math.max(theme.sizes.small, 14), r.w * PT, {
        role: 'caption',
        align: 'center',
      })
    : undefined;
  const captionH = caption ? heightOf([caption]) + 0.1 : 0;

  // Reserve room for short trailing text when it fits in a third of the body at body size.
  const s = theme.sizes.body;
  const afterAt = (top: number) => {
    const region = { ...r, top };
    return paginateFlow(ctx.measure, bodyItems(ctx, slide.after, s, r), region, region, flowSizes(ctx, s));
  };
  let reserve = 0;
  if (slide.after.length > 0) {
    const trial = afterAt(r.bottom - (r.bottom - r.top) / 3);
    if (trial.length === 1) reserve = pageBottom(trial[0]!, 0) - (r.bottom - (r.bottom - r.top) / 3) + ctx.geo.gap;
  }
  const aspect = img.width > 0 && img.height > 0 ? img.width / img.height : 4 / 3;
  const maxH = r.bottom - r.top - captionH - reserve;
  const maxW = Math.min(r.w, (img.width / 96) * 2 || r.w);
  const w = Math.min(maxW, maxH * aspect);
  const h = w / aspect;
  const pic: Element = { kind: 'image', frame: { x: r.x + (r.w - w) / 2, y: r.top, w, h }, image: img };
  const cap = caption ? textBox([caption], { x: r.x, y: r.top + h + 0.1, w: r.w }) : undefined;
  const first: Element[] = cap ? [pic, cap] : [pic];
  const under = reserve > 0 ? afterAt(pageBottom(first, r.top) + ctx.geo.gap) : [];
  const pages =
    under.length === 1 ? [[...first, ...under[0]!]] : placeAfter(ctx, [first], slide.after, t.first, t.next);
  return pages.map((els, i) => contentPage(slide, t, els, i > 0));
}
