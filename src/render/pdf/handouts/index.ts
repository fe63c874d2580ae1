// handouts.pdf: the slides, scaled down, on the client's paper, as participants take them home: three a page with ruled
// lines for notes beside each by default, or 1, 2, 4 or 6 a page. The same drawing as slides.pdf; no notes, no answers.

import { say } from '../../../i18n/locale.js';
import type { DeckModel } from '../../../model/deck.js';
import type { RenderResult } from '../../contract.js';
import { type Column, heading } from '../boxes.js';
import { type Box, type Ctx, createPdf } from '../document.js';
import { type Draw, replay, type SlideDrawing } from '../slides/drawing.js';
import { INK, SPACE } from '../style.js';

export type HandoutLayout = 1 | 2 | 3 | 4 | 6;

/** Slides a page, and how they sit: columns of slides, and whether ruled lines for notes go beside or below them. */
const ARRANGEMENT: Record<HandoutLayout, { columns: 1 | 2; rows: number; lines: 'beside' | 'below' | 'none' }> = {
  1: { columns: 1, rows: 1, lines: 'below' },
  2: { columns: 1, rows: 2, lines: 'none' },
  3: { columns: 1, rows: 3, lines: 'beside' },
  4: { columns: 2, rows: 2, lines: 'none' },
  6: { columns: 2, rows: 3, lines: 'none' },
};
const GAP = 14;
const HALF_INCH = 36;
const LINE_PITCH = 22;

export async function renderHandouts(
  model: DeckModel,
  drawings: readonly SlideDrawing[],
  perPage: HandoutLayout,
): Promise<RenderResult> {
  const pdf = createPdf({ model, kind: say(model.locale, 'handouts-title') });
  const { ctx } = pdf;
  const col = { left: ctx.frame.left, width: ctx.frame.width };
  const title = [model.workshop.title, model.client.name, model.client.dateText].filter(Boolean).join(' · ');
  const head = heading(ctx, ctx.root, title, 2, col, { before: 0 });
  const grid = handoutGrid(ctx, model, perPage, head, col);
  const boxes: Box[] = [{ ...head, before: 0 }];
  for (const group of slideGroups(ctx, model, drawings)) {
    if (group.title && group.drawn.length) boxes.push(heading(ctx, ctx.root, group.title, 3, col));
    boxes.push(...slideRows(grid, group.drawn));
  }
  const bytes = await pdf.finish(boxes);
  return { bytes, diagnostics: ctx.diagnostics };
}

/** Where the slides of a handout page sit: the same for every row of every page. */
interface HandoutGrid {
  col: Column;
  pageW: number;
  columns: 1 | 2;
  lines: 'beside' | 'below' | 'none';
  rowH: number;
  /** One slide a row, centred on the page rather than the text column. */
  across: boolean;
  cellW: number;
  scale: number;
  thumbW: number;
  thumbH: number;
  /** A right-to-left kit: slides in a row from the right, note lines at their left. */
  rtl: boolean;
}

/** The slides' size and place for `perPage` of them a page, under the heading `head`. */
function handoutGrid(ctx: Ctx, model: DeckModel, perPage: HandoutLayout, head: Box, col: Column): HandoutGrid {
  const slideW = model.theme.slide.width * 72;
  const slideH = model.theme.slide.height * 72;
  const { columns, rows, lines } = ARRANGEMENT[perPage];
  // Every row fits the first page under the heading, so each page holds the same number of slides.
  const room = ctx.frame.bottom - ctx.frame.top - head.height - (head.before ?? 0) - SPACE.m;
  const rowH = Math.floor(room / rows) - 1;
  // One slide across the page takes the page's width less half an inch a side, wider than the text column: a slide's
  // smallest text (a table's 14 pt) then prints at 7 pt on A4 and Letter alike.
  const pageW = ctx.doc.page.width;
  const across = columns === 1 && lines !== 'beside';
  const cellW =
    lines === 'beside'
      ? col.width * 0.56
      : columns === 2
        ? (col.width - GAP) / 2
        : Math.max(col.width, pageW - 2 * HALF_INCH);
  const scale = Math.min(cellW / slideW, (lines === 'below' ? rowH * 0.55 : rowH - GAP) / slideH);
  const thumbW = slideW * scale;
  return { col, pageW, columns, lines, rowH, across, cellW, scale, thumbW, thumbH: slideH * scale, rtl: ctx.rtl };
}

