// Pagination: every logical slide becomes one or more physical pages, each text size and split decided by measuring.

import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics.js';
import type { DeckModel, Slide, SlideKind } from '../model/deck.js';
import { familyOf, Measure, suppliedFamilies } from '../text/measure.js';
import { Memo } from '../util/memo.js';
import { directed, directionOf } from './direction.js';
import { type Ctx, contentPage, context, type Draft, fitTitle } from './page.js';
import { modulePositions, withProgress } from './progress.js';
import { layoutAgenda } from './slides/agenda.js';
import { layoutClosing } from './slides/closing.js';
import { layoutComparison } from './slides/comparison.js';
import { layoutContent, layoutTable } from './slides/content.js';
import { layoutExercise } from './slides/exercise.js';
import { layoutImage } from './slides/image.js';
import { layoutQuote } from './slides/quote.js';
import { dividerPolicy, layoutSection } from './slides/section.js';
import { layoutStyles } from './slides/styles.js';
import { layoutTitle } from './slides/title.js';
import { geometry } from './theme-geometry.js';
import type { SlideLayout, SlideNumbers, SlidePage } from './types.js';

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
  const ctx = context(model, measureFor(model.theme));
  const dividers = dividerPolicy(
    ctx,
    model.slides.filter((s) => s.kind === 'section'),
  );
  if (dividers) ctx.dividers = dividers;

  const pages: SlidePage[] = [];
  const numbers: SlideNumbers = {};
  // The tool's own words are on the slides too ("Exercise 3", "Time"): a kit in another language, or
  // with other labels, lays its pages out afresh. A digest keeps the key short.
  const words = createHash('sha256').update(JSON.stringify(model.locale)).digest('base64');
  const typeAndGeometry = JSON.stringify([
    model.theme.fonts,
    ctx.measure.key,
    model.theme.sizes,
    model.theme.slide,
    words,
    model.theme.template ? geometry(model.theme) : '',
  ]);
  const positions = modulePositions(model.agenda.items);
  const direction = directionOf(model, ctx.geo);
  for (const slide of model.slides) {
    let drafts = layoutShared(ctx, slide, typeAndGeometry).map((d) => withProgress(ctx, d, slide, positions));
    // Every logical slide gets at least one page, so the guide can always cite it.
    if (drafts.length === 0) drafts = [contentPage(slide, fitTitle(ctx, slide.title), [])];
    drafts = drafts.map((d) => directed(direction, d));
    const first = pages.length + 1;
    drafts.forEach((d, part) => pages.push({ ...d, part, parts: drafts.length }));
    numbers[slide.id] = { first, last: pages.length };
  }
  return { pages, numbers, diagnostics: ctx.diagnostics };
}

/** The measure of a deck's fonts (Arial's metrics for the built-in theme; the content's own files where it supplies them). */
export function measureFor(theme: Pick<DeckModel['theme'], 'fonts' | 'fontFiles'>): Measure {
  const own = suppliedFamilies(theme.fontFiles);
  return new Measure({ heading: familyOf(theme.fonts.heading, own), body: familyOf(theme.fonts.body, own) });
}

/** Kinds whose pages depend only on the slide, the kit's words and the theme's fonts, sizes and geometry; title, agenda and section slides also read the agenda. */
const SELF_CONTAINED: ReadonlySet<SlideKind> = new Set([
  'content',
  'table',
  'comparison',
  'styles',
  'exercise',
  'quote',
  'image',
  'closing',
]);

// Pages of self-contained slides, shared by every layout in the process: kits for many clients and watch
// rebuilds lay out the same slides again and again (brand colours do not change a layout). Never changed once made.
const laidOut = new Memo<string, { drafts: Draft[]; diagnostics: Diagnostic[] }>({ entries: 5_000 });

function layoutShared(ctx: Ctx, slide: Slide, typeAndGeometry: string): Draft[] {
  const layout = (): Draft[] => (LAYOUTS[slide.kind] as Layouter<SlideKind>)(ctx, slide as never);
  if (!SELF_CONTAINED.has(slide.kind)) return layout();
  // Speaker notes never reach a slide's face. Pages hold the slide's images themselves, so a slide
  // with an image is laid out afresh: a cached page could show an earlier picture of the same size.
  let hasImage = false;
  const key =
    typeAndGeometry +
    JSON.stringify(slide, (k, v: unknown) =>
      k === 'notes' ? undefined : v instanceof Uint8Array ? (hasImage = true) : v,
    );
  if (hasImage) return layout();
  let hit = laidOut.get(key);
  if (!hit) {
    const before = ctx.diagnostics.length;
    const drafts = layout();
    hit = laidOut.set(key, { drafts, diagnostics: ctx.diagnostics.splice(before) });
  }
  ctx.diagnostics.push(...hit.diagnostics);
  return hit.drafts;
}
