// A two-by-two: four tiles with the column names above and the row names beside them, as a facilitator draws it on a flip chart.
import type { Block, Run } from '../../model/deck.js';
import type { Measure } from '../../text/measure.js';
import { bodySteps, flowAtSize, placeAfter } from '../body-flow.js';
import { pageBottom, type Region } from '../flow.js';
import { PT } from '../geometry.js';
import type { Ctx } from '../page.js';
import { para, styledRuns } from '../text.js';
import { heightOf, textBox } from '../text-box.js';
import type { Element, TextBox } from '../types.js';

export interface MatrixText {
  columns: [Run[], Run[]];
  rows: [Run[], Run[]];
  /** cells[row][column]. */
  cells: [[Run[], Run[]], [Run[], Run[]]];
}

const GAP = 0.16;
const INSET = 16;
const STRIP = 0.08;
/** Tiles are no taller than this (inches): four giant tiles read as a poster, not a grid. */
const MAX_TILE_H = 1.7;

/**
 * A two-by-two and what follows it on the slide: the line `under` it (a caption or source, set at
 * a size that suits the tiles') and the trailing blocks are measured first and their room kept at
 * the region's foot, the tiles laid out in the rest, so a takeaway stays on the slide with its
 * matrix. Only when the blocks do not fit beside the tiles at either size do the tiles take the
 * slide and the blocks continue on the next. Undefined when the matrix's text does not fit (the
 * caller draws a table).
 */
export function matrixPages(
  ctx: Ctx,
  m: MatrixText,
  first: Region,
  next: Region,
  under: (tileSize: number, y: number) => TextBox | undefined,
  after: readonly Block[],
): Element[][] | undefined {
  const line = under(ctx.theme.sizes.body, 0);
  const underRoom = line ? line.frame.h + 0.1 : 0;
  const tilesIn = (region: Region): Element[] | undefined => {
    const placed = layoutMatrix(ctx, m, region);
    if (!placed) return undefined;
    const box = under(placed.size, pageBottom(placed.elements, region.top) + 0.1);
    return box ? [...placed.elements, box] : placed.elements;
  };
  // The gap placeAfter leaves above trailing blocks.
  const gap = ctx.geo.gap + 0.05;
  if (after.length > 0) {
    for (const s of bodySteps(ctx)) {
      const alone = flowAtSize(ctx, after, first, next, s);
      if (alone.length !== 1) continue;
      const afterH = pageBottom(alone[0]!, first.top) - first.top;
      const tiles = tilesIn({ ...first, bottom: first.bottom - underRoom - gap - afterH });
      if (!tiles) continue;
      const below = flowAtSize(ctx, after, { ...first, top: pageBottom(tiles, first.top) + gap }, next, s);
      if (below.length === 1) return [[...tiles, ...below[0]!]];
    }
  }
  const tiles = tilesIn({ ...first, bottom: first.bottom - underRoom });
  return tiles ? placeAfter(ctx, [tiles], after, first, next) : undefined;
}

/**
 * The matrix's elements in `region` at the body size (or one step down), centred in the region's
 * height, and the size its text is set at; undefined when its text does not fit even at the step down.
 */
function layoutMatrix(ctx: Ctx, m: MatrixText, region: Region): { elements: Element[]; size: number } | undefined {
  for (const s of bodySteps(ctx)) {
    const elements = atSize(ctx.measure, m, region, s);
    if (elements) return { elements, size: s };
  }
  return undefined;
}

function atSize(measure: Measure, m: MatrixText, region: Region, s: number): Element[] | undefined {
  const labelW = Math.min(
    region.w * 0.26,
    Math.max(1.6, ...m.rows.map((r) => widestWordIn(measure, r, s) + (2 * INSET) / PT)),
  );
  const tileW = (region.w - labelW - 2 * GAP) / 2;
  const tileTextW = tileW * PT - 2 * INSET;
  const columnLabel = (runs: Run[]) => [para(measure, runs, s, tileW * PT, { role: 'label', align: 'center' })];
  const rowLabel = (runs: Run[]) => [para(measure, runs, s, labelW * PT - INSET, { role: 'label', align: 'right' })];
  const tile = (runs: Run[]) => [para(measure, runs, s, tileTextW, {})];
  const headH = Math.max(...m.columns.map((c) => heightOf(columnLabel(c), 0))) + 0.08;
  const needed =
    Math.max(...m.cells.flat().map((c) => heightOf(tile(c), INSET)), ...m.rows.map((r) => heightOf(rowLabel(r), 0))) +
    STRIP;
  const room = region.bottom - region.top - headH - GAP;
  const tileH = Math.max(needed, Math.min(MAX_TILE_H, (room - GAP) / 2));
  if (2 * tileH + GAP > room + 0.001) return undefined;
  const total = headH + GAP + 2 * tileH + GAP;
  const top = region.top + Math.max(0, ((region.bottom - region.top - total) / 2) * 0.8);
  const x0 = region.x + labelW + GAP;
  const els: Element[] = [];
  m.columns.forEach((c, i) => {
    els.push(
      textBox(
        columnLabel(c),
        { x: x0 + i * (tileW + GAP), y: top, w: tileW },
        { valign: 'bottom', minH: headH - 0.08 },
      ),
    );
  });
  m.rows.forEach((r, ri) => {
    const y = top + headH + GAP + ri * (tileH + GAP);
    els.push(
      textBox(
        rowLabel(r),
        { x: region.x, y, w: labelW },
        { valign: 'middle', minH: tileH, inset: { x: 0, top: 0, bottom: 0 } },
      ),
    );
    m.cells[ri]!.forEach((cellRuns, ci) => {
      const x = x0 + ci * (tileW + GAP);
      els.push({ kind: 'shape', role: 'accent', frame: { x, y, w: tileW, h: STRIP } });
      els.push(
        textBox(
          tile(cellRuns),
          { x, y: y + STRIP, w: tileW },
          { style: 'card', insetPt: INSET, valign: 'middle', minH: tileH - STRIP },
        ),
      );
    });
  });
  return els;
}

/** The longest word of a row name, set bold as labels are, in inches. */
function widestWordIn(measure: Measure, runs: Run[], s: number): number {
  return measure.longestWord(styledRuns(runs, 'label'), s) / PT;
}
