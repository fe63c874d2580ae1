// Small flow builders every part uses: text as breakable lines, headings that keep with what follows, anchors.
import type { Inline, Source } from '../../model/deck.js';
import type { Box, Ctx, Painter, Tag } from './document.js';
import { INK, SPACE, TYPE } from './style.js';
import type { TextLayout } from './text.js';
import type { TextStyle } from './words.js';

/** Where a flow is drawn: left edge and width inside the frame. */
export interface Column {
  left: number;
  width: number;
}

export function fullWidth(ctx: Ctx): Column {
  return { left: ctx.frame.left, width: ctx.frame.width };
}

export function indent(col: Column, by: number): Column {
  return { left: col.left + by, width: col.width - by };
}

/** `col` less `by` at the start of its lines: the left, or the right in a right-to-left kit (a question's number gutter). */
export function indentStart(ctx: Ctx, col: Column, by: number): Column {
  return ctx.rtl ? { left: col.left, width: col.width - by } : indent(col, by);
}

/** The left edge of a box `width` wide at the start of `col`'s lines: at its left, or its right in a right-to-left kit. */
export function startX(ctx: Ctx, col: Column, width: number): number {
  return ctx.rtl ? col.left + col.width - width : col.left;
}

/**
 * One box per line, so long text flows across pages; the first two and last two
 * lines stay together (no orphans or widows). `decorate` draws beside each line
 * (a quote bar, a code background) so decoration follows the text across breaks.
 */
export function lineBoxes(
  layout: TextLayout,
  tag: Tag | null,
  col: Column,
  opts: {
    before?: number;
    keepAll?: boolean;
    keepLast?: boolean;
    source?: Source;
    decorate?: (p: Painter, top: number, height: number) => void;
  } = {},
): Box[] {
  const n = layout.lines.length;
  return layout.lines.map((_, i) => ({
    height: layout.lineHeight,
    before: i === 0 ? (opts.before ?? 0) : 0,
    keep: opts.keepAll === true || (i < n - 1 && (i === 0 || i === n - 2)) || (i === n - 1 && opts.keepLast === true),
    source: opts.source,
    draw(p: Painter, top: number) {
      opts.decorate?.(p, top, layout.lineHeight);
      p.line(layout, i, tag, col.left, top, col.width);
    },
  }));
}

/** A paragraph of text under `parent`, as breakable lines. */
export function paragraph(
  ctx: Ctx,
  parent: Tag,
  content: Inline | string,
  style: TextStyle,
  col: Column,
  opts: { before?: number; source?: Source; type?: string; keepLast?: boolean } = {},
): Box[] {
  const tag = ctx.tag(parent, opts.type ?? 'P');
  const layout = ctx.text(content, style, col.width, opts.source);
  return lineBoxes(layout, tag, col, opts);
}

export type HeadingLevel = 1 | 2 | 3 | 4;

const HEADING: Record<HeadingLevel, { size: number; before: number; after: number }> = {
  1: { size: TYPE.h1, before: SPACE.xl, after: SPACE.s },
  2: { size: TYPE.h2, before: SPACE.l, after: SPACE.xs },
  3: { size: TYPE.h3, before: SPACE.m, after: SPACE.xs },
  4: { size: TYPE.body, before: SPACE.m, after: 2 },
};

/**
 * A heading kept with what follows (the paginator carries the heading plus the next
 * box's chain to a new page rather than strand it). Level 1 gets the accent bar.
 */
export function heading(
  ctx: Ctx,
  parent: Tag,
  text: Inline | string,
  level: HeadingLevel,
  col: Column,
  opts: { source?: Source; before?: number; color?: string } = {},
): Box {
  const spec = HEADING[level];
  const bar = level === 1 ? 5 : 0;
  const inner = bar ? indent(col, bar + SPACE.s + 1) : col;
  const tag = ctx.tag(parent, `H${level}`);
  const layout = ctx.text(
    text,
    { size: spec.size, bold: true, color: opts.color ?? INK.text, leading: 1.22 },
    inner.width,
    opts.source,
  );
  // A right-to-left heading has its bar on the right, where it starts.
  const rtl = layout.rtl === true;
  return {
    height: layout.height + spec.after,
    before: opts.before ?? spec.before,
    keep: true,
    source: opts.source,
    draw(p, top) {
      if (bar)
        p.rect(rtl ? col.left + col.width - bar : col.left, top + 2, bar, layout.height - 4, { fill: ctx.accent });
      p.text(layout, tag, rtl ? col.left : inner.left, top, inner.width);
    },
  };
}

/** A small bold label (e.g. "Instructions") kept with what follows. */
export function label(
  ctx: Ctx,
  parent: Tag,
  text: string,
  col: Column,
  opts: { before?: number; source?: Source } = {},
): Box {
  const tag = ctx.tag(parent, 'H4');
  const layout = ctx.text(text, { size: TYPE.label, bold: true, color: INK.muted }, col.width, opts.source);
  return {
    height: layout.height + 2,
    before: opts.before ?? SPACE.m,
    keep: true,
    draw(p, top) {
      p.text(layout, tag, col.left, top, col.width);
    },
  };
}

/** A zero-height box that runs `at` when placed (records page numbers, sets running heads). */
export function anchor(at: (p: Painter) => void, opts: { newPage?: boolean; minRoom?: Box['minRoom'] } = {}): Box {
  return {
    height: 0,
    keep: true,
    newPage: opts.newPage === true,
    ...(opts.minRoom !== undefined ? { minRoom: opts.minRoom } : {}),
    draw: (p) => at(p),
  };
}

/** Fixed vertical space that disappears at the top of a page. */
export function gap(height: number): Box {
  return { height: 0, before: height, draw: () => undefined };
}

/** The structure tags of one list item, in reading order: its label (number or bullet) and its body. */
export function listItem(ctx: Ctx, list: Tag): { lbl: Tag; body: Tag } {
  const li = ctx.tag(list, 'LI');
  return { lbl: ctx.tag(li, 'Lbl'), body: ctx.tag(li, 'LBody') };
}

/** A question's number ("3.") as worksheets and guide set it: bold, in the accent colour. */
export function questionNumber(ctx: Ctx, n: number, width: number, source?: Source): TextLayout {
  return ctx.text(`${n}.`, { size: TYPE.body, bold: true, color: ctx.accent }, width, source);
}

/** Draws `mark` in the gutter at `left` together with the first of `lines`, so the two never part at a page break. */
export function markFirstLine(lines: Box[], mark: TextLayout, tag: Tag, left: number, width: number): Box[] {
  const first = lines[0];
  if (first) {
    const drawFirst = first.draw;
    first.draw = (p, top) => {
      p.text(mark, tag, left, top, width);
      drawFirst(p, top);
    };
  }
  return lines;
}
