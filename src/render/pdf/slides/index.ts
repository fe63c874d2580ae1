// slides.pdf: every slide's drawing replayed at the slides' size, exactly where the deck has it: the layout decides
// where everything goes, and this writer, like the PowerPoint one, only draws it.

import { say } from '../../../i18n/locale.js';
import type { DeckModel } from '../../../model/deck.js';
import type { RenderResult } from '../../contract.js';
import { createPdf } from '../document.js';
import { clicksOf, type Draw, replay, replayStep, type SlideDrawing } from './drawing.js';

const PT = 72;

/**
 * Renders the slides as a PDF at the slides' size, tagged paragraph by paragraph, with one outline entry per slide; with
 * `slides-pdf: steps`, a slide that builds has a page for each of its clicks too.
 */
export async function renderSlidesPdf(model: DeckModel, drawings: readonly SlideDrawing[]): Promise<RenderResult> {
  const size = { width: model.theme.slide.width * PT, height: model.theme.slide.height * PT };
  const pdf = createPdf({ model, kind: say(model.locale, 'slides-title'), size });
  const { ctx } = pdf;
  // Every slide is prepared before anything is drawn: the fonts' glyphs are registered in one fixed order.
  const pages = drawings.flatMap((drawing): Draw[] => {
    const clicks = model.slidesPdf === 'steps' ? clicksOf(drawing) : 0;
    if (clicks === 0) return [replay(ctx, ctx.root, drawing, true)];
    // A page for each click before the last, then the whole slide; the first page takes the outline entry.
    const steps = Array.from({ length: clicks }, (_, click) => replayStep(drawing, click, click === 0));
    return [...steps, replay(ctx, ctx.root, drawing, true, false)];
  });
  const bytes = await pdf.finishPages((painter) => {
    pages.forEach((draw, i) => {
      if (i > 0) painter.newPage();
      draw(painter);
    });
  });
  return { bytes, diagnostics: ctx.diagnostics };
}
