// Markdown blocks from the model (instructions, notes, cases, answers) as flow boxes, tagged in reading order.
import type { Block, ListItem, Source } from '../../model/deck.js';
import {
  type Column,
  type HeadingLevel,
  heading,
  indent,
  lineBoxes,
  listItem,
  markFirstLine,
  paragraph,
} from './boxes.js';
import type { Box, Ctx, Tag } from './document.js';
import { pictureIn } from './pictures.js';
import { INK, mm, SPACE, TYPE } from './style.js';
import { table } from './table.js';
import { autoWidths } from './table-spec.js';
import type { TextStyle } from './words.js';

export interface BlockOptions {
  /** Heading level a Markdown `#` maps to (deeper ones follow, capped at 4). */
  headingLevel?: HeadingLevel;
  /** Space before the first block. */
  before?: number;
  style?: Partial<TextStyle>;
}

/** Boxes for a run of Markdown blocks under `parent`. */
export function blocks(ctx: Ctx, parent: Tag, list: readonly Block[], col: Column, opts: BlockOptions = {}): Box[] {
  const style: TextStyle = { size: TYPE.body, color: INK.text, ...opts.style };
  const out: Box[] = [];
  list.forEach((b, i) => {
    const before = i === 0 ? (opts.before ?? SPACE.xs) : SPACE.s;
    out.push(...block(ctx, parent, b, col, style, before, opts.headingLevel ?? 3));
  });
  return out;
}

function block(
  ctx: Ctx,
  parent: Tag,
  b: Block,
  col: Column,
  style: TextStyle,
  before: number,
  base: HeadingLevel,
): Box[] {
  switch (b.kind) {
    case 'paragraph':
      return paragraph(ctx, parent, b.content, style, col, { before, source: b.source });
    case 'heading': {
      const level = Math.min(4, Math.max(1, base + b.depth - 1)) as HeadingLevel;
      return [heading(ctx, parent, b.content, level, col, { source: b.source, before: Math.max(before, SPACE.m) })];
    }
    case 'list':
      return list(ctx, parent, b.items, b.ordered, b.start, col, style, before, 0, b.source);
    case 'table': {
      const widths = autoWidths(ctx, b.header, b.rows, col.width);
      return table(ctx, parent, col, {
        widths,
        align: b.align,
        header: b.header.map((text) => ({ text })),
        rows: b.rows.map((r) => r.map((text) => ({ text }))),
        before: Math.max(before, SPACE.s),
        source: b.source,
        style: { size: style.size * 0.95 },
      });
    }
    case 'quote':
      return quote(ctx, parent, b, col, style, before);
    case 'image':
      return figure(ctx, parent, b, col, before);
    case 'code':
      return code(ctx, parent, b.text, col, style, before, b.source);
  }
}

/** Ordered and bulleted lists with a label gutter; the second level indents once more. */
export function list(
  ctx: Ctx,
  parent: Tag,
  items: readonly ListItem[],
  ordered: boolean,
  start: number,
  col: Column,
  style: TextStyle,
  before: number,
  level: number,
  source: Source,
): Box[] {
  const L = ctx.tag(parent, 'L');
  const gutter = ordered ? style.size * 1.9 : style.size * 1.3;
  const inner = indent(col, gutter);
  const out: Box[] = [];
  items.forEach((item, i) => {
    const { lbl, body } = listItem(ctx, L);
    const mark = ordered ? `${start + i}.` : level === 0 ? '•' : '–';
    const layout = ctx.text(item.content, style, inner.width, source);
    // A right-to-left item hangs its marker on the right, its number read right to left ("1." with the dot on the left).
    const rtl = layout.rtl === true;
    const markLayout = ctx.text(
      mark,
      { ...style, color: ordered ? INK.text : INK.muted, ...(rtl ? { direction: 'rtl' as const } : {}) },
      gutter,
      source,
    );
    const text = rtl ? { left: col.left, width: inner.width } : inner;
    out.push(
      ...markFirstLine(
        lineBoxes(layout, body, text, { before: i === 0 ? before : SPACE.xs, source }),
        markLayout,
        lbl,
        rtl ? col.left + col.width - gutter : col.left,
        gutter,
      ),
    );
    if (item.children.length > 0)
      out.push(...list(ctx, body, item.children, ordered, 1, text, style, SPACE.xs, level + 1, source));
  });
  return out;
}

