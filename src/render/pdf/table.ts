// Tables drawn with text and rules (pdfkit's doc.table costs ~11 ms a row): rows never split, header repeats on new pages,
// no header with a lone row at the foot of a page and no lone row at the top of one.
import type { Source } from '../../model/deck.js';
import type { Column } from './boxes.js';
import type { Box, Ctx, Tag } from './document.js';
import { INK, SPACE } from './style.js';
import { cellsOf, drawRow, type Grid, type Row, type RowLook, rowHeight } from './table-row.js';
import type { TableSpec } from './table-spec.js';

/** Body rows that stay with the header at the foot of a page. */
const TABLE_ORPHAN_ROWS = 3;

interface BodyRow extends Row {
  tags: Tag[];
  source: Source | undefined;
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

/** Where the columns stand: from the left, or in a right-to-left kit from the right (its first column at the right). */
function gridOf(ctx: Ctx, col: Column, spec: TableSpec): Grid {
  const xs: number[] = [];
  const total = spec.widths.reduce((sum, w) => sum + w, 0);
  if (ctx.rtl) {
    let x = col.left + col.width;
    for (const w of spec.widths) {
      x -= w;
      xs.push(x);
    }
    return { ctx, spec, left: col.left + col.width - total, right: col.left + col.width, xs };
  }
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
