// Comparison: aspects down the side, one column per option, header in the brand colour, source line underneath.

import { say } from '../../i18n/locale.js';
import type { Slide } from '../../model/deck.js';
import type { Measure } from '../../text/measure.js';
import { bodySteps, captionSize, placeAfter } from '../body-flow.js';
import type { Region } from '../flow.js';
import { PT } from '../geometry.js';
import { type Ctx, contentPage, type Draft, fitTitle, type TitleFit } from '../page.js';
import { useSpace } from '../space.js';
import { cell, columnWidths, rowCuttingWords, rowHeight, splitBalanced, tableBox } from '../table.js';
import { para } from '../text.js';
import { SLACK, textBox } from '../text-box.js';
import type { Element, TextBox } from '../types.js';
import { matrixPages } from './matrix.js';

type ComparisonSlide = Extract<Slide, { kind: 'comparison' }>;

/** Pages of a comparison: rows split evenly across pages (header repeated) when they do not fit one. */
export function layoutComparison(ctx: Ctx, slide: ComparisonSlide): Draft[] {
  const c = slide.comparison;
  const t = fitTitle(ctx, slide.title);
  const steps = bodySteps(ctx);
  const source = sourceLine(ctx, c, t.first, captionSize(ctx, steps[steps.length - 1]!));
  const matrix =
    c.columns.length === 2 && c.rows.length === 2 && c.rows.every((r) => r.aspect !== undefined)
      ? asMatrix(ctx, c, t, source, slide.after)
      : undefined;
  if (matrix) return matrix.map((els, i) => contentPage(slide, t, els, i > 0));
  const sourceH = source(0) ? source(0)!.frame.h + 0.1 : 0;
  const { b, split } = chooseSize(ctx, c, (s) => splitAt(measure(ctx.measure, c, s, t.first.w), t, sourceH));
  // A table without rows still shows its header.
  const counts = split.length > 0 ? split : [0];
  const pages: Element[][] = [];
  let from = 0;
  counts.forEach((count, i) => {
    const region = i === 0 ? t.first : t.next;
    const els: Element[] = [];
    if (count > 0 || counts.length === 1) {
      const table = tableBox(
        'comparison',
        { x: region.x, y: region.top },
        b.widths,
        b.header,
        b.rows.slice(from, from + count),
      );
      els.push(table);
      const src = source(table.frame.y + table.frame.h + 0.1);
      if (src) els.push(src);
    }
    from += count;
    pages.push(els);
  });
  // Rows grow into the room the takeaway after the table leaves.
  return placeAfter(ctx, pages, slide.after, t.first, t.next).map((els, i) =>
    contentPage(slide, t, useSpace(els, i === 0 ? t.first : t.next), i > 0),
  );
}

type Comparison = ComparisonSlide['comparison'];
type Measured = ReturnType<typeof measure>;
type Split = { b: Measured; split: number[] };

/** The source line under the table at height `y`, or none where the comparison names no source. */
function sourceLine(ctx: Ctx, c: Comparison, region: Region, size: number): (y: number) => TextBox | undefined {
  return (y) =>
    c.attribution
      ? textBox(
          [
            para(
              ctx.measure,
              [{ text: say(ctx.locale, 'source-label', { source: c.attribution }) }],
              size,
              region.w * PT,
              {
                role: 'source',
              },
            ),
          ],
          { x: region.x, y, w: region.w },
        )
      : undefined;
}

/**
 * The table's cells at size `s`, its column widths across `width` inches, row heights, and the first row a word is cut
 * in. The aspects' column is there where a row names one: two lists side by side (an imported deck's) have none.
 */
