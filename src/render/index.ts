// Renders one deck model into the artefacts its `outputs:` asks for. Renderers load lazily: a deck-only kit never loads the guide's.
import type { Diagnostic } from '../diagnostics.js';
import type { Artefact } from '../model/artefact.js';
import type { DeckModel } from '../model/deck.js';
import type { RenderResult, WorksheetPages } from './contract.js';
import { stopwatch } from './stopwatch.js';

export interface RenderedKit {
  files: Artefact[];
  diagnostics: Diagnostic[];
  /** Milliseconds per artefact (and for slide layout), for progress lines and the benchmark. */
  timings: Record<string, number>;
}

/**
 * Worksheets first (the deck, the slides and the guide cite their page numbers), then slide layout (the guide cites
 * slide numbers), then each slide's drawing, made once for slides.pdf, the handouts and the guide's thumbnails.
 * What is not asked for is not made: a kit without worksheets.pdf still lays them out, for the page numbers its
 * other files cite, but does not print them, and one without slides.pdf, handouts or guide draws no slide.
 */
export async function renderKit(model: DeckModel): Promise<RenderedKit> {
  const asked = new Set(model.outputs);
  const timings: Record<string, number> = {};
  const time = stopwatch(timings);
  // The pack cites no page or slide number, so it needs nothing laid out for the others.
  const pack =
    asked.has('pack') && model.pack
      ? await time('session-pack.pdf', async () => (await import('./pdf/pack/index.js')).renderPack(model))
      : undefined;
  asked.delete('pack');
  if (asked.size === 0) return assembleKit({ pack }, timings);
  const worksheets = asked.has('worksheets')
    ? await time('worksheets.pdf', async () => (await import('./pdf/worksheets/index.js')).renderWorksheets(model))
    : undefined;
  if (asked.size === 1 && worksheets) return assembleKit({ worksheets, pack }, timings);
  const pages: WorksheetPages =
    worksheets?.pages ??
    (await time('worksheet pages', async () => (await import('./pdf/worksheets/index.js')).worksheetPages(model)));
  const layout = await time('layout', async () => (await import('../layout/index.js')).layoutSlides(model));
  const deck = asked.has('deck')
    ? await time('deck.pptx', async () => (await import('./pptx/index.js')).renderDeck(model, layout, pages))
    : undefined;
  if (!asked.has('slides') && !asked.has('handouts') && !asked.has('guide'))
    return assembleKit({ deck, worksheets, layout, pack }, timings);
  const drawn = await time('drawing', async () =>
    (await import('./pdf/slides/draw.js')).drawSlides(model, layout, pages),
  );
  const slides = asked.has('slides')
    ? await time('slides.pdf', async () =>
        (await import('./pdf/slides/index.js')).renderSlidesPdf(model, drawn.drawings),
      )
    : undefined;
  const handouts = asked.has('handouts')
    ? await time('handouts.pdf', async () =>
        (await import('./pdf/handouts/index.js')).renderHandouts(model, drawn.drawings, model.handouts),
      )
    : undefined;
  const guide = asked.has('guide')
    ? await time('facilitator-guide.pdf', async () =>
        (await import('./pdf/guide/index.js')).renderGuide(model, layout.numbers, pages, drawn.drawings),
      )
    : undefined;
  return assembleKit({ deck, slides, handouts, worksheets, guide, layout, drawn, pack }, timings);
}

type Made = RenderResult | { diagnostics: Diagnostic[] } | undefined;

/** The kit's files in their fixed order, and the diagnostics of every step that ran, in the order the steps are listed. */
function assembleKit(
  parts: {
    deck?: Made;
    slides?: Made;
    handouts?: Made;
    worksheets?: Made;
    guide?: Made;
    layout?: Made;
    drawn?: Made;
    pack?: Made;
  },
  timings: Record<string, number>,
): RenderedKit {
  const { deck, slides, handouts, worksheets, guide, layout, drawn, pack } = parts;
  const files: Artefact[] = [];
  for (const [name, made] of [
    ['deck.pptx', deck],
    ['slides.pdf', slides],
    ['handouts.pdf', handouts],
    ['worksheets.pdf', worksheets],
    ['facilitator-guide.pdf', guide],
    ['session-pack.pdf', pack],
  ] as const) {
    if (made && 'bytes' in made) files.push({ name, bytes: made.bytes });
  }
  const diagnostics = [pack, worksheets, layout, deck, drawn, slides, handouts, guide].flatMap(
    (made) => made?.diagnostics ?? [],
  );
  return { files, diagnostics, timings };
}
