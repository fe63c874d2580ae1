// The PowerPoint renderer: laid-out pages to an editable, deterministic .pptx with masters and speaker notes.
import type { SlideLayout } from '../../layout/types.js';
import type { DeckModel, Slide } from '../../model/deck.js';
import type { RenderResult, WorksheetPages } from '../contract.js';
import { renderContext } from './context.js';
import { defineMasters } from './masters.js';
import { hex6 } from './colors.js';
import { normalizePptx } from './normalize.js';
import { newPresentation, presentationParts } from './pptxgenjs.js';
import type { SlideRenderer } from './slides/common.js';
import { RENDERERS } from './slides/index.js';

/**
 * Renders the deck: one slide per laid-out page, in layout order (the guide cites these numbers),
 * with "Worksheet p. N" taken from `worksheetPages`. Same model, same bytes.
 */
export async function renderDeck(model: DeckModel, layout: SlideLayout, worksheetPages: WorksheetPages): Promise<RenderResult> {
  const rc = renderContext(model, worksheetPages);
  const pres = newPresentation();
  pres.defineLayout({ name: 'WORKSHOP', width: model.theme.slide.width, height: model.theme.slide.height });
  pres.layout = 'WORKSHOP';
  pres.title = model.workshop.title;
  pres.subject = model.workshop.subtitle ?? '';
  pres.author = model.client.facilitator ?? '';
  pres.company = model.client.name ?? '';
  pres.theme = { headFontFace: model.theme.fonts.heading, bodyFontFace: model.theme.fonts.body };
  defineMasters(pres, rc);

  const slides = new Map<string, Slide>(model.slides.map((s) => [s.id, s]));
  for (const page of layout.pages) {
    const slide = slides.get(page.slideId);
    if (!slide) {
      rc.diagnostics.push({ rule: 'pptx/unknown-slide', message: `Layout has a page for slide "${page.slideId}", which the model does not have.` });
      continue;
    }
    const ps = pres.addSlide({ masterName: page.master });
    (RENDERERS[slide.kind] as SlideRenderer)(rc, slide, page, ps);
  }
  const parts = await presentationParts(pres);
  const brand = { primary: rc.palette.primary, accent: rc.palette.accent, secondary: hex6(model.theme.colors.secondary) };
  return { bytes: normalizePptx(parts, model.buildDate, model.lang, brand), diagnostics: rc.diagnostics };
}
