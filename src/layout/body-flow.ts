// A slide's body at the deck's sizes: flowed at the best size, over pages as needed, trailing blocks placed after.

import type { Block, TableBlock } from '../model/deck.js';
import { balancedFlow } from './balance.js';
import { bodySizes, type FlowItem, flowItems } from './blocks.js';
import { pageBottom, paginateFlow, type Region, textWidthPt } from './flow.js';
import type { Ctx } from './page.js';
import { lookedBlock } from './text.js';
import type { Element } from './types.js';

/**
 * The flow sizes used with a body size: table cells at the text's size, captions and sources
 * smaller than the text they describe (never below the theme's minimum).
 */
export function flowSizes(ctx: Ctx, size: number): { table: number; caption: number } {
  return { table: size, caption: captionSize(ctx, size) };
}

/** A caption or source line under text or a table set at `size`. */
export function captionSize(ctx: Ctx, size: number): number {
  return Math.max(ctx.theme.sizes.minBody, Math.min(ctx.theme.sizes.small + 4, size - 4));
}

/**
 * The size content is set in once it does not fit at the body size: halfway between the body
 * size and the smallest, because a page of 14 pt text is hard to read from the back of a room.
 */
export function splitSize(ctx: Ctx, max: number): number {
  return Math.max(ctx.theme.sizes.minBody, Math.round((max + ctx.theme.sizes.minBody) / 2));
}

/**
 * The deck's body sizes, largest first: the theme's body size and the one step down that text
 * takes when it would not fit at it. Two sizes, not the largest that fits each slide, so text
 * does not change size from slide to slide as a facilitator clicks through.
 */
export function bodySteps(ctx: Ctx, max = ctx.theme.sizes.body): number[] {
  const top = Math.min(max, ctx.theme.sizes.body);
  const compact = splitSize(ctx, ctx.theme.sizes.body);
  return compact < top ? [top, compact] : [top];
}

/**
 * The deck's one size above the body size, for a slide that is a single moment (a quotation): a quarter larger than
 * the body text, so the deck still sets its running text in three sizes at most.
 */
export function displaySize(ctx: Ctx): number {
  return ctx.theme.sizes.body + Math.round(ctx.theme.sizes.body / 4);
}

/** A warning for a table shown as a list, because some word would be cut inside its columns (once a table: the build drops repeats). */
export function tableTooWide(ctx: Ctx): (table: TableBlock) => void {
  return (table) =>
    ctx.diagnostics.push({
      rule: 'layout/table-too-wide',
      message: `this table of ${table.header.length} columns is too wide for the slide: some of its words would be cut inside their column, so it is shown as a list, one item per row; split it into narrower tables to keep it a table`,
      source: table.source,
    });
}

/** Blocks as flow items at body size `size`, set as `region` sets text (its width, a template placeholder's spacing). */
export function bodyItems(ctx: Ctx, blocks: readonly Block[], size: number, region: Region): FlowItem[] {
  const { minBody, small } = ctx.theme.sizes;
  const look = region.setting ? ctx.geo.template?.bodyLook : undefined;
  if (look && Object.keys(look).length > 0) blocks = blocks.map((b) => lookedBlock(b, look));
  return flowItems(
    ctx.measure,
    blocks,
    bodySizes(size, minBody, small),
    textWidthPt(region),
    tableTooWide(ctx),
    region.setting,
  );
}

/** Blocks laid out at one size, on as many pages as they need. */
export function flowAtSize(ctx: Ctx, blocks: readonly Block[], first: Region, next: Region, size: number): Element[][] {
  return paginateFlow(ctx.measure, bodyItems(ctx, blocks, size, first), first, next, flowSizes(ctx, size));
}

/**
 * Blocks laid out at the body size when they fit one page, else at the step down; when they do
 * not fit one page even then, split at the step down with pages evened out.
 */
export function flowAtBestSize(
  ctx: Ctx,
  blocks: readonly Block[],
  first: Region,
  next: Region,
  maxSize?: number,
): Element[][] {
  const steps = bodySteps(ctx, maxSize);
  for (const s of steps) {
    const pages = flowAtSize(ctx, blocks, first, next, s);
    if (pages.length === 1) return pages;
  }
  const size = steps[steps.length - 1]!;
  return balancedFlow(ctx.measure, bodyItems(ctx, blocks, size, first), first, next, flowSizes(ctx, size));
}

/**
 * Puts a slide's trailing blocks under what its last page already holds when they fit there
 * (at any size down to the minimum); otherwise they flow onto pages of their own.
 */
export function placeAfter(
  ctx: Ctx,
  pages: Element[][],
  after: readonly Block[],
  first: Region,
  next: Region,
): Element[][] {
  if (after.length === 0) return pages;
  const region = pages.length > 1 ? next : first;
  const last = pages[pages.length - 1] ?? [];
  const below: Region = { ...region, top: pageBottom(last, region.top) + ctx.geo.gap + 0.05 };
  if (below.bottom - below.top > 0.3) {
    for (const s of bodySteps(ctx)) {
      const fit = paginateFlow(ctx.measure, bodyItems(ctx, after, s, below), below, next, flowSizes(ctx, s));
      if (fit.length === 1) return [...pages.slice(0, -1), [...last, ...fit[0]!]];
    }
  }
  return [...pages, ...flowAtBestSize(ctx, after, next, next)];
}
