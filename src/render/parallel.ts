// Chooses where a kit is rendered: whole on a pool worker when there is a pool, else in this thread.
import type { DeckModel } from '../model/deck.js';
import type { RenderedKit } from './index.js';
import type { RenderPool } from './pool.js';

/** Renders one kit; the bytes are the same whichever thread renders it (every renderer is a pure function of the model). */
export async function renderKitOn(model: DeckModel, pool: RenderPool | undefined): Promise<RenderedKit> {
  if (pool) return pool.run(model);
  const { renderKit } = await import('./index.js');
  return renderKit(model);
}