function quote(
  ctx: Ctx,
  parent: Tag,
  b: Extract<Block, { kind: 'quote' }>,
  col: Column,
  style: TextStyle,
  before: number,
): Box[] {
  const q = ctx.tag(parent, 'BlockQuote');
  const inner = indent(col, SPACE.l);
  // The bar stands on the side a paragraph starts on: the right of a right-to-left one.
  const barAt = (rtl: boolean | undefined) => (p: Parameters<Box['draw']>[0], top: number, h: number) =>
    p.rect(rtl ? col.left + col.width - 4.5 : col.left + 2, top, 2.5, h, { fill: ctx.accent });
  const bar = barAt(ctx.rtl);
  const out: Box[] = [];
  b.paragraphs.forEach((para, i) => {
    const layout = ctx.text(para, { ...style, italic: true }, inner.width, b.source);
    out.push(
      ...lineBoxes(layout, ctx.tag(q, 'P'), layout.rtl ? { left: col.left, width: inner.width } : inner, {
        before: i === 0 ? before : SPACE.xs,
        source: b.source,
        decorate: barAt(layout.rtl),
      }),
    );
  });
  if (b.attribution) {
    const layout = ctx.text(
      `— ${b.attribution.replace(/^[—–-]\s*/, '')}`,
      { ...style, size: TYPE.label, color: INK.muted },
      inner.width,
      b.source,
    );
    const at = ctx.rtl ? { left: col.left, width: inner.width } : inner;
    out.push(...lineBoxes(layout, ctx.tag(q, 'P'), at, { before: 0, source: b.source, decorate: bar }));
  }
  return out;
}

/** A picture, described by its alt text for screen readers; the author's caption, when written, printed under it and kept with it. */
function figure(ctx: Ctx, parent: Tag, b: Extract<Block, { kind: 'image' }>, col: Column, before: number): Box[] {
  const img = b.image;
  const tag = ctx.tag(parent, 'Figure', { alt: img.alt });
  // Pixels at 96 dpi: never enlarge a small image into blur; cap tall ones so they share a page.
  const natural = { w: (img.width * 72) / 96, h: (img.height * 72) / 96 };
  const scale = Math.min(1, col.width / natural.w, mm(90) / natural.h);
  const w = natural.w * scale;
  const h = natural.h * scale;
  const caption = img.caption
    ? paragraph(ctx, parent, img.caption, { size: TYPE.label, color: INK.muted }, col, {
        before: SPACE.xs,
        source: b.source,
        type: 'Caption',
      })
    : [];
  const picture: Box = {
    height: h,
    before: Math.max(before, SPACE.s),
    source: b.source,
    ...(caption.length > 0 ? { keep: true } : {}),
    draw(p, top) {
      p.tag(tag);
      const picture = pictureIn(p.doc, img.data, { w, h });
      if (picture) p.doc.image(picture, col.left, top, { width: w, height: h });
    },
  };
  return [picture, ...caption];
}

function code(
  ctx: Ctx,
  parent: Tag,
  text: string,
  col: Column,
  style: TextStyle,
  before: number,
  source: Source,
): Box[] {
  const tag = ctx.tag(parent, 'Code');
  const inner = indent({ left: col.left, width: col.width - SPACE.s }, SPACE.s);
  // Non-breaking spaces keep the indentation the wrapper would otherwise swallow.
  const kept = text.replace(/^ +/gm, (s) => '\u00a0'.repeat(s.length));
  const layout = ctx.text([{ text: kept, code: true }], { ...style, leading: 1.35 }, inner.width, source);
  const bg = (p: Parameters<Box['draw']>[0], top: number, h: number): void =>
    p.rect(col.left, top, col.width, h, { fill: INK.fill });
  return lineBoxes(layout, tag, inner, { before, source, decorate: bg });
}

/** Plain strings as a numbered or bulleted list (debrief questions, objectives). */
export function stringList(
  ctx: Ctx,
  parent: Tag,
  items: readonly string[],
  ordered: boolean,
  col: Column,
  source: Source,
  opts: { before?: number; style?: Partial<TextStyle> } = {},
): Box[] {
  if (items.length === 0) return [];
  const style: TextStyle = { size: TYPE.body, color: INK.text, ...opts.style };
  return list(
    ctx,
    parent,
    items.map((text) => ({ content: [{ text }], children: [] })),
    ordered,
    1,
    col,
    style,
    opts.before ?? SPACE.xs,
    0,
    source,
  );
}
