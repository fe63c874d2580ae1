// Section divider: module title on the brand colour, its clock times, subtitle and objectives.
import { clockSpan, say } from '../../i18n/locale.js';
import type { Block, Slide } from '../../model/deck.js';
import type { Ctx, DividerPolicy, Draft } from '../page.js';
import type { Element } from '../types.js';
import { heroPages, textBlock } from './hero.js';

type SectionSlide = Extract<Slide, { kind: 'section' }>;

/** Pages of a section divider. */
export function layoutSection(ctx: Ctx, slide: SectionSlide): Draft[] {
  const item = ctx.model.agenda.items.find((i) => i.kind === 'module' && i.id === slide.module);
  const label = item
    ? `${clockSpan(ctx.locale, item.start, item.end)}  ·  ${say(ctx.locale, 'minutes-short', { n: item.minutes })}`
    : undefined;
  const blocks: Block[] = [];
  if (slide.subtitle) blocks.push(textBlock(slide, slide.subtitle));
  // The objectives stay on the divider where they fit, else they follow on a slide of their own.
  const objectives: Block[] = [];
  if (slide.objectives.length > 0) {
    objectives.push({
      kind: 'heading',
      depth: 3,
      content: [{ text: say(ctx.locale, 'objectives') }],
      source: slide.source,
    });
    objectives.push({
      kind: 'list',
      ordered: false,
      start: 1,
      items: slide.objectives.map((o) => ({ content: [{ text: o }], children: [] })),
      source: slide.source,
    });
  }
  return heroPages(ctx, slide, label, blocks, objectives);
}

/**
 * One way for every divider of a deck: the objectives stay beside each title where they fit beside all of them, else
 * each divider's follow on a slide of their own; either way at one size, the largest at which every one of them fits
 * as it goes. A deck whose dividers answer differently (one at 28 pt, the next moved, the next at 21) looks generated.
 */
export function dividerPolicy(ctx: Ctx, slides: readonly SectionSlide[]): DividerPolicy | undefined {
  const laid = slides.filter((s) => s.objectives.length > 0).map((s) => layoutSection(ctx, s));
  if (laid.length < 2) return undefined;
  const move = laid.some((drafts) => drafts.length > 1);
  // The size a moved divider's objectives take on their own slide; one that fitted beside its title takes no more there.
  const sizes = move ? laid.filter((d) => d.length > 1).map((d) => bodySize(d.slice(1))) : laid.map((d) => bodySize(d));
  return { move, size: Math.min(...sizes) };
}

/** The size a divider's objectives are set at: the largest of its body text. */
function bodySize(drafts: readonly Draft[]): number {
  const texts = drafts
    .flatMap((d) => d.elements)
    .filter((e): e is Extract<Element, { kind: 'text' }> => e.kind === 'text');
  return Math.max(0, ...texts.flatMap((t) => t.paras.filter((p) => p.role === 'body').map((p) => p.sizePt)));
}
