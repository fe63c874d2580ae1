// A deck workshop-kit built draws a comparison as a table named "Comparison N" (a deck built before it named them so:
// a table with an empty top-left cell, its aspects down the first column in bold on a tint of their own), with its
// source line under it on every page it runs over. Such a slide comes back as the comparison it was drawn from, so
// the rebuilt deck draws the same comparison, not a Markdown table.

import type { Locale } from '../i18n/locale.js';
import { sourceOf } from './built-styles.js';
import type { PlannedSlide } from './plan.js';
import type { Block } from './types.js';

type Table = Extract<Block, { kind: 'table' }>;
type Row = { aspect?: string; values: string[] };

/** Replaces the slide's leading comparison table (and its continued pages and source lines) with a comparison block. */
export function asComparison(planned: PlannedSlide, locale: Locale): void {
  const { slide } = planned;
  const first = slide.blocks[0];
  if (first?.kind !== 'table' || !isComparisonTable(first)) return asMatrix(planned, locale);
  const aspects = first.header[0] === '';
  const columns = first.headerWords!.slice(aspects ? 1 : 0);
  const rows: Row[] = [];
  let source: string | undefined;
  let at = 0;
  // A comparison the build split over pages repeats its header and source line on each: one comparison again.
  while (at < slide.blocks.length) {
    const table = slide.blocks[at];
    if (table?.kind !== 'table' || !isComparisonTable(table) || !sameHeader(table, first)) break;
    const line = sourceOf(slide.blocks[at + 1], locale);
    if (at > 0 && line !== source) break;
    source = line;
    for (const cells of table.words!) {
      const texts = cells.map((paragraphs) => paragraphs.join(' '));
      rows.push(aspects ? { aspect: texts[0]!, values: texts.slice(1) } : { values: texts });
    }
    at += line === undefined ? 1 : 2;
  }
  const comparison: Block = { kind: 'comparison', columns, rows, ...(source ? { source } : {}) };
  slide.blocks = [comparison, ...slide.blocks.slice(at)];
}

const sameHeader = (a: Table, b: Table) => a.header.join('\u0000') === b.header.join('\u0000');

/** A table the build drew for a comparison, whose every cell has words (a comparison's never are empty). */
function isComparisonTable(table: Table): boolean {
  const { header, headerWords, words } = table;
  if (headerWords?.length !== header.length || !words) return false;
  const aspects = header[0] === '';
  if (header.length < (aspects ? 3 : 2) || headerWords.slice(aspects ? 1 : 0).some((h) => !h.trim())) return false;
  const full = words.every((cells) => cells.length === header.length && cells.every((p) => p.join(' ').trim()));
  return full && (table.comparison === true || (aspects && tintedAspects(table)));
}

/** A deck built before comparisons were named: its aspects in bold down the first column, on a tint of their own. */
function tintedAspects({ rows, fills }: Table): boolean {
  const tint = fills?.[0]?.[0];
  return (
    !!tint &&
    rows.every((cells) => /^\*\*.+\*\*$/.test(cells[0] ?? '')) &&
    fills!.every((cells) => cells[0] === tint && cells.slice(1).every((fill) => fill !== tint))
  );
}

/**
 * A two-by-two the build drew (from a comparison of two options on two aspects, or a table of that shape with an
 * empty corner: the same tiles): the column names in bold, then each row's name in bold and its two tiles, read
 * row by row. It comes back as that comparison, which draws the same tiles.
 */
function asMatrix(planned: PlannedSlide, locale: Locale): void {
  const { slide } = planned;
  const lines = slide.blocks
    .slice(0, 8)
    .flatMap((b) => (b.kind === 'paragraphs' && b.paragraphs.length === 1 ? b.paragraphs : []))
    .filter((p) => p.marker === 'none' && p.plain.trim());
  if (lines.length < 8) return;
  const [c1, c2, a1, v11, v12, a2, v21, v22] = lines;
  if (![c1, c2, a1, a2].every((p) => /^\*\*[^*]+\*\*$/.test(p!.markdown))) return;
  const source = sourceOf(slide.blocks[8], locale);
  const comparison: Block = {
    kind: 'comparison',
    columns: [c1!.plain, c2!.plain],
    rows: [
      { aspect: a1!.plain, values: [v11!.plain, v12!.plain] },
      { aspect: a2!.plain, values: [v21!.plain, v22!.plain] },
    ],
    ...(source ? { source } : {}),
  };
  slide.blocks = [comparison, ...slide.blocks.slice(source === undefined ? 8 : 9)];
}
