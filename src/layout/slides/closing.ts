// Closing slide: a hero title with its subtitle and closing lines, and the feedback form's QR code where there is one.
import type { Slide } from '../../model/deck.js';
import { closingGeometry } from '../geometry.js';
import type { Ctx, Draft } from '../page.js';
import { withFeedbackCode } from './feedback-code.js';
import { shrunkPages, textBlock } from './hero.js';

type ClosingSlide = Extract<Slide, { kind: 'closing' }>;

/** Pages of the closing slide, with the feedback form's QR code where the content gives its address. */
export function layoutClosing(ctx: Ctx, slide: ClosingSlide): Draft[] {
  const lay = (c: Ctx) => closingPages(c, slide);
  return slide.feedback ? withFeedbackCode(ctx, slide.feedback, lay) : lay(ctx);
}

function closingPages(ctx: Ctx, slide: ClosingSlide): Draft[] {
  const subtitle = slide.subtitle ? [textBlock(slide, slide.subtitle, true)] : [];
  const lines = slide.lines.map((line) => textBlock(slide, line));
  // Where a template's art leaves little room, the later lines (who ran it, for whom) give way first, then the
  // subtitle: the closing words stay.
  const choices = [...lines.keys()].reverse().map((n) => [...subtitle, ...lines.slice(0, n + 1)]);
  if (subtitle.length > 0 && lines.length > 0) choices.push(lines.slice(0, 1));
  // On a template with a closing layout of its own, the slide is laid out in that layout's placeholders.
  return shrunkPages(
    { ...ctx, geo: closingGeometry(ctx.geo) },
    slide,
    undefined,
    choices.length > 0 ? choices : [subtitle],
  );
}
