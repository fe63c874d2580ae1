// Pagination: every logical slide becomes one or more physical pages, each text size and split decided by measuring.
import type { DeckModel, Slide, SlideKind } from '../model/deck.js';
import type { SlideNumbers } from '../render/contract.js';
import { contentPage, context, fitTitle, type Ctx, type Draft } from './page.js';
import { layoutAgenda } from './slides/agenda.js';
import { layoutClosing } from './slides/closing.js';
import { layoutComparison } from './slides/comparison.js';
import { layoutContent, layoutTable } from './slides/content.js';
import { layoutExercise } from './slides/exercise.js';
import { layoutImage } from './slides/image.js';
import { layoutQuote } from './slides/quote.js';
import { layoutSection } from './slides/section.js';
import { layoutStyles } from './slides/styles.js';
import { layoutTitle } from './slides/title.js';
import type { SlideLayout, SlidePage } from './types.js';

export type * from './types.js';

type Layouter<K extends SlideKind> = (ctx: Ctx, slide: Extract<Slide, { kind: K }>) => Draft[];

const LAYOUTS: { [K in SlideKind]: Layouter<K> } = {
  title: layoutTitle,
  agenda: layoutAgenda,
  section: layoutSection,
  content: layoutContent,
  table: layoutTable,
  comparison: layoutComparison,
  styles: layoutStyles,
  exercise: layoutExercise,
  quote: layoutQuote,
  image: layoutImage,
  closing: layoutClosing,
};

/**
 * Lays out every slide of a model: the physical pages in deck order and, for each logical slide,
 * the 1-based numbers of its first and last page (the guide prints these).
 */
export function layoutSlides(model: DeckModel): SlideLayout {
  const ctx = context(model);
  const pages: SlidePage[] = [];
  const numbers: SlideNumbers = {};
  for (const slide of model.slides) {
    let drafts = (LAYOUTS[slide.kind] as Layouter<SlideKind>)(ctx, slide as never);
    // Every logical slide gets at least one page, so the guide can always cite it.
    if (drafts.length === 0) drafts = [contentPage(slide, fitTitle(ctx, slide.title), [])];
    const first = pages.length + 1;
    drafts.forEach((d, part) => pages.push({ ...d, part, parts: drafts.length }));
    numbers[slide.id] = { first, last: pages.length };
  }
  return { pages, numbers, diagnostics: ctx.diagnostics };
}
