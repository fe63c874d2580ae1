// Slide thumbnails for the guide: the first page of each slide, drawn by the same code as slides.pdf, beside its talking points.
import type { SlidePage } from '../../../layout/types.js';
import type { DeckModel } from '../../../model/deck.js';
import type { WorksheetPages } from '../../contract.js';
import type { Ctx, Tag } from '../document.js';
import { type Draw, slidePlanner } from '../slides/draw.js';

/** Makes the drawing of a slide's first page under `parent` (a Figure of the entry), or undefined for a slide the layout lacks. */
export type Thumbnails = (slideId: string, parent: Tag) => Draw | undefined;

export function thumbnailsOf(model: DeckModel, ctx: Ctx, pages: readonly SlidePage[], worksheetPages: WorksheetPages): Thumbnails | undefined {
  // A deck on a client's template is drawn by PowerPoint alone.
  if (model.theme.template) return undefined;
  const plan = slidePlanner(model, worksheetPages);
  const first = new Map<string, { page: SlidePage; number: number }>();
  pages.forEach((page, i) => {
    if (!first.has(page.slideId)) first.set(page.slideId, { page, number: i + 1 });
  });
  return (slideId, parent) => {
    const hit = first.get(slideId);
    return hit ? plan(ctx, parent, hit.page, hit.number, false) : undefined;
  };
}
