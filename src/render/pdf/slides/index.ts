// slides.pdf: every laid-out slide drawn a second time, with pdfkit, exactly where the deck has it: the layout decides
// where everything goes, and this writer, like the PowerPoint one, only draws it.

import { say } from '../../../i18n/locale.js';
import type { SlideLayout } from '../../../layout/types.js';
import type { DeckModel } from '../../../model/deck.js';
import type { RenderResult, WorksheetPages } from '../../contract.js';
import { createPdf } from '../document.js';
import { slidePlanner } from './draw.js';

const PT = 72;

/**
 * Renders the slides of a laid-out deck as a PDF at the slides' size: backgrounds and decorations of
 * each layout, titles, text, tables, cards, pictures, footer and slide number; one outline entry per
 * slide. Decks on a client's template are not drawn here (their masters are the client's own XML).
 */
export async function renderSlidesPdf(model: DeckModel, layout: SlideLayout, worksheetPages: WorksheetPages): Promise<RenderResult> {
  const plan = slidePlanner(model, worksheetPages);
  const size = { width: model.theme.slide.width * PT, height: model.theme.slide.height * PT };
  const pdf = createPdf({ model, kind: say(model.locale, 'slides-title'), size });
  const { ctx } = pdf;
  // Every text is laid out before anything is drawn: the fonts' glyphs are registered in one fixed order.
  const pages = layout.pages.map((page, i) => plan(ctx, ctx.root, page, i + 1, true));
  const bytes = await pdf.finishPages((painter) => {
    pages.forEach((draw, i) => {
      if (i > 0) painter.newPage();
      draw(painter);
    });
  });
  return { bytes, diagnostics: ctx.diagnostics };
}
