// Chooses where a kit is rendered: in this thread, whole on a pool worker, or split between a worker (PDFs) and this thread (deck).
import type { DeckModel } from '../model/deck.js';
import type { RenderedKit } from './index.js';
import type { RenderPool } from './pool.js';
import { stopwatch } from './stopwatch.js';

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
  const [{ layoutSlides }, { renderDeck }, { renderSlidesPdf }, { drawSlides }, { renderHandouts }] = await Promise.all([
    import('../layout/index.js'),
    import('./pptx/index.js'),
    import('./pdf/slides/index.js'),
    import('./pdf/slides/draw.js'),
    import('./pdf/handouts/index.js'),
  ]);
  const timings: Record<string, number> = {};
  const time = stopwatch(timings);
  const layout = await time('layout', () => layoutSlides(model));
  const worksheets = await worksheetsDone;
  const pages = worksheets.pages ?? {};
  // The guide's thumbnails are the same drawings as slides.pdf's pages: made here once, sent to the worker as data.
  const drawn = await time('drawing', () => drawSlides(model, layout, pages));
  const guideDone = pool.run({ kind: 'guide', model, numbers: layout.numbers, pages, drawings: drawn.drawings });
  const deck = await time('deck.pptx', () => renderDeck(model, layout, pages));
  const slides = await time('slides.pdf', () => renderSlidesPdf(model, drawn.drawings));
  const handouts = await time('handouts.pdf', () => renderHandouts(model, drawn.drawings, model.handouts));
  const guide = await guideDone;
  const { assembleKit } = await import('./index.js');
  return assembleKit({ deck, slides, handouts, worksheets, guide, layout, drawn }, { 'worksheets.pdf': worksheets.ms, ...timings, 'facilitator-guide.pdf': guide.ms });
}
