// What the pack's fixed pages are made of: a page drawn whole, and a block of known height drawn where it is put.
import type { Painter } from '../document.js';

/** One page of the pack drawn whole (a name tent, a certificate), everything on it laid out beforehand. */
export type PageDraw = (p: Painter) => void;

/** A block measured beforehand, drawn with its top-left corner (or for a centred one, its top centre) at (x, y). */
export interface Placed {
  height: number;
  draw(p: Painter, x: number, y: number): void;
}
