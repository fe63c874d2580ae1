// Tables drawn with text and rules (pdfkit's doc.table costs ~11 ms a row): rows never split, header repeats on new pages,
// no header with a lone row at the foot of a page and no lone row at the top of one.
import type { Inline, Source } from '../../model/deck.js';
import type { Column } from './boxes.js';
import type { Box, Ctx, Painter, Tag } from './document.js';
import { INK, SPACE, TYPE } from './style.js';
import { minContentWidth, naturalWidth, type TextLayout, type TextStyle } from './text.js';

/** Something drawn in a cell instead of (or after) text: a tick box, a writing space. */
export interface Widget {
  width: number;
  height: number;
  draw(p: Painter, x: number, y: number): void;
}

export interface CellSpec {
  text?: Inline | string;
  style?: Partial<TextStyle>;
  widget?: Widget;
  /** A muted second line under the text (details of a run-sheet exercise). */
  note?: string;
  noteStyle?: Partial<TextStyle>;
  /** Indent of the text inside the cell (a sub-row under its parent). */
  indent?: number;
}

export interface TableSpec {
  /** Absolute column widths (pt); they should sum to the column's width. */
  widths: number[];
  align?: ('left' | 'center' | 'right' | null)[];
  header?: CellSpec[];
  rows: CellSpec[][];
  /** Fill for a body row (e.g. shade breaks in the run sheet). */
  rowFill?: (row: number) => string | undefined;
  /** Extra emphasis for a row's top rule (groups in the run sheet). */
  rowRule?: (row: number) => 'strong' | 'normal' | 'none';
  minRowHeight?: number;
  /** Vertical rules between columns (worksheets: pens need cell edges). */
  grid?: boolean;
  /** No closing rule under the last row (fact lists). */
  noFinalRule?: boolean;
  /** Keep the whole table on one page when it fits on one. */
  keepTogether?: boolean;
  before?: number;
  source?: Source;
  rowSources?: (Source | undefined)[];
  /** Text style of body cells (header cells are bold). */
  style?: Partial<TextStyle>;
}

export const TABLE_PAD_X = 5;
const PAD_X = TABLE_PAD_X;
/** Body rows that stay with the header at the foot of a page. */
const TABLE_ORPHAN_ROWS = 3;
const PAD_Y = 4;

interface Cell {
  layout?: TextLayout;
  note?: TextLayout;
  widget?: Widget;
  indent: number;
}

