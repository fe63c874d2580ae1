// Chooses where a kit is rendered: in this thread, whole on a pool worker, or split between a worker (PDFs) and this thread (deck).
import type { DeckModel } from '../model/deck.js';
import type { RenderedKit } from './index.js';
import type { RenderPool } from './pool.js';

/**
 * Renders one kit. With a pool, a lone kit is split: the worker renders the worksheets while this
 * thread lays out the slides, then the worker renders the guide while this thread renders the deck.
 * The critical path becomes max(worksheets, layout) + max(guide, deck) instead of their sum.
 * Bytes are the same whichever way: every renderer is a pure function of its inputs.
 */
export async function renderKitOn(model: DeckModel, pool: RenderPool | undefined, split: boolean): Promise<RenderedKit> {
  if (!pool) {
    const { renderKit } = await import('./index.js');
    return renderKit(model);
  }
  if (!split) return pool.run({ kind: 'kit', model });
  const worksheetsDone = pool.run({ kind: 'worksheets', model });
  const [{ layoutSlides }, { renderDeck }, { renderSlidesPdf }] = await Promise.all([import('../layout/index.js'), import('./pptx/index.js'), import('./pdf/slides/index.js')]);
  let started = performance.now();
  const layout = layoutSlides(model);
  const layoutMs = performance.now() - started;
  const worksheets = await worksheetsDone;
  const pages = worksheets.pages ?? {};
  const guideDone = pool.run({ kind: 'guide', model, numbers: layout.numbers, pages, slides: layout.pages });
  started = performance.now();
  const deck = await renderDeck(model, layout, pages);
  const deckMs = performance.now() - started;
  started = performance.now();
  const slides = model.theme.template ? undefined : await renderSlidesPdf(model, layout, pages);
  const slidesMs = performance.now() - started;
  started = performance.now();
  const { renderHandouts } = await import('./pdf/handouts/index.js');
  const handouts = model.theme.template ? undefined : await renderHandouts(model, layout, pages, model.handouts);
  const handoutsMs = performance.now() - started;
  const guide = await guideDone;
  const { assembleKit } = await import('./index.js');
  return assembleKit(
    { deck, worksheets, guide, layout, ...(slides ? { slides } : {}), ...(handouts ? { handouts } : {}) },
    { 'worksheets.pdf': worksheets.ms, layout: layoutMs, 'deck.pptx': deckMs, ...(slides ? { 'slides.pdf': slidesMs, 'handouts.pdf': handoutsMs } : {}), 'facilitator-guide.pdf': guide.ms },
  );
}
