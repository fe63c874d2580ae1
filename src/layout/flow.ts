// The flow engine: stacks paragraphs, tables and pictures down a region, page after page, never dropping anything.

import type { ImageRef, TableBlock } from '../model/deck.js';
import { lineHeight, linesNeeded } from '../text/measure.js';
import type { FlowItem } from './blocks.js';
import { PT } from './geometry.js';
import { cell, columnWidths, rowHeight, tableBox } from './table.js';
import { cutPara, heightOf, insets, para, paraLines, SLACK, textBox, withSpaceBefore } from './text.js';
import type { Cell, Element, Para } from './types.js';

/** A column of a page that flow fills from `top` to `bottom` (inches). */
export interface Region {
  x: number;
  w: number;
  top: number;
  bottom: number;
}

export interface FlowSizes {
  table: number;
  caption: number;
}

const MIN_PICTURE = 1.4;

/**
 * Lays items out down `first`, then down `next` on as many further pages as needed. With `cap`
 * (inches) no page is filled deeper than that, which callers use to even pages out.
 */
export function paginateFlow(items: readonly FlowItem[], first: Region, next: Region, sizes: FlowSizes, cap = Infinity): Element[][] {
  const pages: Element[][] = [[]];
  let region = first;
  let y = region.top;
  let group: Para[] = [];
  let groupTop = y;
  let groupH = 0;
  const bottom = () => Math.min(region.bottom, region.top + cap);
  const page = () => pages[pages.length - 1]!;
  const empty = () => page().length === 0 && group.length === 0;
  const widthPt = () => region.w * PT;

  const flush = () => {
    if (group.length === 0) return;
    const box = textBox(group, { x: region.x, y: groupTop, w: region.w });
    page().push(box);
    y = groupTop + box.frame.h;
    group = [];
    groupH = 0;
  };
  const newPage = () => {
    flush();
    pages.push([]);
    region = next;
    y = region.top;
  };
  const addPara = (p0: Para, nextItem: FlowItem | undefined) => {
    let p = remeasure(p0, widthPt());
    for (;;) {
      if (group.length === 0) {
        const gap = empty() ? 0 : p.spaceBeforePt / PT;
        groupTop = y + gap;
        p = withSpaceBefore(p, 0);
      }
      const ins = insets(group.length > 0 ? [group[0]!, p, ...group] : [p], 0);
      const avail = (bottom() - groupTop - SLACK) * PT - groupH - ins.top - ins.bottom;
      const keep = p.role === 'heading' && nextItem ? firstLineHeight(nextItem) : 0;
      if (p.heightPt + keep <= avail) {
        group.push(p);
        groupH += p.heightPt;
        return;
      }
      if (!empty()) {
        // A paragraph that fits a page of its own moves there whole; a longer one is cut at a line.
        const fullPage = (next.bottom - next.top) * PT;
        if (p.heightPt <= fullPage || avail < lineHeight(p.sizePt, 2)) {
          // A heading, or the list item whose sub-items these are, goes with it rather than end the page alone.
          const carried: Para[] = [];
          let below = p;
          while (group.length > 1) {
            const last = group[group.length - 1]!;
            if (last.role !== 'heading' && !(last.marker && below.level > last.level)) break;
            carried.unshift(group.pop()!);
            groupH -= last.heightPt;
            below = last;
          }
          newPage();
          for (const c of carried) addPara(c, undefined);
          p = remeasure(p, widthPt());
          continue;
        }
      }
      const [head, tail] = cutPara(p, widthPt(), avail);
      if (head) {
        group.push(head);
        groupH += head.heightPt;
      } else if (empty()) {
        // Not one line fits an empty page: place it anyway rather than loop (the region is tiny).
        group.push(p);
        groupH += p.heightPt;
        return;
      }
      newPage();
      p = remeasure(tail, widthPt());
    }
  };
  const addTable = (t: TableBlock) => {
    flush();
    const { widths, head, body } = measureTable(t, sizes.table, region.w);
    let rows = body;
    while (rows.length > 0) {
      if (!empty()) y += 0.12;
      const room = bottom() - y - head.height;
      let n = 0;
      let used = 0;
      while (n < rows.length && used + rows[n]!.height <= room) used += rows[n++]!.height;
      if (n === 0 && !empty()) {
        newPage();
        continue;
      }
      n = Math.max(n, 1);
      const box = tableBox('grid', { x: region.x, y }, widths, head, rows.slice(0, n));
      page().push(box);
      y += box.frame.h;
      rows = rows.slice(n);
      if (rows.length > 0) newPage();
    }
  };
  const addImage = (image: ImageRef) => {
    flush();
    const caption = para([{ text: image.alt }], sizes.caption, widthPt(), { role: 'caption', align: 'center' });
    const captionH = heightOf([caption]);
    const aspect = image.width > 0 && image.height > 0 ? image.width / image.height : 4 / 3;
    for (;;) {
      const top = empty() ? y : y + 0.15;
      const availH = bottom() - top - captionH - 0.08;
      // Never enlarge a small picture beyond twice its pixel size at 96 dpi.
      const maxW = Math.min(region.w, (image.width / 96) * 2 || region.w);
      let w = Math.min(maxW, availH * aspect);
      let h = w / aspect;
      if (h < MIN_PICTURE && !empty()) {
        newPage();
        continue;
      }
      if (h <= 0) {
        h = MIN_PICTURE;
        w = h * aspect;
      }
      const x = region.x + (region.w - w) / 2;
      page().push({ kind: 'image', frame: { x, y: top, w, h }, image });
      page().push(textBox([caption], { x: region.x, y: top + h + 0.08, w: region.w }));
      y = top + h + 0.08 + captionH;
      return;
    }
  };

  items.forEach((item, i) => {
    if (item.kind === 'para') addPara(item.para, items[i + 1]);
    else if (item.kind === 'table') addTable(item.table);
    else addImage(item.image);
  });
  flush();
  if (pages.length > 1 && page().length === 0) pages.pop();
  return pages;
}

