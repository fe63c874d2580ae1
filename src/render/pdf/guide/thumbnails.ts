// Slide thumbnails for the guide: the first page of each slide, drawn by the same code as slides.pdf, beside its talking points.
import { measuredFamilies } from '../../../layout/index.js';
import type { SlidePage } from '../../../layout/types.js';
import type { DeckModel } from '../../../model/deck.js';
import { measuringWith } from '../../../text/measure.js';
import type { WorksheetPages } from '../../contract.js';
import { renderContext } from '../../pptx/context.js';
import { footerText } from '../../pptx/masters.js';
import type { Ctx, Tag } from '../document.js';
import { planSlide, type Draw } from '../slides/draw.js';

/** Makes the drawing of a slide's first page under `parent` (a Figure of the entry), or undefined for a slide the layout lacks. */
export type Thumbnails = (slideId: string, parent: Tag) => Draw | undefined;

export function thumbnailsOf(model: DeckModel, ctx: Ctx, pages: readonly SlidePage[], worksheetPages: WorksheetPages): Thumbnails | undefined {
  // A deck on a client's template is drawn by PowerPoint alone.
  if (model.theme.template) return undefined;
  const rc = renderContext(model, worksheetPages);
  const families = measuredFamilies(model.theme);
  const footer = measuringWith(families, () => footerText(rc));
  const first = new Map<string, { page: SlidePage; number: number }>();
  pages.forEach((page, i) => {
    if (!first.has(page.slideId)) first.set(page.slideId, { page, number: i + 1 });
  });
  return (slideId, parent) => {
    const hit = first.get(slideId);
    return hit ? measuringWith(families, () => planSlide(rc, ctx, parent, hit.page, hit.number, footer, false)) : undefined;
  };
}
