// Whether text reads on a template's backdrop grid: the cell under a frame hardest to read on, the veil that fixes it.
import { contrast, luminance, mix } from '../util/contrast.js';
import { type BackdropGrid, forCells, forCellsTouched } from './grid.js';
import type { TemplateFrame } from './types.js';

/**
 * The cell under `frame` that is hardest to read on for text of the kind the rest asks for: on a dark region the
 * lightest cell (light text must read there too), on a light one the darkest.
 */
export function hardestUnder(
  grid: BackdropGrid,
  frame: TemplateFrame,
  size: { width: number; height: number },
  prefer?: 'light' | 'dark',
): string | undefined {
  const under: string[] = [];
  forCells(frame, size, false, (i) => under.push(grid.cells[i]!));
  if (under.length === 0) return undefined;
  const lum = under.map((c) => luminance(c));
  // A region neither white nor black reads on throughout (a gradient from light to dark) takes a veil whatever the
  // text: the text then keeps the layout's own polarity (white as its titles), the veil the other. The cell given is
  // the one only text of that polarity reads on (for light text, the darkest).
  const mixed =
    under.some((c) => contrast(c, '#FFFFFF') < READABLE) && under.some((c) => contrast(c, '#000000') < READABLE);
  if (mixed && prefer) return under[lum.indexOf(prefer === 'light' ? Math.min(...lum) : Math.max(...lum))]!;
  // Where white and black read equally well: a region darker than this on average takes light text.
  const dark = lum.reduce((a, b) => a + b, 0) / lum.length < 0.179;
  const at = lum.indexOf(dark ? Math.max(...lum) : Math.min(...lum));
  return under[at]!;
}

/** A veil laid under text: its colour (#RRGGBB) and how opaque it is (0–1). */
export interface Scrim {
  colour: string;
  opacity: number;
}

/** Text of this contrast or more reads: WCAG's level for body text. */
const READABLE = 4.5;
/** How far over 4.5 : 1 a veil lifts the cells it covers. */
const VEIL_MARGIN = 1.15;

/**
 * The lightest veil, black under light text and white under dark, that lifts every cell under `frame` to 4.5 : 1 against
 * each of `colours` (#RRGGBB); undefined where they read on the cells as they are. A gradient or photo that runs from
 * dark to light under a line of text gets one, so the words read end to end.
 */
export function scrimUnder(
  grid: BackdropGrid,
  frame: TemplateFrame,
  size: { width: number; height: number },
  colours: readonly string[],
): Scrim | undefined {
  const under: string[] = [];
  // Every cell the words stand on, not only those whose centres they cover: a line across a band's edge is on both.
  forCellsTouched(frame, size, (i) => under.push(grid.cells[i]!));
  const reads = (cells: readonly string[]) =>
    colours.every((text) => cells.every((cell) => contrast(text, cell) >= READABLE));
  if (under.length === 0 || colours.length === 0 || reads(under)) return undefined;
  const veil = luminance(colours[0]!) > 0.179 ? '#000000' : '#FFFFFF';
  // A cell is an average: the veil aims a little higher, so the darkest or lightest streak in it reads too.
  const clears = (cells: readonly string[]) =>
    colours.every((text) => cells.every((cell) => contrast(text, cell) >= READABLE * VEIL_MARGIN));
  for (let opacity = 0.2; opacity < 0.96; opacity += 0.05) {
    const seen = under.map((cell) => `#${mix(veil, cell, opacity)}`);
    if (clears(seen)) return { colour: veil, opacity: Math.round(opacity * 100) / 100 };
  }
  return { colour: veil, opacity: 0.95 };
}
