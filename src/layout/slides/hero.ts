// Section and closing slides: a large title on the brand colour, a small label above it, text below.
import { say } from '../../i18n/locale.js';
import type { Block, Slide } from '../../model/deck.js';
import { flowAtBestSize, flowAtSize } from '../body-flow.js';
import { clearAbove, clearBelow, clearOfEnds } from '../clear.js';
import type { Region } from '../flow.js';
import { PT } from '../geometry.js';
import { type Ctx, contentPage, type Draft, fitTitle, titleBox } from '../page.js';
import { lookedBlock, para } from '../text.js';
import { textBox, textTop as textTopOf } from '../text-box.js';
import type { Element, TextBox } from '../types.js';

/**
 * Pages of a hero slide: label, title, accent rule, then `blocks`. A divider is never continued: when `movable`
 * blocks (a section's objectives) do not fit beside the title, the divider keeps `blocks` alone and they follow on a
 * slide of their own, on the text slides' layout under the same title. Otherwise what does not fit continues.
 */
export function heroPages(
  ctx: Ctx,
  slide: Slide,
  label: string | undefined,
  blocks: readonly Block[],
  movable: readonly Block[] = [],
): Draft[] {
  const policy = slide.kind === 'section' ? ctx.dividers : undefined;
  if (!policy?.move) {
    const together = heroPagesOf(ctx, slide, label, [...blocks, ...movable], false, false, policy?.size);
    if (together.length === 1) return together;
  }
  // Text clear of a template's art first; over it only where the slide would otherwise be continued.
  const clearThenOver = (only: readonly Block[], shrink: boolean) => {
    const clear = heroPagesOf(ctx, slide, label, only, shrink, false);
    return clear.length === 1 ? clear : heroPagesOf(ctx, slide, label, only, shrink, true);
  };
  if (movable.length === 0) return shrunkPages(ctx, slide, label, [blocks]);
  const divider = clearThenOver(blocks, false);
  if (divider.length > 1) return heroPagesOf(ctx, slide, label, [...blocks, ...movable], false, true);
  const t = fitTitle(ctx, slide.title);
  const following = flowAtBestSize(ctx, movable, t.first, t.next, policy?.size).map((els, i) =>
    contentPage(slide, t, els, i > 0),
  );
  return [...divider, ...following];
}

/**
 * A closing slide (or a divider with nothing to move) never continues: the first of `choices` (each shorter than the one before: optional lines left out)
 * whose lines, stepped down in size to the smallest body size, fit clear of a template's art; else the full text over
 * the art; else, as a last resort, continued.
 */
export function shrunkPages(
  ctx: Ctx,
  slide: Slide,
  label: string | undefined,
  choices: readonly (readonly Block[])[],
): Draft[] {
  for (const blocks of choices) {
    for (const shrink of [false, true]) {
      const clear = heroPagesOf(ctx, slide, label, blocks, shrink, false);
      if (clear.length === 1) return clear;
    }
  }
  const full = choices[0] ?? [];
  const over = heroPagesOf(ctx, slide, label, full, true, true);
  return over.length === 1 ? over : heroPagesOf(ctx, slide, label, full, false, true);
}

/** The hero's pages; on a template, text beyond the layout's text placeholder keeps clear of its art unless `overArt`. */
function heroPagesOf(
  ctx: Ctx,
  slide: Slide,
  label: string | undefined,
  blocks: readonly Block[],
  shrink = false,
  overArt = false,
  maxSize = ctx.theme.sizes.body,
): Draft[] {
  const { geo, theme } = ctx;
  const { x, w } = geo.heroTitle;
  const title = (text: string): TextBox => titleBox(ctx, text, 'hero');
  const main = title(slide.title);
  const { head, labelTop } = heroLabel(ctx, slide, label, main);
  const ruleY = main.frame.y + main.frame.h + 0.15;
  const rule: Element = { kind: 'shape', role: 'accent', frame: { x, y: ruleY, w: 1.2, h: 0.06 } };
  const body = geo.template?.heroBody;
  // Measured as the section layout's text placeholder shows it (spaced capitals, say).
  const shown = body ? blocks.map((b) => lookedBlock(b, geo.template!.heroBodyLook)) : blocks;
  const flow = (r: Region): Element[][] => {
    if (shown.length === 0) return [[]];
    for (let size = maxSize; shrink && size >= theme.sizes.minBody; size--) {
      const pages = flowAtSize(ctx, shown, r, r, size);
      if (pages.length === 1) return pages;
    }
    return flowAtBestSize(ctx, shown, r, r, maxSize);
  };
  const bodies = body
    ? templateHeroBodies(ctx, slide, shown, { main, labelTop, overArt, flow })
    : flow({ x, w, top: ruleY + 0.35, bottom: geo.height - 0.6 });
  return bodies.map((elements, i) => ({
    slideId: slide.id,
    kind: slide.kind,
    master: 'SECTION',
    title: i === 0 ? main : title(say(ctx.locale, 'continued-title', { title: slide.title })),
    elements: [...(i === 0 ? head : []), rule, ...elements],
  }));
}

