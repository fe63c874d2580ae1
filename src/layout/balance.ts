// Pages evened out: a flow that takes more than one page is filled to the smallest depth that needs no more pages,
// or breaks before its last section where that keeps the section whole.

import type { Measure } from '../text/measure.js';
import type { FlowItem } from './blocks.js';
import { type FlowSizes, pageBottom, paginateFlow, type Region } from './flow.js';
import type { Element } from './types.js';

/**
 * Pages that are evened out: the smallest fill depth that needs no more pages than filling each
 * page to the bottom does.
 */
export function balancedFlow(
  m: Measure,
  items: readonly FlowItem[],
  first: Region,
  next: Region,
  sizes: FlowSizes,
): Element[][] {
  const full = paginateFlow(m, items, first, next, sizes);
  if (full.length <= 1) return full;
  const sectioned = wholeLastSection(m, items, first, next, sizes, full.length);
  if (sectioned) return sectioned;
  let lo = 0.5;
  let hi = Math.max(first.bottom - first.top, next.bottom - next.top);
  let best = full;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    const pages = paginateFlow(m, items, first, next, sizes, mid);
    if (pages.length <= full.length) {
      best = pages;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/**
 * Pages on which the last heading starts a page with all that follows it ("Questions" over its four questions, not
 * over the first of them at the foot of the instructions), where that takes no more pages than `most`, what follows
 * fits one page, and neither the first page nor the section's is left near empty.
 */
function wholeLastSection(
  m: Measure,
  items: readonly FlowItem[],
  first: Region,
  next: Region,
  sizes: FlowSizes,
  most: number,
): Element[][] | undefined {
  const at = items.findLastIndex((item) => item.kind === 'para' && item.para.role === 'heading');
  if (at <= 0) return undefined;
  if (paginateFlow(m, items.slice(at), next, next, sizes).length > 1) return undefined;
  const pages = paginateFlow(m, items, first, next, sizes, Infinity, at);
  if (pages.length > most) return undefined;
  // Neither the page before the section nor the section's own is left near empty (a continuation carries a third of
  // the slide: nearly half of the room under its title).
  const filled = (page: Element[], r: Region) => (pageBottom(page, r.top) - r.top) / (r.bottom - r.top);
  return filled(pages[0]!, first) >= 1 / 3 && filled(pages.at(-1)!, next) >= 0.45 ? pages : undefined;
}