function measure(m: Measure, c: Comparison, s: number, width: number) {
  const aspects = hasAspects(c);
  const header = [
    ...(aspects ? [cell([{ runs: [], sizePt: s }], 'header')] : []),
    ...c.columns.map((col) => cell([{ runs: [{ text: col }], sizePt: s }], 'header')),
  ];
  const rows = c.rows.map((r) => [
    ...(aspects ? [cell([{ runs: [{ text: r.aspect ?? '' }], sizePt: s, role: 'label' }], 'aspect')] : []),
    ...c.columns.map((_, i) => cell([{ runs: [{ text: r.values[i] ?? '' }], sizePt: s }], 'body')),
  ]);
  const widths = columnWidths(m, [header, ...rows], width, { equalFrom: aspects ? 1 : 0, fill: true });
  return {
    header: { cells: header, height: rowHeight(m, header, widths) },
    rows: rows.map((cells) => ({ cells, height: rowHeight(m, cells, widths) })),
    widths,
    cut: rowCuttingWords(m, [header, ...rows], widths),
  };
}

/** The rows a page of a measured table, evened out, under the header and above the source line. */
function splitAt(b: Measured, t: TitleFit, sourceH: number): Split {
  const first = t.first.bottom - t.first.top - b.header.height - sourceH - SLACK;
  const next = t.next.bottom - t.next.top - b.header.height - sourceH - SLACK;
  return {
    b,
    split: splitBalanced(
      b.rows.map((r) => r.height),
      first,
      next,
    ),
  };
}

/**
 * The body size, or the step down, when the table fits one page with no word cut; else split at the step down (or
 * smaller, until words stay whole). Words cut at the smallest size are reported.
 */
function chooseSize(ctx: Ctx, c: Comparison, at: (size: number) => Split): Split {
  const { theme } = ctx;
  const steps = bodySteps(ctx);
  for (const s of steps) {
    const split = at(s);
    if (split.split.length === 1 && split.b.cut < 0) return split;
  }
  for (let s = steps[steps.length - 1]!; s > theme.sizes.minBody; s--) {
    const split = at(s);
    if (split.b.cut < 0) return split;
  }
  const smallest = at(theme.sizes.minBody);
  if (smallest.b.cut >= 0) reportCutWord(ctx, c, smallest.b.cut);
  return smallest;
}

/** Says which word is too long for its column even at the smallest size (row 0 is the header: the column names). */
function reportCutWord(ctx: Ctx, c: Comparison, row: number): void {
  const r = c.rows[row - 1];
  const texts = r ? [r.aspect ?? '', ...r.values] : c.columns;
  const word = texts.flatMap((text) => text.split(/\s+/)).reduce((a, b) => (b.length > a.length ? b : a), '');
  const shown = word.length > 30 ? `${word.slice(0, 30)}…` : word;
  ctx.diagnostics.push({
    rule: 'layout/comparison-too-wide',
    message: `comparison "${c.title}": a word ${!r ? 'in the column names' : `in row ${row}${r.aspect === undefined ? '' : ` (\`${r.aspect}\`)`}`}, probably "${shown}", is too long for its column even at ${ctx.theme.sizes.minBody} pt with ${c.columns.length} columns, so it would be cut across lines; split the comparison into two with fewer columns, or shorten the word`,
    source: r ? r.source : c.source,
  });
}

const hasAspects = (c: Comparison) => c.rows.some((r) => r.aspect !== undefined);

/** A comparison of two options on two aspects, drawn as a two-by-two. */
function asMatrix(
  ctx: Ctx,
  c: Comparison,
  t: TitleFit,
  source: (y: number) => TextBox | undefined,
  after: ComparisonSlide['after'],
): Element[][] | undefined {
  const [a, b] = c.rows as [Comparison['rows'][number], Comparison['rows'][number]];
  const text = (v: string | undefined) => [{ text: v ?? '' }];
  return matrixPages(
    ctx,
    {
      columns: [text(c.columns[0]), text(c.columns[1])],
      rows: [text(a.aspect), text(b.aspect)],
      cells: [
        [text(a.values[0]), text(a.values[1])],
        [text(b.values[0]), text(b.values[1])],
      ],
    },
    t.first,
    t.next,
    (_, y) => source(y),
    after,
  );
}
