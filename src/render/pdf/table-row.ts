// A table's rows: cells laid out and measured, then drawn on a shared baseline with their rules.
import type { Source } from '../../model/deck.js';
import type { Ctx, Painter, Tag } from './document.js';
import { INK, SPACE, TYPE } from './style.js';
import { type CellSpec, TABLE_PAD_X, type TableSpec, type Widget } from './table-spec.js';
import type { TextLayout } from './text.js';
import type { TextStyle } from './words.js';

const PAD_X = TABLE_PAD_X;
const PAD_Y = 4;

interface Cell {
  layout?: TextLayout;
  note?: TextLayout;
  widget?: Widget;
  indent: number;
}

export function cellsOf(ctx: Ctx, specs: CellSpec[], spec: TableSpec, header: boolean, source?: Source): Cell[] {
  return spec.widths.map((w, i) => {
    const c = specs[i] ?? {};
    const indent = c.indent ?? 0;
    const style: TextStyle = {
      size: header ? TYPE.label : TYPE.body,
      color: INK.text,
      bold: header,
      // A column with no alignment of its own starts where its text does (the right of a right-to-left cell).
      ...(spec.align?.[i] ? { align: spec.align[i] } : {}),
      leading: 1.3,
      ...spec.style,
      ...(header ? { bold: true, size: TYPE.label } : {}),
      ...c.style,
    };
    const cell: Cell = { indent };
    if (c.text !== undefined && c.text !== '')
      cell.layout = ctx.text(c.text, style, Math.max(4, w - 2 * PAD_X - indent), source);
    if (c.note)
      cell.note = ctx.text(
        c.note,
        { ...style, bold: false, size: TYPE.label, color: INK.muted, ...c.noteStyle },
        Math.max(4, w - 2 * PAD_X - indent),
        source,
      );
    if (c.widget) cell.widget = c.widget;
    return cell;
  });
}

export function rowHeight(cells: Cell[], min: number): number {
  return Math.max(min, contentHeight(cells));
}

/** Height the row's content needs, padding included. */
function contentHeight(cells: Cell[]): number {
  let h = 0;
  for (const c of cells) {
    const text = (c.layout ? c.layout.height : 0) + (c.note ? c.note.height : 0);
    const widget = c.widget ? c.widget.height + (text ? SPACE.xs : 0) : 0;
    h = Math.max(h, text + widget + 2 * PAD_Y);
  }
  return h;
}

/** Where a table's columns stand on the page, with what it is drawn for. */
export interface Grid {
  ctx: Ctx;
  spec: TableSpec;
  left: number;
  right: number;
  /** Left edge of each column. */
  xs: number[];
}

export interface Row {
  cells: Cell[];
  /** Null for the repeated header, drawn as an artifact. */
  tags: Tag[] | null;
  height: number;
}

export interface RowLook {
  fill: string | undefined;
  rule: 'strong' | 'normal' | 'none';
  header: boolean;
}

export function drawRow(p: Painter, grid: Grid, row: Row, top: number, look: RowLook): void {
  if (look.fill) p.rect(grid.left, top, grid.right - grid.left, row.height, { fill: look.fill });
  // Cells in one row share a first baseline even when their type sizes differ; content shorter
  // than a minimum row height (rows sized for a pen) sits in the middle of the row.
  const baseline = Math.max(0, ...row.cells.map((c) => c.layout?.baseline ?? 0));
  const contentTop = top + PAD_Y + Math.max(0, (row.height - contentHeight(row.cells)) / 2);
  row.cells.forEach((c, i) => drawCell(p, grid, c, i, row.tags ? row.tags[i]! : null, contentTop, baseline));
  drawRules(p, grid, top, row.height, look);
}

function drawCell(
  p: Painter,
  grid: Grid,
  c: Cell,
  i: number,
  tag: Tag | null,
  contentTop: number,
  baseline: number,
): void {
  const { spec, xs } = grid;
  const cx = xs[i]! + PAD_X + c.indent;
  const cw = spec.widths[i]! - 2 * PAD_X - c.indent;
  let y = contentTop;
  if (c.layout) {
    p.text(c.layout, tag, cx, y + baseline - c.layout.baseline, cw);
    y += c.layout.height + SPACE.xs;
  }
  if (c.note) {
    p.text(c.note, tag, cx, y - SPACE.xs, cw);
    y += c.note.height;
  }
  if (c.widget) {
    const align = spec.align?.[i] ?? 'left';
    const wx = align === 'center' ? xs[i]! + (spec.widths[i]! - c.widget.width) / 2 : cx;
    // A widget alone in its cell sits on the row's first text line, where the eye reads it.
    const wy = c.layout ? y : contentTop + Math.max(0, (TYPE.body * 1.3 - c.widget.height) / 2);
    c.widget.draw(p, wx, wy);
  }
}

function drawRules(p: Painter, grid: Grid, top: number, height: number, look: RowLook): void {
  const { left, right, xs } = grid;
  if (look.rule !== 'none')
    p.hline(left, right, top, look.rule === 'strong' ? INK.faint : INK.rule, look.rule === 'strong' ? 0.9 : 0.5);
  if (look.header) p.hline(left, right, top + height, grid.ctx.accent, 1);
  if (grid.spec.grid) {
    // Between columns: each column's left edge but the leftmost one's (the last column's, in a right-to-left kit).
    for (const x of grid.ctx.rtl ? xs.slice(0, -1) : xs.slice(1)) p.vline(x, top, top + height, INK.rule, 0.5);
    p.vline(left, top, top + height, INK.rule, 0.5);
    p.vline(right, top, top + height, INK.rule, 0.5);
  }
}
