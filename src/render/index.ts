// Renders one deck model into the kit's three artefacts. Renderers load lazily: `--check` never pays for pptxgenjs or pdfkit.
import type { Diagnostic } from '../diagnostics.js';
import type { Artefact } from '../model/artefact.js';
import type { DeckModel } from '../model/deck.js';
import type { RenderResult } from './contract.js';
import { stopwatch } from './stopwatch.js';

export const ARTEFACTS = ['deck.pptx', 'slides.pdf', 'handouts.pdf', 'worksheets.pdf', 'facilitator-guide.pdf'] as const;

export interface RenderedKit {
  files: Artefact[];
  diagnostics: Diagnostic[];
  /** Milliseconds per artefact (and for slide layout), for progress lines and the benchmark. */
  timings: Record<string, number>;
}

/**
 * Worksheets first (the deck and guide cite their page numbers), then slide layout (the guide cites slide numbers),
 * then each slide's drawing, made once for slides.pdf, the handouts and the guide's thumbnails.
 */
export async function renderKit(model: DeckModel): Promise<RenderedKit> {
  const [{ renderWorksheets }, { layoutSlides }, { renderDeck }, { renderGuide }, { renderSlidesPdf }, { drawSlides }, { renderHandouts }] = await Promise.all([
    import('./pdf/worksheets/index.js'),
    import('../layout/index.js'),
    import('./pptx/index.js'),
    import('./pdf/guide/index.js'),
    import('./pdf/slides/index.js'),
    import('./pdf/slides/draw.js'),
    import('./pdf/handouts/index.js'),
  ]);
  const timings: Record<string, number> = {};
  const time = stopwatch(timings);
  const worksheets = await time('worksheets.pdf', () => renderWorksheets(model));
  const layout = await time('layout', () => layoutSlides(model));
  const deck = await time('deck.pptx', () => renderDeck(model, layout, worksheets.pages));
  const drawn = await time('drawing', () => drawSlides(model, layout, worksheets.pages));
  const slides = await time('slides.pdf', () => renderSlidesPdf(model, drawn.drawings));
  const handouts = await time('handouts.pdf', () => renderHandouts(model, drawn.drawings, model.handouts));
  const guide = await time('facilitator-guide.pdf', () => renderGuide(model, layout.numbers, worksheets.pages, drawn.drawings));
  return assembleKit({ deck, slides, handouts, worksheets, guide, layout, drawn }, timings);
}

/** The kit's files in their fixed order, and every renderer's diagnostics. */
export function assembleKit(
  parts: {
    deck: RenderResult;
    slides?: RenderResult | undefined;
    handouts?: RenderResult | undefined;
    worksheets: RenderResult;
    guide: RenderResult;
    layout: { diagnostics: Diagnostic[] };
    drawn?: { diagnostics: Diagnostic[] } | undefined;
  },
  timings: Record<string, number>,
): RenderedKit {
  const { deck, slides, handouts, worksheets, guide, layout, drawn } = parts;
  return {
    files: [
      { name: 'deck.pptx', bytes: deck.bytes },
      ...(slides ? [{ name: 'slides.pdf', bytes: slides.bytes }] : []),
      ...(handouts ? [{ name: 'handouts.pdf', bytes: handouts.bytes }] : []),
      { name: 'worksheets.pdf', bytes: worksheets.bytes },
      { name: 'facilitator-guide.pdf', bytes: guide.bytes },
    ],
    diagnostics: [
      ...worksheets.diagnostics,
      ...layout.diagnostics,
      ...deck.diagnostics,
      ...(drawn?.diagnostics ?? []),
      ...(slides?.diagnostics ?? []),
      ...(handouts?.diagnostics ?? []),
      ...guide.diagnostics,
    ],
    timings,
  };
}