function cellsOf(ctx: Ctx, specs: CellSpec[], spec: TableSpec, header: boolean, source?: Source): Cell[] {
  return spec.widths.map((w, i) => {
    const c = specs[i] ?? {};
    const indent = c.indent ?? 0;
    const style: TextStyle = {
      size: header ? TYPE.label : TYPE.body,
      color: INK.text,
      bold: header,
      align: spec.align?.[i] ?? 'left',
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

function rowHeight(cells: Cell[], min: number): number {
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
interface Grid {
  ctx: Ctx;
  spec: TableSpec;
  left: number;
  right: number;
  /** Left edge of each column. */
  xs: number[];
}

interface Row {
  cells: Cell[];
  /** Null for the repeated header, drawn as an artifact. */
  tags: Tag[] | null;
  height: number;
}

interface BodyRow extends Row {
  tags: Tag[];
  source: Source | undefined;
}

interface RowLook {
  fill: string | undefined;
  rule: 'strong' | 'normal' | 'none';
  header: boolean;
}

/**
 * Boxes for a table: the header row (kept with the first body row) and one box per
 * body row. Rows are atomic; on a new page the header row is drawn again (as an artifact).
 */
export function table(ctx: Ctx, parent: Tag, col: Column, spec: TableSpec): Box[] {
  const tableTag = ctx.tag(parent, 'Table');
  const grid = gridOf(ctx, col, spec);
  const header = headerBoxes(grid, tableTag);
  const rows = bodyRows(grid, tableTag);
  const keeps = keptWithNext(spec, rows, header?.repeat.height ?? 0, ctx.frame.bottom - ctx.frame.top);
  const body = rows.map((row, r) => bodyBox(grid, row, r, keeps[r]!, header?.repeat));
  return header ? [header.first, ...body] : body;
}

function gridOf(ctx: Ctx, col: Column, spec: TableSpec): Grid {
  const xs: number[] = [];
  let x = col.left;
  for (const w of spec.widths) {
    xs.push(x);
    x += w;
  }
  return { ctx, spec, left: col.left, right: x, xs };
}

/** The header row as first drawn, and the copy that opens each later page of the table. */
function headerBoxes(grid: Grid, tableTag: Tag): { first: Box; repeat: Box } | undefined {
  const { ctx, spec } = grid;
  if (!spec.header) return undefined;
  const tr = ctx.tag(tableTag, 'TR');
  const cells = cellsOf(ctx, spec.header, spec, true, spec.source);
  const tags = cells.map(() => ctx.tag(tr, 'TH'));
  const height = rowHeight(cells, 0);
  const look: RowLook = { fill: ctx.accentTint, rule: 'normal', header: true };
  return {
    first: {
      height,
      before: spec.before ?? SPACE.s,
      keep: true,
      source: spec.source,
      draw: (p, top) => drawRow(p, grid, { cells, tags, height }, top, look),
    },
    // The repeated header is a visual aid only: the structure tree holds the header once.
    repeat: { height, draw: (p, top) => drawRow(p, grid, { cells, tags: null, height }, top, look) },
  };
}

function bodyRows(grid: Grid, tableTag: Tag): BodyRow[] {
  const { ctx, spec } = grid;
  const min = spec.minRowHeight ?? 0;
  return spec.rows.map((row, r) => {
    const tr = ctx.tag(tableTag, 'TR');
    const source = spec.rowSources?.[r] ?? spec.source;
    const cells = cellsOf(ctx, row, spec, false, source);
    return { source, cells, tags: cells.map(() => ctx.tag(tr, 'TD')), height: rowHeight(cells, min) };
  });
}

/**
 * Which body rows keep with the next. A table split across pages leaves at least its header and first
 * rows on the first page and at least two rows on the last: never a header with one row at the foot,
 * nor one row alone on top. Only as far as the rows kept together fit on a page: tall rows split anywhere.
 */
function keptWithNext(spec: TableSpec, rows: readonly BodyRow[], headerHeight: number, room: number): boolean[] {
  const last = rows.length - 1;
  const fits = (from: number, to: number): boolean =>
    headerHeight + rows.slice(from, to + 1).reduce((h, row) => h + row.height, 0) <= room;
  return rows.map((_, r) => {
    if (r >= last) return false;
    if (spec.keepTogether === true) return true;
    return (r < TABLE_ORPHAN_ROWS - 1 && fits(0, r + 1)) || (r === last - 1 && fits(r, last));
  });
}

function bodyBox(grid: Grid, row: BodyRow, r: number, keep: boolean, repeat: Box | undefined): Box {
  const { spec } = grid;
  const look: RowLook = {
    fill: spec.rowFill?.(r),
    rule: spec.rowRule?.(r) ?? (r === 0 && spec.header ? 'none' : 'normal'),
    header: false,
  };
  const closes = r === spec.rows.length - 1 && !spec.noFinalRule;
  return {
    height: row.height,
    before: r === 0 && !spec.header ? (spec.before ?? SPACE.s) : 0,
    keep,
    ...(repeat ? { repeat } : {}),
    source: row.source,
    draw(p, top) {
      drawRow(p, grid, row, top, look);
      if (closes) p.hline(grid.left, grid.right, top + row.height, INK.faint, 0.9);
    },
  };
}

function drawRow(p: Painter, grid: Grid, row: Row, top: number, look: RowLook): void {
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
    for (let i = 1; i < xs.length; i++) p.vline(xs[i]!, top, top + height, INK.rule, 0.5);
    p.vline(left, top, top + height, INK.rule, 0.5);
    p.vline(right, top, top + height, INK.rule, 0.5);
  }
}

/**
 * Column widths that fit `total`: each column gets at least its longest word and
 * shares the rest in proportion to how much more its content wants.
 */
export function autoWidths(
  ctx: Ctx,
  header: (Inline | string)[],
  rows: (Inline | string)[][],
  total: number,
): number[] {
  const n = Math.max(header.length, ...rows.map((r) => r.length));
  const want = new Array<number>(n).fill(20);
  const least = new Array<number>(n).fill(20);
  const measure = (content: Inline | string, i: number, bold: boolean): void => {
    const style = { size: bold ? TYPE.label : TYPE.body, color: INK.text, bold };
    const one = ctx.text(content, style, 10_000);
    want[i] = Math.max(want[i]!, naturalWidth(one) + 2 * PAD_X);
    const runs = typeof content === 'string' ? [{ text: content }] : content;
    least[i] = Math.max(least[i]!, Math.min(minContentWidth(runs, style) + 2 * PAD_X, total / n));
  };
  header.forEach((h, i) => measure(h, i, true));
  rows.forEach((r) => r.forEach((c, i) => measure(c, i, false)));
  const sumWant = want.reduce((a, b) => a + b, 0);
  if (sumWant <= total) return want.map((w) => w + (total - sumWant) * (w / sumWant));
  const sumLeast = least.reduce((a, b) => a + b, 0);
  const extra = Math.max(0, total - sumLeast);
  const desire = want.map((w, i) => w - least[i]!);
  const sumDesire = desire.reduce((a, b) => a + b, 0) || 1;
  const widths = least.map((l, i) => l + (extra * desire[i]!) / sumDesire);
  const scale = total / widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w * scale);
}
