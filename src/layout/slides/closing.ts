// Closing slide: a hero title with its subtitle and closing lines.
import type { Block, Slide } from '../../model/deck.js';
import type { Ctx, Draft } from '../page.js';
import { heroPages, textBlock } from './hero.js';

type ClosingSlide = Extract<Slide, { kind: 'closing' }>;

/** Pages of the closing slide. */
export function layoutClosing(ctx: Ctx, slide: ClosingSlide): Draft[] {
  const blocks: Block[] = [];
  if (slide.subtitle) blocks.push(textBlock(slide, slide.subtitle, true));
  for (const line of slide.lines) blocks.push(textBlock(slide, line));
  return heroPages(ctx, slide, undefined, blocks);
}
