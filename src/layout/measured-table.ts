// A GFM table measured for the flow: its cells, column widths and row heights at a size and width. Evening out pages
// paginates the same items at many depths, so each table is measured once per size and width.

import type { TableBlock } from '../model/deck.js';
import type { Measure } from '../text/measure.js';
import { cell, columnWidths, rowHeight } from './table.js';
import type { Cell } from './types.js';

export type MeasuredTable = {
  widths: number[];
  head: { cells: Cell[]; height: number };
  body: { cells: Cell[]; height: number }[];
};
const tableMemo = new WeakMap<TableBlock, Map<string, MeasuredTable>>();

/** A GFM table's cells, column widths and row heights at a size and width, measured once. */
export function measureTable(m: Measure, t: TableBlock, size: number, widthIn: number): MeasuredTable {
  let byKey = tableMemo.get(t);
  if (!byKey) tableMemo.set(t, (byKey = new Map()));
  const key = `${size}/${widthIn}/${m.key}`;
  let measured = byKey.get(key);
  if (!measured) {
    const align = (i: number) => t.align[i] ?? 'left';
    const header = t.header.map((h, i) => cell([{ runs: h, sizePt: size }], 'header', align(i)));
    const body = t.rows.map((r) =>
      t.header.map((_, i) => cell([{ runs: r[i] ?? [], sizePt: size }], 'body', align(i))),
    );
    const widths = columnWidths(m, [header, ...body], widthIn);
    measured = {
      widths,
      head: { cells: header, height: rowHeight(m, header, widths) },
      body: body.map((cells) => ({ cells, height: rowHeight(m, cells, widths) })),
    };
    byKey.set(key, measured);
  }
  return measured;
}