type Measured = { widths: number[]; head: { cells: Cell[]; height: number }; body: { cells: Cell[]; height: number }[] };
const tableMemo = new WeakMap<TableBlock, Map<string, Measured>>();

/** A GFM table's cells, column widths and row heights at a size and width, measured once. */
function measureTable(t: TableBlock, size: number, widthIn: number): Measured {
  let byKey = tableMemo.get(t);
  if (!byKey) tableMemo.set(t, (byKey = new Map()));
  const key = `${size}/${widthIn}`;
  let m = byKey.get(key);
  if (!m) {
    const align = (i: number) => t.align[i] ?? 'left';
    const header = t.header.map((h, i) => cell([{ runs: h, sizePt: size }], 'header', align(i)));
    const body = t.rows.map((r) => t.header.map((_, i) => cell([{ runs: r[i] ?? [], sizePt: size }], 'body', align(i))));
    const widths = columnWidths([header, ...body], widthIn);
    m = { widths, head: { cells: header, height: rowHeight(header, widths) }, body: body.map((cells) => ({ cells, height: rowHeight(cells, widths) })) };
    byKey.set(key, m);
  }
  return m;
}

function remeasure(p: Para, widthPt: number): Para {
  return { ...p, heightPt: p.spaceBeforePt + lineHeight(p.sizePt, linesNeeded(paraLines(p, widthPt))) };
}

function firstLineHeight(item: FlowItem): number {
  return item.kind === 'para' ? item.para.spaceBeforePt + lineHeight(item.para.sizePt) : 72;
}

/** How far down (inches) the last element of a page reaches. */
export function pageBottom(elements: readonly Element[], fallback: number): number {
  return elements.reduce((m, e) => Math.max(m, e.frame.y + e.frame.h), fallback);
}

/**
 * Pages that are evened out: the smallest fill depth that needs no more pages than filling each
 * page to the bottom does.
 */
export function balancedFlow(items: readonly FlowItem[], first: Region, next: Region, sizes: FlowSizes): Element[][] {
  const full = paginateFlow(items, first, next, sizes);
  if (full.length <= 1) return full;
  let lo = 0.5;
  let hi = Math.max(first.bottom - first.top, next.bottom - next.top);
  let best = full;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    const pages = paginateFlow(items, first, next, sizes, mid);
    if (pages.length <= full.length) {
      best = pages;
      hi = mid;
    } else lo = mid;
  }
  return best;
}
