// Pen-and-paper controls: tick boxes, ruled writing lines, score boxes, questions that keep their writing space.
import type { Source } from '../../model/deck.js';
import { type Column, indentStart, listItem, questionNumber, startX } from './boxes.js';
import type { Box, Ctx, Painter, Tag } from './document.js';
import { INK, mm, PEN, SPACE, TYPE } from './style.js';
import type { Widget } from './table-spec.js';
import type { TextStyle } from './words.js';

/** A square tick box (~4 mm), dark enough to find on a greyscale copy. */
export function tickBox(size = PEN.box): Widget {
  return {
    width: size,
    height: size,
    draw(p, x, y) {
      p.rect(x, y, size, size, { stroke: INK.text, lineWidth: 0.8, radius: 1 });
    },
  };
}

/** Draws `count` ruled lines 9 mm apart below `top`; returns the height used. */
export function writingLines(p: Painter, col: Column, top: number, count: number): void {
  for (let i = 1; i <= count; i++) p.hline(col.left, col.left + col.width, top + i * PEN.lineGap, INK.writing, 0.5);
}

export function writingHeight(count: number): number {
  return count * PEN.lineGap + SPACE.xs;
}

/**
 * A numbered question with its writing lines as one unbreakable box: a participant
 * should never find a question at the foot of one page and its lines on the next.
 */
export function questionWithLines(
  ctx: Ctx,
  list: Tag,
  number: number,
  text: string,
  lines: number,
  col: Column,
  opts: { before?: number; source?: Source } = {},
): Box {
  const { lbl, body } = listItem(ctx, list);
  const style: TextStyle = { size: TYPE.body, color: INK.text, bold: true };
  const gutter = TYPE.body * 2;
  const inner = indentStart(ctx, col, gutter);
  const mark = questionNumber(ctx, number, gutter, opts.source);
  const q = ctx.text(text, style, inner.width, opts.source);
  const height = q.height + writingHeight(lines);
  return {
    height,
    before: opts.before ?? SPACE.l,
    source: opts.source,
    draw(p, top) {
      p.text(mark, lbl, startX(ctx, col, gutter), top, gutter);
      p.text(q, body, inner.left, top, inner.width);
      writingLines(p, inner, top + q.height, lines);
    },
  };
}

/** Room for a two-digit total written with a pen. */
export const SCORE_BOX = { width: mm(20) };

/** A labelled empty box to write a number in ("Leading: [    ]"); the box starts `labelWidth` after the label's left edge. */
export function scoreBox(
  ctx: Ctx,
  parent: Tag,
  label: string,
  labelWidth: number,
  source?: Source,
): { height: number; draw(p: Painter, x: number, y: number): void } {
  const tag = ctx.tag(parent, 'P');
  const boxW = SCORE_BOX.width;
  // In a right-to-left kit the label reads from the right and the box stands to its left.
  const style = { size: TYPE.body, color: INK.text, bold: true, ...(ctx.rtl ? { align: 'right' as const } : {}) };
  const layout = ctx.text(`${label}:`, style, labelWidth, source);
  const boxH = Math.max(PEN.lineGap, layout.height);
  return {
    height: boxH,
    draw(p, x, y) {
      const labelX = ctx.rtl ? x + boxW + SPACE.m : x;
      p.text(layout, tag, labelX, y + (boxH - layout.height) / 2, labelWidth);
      p.rect(ctx.rtl ? x : x + labelWidth + SPACE.m, y, boxW, boxH, { stroke: INK.text, lineWidth: 0.8, radius: 2 });
    },
  };
}
