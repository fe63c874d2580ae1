// What most slide kinds do: draw the laid-out page, speaker notes on the first page, "(continued)" on the rest.
import { clock, say } from '../../../i18n/locale.js';
import { pageClicks } from '../../../layout/clicks.js';
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
 * planned to come on screen and the minutes it has: presenter view then keeps the pace the guide sets.
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
  const { locale } = rc.model;
  // Every page counts its own clicks: a continuation has its own.
  const clicks = pageClicks(page).size;
  const builds = clicks > 0 ? say(locale, 'notes-clicks', { n: clicks }) : '';
  const notes = [...extra, notesText(slide.notes, locale)].filter((s) => s.length > 0).join('\n\n');
  const text = [plannedLines(rc, slide), builds, notes].filter((s) => s.length > 0).join('\n\n');
  addNotes(ps, page, text, [say(locale, 'notes-continued'), builds].filter((s) => s.length > 0).join('\n\n'));
}

/**
 * "Planned: 09:18" over "Budget: 3 min", or that a late start dropped the slide. An exercise's own timing line
 * gives its minutes, and a slide with none (a section divider) has no budget to keep.
 */
function plannedLines(rc: RenderCtx, slide: Slide): string {
  const { locale } = rc.model;
  if (rc.droppedSlides.has(slide.id)) return say(locale, 'notes-dropped');
  const start = rc.slideStarts.get(slide.id);
  if (!start) return '';
  const budget = slide.kind === 'exercise' ? undefined : rc.slideMinutes.get(slide.id);
  return [
    say(locale, 'notes-planned', { time: clock(locale, start) }),
    budget ? say(locale, 'notes-budget', { n: budget }) : '',
  ]
    .filter((s) => s.length > 0)
    .join('\n');
}

/** Notes on the first page only; a continuation says so when the slide has notes. */
export function addNotes(ps: PSlide, page: SlidePage, text: string, continued: string): void {
  if (!text) return;
  ps.addNotes(page.part === 0 ? text : continued);
}
