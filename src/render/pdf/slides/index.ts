// slides.pdf: every slide's drawing replayed at the slides' size, exactly where the deck has it: the layout decides
// where everything goes, and this writer, like the PowerPoint one, only draws it.

import { say } from '../../../i18n/locale.js';
import type { DeckModel } from '../../../model/deck.js';
import type { RenderResult } from '../../contract.js';
import { createPdf } from '../document.js';
import { replay, type SlideDrawing } from './drawing.js';

const PT = 72;

/** Renders the slides as a PDF at the slides' size, tagged paragraph by paragraph, with one outline entry per slide. */
export async function renderSlidesPdf(model: DeckModel, drawings: readonly SlideDrawing[]): Promise<RenderResult> {
  const size = { width: model.theme.slide.width * PT, height: model.theme.slide.height * PT };
  const pdf = createPdf({ model, kind: say(model.locale, 'slides-title'), size });
  const { ctx } = pdf;
  // Every slide is prepared before anything is drawn: the fonts' glyphs are registered in one fixed order.
  const pages = drawings.map((drawing) => replay(ctx, ctx.root, drawing, true));
  const bytes = await pdf.finishPages((painter) => {
    pages.forEach((draw, i) => {
      if (i > 0) painter.newPage();
      draw(painter);
    });
  });
  return { bytes, diagnostics: ctx.diagnostics };
}
