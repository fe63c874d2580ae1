// What a render worker does with a kit it is sent: plain data in (the model), plain data out, so both cross postMessage as they are.
import type { DeckModel } from '../model/deck.js';
import type { RenderedKit } from './index.js';

/** Renders one kit in the current thread. */
export async function runJob(model: DeckModel): Promise<RenderedKit> {
  // The model's text may be set in the content's own font files: this thread must know them.
  const { suppliedFamilies } = await import('../text/measure.js');
  suppliedFamilies(model.theme.fontFiles);
  const { renderKit } = await import('./index.js');
  return renderKit(model);
}

/** Loads the renderers and parses the fonts, so the first kit pays for neither (a worker does this while the main thread loads content). */
export async function warmUp(): Promise<void> {
  const [{ FONT_KEYS, fontFor }, { faceMetrics }] = await Promise.all([
    import('./pdf/fonts.js'),
    import('../text/slide-fonts.js'),
    import('./index.js'),
  ]);
  for (const key of FONT_KEYS) fontFor(key);
  for (const bold of [false, true]) for (const italic of [false, true]) faceMetrics({ bold, italic });
}
