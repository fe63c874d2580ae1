// The learning objectives a certificate lists: bulleted, in as few columns and as large as the room under its text allows.
import type { Ctx, Tag } from '../document.js';
import { INK, SPACE } from '../style.js';
import { naturalWidth, type TextLayout } from '../text.js';
import type { Placed } from './placed.js';

const GAP = SPACE.xl;

/**
 * The objectives under `heading` within `width` and `room` points: the largest type (10 pt down to 7 pt) at which one,
 * two or three columns hold them, fewer columns first; when none does, as many as three columns of 7 pt hold, and an
 * ellipsis. Undefined when there are none.
 */
export function objectiveColumns(
  ctx: Ctx,
  parent: Tag,
  heading: string,
  items: readonly string[],
  width: number,
  room: number,
): Placed | undefined {
  if (items.length === 0) return undefined;
  const headTag = ctx.tag(parent, 'H3');
  const head = ctx.text(heading.toUpperCase(), { size: 8, bold: true, color: INK.muted, align: 'center' }, width);
  const fit = (shown: readonly string[]) => {
    for (let size = 10; size >= 7; size -= 0.5)
      for (const columns of [1, 2, 3]) {
        const tried = arrange(ctx, shown, size, columns, width);
        if (head.height + SPACE.s + tried.height <= room) return tried;
      }
    return undefined;
  };
  let shown = [...items];
  let arranged = fit(shown);
  while (!arranged && shown.length > 1) {
    shown = [...shown.slice(0, -2), '…'];
    arranged = fit(shown);
  }
  const body = arranged ?? arrange(ctx, shown, 7, 3, width);
  const list = ctx.tag(parent, 'L');
  const tags = body.items.map(() => ctx.tag(list, 'LI'));
  return {
    height: head.height + SPACE.s + body.height,
    draw(p, x, y) {
      p.text(head, headTag, x, y, width);
      const top = y + head.height + SPACE.s;
      body.items.forEach((item, i) => {
        const step = item.column * (body.columnWidth + GAP);
        // A right-to-left kit's first column is the right one; a right-to-left item hangs its bullet on its right
        // (as a list does in blocks.ts), so an English objective in a Hebrew kit keeps its bullet at its start.
        const left = ctx.rtl ? x + width - body.left - body.columnWidth - step : x + body.left + step;
        const rtl = item.layout.rtl === true;
        const bulletX = rtl ? left + body.columnWidth - item.indent : left;
        const textX = rtl ? left : left + item.indent;
        p.text(item.bullet, null, bulletX, top + item.y, item.indent);
        p.text(item.layout, tags[i]!, textX, top + item.y, body.columnWidth - item.indent);
      });
    },
  };
}

interface Arranged {
  height: number;
  /** Left edge of the first column, from the block's left: one column is centred. */
  left: number;
  columnWidth: number;
  items: { layout: TextLayout; bullet: TextLayout; indent: number; column: number; y: number }[];
}

/** The items in `columns` columns at `size`, filled top to bottom and balanced by height. */
function arrange(ctx: Ctx, items: readonly string[], size: number, columns: number, width: number): Arranged {
  const widest = columns === 1 ? width * 0.7 : (width - GAP * (columns - 1)) / columns;
  const indent = size * 1.1;
  const laid = items.map((text) => {
    const layout = ctx.text(text, { size, color: INK.text, leading: 1.3 }, widest - indent);
    const side = layout.rtl ? { align: 'right' as const } : {};
    return { layout, bullet: ctx.text('•', { size, color: ctx.accent, leading: 1.3, ...side }, indent) };
  });
  // One column is as wide as its longest item, so a short list stands in the middle of the page under its heading.
  const columnWidth =
    columns === 1 ? Math.min(widest, indent + Math.max(...laid.map((l) => naturalWidth(l.layout))) + 1) : widest;
  const gap = size * 0.35;
  const total = laid.reduce((h, l) => h + l.layout.height + gap, 0);
  const target = total / columns;
  const placed: Arranged['items'] = [];
  let column = 0;
  let y = 0;
  let height = 0;
  for (const l of laid) {
    if (y > 0 && y + l.layout.height / 2 > target && column < columns - 1) {
      column++;
      y = 0;
    }
    placed.push({ ...l, indent, column, y });
    y += l.layout.height + gap;
    height = Math.max(height, y - gap);
  }
  return { height, left: columns === 1 ? (width - columnWidth) / 2 : 0, columnWidth, items: placed };
}
