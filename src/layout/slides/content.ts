// Content slide: paragraphs, lists, tables and pictures flowed at the largest size that fits, split when they must be.
import type { Slide } from '../../model/deck.js';
import { contentPage, fitTitle, flowAtBestSize, flowGrown, type Ctx, type Draft } from '../page.js';

type ContentSlide = Extract<Slide, { kind: 'content' }>;
type TableSlide = Extract<Slide, { kind: 'table' }>;

/** Pages of a content slide. */
export function layoutContent(ctx: Ctx, slide: ContentSlide): Draft[] {
  const t = fitTitle(ctx, slide.title);
  const pages = flowGrown(ctx, slide.blocks, t.first) ?? flowAtBestSize(ctx, slide.blocks, t.first, t.next);
  return pages.map((els, i) => contentPage(slide, t, els, i > 0));
}

/** Pages of a table slide: text before, the table (rows split with the header repeated), text after. */
export function layoutTable(ctx: Ctx, slide: TableSlide): Draft[] {
  const t = fitTitle(ctx, slide.title);
  const blocks = [...slide.before, slide.table, ...slide.after];
  return flowAtBestSize(ctx, blocks, t.first, t.next).map((els, i) => contentPage(slide, t, els, i > 0));
}
