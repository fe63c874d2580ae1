// What most slide kinds do: draw the laid-out page, speaker notes on the first page, "(continued)" on the rest.
import { clock, say } from '../../../i18n/locale.js';
import type { SlidePage } from '../../../layout/types.js';
import type { Slide } from '../../../model/deck.js';
import type { RenderCtx } from '../../context.js';
import { type DrawOptions, drawPage } from '../elements.js';
import { notesText } from '../notes.js';
import type { PSlide } from '../pptxgenjs.js';

/** Renders one physical page of a logical slide. */
export type SlideRenderer<S extends Slide = Slide> = (rc: RenderCtx, slide: S, page: SlidePage, ps: PSlide) => void;

/**
 * Draws the page and adds the slide's notes (`extra` lines first), under the clock time the slide is
 * planned to come on screen: presenter view then keeps the pace the guide sets.
 */
export function standardPage(
  rc: RenderCtx,
  slide: Slide,
  page: SlidePage,
  ps: PSlide,
  opts: DrawOptions = {},
  extra: string[] = [],
): void {
  drawPage(rc, page, ps, opts);
  const start = rc.slideStarts.get(slide.id);
  const notes = [...extra, notesText(slide.notes)].filter((s) => s.length > 0).join('\n\n');
  const text = [start ? say(rc.model.locale, 'notes-planned', { time: clock(rc.model.locale, start) }) : '', notes]
    .filter((s) => s.length > 0)
    .join('\n\n');
  addNotes(ps, page, text, say(rc.model.locale, 'notes-continued'));
}

/** Notes on the first page only; a continuation says so when the slide has notes. */
export function addNotes(ps: PSlide, page: SlidePage, text: string, continued: string): void {
  if (!text) return;
  ps.addNotes(page.part === 0 ? text : continued);
}
