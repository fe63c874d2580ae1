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

/**
 * Places boxes on pages: a box (with the chain of boxes it keeps with) that does
 * not fit on what is left of a page moves to the next one, when it would fit there.
 */
export function paginate(diagnostics: Diagnostic[], p: Painter, boxes: readonly Box[]): void {
  const { top, bottom } = p.frame;
  const room = bottom - top;
  let y = top;
  let empty = true;
  let items = 0;
  const breakPage = (): void => {
    p.newPage();
    y = top;
    empty = true;
    items = 0;
  };
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    const minRoom = typeof b.minRoom === 'function' ? b.minRoom({ items }) : b.minRoom;
    if (!empty && (b.newPage || (minRoom !== undefined && bottom - y < minRoom))) breakPage();
    const gap = empty ? 0 : (b.before ?? 0);
    let chain = gap + b.height;
    for (let j = i; boxes[j]!.keep && j + 1 < boxes.length && !boxes[j + 1]!.newPage; j++) {
      chain += (boxes[j + 1]!.before ?? 0) + boxes[j + 1]!.height;
      if (chain > room) break;
    }
    let repeated = false;
    if (!empty && y + chain > bottom + 0.01) {
      const fitsFresh = chain - gap + (b.repeat?.height ?? 0) <= room;
      if (fitsFresh || y + gap + b.height > bottom + 0.01) {
        breakPage();
        if (b.repeat) {
          b.repeat.draw(p, y);
          y += b.repeat.height;
          repeated = true;
        }
      }
    }
    if (b.height > room + 0.01) {
      diagnostics.push({
        rule: 'pdf/too-tall',
        message: `A block ${Math.round(b.height)} pt tall cannot fit on one page (${Math.round(room)} pt); it will be cut off. Shorten it or split it.`,
        ...(b.source ? { source: b.source } : {}),
      });
    }
    const g = empty || repeated ? 0 : (b.before ?? 0);
    b.draw(p, y + g);
    y += g + b.height;
    if (b.height > 0) empty = false;
    if (b.item) items++;
  }
  p.close();
}
