// Section divider: module title on the brand colour, its clock times, subtitle and objectives.
import { clockSpan, say } from '../../i18n/locale.js';
import type { Block, Slide } from '../../model/deck.js';
import type { Ctx, Draft } from '../page.js';
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
