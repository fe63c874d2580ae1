// Content slide: paragraphs, lists, tables and pictures flowed at the body size (or one step down), split when they must be.
import type { Block, Slide, TableBlock } from '../../model/deck.js';
import { captionSize, displaySize, flowAtBestSize, flowAtSize } from '../body-flow.js';
import type { Region } from '../flow.js';
import { pageBottom } from '../flow.js';
import { PT } from '../geometry.js';
import { type Ctx, contentPage, type Draft, fitTitle } from '../page.js';
import { useSpace } from '../space.js';
import { para } from '../text.js';
import { textBox } from '../text-box.js';
import type { Element, TableBox } from '../types.js';
import { type MatrixText, matrixPages } from './matrix.js';

type ContentSlide = Extract<Slide, { kind: 'content' }>;
type TableSlide = Extract<Slide, { kind: 'table' }>;

/** Pages of a content slide. */
export function layoutContent(ctx: Ctx, slide: ContentSlide): Draft[] {
  const t = fitTitle(ctx, slide.title);
  const pages = flowAtBestSize(ctx, slide.blocks, t.first, t.next);
  if (pages.length === 1 && !ctx.geo.template)
    return [contentPage(slide, t, roomy(ctx, slide.blocks, t.first, pages[0]!), false)];
  return pages.map((els, i) => contentPage(slide, t, els, i > 0));
}

/** A short text slide's share of its text area at most, at the display size, for it to take that size. */
const DISPLAY_FILL = 0.6;
/** Of the room a short slide leaves under its text, the share that goes above it instead: the text sits at the optical centre, a little above the middle. */
const ABOVE_SHARE = 0.35;

/**
 * A text slide that fills little of the slide uses it: a few short lines take the deck's display size (its third and
 * largest body size) where they still fill no more than three fifths of the text area, and the text stands a little
 * above the middle of what room is left, not at the top with the bottom half empty. Pictures, tables and code keep
 * their place under the title. A client's template keeps its placeholders' anchoring.
 */
function roomy(ctx: Ctx, blocks: readonly Block[], region: Region, page: Element[]): Element[] {
  if (
    !page.every((e) => e.kind === 'text') ||
    blocks.some((b) => b.kind === 'code' || b.kind === 'image' || b.kind === 'table')
  )
    return page;
  const height = region.bottom - region.top;
  const used = (els: readonly Element[]) => pageBottom(els, region.top) - region.top;
  const display = flowAtSize(ctx, blocks, region, region, displaySize(ctx));
  const chosen = display.length === 1 && used(display[0]!) <= height * DISPLAY_FILL ? display[0]! : page;
  const free = height - used(chosen);
  if (free < height * 0.35) return chosen;
  const dy = free * ABOVE_SHARE;
  return chosen.map((e) => ({ ...e, frame: { ...e.frame, y: e.frame.y + dy } }));
}

/**
 * Pages of a table slide: text before, the table (rows split with the header repeated), text
 * after. A paragraph all in italics right under the table is its caption (a source, a note), set
 * smaller than the cells. A short table takes the room the slide has.
 */
export function layoutTable(ctx: Ctx, slide: TableSlide): Draft[] {
  const t = fitTitle(ctx, slide.title);
  const [next, ...rest] = slide.after;
  const caption = isCaption(next) ? next : undefined;
  const after = caption ? rest : slide.after;
  const matrix = slide.before.length === 0 ? asMatrix(slide.table) : undefined;
  // A two-by-two's caption stands under its tiles, smaller than their text, as a table's does under its cells.
  const under = (tileSize: number, y: number) =>
    caption ? captionBox(ctx, caption, t.first.w, tileSize, y, t.first.x) : undefined;
  const tiles = matrix ? matrixPages(ctx, matrix, t.first, t.next, under, after) : undefined;
  if (tiles) return tiles.map((els, i) => contentPage(slide, t, els, i > 0));
  // Room for the caption is kept at the foot of every page, as the flow does not know where the table ends.
  const room = caption ? captionBox(ctx, caption, t.first.w, ctx.theme.sizes.body, 0).frame.h + 0.1 : 0;
  const pages = flowAtBestSize(
    ctx,
    [...slide.before, slide.table, ...after],
    { ...t.first, bottom: t.first.bottom - room },
    { ...t.next, bottom: t.next.bottom - room },
  );
  const last = pages.reduce((at, els, i) => (els.some((e) => e.kind === 'table') ? i : at), -1);
  const placed = caption
    ? pages.map((els, i) => (i === last ? withCaption(ctx, els, caption, t.first.w) : els))
    : pages;
  return placed.map((els, i) => contentPage(slide, t, useSpace(els, i === 0 ? t.first : t.next), i > 0));
}

/** A table with an empty top-left cell, two columns and two rows is a two-by-two: row names down the side, column names on top. */
function asMatrix(table: TableBlock): MatrixText | undefined {
  const [corner, left, right] = table.header;
  const [a, b] = table.rows;
  if (table.header.length !== 3 || table.rows.length !== 2 || !left || !right || !a || !b) return undefined;
  if ((corner ?? []).some((r) => r.text.trim() !== '')) return undefined;
  // Row names are set as labels, bold however they were written.
  return {
    columns: [left, right],
    rows: [a[0] ?? [], b[0] ?? []],
    cells: [
      [a[1] ?? [], a[2] ?? []],
      [b[1] ?? [], b[2] ?? []],
    ],
  };
}

function isCaption(block: Block | undefined): block is Extract<Block, { kind: 'paragraph' }> {
  return (
    block?.kind === 'paragraph' &&
    block.content.length > 0 &&
    block.content.every((r) => r.italic || r.text.trim() === '')
  );
}

/** The caption under the table's last slice, as wide as the text area (the room kept for it was measured so), pushing what follows it down. */
function withCaption(
  ctx: Ctx,
  els: Element[],
  caption: Extract<Block, { kind: 'paragraph' }>,
  width: number,
): Element[] {
  const tables = els.filter((e): e is TableBox => e.kind === 'table');
  const table = tables[tables.length - 1];
  if (!table) return els;
  const cellSize = table.rows[table.rows.length - 1]?.[0]?.paras[0]?.sizePt ?? ctx.theme.sizes.body;
  const box = captionBox(ctx, caption, width, cellSize, table.frame.y + table.frame.h + 0.1, table.frame.x);
  const dy = box.frame.h + 0.1;
  const end = table.frame.y + table.frame.h;
  return [
    ...els.map((e) =>
      e.frame.y >= end - 0.01 && e !== table ? { ...e, frame: { ...e.frame, y: e.frame.y + dy } } : e,
    ),
    box,
  ];
}

function captionBox(
  ctx: Ctx,
  caption: Extract<Block, { kind: 'paragraph' }>,
  w: number,
  cellSize: number,
  y: number,
  x = 0,
) {
  return textBox([para(ctx.measure, caption.content, captionSize(ctx, cellSize), w * PT, { role: 'caption' })], {
    x,
    y,
    w,
  });
}