/** The label over a hero's title ("Part 2"), and where the title's text, or the label over it, begins. */
function heroLabel(
  ctx: Ctx,
  slide: Slide,
  label: string | undefined,
  main: TextBox,
): { head: Element[]; labelTop: number } {
  const { geo, theme } = ctx;
  const { x, w, y: titleTop } = geo.heroTitle;
  // On a template the title sits at the foot of its placeholder: the label goes just above its text, not above the frame.
  const textTop = geo.template ? textTopOf(ctx.measure, main) : titleTop;
  const labelY = textTop - 0.5;
  if (!label || labelY < 0.1) return { head: [], labelTop: textTop };
  // The label lines up with the title's words: inside the frame's inset (a title band's edge is not its text's), and
  // centred over a centred title.
  const indent = geo.template ? main.inset.x / PT : 0;
  const align = theme.template?.titles?.[slide.kind === 'closing' ? 'closing' : 'section']?.align ?? 'left';
  const box = textBox([para(ctx.measure, [{ text: label }], 16, (w - 2 * indent) * PT, { role: 'label', align })], {
    x: x + indent,
    y: labelY,
    w: w - 2 * indent,
  });
  return { head: [box], labelTop: labelY };
}

/**
 * On a template the text goes on the side of the title the section layout's text placeholder is (Office's own puts
 * it above), or below it when only that holds it on one slide; above the title it is set against its foot, as that
 * placeholder is.
 */
function templateHeroBodies(
  ctx: Ctx,
  slide: Slide,
  shown: readonly Block[],
  at: { main: TextBox; labelTop: number; overArt: boolean; flow: (r: Region) => Element[][] },
): Element[][] {
  const { geo } = ctx;
  const template = geo.template!;
  const body = template.heroBody!;
  const { main, labelTop, flow } = at;
  const keepOut = at.overArt ? [] : template.keepOut.hero;
  // Set as the layout's text placeholder sets its text (insets, lines, space between items).
  const setting = template.text.heroBody;
  // Where the layout has no text placeholder, the column also steps aside from art standing at one of its ends (a
  // line drawn down the divider's side), as a title's frame does.
  const set = (r: Region): Region => {
    if (setting) return { ...r, setting };
    const f = clearOfEnds({ x: r.x, y: r.top, w: r.w, h: r.bottom - r.top }, keepOut);
    return { ...r, x: f.x, w: f.w };
  };
  // Within the layout's own text placeholder its designer answers for what is behind; where the layout has none,
  // the text keeps clear of all its art.
  const above = clearAbove(
    set({ x: body.x, w: body.w, top: Math.min(body.y, geo.title.y), bottom: labelTop - 0.15 }),
    keepOut,
    setting ? body.y : Infinity,
  );
  const below = clearBelow(
    set({
      x: body.x,
      w: body.w,
      top: Math.max(body.y, main.frame.y + main.frame.h + 0.1),
      bottom: Math.max(body.y + body.h, geo.height - 0.5),
    }),
    keepOut,
    setting ? body.y + body.h : -Infinity,
  );
  // Text goes above the title only where the layout puts it there, and only a line that introduces it (a kicker):
  // objectives, or a closing slide's words, above it would be read before the title they follow.
  const kicker = slide.kind !== 'closing' && shown.length === 1 && shown[0]!.kind === 'paragraph';
  const sides = kicker && body.y + body.h <= geo.heroTitle.y + 0.05 ? [above, below] : [below];
  const tries = sides.filter((r) => r.bottom - r.top >= 0.5).map((r) => ({ r, pages: flow(r) }));
  const chosen = tries.find((t) => t.pages.length === 1) ?? tries[0] ?? { r: below, pages: flow(below) };
  return chosen.r === above ? chosen.pages.map((page) => atFoot(page, above.bottom)) : chosen.pages;
}

/** Elements moved down together so the lowest ends at `bottom`. */
function atFoot(elements: Element[], bottom: number): Element[] {
  if (elements.length === 0) return elements;
  const dy = bottom - Math.max(...elements.map((e) => e.frame.y + e.frame.h));
  return dy <= 0 ? elements : elements.map((e) => ({ ...e, frame: { ...e.frame, y: e.frame.y + dy } }));
}

/** A paragraph block with the slide's source, for text the slide kind adds itself. */
export function textBlock(slide: Slide, text: string, bold = false): Block {
  return { kind: 'paragraph', content: [{ text, ...(bold ? { bold } : {}) }], source: slide.source };
}
