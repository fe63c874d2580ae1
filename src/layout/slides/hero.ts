// Section and closing slides: a large title on the brand colour, a small label above it, text below.
import { say } from '../../i18n/locale.js';
import type { Block, Slide } from '../../model/deck.js';
import { PT } from '../geometry.js';
import { flowAtBestSize, titleBox, type Ctx, type Draft } from '../page.js';
import { para, textBox } from '../text.js';
import type { Element, TextBox } from '../types.js';

/** Pages of a hero slide: label, title, accent rule, then `blocks` (continuing on further pages if they must). */
export function heroPages(ctx: Ctx, slide: Slide, label: string | undefined, blocks: readonly Block[]): Draft[] {
  const { geo, theme } = ctx;
  const { x, w, y: titleTop } = geo.heroTitle;
  const head: Element[] = [];
  if (label && titleTop >= 0.6) head.push(textBox([para([{ text: label }], 16, w * PT, { role: 'label' })], { x, y: titleTop - 0.5, w }));
  const title = (text: string): TextBox => titleBox(ctx, text, geo.heroTitle, geo.titleMax.hero);
  const main = title(slide.title);
  const ruleY = main.frame.y + main.frame.h + 0.15;
  const rule: Element = { kind: 'shape', role: 'accent', frame: { x, y: ruleY, w: 1.2, h: 0.06 } };
  // On a template, the text goes where the section layout's text placeholder is (and below it, if it must).
  const region = geo.template
    ? { x: geo.template.heroBody.x, w: geo.template.heroBody.w, top: Math.max(geo.template.heroBody.y, main.frame.y + main.frame.h + 0.1), bottom: Math.max(geo.template.heroBody.y + geo.template.heroBody.h, geo.height - 0.5) }
    : { x, w, top: ruleY + 0.35, bottom: geo.height - 0.6 };
  const bodies = blocks.length > 0 ? flowAtBestSize(ctx, blocks, region, region, theme.sizes.body) : [[]];
  return bodies.map((elements, i) => ({
    slideId: slide.id,
    kind: slide.kind,
    master: 'SECTION',
    title: i === 0 ? main : title(say(ctx.locale, 'continued-title', { title: slide.title })),
    elements: [...(i === 0 ? head : []), rule, ...elements],
  }));
}

/** A paragraph block with the slide's source, for text the slide kind adds itself. */
export function textBlock(slide: Slide, text: string, bold = false): Block {
  return { kind: 'paragraph', content: [{ text, ...(bold ? { bold } : {}) }], source: slide.source };
}
