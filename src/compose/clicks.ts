// The clicks of a slide's `:::reveal` blocks: each top-level list item, and every other block inside, appears on a click
// of its own, counted 1, 2, 3 … through the slide in reading order.
import type { Block } from '../model/deck.js';

/** The mark of a block or list item inside a `:::reveal`, before `numberClicks` counts the slide's clicks. */
const REVEALED = 0;

/** A block of a `:::reveal`, marked to appear on a click: a list item by item. */
export function onAClick(block: Block): Block {
  if (block.kind === 'list') return { ...block, items: block.items.map((item) => ({ ...item, reveal: REVEALED })) };
  // A table or picture cannot appear on a click (validation refuses them there): it stands from the start.
  return block.kind === 'table' || block.kind === 'image' ? block : { ...block, reveal: REVEALED };
}

/** Revealed blocks and list items numbered 1, 2, 3 … in reading order; the others as they are. */
export function numberClicks(blocks: Block[]): Block[] {
  let click = 0;
  return blocks.map((block) => {
    if (block.kind === 'list')
      return block.items.some((item) => item.reveal !== undefined)
        ? {
            ...block,
            items: block.items.map((item) => (item.reveal === undefined ? item : { ...item, reveal: ++click })),
          }
        : block;
    return 'reveal' in block && block.reveal !== undefined ? { ...block, reveal: ++click } : block;
  });
}