interface SlideGroup {
  title?: string;
  drawn: Draw[];
}

/** The content slides replayed for the handout, grouped under the title of the divider before them. */
function slideGroups(ctx: Ctx, model: DeckModel, drawings: readonly SlideDrawing[]): SlideGroup[] {
  // A quiz's answers are for the debrief, not for the take-home pages (numbers stay those of the deck). The cover, the
  // dividers and the closing slide are full-bleed colour with a title: a divider's title heads its slides instead.
  const answers = new Set(model.slides.filter((s) => s.showsAnswers).map((s) => s.id));
  const groups: SlideGroup[] = [{ drawn: [] }];
  for (const drawing of drawings) {
    if (answers.has(drawing.slideId)) continue;
    if (drawing.master === 'SECTION' && model.slides.find((s) => s.id === drawing.slideId)?.kind === 'section')
      groups.push({ title: drawing.title, drawn: [] });
    else if (drawing.master === 'CONTENT')
      groups.at(-1)!.drawn.push(replay(ctx, ctx.tag(ctx.root, 'Figure', { alt: drawing.title }), drawing, false));
  }
  return groups;
}

/** A box per row of slides, ruled for notes where the arrangement has lines. */
function slideRows(grid: HandoutGrid, drawn: readonly Draw[]): Box[] {
  const { col, pageW, columns, lines, rowH, across, cellW, scale, thumbW, thumbH, rtl } = grid;
  const rowBoxes: Box[] = [];
  for (let i = 0; i < drawn.length; i += columns) {
    const row = drawn.slice(i, i + columns);
    rowBoxes.push({
      height: rowH,
      before: i === 0 ? SPACE.m : 0,
      draw(p, rowTop) {
        // Slides sit in the middle of their row (with lines below, at its top).
        const top = lines === 'below' ? rowTop : rowTop + Math.max(0, (rowH - thumbH) / 2 - GAP / 2);
        row.forEach((draw, c) => {
          const x = across
            ? (pageW - thumbW) / 2
            : rtl
              ? col.left + col.width - thumbW - c * (cellW + GAP)
              : col.left + c * (cellW + GAP);
          thumbnail(p, draw, x, top, scale, thumbW, thumbH);
        });
        if (lines === 'beside' && rtl) ruled(p, col.left, col.left + col.width - thumbW - GAP, top + 4, top + thumbH);
        else if (lines === 'beside') ruled(p, col.left + thumbW + GAP, col.left + col.width, top + 4, top + thumbH);
        if (lines === 'below') ruled(p, col.left, col.left + col.width, top + thumbH + GAP, rowTop + rowH - GAP);
      },
    });
  }
  return rowBoxes;
}

/** A slide drawn at `scale` with its top-left at (x, y), framed by a hairline as printed slides are. */
export function thumbnail(
  p: Parameters<Draw>[0],
  draw: Draw,
  x: number,
  y: number,
  scale: number,
  w: number,
  h: number,
): void {
  const doc = p.doc;
  // Marked content is closed before and after: it must not straddle the saved graphics state.
  p.close();
  doc.save();
  doc.rect(x, y, w, h).clip();
  doc.translate(x, y).scale(scale);
  draw(p);
  p.close();
  doc.restore();
  p.rect(x, y, w, h, { stroke: INK.rule, lineWidth: 0.5 });
}

function ruled(p: Parameters<Draw>[0], left: number, right: number, from: number, to: number): void {
  for (let y = from + LINE_PITCH; y <= to; y += LINE_PITCH) p.hline(left, right, y, INK.rule, 0.5);
}
