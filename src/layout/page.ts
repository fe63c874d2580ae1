// Helpers every slide kind uses: the layout context, fitted titles, body regions, flow at the best size, trailing blocks.
import { say, type Locale } from '../i18n/locale.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Block, DeckModel, Slide, Theme } from '../model/deck.js';
import { bodySizes, flowItems } from './blocks.js';
import { balancedFlow, pageBottom, paginateFlow, type Region } from './flow.js';
import { geometry, PT, type Geometry } from './geometry.js';
import { boxHeight, descentPad, largestFitting, para, textBox } from './text.js';
import type { Element, SlidePage, TextBox } from './types.js';

export interface Ctx {
  model: DeckModel;
  locale: Locale;
  theme: Theme;
  geo: Geometry;
  diagnostics: Diagnostic[];
}

/** A new layout context for a model. */
export function context(model: DeckModel): Ctx {
  return { model, locale: model.locale, theme: model.theme, geo: geometry(model.theme), diagnostics: [] };
}

/** A page not yet numbered among its slide's pages. */
export type Draft = Omit<SlidePage, 'part' | 'parts'>;

/** A content-master page: fitted title, accent rule under it, then the elements. */
export function contentPage(slide: Slide, title: TitleFit, elements: Element[], continued = false): Draft {
  return {
    slideId: slide.id,
    kind: slide.kind,
    master: 'CONTENT',
    title: continued ? title.cont : title.box,
    elements: [{ kind: 'shape', role: 'rule', frame: continued ? title.contRule : title.rule }, ...elements],
  };
}

export interface TitleFit {
  box: TextBox;
  rule: Element['frame'];
  /** The body region under the first page's title and under a continuation's title. */
  first: Region;
  cont: TextBox;
  contRule: Element['frame'];
  next: Region;
}

/** Fits a slide title (and its "(cont.)" form) into the content master's title area. */
export function fitTitle(ctx: Ctx, title: string): TitleFit {
  const a = fitOneTitle(ctx, title);
  const b = fitOneTitle(ctx, say(ctx.locale, 'continued-title', { title }));
  return { box: a.box, rule: a.rule, first: a.region, cont: b.box, contRule: b.rule, next: b.region };
}

/**
 * A title fitted into a master's title frame, from `max` down to the theme's minimum title size.
 * Its bottom inset suits the largest size, as the master's placeholder has one inset for all
 * sizes. A title too long even at the minimum grows the frame downwards.
 */
export function titleBox(ctx: Ctx, text: string, master: 'content' | 'hero' | 'cover'): TextBox {
  const { geo } = ctx;
  const f = { content: geo.title, hero: geo.heroTitle, cover: geo.coverTitle }[master];
  const max = geo.titleMax[master];
  const inset = { x: 0, top: 0, bottom: descentPad(max) };
  const runs = [{ text, ...(geo.titleCaps?.[master] ? { caps: true } : {}) }];
  const widthPt = f.w * PT;
  const build = (s: number) => para(runs, s, widthPt, { role: 'title' });
  const size = largestFitting(max, ctx.theme.sizes.minTitle, f.h, (s) => boxHeight([build(s)], inset)) ?? ctx.theme.sizes.minTitle;
  return textBox([build(size)], { x: f.x, y: f.y, w: f.w }, { valign: 'bottom', minH: f.h, inset });
}

function fitOneTitle(ctx: Ctx, text: string): { box: TextBox; rule: Element['frame']; region: Region } {
  const { geo } = ctx;
  const f = geo.title;
  const box = titleBox(ctx, text, 'content');
  const h = box.frame.h;
  const ruleY = f.y + h + geo.ruleGap;
  const rule = { x: f.x, y: ruleY, w: 1.1, h: geo.ruleHeight };
  // On a template the body starts where its placeholder does; a title grown past its frame pushes it down.
  const top = geo.template ? Math.max(geo.body.y, f.y + h + 0.1) : Math.max(geo.body.y, ruleY + geo.ruleHeight + 0.2);
  return { box, rule, region: { x: geo.body.x, w: geo.body.w, top, bottom: geo.body.y + geo.body.h } };
}

