// Short tables use the slide: taller rows up to half the text area, and centred below the title when the page holds little else.
import type { Region } from './flow.js';
import { PT } from './geometry.js';
import type { Element, TableBox } from './types.js';

/** Share of the text area's height a short table grows to. */
const TABLE_FILL = 0.6;
/** A row's cell margin grows to at most this many times the text's size (above and below): rows airy, not hollow. */
const MAX_ROW_PAD = 0.75;
const MIN_ROW_PAD = 0.3;

/**
 * A page whose only table is short: its rows get taller (the cell margins grow, so each row's
 * text stays where it was within the row) until the table fills half of the region or its rows
 * are airy enough; then, when the page holds nothing but the table and what hangs under it
 * (caption, source), the whole stack is centred in the space below the title. Pages that are
 * full, or hold text above the table, keep their positions.
 */
export function useSpace(page: readonly Element[], region: Region): Element[] {
  const tables = page.filter((e): e is TableBox => e.kind === 'table');
  if (tables.length !== 1) return [...page];
  const table = tables[0]!;
  const height = region.bottom - region.top;
  const bottom = Math.max(...page.map((e) => e.frame.y + e.frame.h));
  const free = region.bottom - bottom;
  if (free <= 0.05) return [...page];
  const rows = table.rowHeights.length;
  const sizePt = Math.max(...table.rows.flatMap((r) => r.flatMap((c) => c.paras.map((p) => p.sizePt))), 12);
  const pad = (share: number) => Math.max(0, (share * sizePt - table.marginPt.y) * 2 * rows) / PT;
  // Rows at least airy (margins of a third of the text size), taller still up to the fill.
  const wanted = Math.max(pad(MIN_ROW_PAD), TABLE_FILL * height - table.frame.h);
  const grow = Math.min(wanted, free, pad(MAX_ROW_PAD));
  const grown = grow > 0.01 ? stretch(table, grow) : table;
  const shift = (e: Element, dy: number): Element =>
    dy === 0 ? e : { ...e, frame: { ...e.frame, y: e.frame.y + dy } };
  // What sits below the table moves down with it.
  const below = (e: Element) => e !== table && e.frame.y >= table.frame.y + table.frame.h - 0.01;
  let out = page.map((e) => (e === table ? grown : below(e) ? shift(e, grow) : e));
  const alone = page.every((e) => e === table || below(e));
  if (alone && Math.abs(table.frame.y - region.top) < 0.01) {
    const used = Math.max(...out.map((e) => e.frame.y + e.frame.h)) - region.top;
    // A little above the middle: the optical centre of the space under the title.
    const dy = Math.max(0, ((height - used) / 2) * 0.8);
    // A table narrower than the text area stands in its middle, unless a wider caption hangs under it.
    const narrowest = out.every((e) => e.frame.w <= grown.frame.w + 0.01);
    const dx = narrowest ? Math.max(0, (region.w - grown.frame.w) / 2) : 0;
    out = out.map((e) => {
      const moved = shift(e, dy);
      return { ...moved, frame: { ...moved.frame, x: moved.frame.x + dx } };
    });
  }
  return out;
}

function stretch(table: TableBox, grow: number): TableBox {
  const rows = table.rowHeights.length;
  const perRow = grow / rows;
  return {
    ...table,
    frame: { ...table.frame, h: table.frame.h + grow },
    rowHeights: table.rowHeights.map((h) => h + perRow),
    marginPt: { x: table.marginPt.x, y: table.marginPt.y + (perRow * PT) / 2 },
  };
}
