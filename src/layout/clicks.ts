// The clicks of one physical page: a logical slide split over pages gives each page its own clicks, numbered from 1,
// so the deck, slides.pdf and the speaker notes count them alike.
import type { Para, SlidePage } from './types.js';

/** Each revealed paragraph's logical click (`Para.reveal`) as this page's click, 1, 2, 3 … in the slide's order. */
export function pageClicks(page: SlidePage): ReadonlyMap<number, number> {
  const reveals = new Set<number>();
  for (const el of page.elements)
    if (el.kind === 'text') for (const p of el.paras) if (p.reveal !== undefined) reveals.add(p.reveal);
  return new Map([...reveals].sort((a, b) => a - b).map((reveal, i) => [reveal, i + 1]));
}

/** The click of this page a paragraph appears on; 0 for one there from the start. */
export function clickOf(clicks: ReadonlyMap<number, number>, p: Para): number {
  return p.reveal === undefined ? 0 : (clicks.get(p.reveal) ?? 0);
}