/** The flow sizes used with a body size. */
export function flowSizes(ctx: Ctx, size: number): { table: number; caption: number } {
  return { table: Math.min(size, 20), caption: Math.max(ctx.theme.sizes.small, ctx.theme.sizes.minBody, Math.min(16, size - 4)) };
}

/**
 * The size content is set in once it has to be split anyway: halfway between the largest and the
 * smallest size, because a page of 14 pt text is hard to read from the back of a room.
 */
export function splitSize(ctx: Ctx, max: number): number {
  return Math.max(ctx.theme.sizes.minBody, Math.round((max + ctx.theme.sizes.minBody) / 2));
}

/**
 * Blocks laid out at the largest body size that fits one page; when none does, split at the
 * split size with pages evened out.
 */
export function flowAtBestSize(ctx: Ctx, blocks: readonly Block[], first: Region, next: Region, maxSize?: number): Element[][] {
  const { body, minBody, small } = ctx.theme.sizes;
  const top = Math.min(maxSize ?? body, body);
  const run = (s: number) => paginateFlow(flowItems(blocks, bodySizes(s, minBody, small), first.w * PT), first, next, flowSizes(ctx, s));
  // Most slides fit; the few that do not are found with one try at the smallest size.
  if (run(minBody).length === 1) {
    for (let s = top; s >= minBody; s--) {
      const pages = run(s);
      if (pages.length === 1) return pages;
    }
  }
  const size = splitSize(ctx, top);
  return balancedFlow(flowItems(blocks, bodySizes(size, minBody, small), first.w * PT), first, next, flowSizes(ctx, size));
}

/** The size of short slides' text against the body size, and how much of the text area it may fill. */
const GROW_FACTOR = 1.27;
const GROW_FILL = 0.6;

/**
 * Text of a short slide (paragraphs and lists only) set in one larger size (28 pt for a 22 pt body)
 * when it then fills no more than 60% of the text area and no line breaks where it did not at the
 * body size: four bullets in 22 pt left the lower half of the slide empty, and larger type reads
 * better from the back of a room. One size, not the largest that fits each slide, so the deck keeps
 * two sizes of body text. Undefined when it does not apply (`flowAtBestSize` lays the slide out).
 */
export function flowGrown(ctx: Ctx, blocks: readonly Block[], region: Region): Element[][] | undefined {
  if (!blocks.every((b) => b.kind === 'paragraph' || b.kind === 'list')) return undefined;
  const { body, minBody, small } = ctx.theme.sizes;
  const flow = (s: number) => paginateFlow(flowItems(blocks, bodySizes(s, minBody, small), region.w * PT), region, region, flowSizes(ctx, s));
  const depth = (pages: Element[][]) => pageBottom(pages[0] ?? [], region.top) - region.top;
  const atBody = flow(body);
  if (atBody.length !== 1) return undefined;
  const s = Math.round(body * GROW_FACTOR);
  const pages = flow(s);
  // Same lines, only larger: the depth (inches) grows with the size, by much less than a line more.
  const sameLines = depth(pages) <= (depth(atBody) * s) / body + 0.05;
  return pages.length === 1 && sameLines && depth(pages) <= GROW_FILL * (region.bottom - region.top) ? pages : undefined;
}

/**
 * Puts a slide's trailing blocks under what its last page already holds when they fit there
 * (at any size down to the minimum); otherwise they flow onto pages of their own.
 */
export function placeAfter(ctx: Ctx, pages: Element[][], after: readonly Block[], first: Region, next: Region): Element[][] {
  if (after.length === 0) return pages;
  const region = pages.length > 1 ? next : first;
  const last = pages[pages.length - 1] ?? [];
  const below: Region = { ...region, top: pageBottom(last, region.top) + ctx.geo.gap + 0.05 };
  if (below.bottom - below.top > 0.3) {
    const { body, minBody, small } = ctx.theme.sizes;
    for (let s = body; s >= minBody; s--) {
      const fit = paginateFlow(flowItems(after, bodySizes(s, minBody, small), below.w * PT), below, next, flowSizes(ctx, s));
      if (fit.length === 1) return [...pages.slice(0, -1), [...last, ...fit[0]!]];
    }
  }
  return [...pages, ...flowAtBestSize(ctx, after, next, next)];
}
