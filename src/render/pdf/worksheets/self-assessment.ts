// Self-assessment worksheet: a rating grid (statements × scale points), then a score box per dimension.
import { say } from '../../../i18n/locale.js';
import type { Source, WorksheetBody } from '../../../model/deck.js';
import { type Column, label } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { INK, mm, SPACE, TYPE } from '../style.js';
import { table } from '../table.js';
import type { CellSpec, TableSpec } from '../table-spec.js';
import { naturalWidth } from '../text.js';
import { SCORE_BOX, scoreBox, tickBox } from '../widgets.js';
import { minContentWidth } from '../words.js';
import type { BodyRenderer } from './types.js';

/** The scale legend, the grid with labelled point columns, and "Dimension: [ ]" boxes two to a row. */
export const renderSelfAssessment: BodyRenderer<'self-assessment'> = (ctx, parent, body, col, source) => {
  const legend = scaleLegend(ctx, parent, body.scale.labels, col, source);
  return [
    ...(legend ? [legend] : []),
    ...ratingGrid(ctx, parent, body, col, source),
    label(ctx, parent, say(ctx.locale, 'your-scores'), col, { before: SPACE.xl }),
    ...scoreRows(ctx, parent, body.dimensions, col, source),
  ];
};

type Body = Extract<WorksheetBody, { kind: 'self-assessment' }>;

/** "Scale: 1 = never · 2 = rarely ...", or nothing when the points have no labels. */
function scaleLegend(
  ctx: Ctx,
  parent: Tag,
  labels: Body['scale']['labels'],
  col: Column,
  source: Source,
): Box | undefined {
  if (labels.length === 0) return undefined;
  const legend = labels.map((l) => `${l.point} = ${l.label}`).join('   ·   ');
  const tag = ctx.tag(parent, 'P');
  const layout = ctx.text(
    [{ text: `${say(ctx.locale, 'scale-label')} `, bold: true }, { text: legend }],
    { size: TYPE.label + 0.5, color: INK.text },
    col.width,
    source,
  );
  return {
    height: layout.height,
    before: SPACE.m,
    keep: true,
    draw: (p, top) => p.text(layout, tag, col.left, top, col.width),
  };
}

/** The numbered statements, a tick box under every point of the scale. */
function ratingGrid(ctx: Ctx, parent: Tag, body: Body, col: Column, source: Source): Box[] {
  const { min, max, labels } = body.scale;
  const points = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
  const labelOf = new Map(labels.map((l) => [l.point, l.label]));
  const numW = mm(9);
  // Labels go into the header only when every one fits its column unbroken; otherwise the
  // numbers stand alone and the legend above explains them (a grid of narrow columns keeps
  // statements on one line, and the whole self-assessment on one sheet).
  const labelStyle = { size: TYPE.small - 1, color: INK.muted };
  const labelNeed = Math.max(0, ...labels.map((l) => minContentWidth([{ text: l.label }], labelStyle) + 12));
  const labelled = labels.length > 0 && labelNeed <= mm(14);
  const pointW = Math.min(
    labelled ? Math.max(mm(11), labelNeed) : mm(11),
    (col.width * 0.45) / Math.max(1, points.length),
  );
  const stmtW = col.width - numW - pointW * points.length;
  const header: CellSpec[] = [
    { text: say(ctx.locale, 'number-sign') },
    { text: say(ctx.locale, 'statement') },
    ...points.map((pt): CellSpec => {
      const l = labelOf.get(pt);
      return labelled && l ? { text: String(pt), note: l, noteStyle: labelStyle } : { text: String(pt) };
    }),
  ];
  return table(ctx, parent, col, {
    widths: [numW, stmtW, ...points.map(() => pointW)],
    align: alignments(ctx, points.length),
    header,
    rows: body.statements.map((text, i) => [
      { text: String(i + 1), style: { color: INK.muted } },
      { text },
      ...points.map(() => ({ widget: tickBox() })),
    ]),
    grid: true,
    minRowHeight: mm(9),
    before: SPACE.s,
    source,
  });
}

/**
 * The number beside its statement and the points centred; in a right-to-left kit the number column stands at the right
 * and its number against the statement (at its left), and the statement starts where its own text does.
 */
export function alignments(ctx: Ctx, points: number): TableSpec['align'] {
  const center = Array.from({ length: points }, () => 'center' as const);
  return ctx.rtl ? ['left', null, ...center] : ['right', 'left', ...center];
}

/** A "Dimension: [ ]" box for every dimension, in rows that stay together. */
function scoreRows(ctx: Ctx, parent: Tag, dimensions: readonly string[], col: Column, source: Source): Box[] {
  // As many boxes to a row as fit (up to three), one label width for all so the boxes line up.
  const labelStyle = { size: TYPE.body, bold: true, color: INK.text };
  const widest = Math.max(0, ...dimensions.map((d) => naturalWidth(ctx.text(`${d}:`, labelStyle, 10_000))));
  const gapX = SPACE.xl;
  const perRow = [3, 2, 1].find((n) => widest + SPACE.m + SCORE_BOX.width <= (col.width - gapX * (n - 1)) / n) ?? 1;
  const cellW = (col.width - gapX * (perRow - 1)) / perRow;
  const labelW = Math.min(cellW - SCORE_BOX.width - SPACE.m, widest);
  const rows = Math.ceil(dimensions.length / perRow);
  const out: Box[] = [];
  for (let r = 0; r < rows; r++) {
    const boxes = dimensions
      .slice(r * perRow, r * perRow + perRow)
      .map((d) => scoreBox(ctx, parent, d, labelW, source));
    const height = Math.max(...boxes.map((b) => b.height));
    out.push({
      height,
      before: r === 0 ? SPACE.xs : SPACE.s,
      // The score boxes are one small form: never split it.
      keep: r < rows - 1,
      source,
      draw(p, top) {
        // A right-to-left kit fills a row from the right: the first dimension's box group ends at the column's right.
        const groupW = labelW + SPACE.m + SCORE_BOX.width;
        const at = (j: number) =>
          ctx.rtl ? col.left + col.width - j * (cellW + gapX) - groupW : col.left + j * (cellW + gapX);
        boxes.forEach((b, j) => b.draw(p, at(j), top));
      },
    });
  }
  return out;
}
