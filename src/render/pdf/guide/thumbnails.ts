// Slide thumbnails for the guide: the drawing of each slide's first page, as slides.pdf has it, beside its talking points.
import type { Ctx, Tag } from '../document.js';
import { type Draw, replay, type SlideDrawing } from '../slides/drawing.js';

/** Prepares the drawing of a slide's first page under `parent` (a Figure of the entry), or undefined for a slide the deck lacks. */
export type Thumbnails = (slideId: string, parent: Tag) => Draw | undefined;

export function thumbnailsOf(ctx: Ctx, drawings: readonly SlideDrawing[]): Thumbnails {
  const first = new Map<string, SlideDrawing>();
  for (const drawing of drawings) if (!first.has(drawing.slideId)) first.set(drawing.slideId, drawing);
  return (slideId, parent) => {
    const drawing = first.get(slideId);
    return drawing ? replay(ctx, parent, drawing, false) : undefined;
  };
}
