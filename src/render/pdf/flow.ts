// Pagination: measured boxes placed on pages, keeping chains together, repeating table headers, never splitting a box.
import type { Source } from '../../model/deck.js';
import type { Diagnostic } from '../../diagnostics.js';
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
  /** Start a new page with this box unless at least this much room (pt) is left on the current one. */
  minRoom?: number;
  /** Drawn first when this box has to open a new page (a table's header row). */
  repeat?: Box;
  /** Where the content came from, for a diagnostic if the box cannot fit on any page. */
  source?: Source;
  draw(p: Painter, top: number): void;
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
  const breakPage = (): void => {
    p.newPage();
    y = top;
    empty = true;
  };
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    if (!empty && (b.newPage || (b.minRoom !== undefined && bottom - y < b.minRoom))) breakPage();
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
  }
  p.close();
}

