// Pagination: measured boxes placed on pages, keeping chains together, repeating table headers, never splitting a box.

import type { Diagnostic } from '../../diagnostics.js';
import type { Source } from '../../model/deck.js';
import type { Painter } from './painter.js';

/**
 * One unbreakable piece of the flow. Builders measure everything up front, so the
 * paginator can keep headings with what follows and never split a row or a question.
 */
export interface Box {
  height: number;
  /** Space above the box; dropped at the top of a page. */
  before?: number;
  /** Keep this box on the same page as the next one. */
  keep?: boolean;
  /** Always start a new page with this box. */
  newPage?: boolean;
  /**
   * Start a new page with this box unless at least this much room (pt) is left on the current one;
   * as a function, the room asked for may depend on what the page holds so far.
   */
  minRoom?: number | ((page: PageSoFar) => number);
  /** Begins an item of the flow (in the guide, a slide's or an exercise's entry); pages count them for `minRoom`. */
  item?: boolean;
  /** Drawn first when this box has to open a new page (a table's header row). */
  repeat?: Box;
  /** Where the content came from, for a diagnostic if the box cannot fit on any page. */
  source?: Source;
  draw(p: Painter, top: number): void;
}

/** What the current page holds when a box with `minRoom` comes up. */
export interface PageSoFar {
  /** Items (boxes marked `item`) begun on this page; the end of one begun on an earlier page does not count. */
  items: number;
}

/** The page being filled: where the next box goes and what the page holds so far. */
interface Cursor {
  readonly top: number;
  readonly bottom: number;
  /** Height of a whole page's frame. */
  readonly room: number;
  y: number;
  /** Nothing drawn on the page yet: the next box drops its space above. */
  empty: boolean;
  items: number;
}

/**
 * Places boxes on pages: a box (with the chain of boxes it keeps with) that does
 * not fit on what is left of a page moves to the next one, when it would fit there.
 */
export function paginate(diagnostics: Diagnostic[], p: Painter, boxes: readonly Box[]): void {
  const { top, bottom } = p.frame;
  const at: Cursor = { top, bottom, room: bottom - top, y: top, empty: true, items: 0 };
  const breakPage = (): void => {
    p.newPage();
    at.y = top;
    at.empty = true;
    at.items = 0;
  };
  boxes.forEach((b, i) => {
    if (asksForNewPage(b, at)) breakPage();
    if (movesToNextPage(boxes, i, at)) {
      breakPage();
      drawRepeat(p, b, at);
    }
    if (b.height > at.room + 0.01) diagnostics.push(tooTall(b, at.room));
    place(p, b, at);
  });
  p.close();
}

/** A page already begun ends before a box that asks for a new page, or for more room than is left. */
function asksForNewPage(b: Box, at: Cursor): boolean {
  if (at.empty) return false;
  const minRoom = typeof b.minRoom === 'function' ? b.minRoom({ items: at.items }) : b.minRoom;
  return b.newPage === true || (minRoom !== undefined && at.bottom - at.y < minRoom);
}

/**
 * A box whose chain overflows the page moves on when the chain fits on a fresh page (under the
 * box's repeated header); a chain taller than any page moves on only when the box itself does not
 * fit, so the chain breaks where it has to rather than leave a page nearly empty.
 */
function movesToNextPage(boxes: readonly Box[], i: number, at: Cursor): boolean {
  if (at.empty) return false;
  const b = boxes[i]!;
  const gap = b.before ?? 0;
  const chain = chainHeight(boxes, i, gap, at.room);
  const overflows = at.y + chain > at.bottom + 0.01;
  const fitsFresh = chain - gap + (b.repeat?.height ?? 0) <= at.room;
  return overflows && (fitsFresh || at.y + gap + b.height > at.bottom + 0.01);
}

/** The box's height with the boxes it keeps with, `gap` above it included; counting stops past a page, where the chain must break anyway. */
function chainHeight(boxes: readonly Box[], i: number, gap: number, room: number): number {
  let chain = gap + boxes[i]!.height;
  for (let j = i; boxes[j]!.keep && j + 1 < boxes.length && !boxes[j + 1]!.newPage; j++) {
    chain += (boxes[j + 1]!.before ?? 0) + boxes[j + 1]!.height;
    if (chain > room) break;
  }
  return chain;
}

/** On the page it opens, a box is drawn under what repeats with it (a table's header row). */
function drawRepeat(p: Painter, b: Box, at: Cursor): void {
  if (!b.repeat) return;
  b.repeat.draw(p, at.y);
  at.y += b.repeat.height;
}

function tooTall(b: Box, room: number): Diagnostic {
  return {
    rule: 'pdf/too-tall',
    message: `A block ${Math.round(b.height)} pt tall cannot fit on one page (${Math.round(room)} pt); it will be cut off. Shorten it or split it.`,
    ...(b.source ? { source: b.source } : {}),
  };
}

/** Draws the box where the page has got to; its space above is dropped at the top of a page, repeated header or not. */
function place(p: Painter, b: Box, at: Cursor): void {
  const gap = at.empty ? 0 : (b.before ?? 0);
  b.draw(p, at.y + gap);
  at.y += gap + b.height;
  if (b.height > 0) at.empty = false;
  if (b.item) at.items++;
}
