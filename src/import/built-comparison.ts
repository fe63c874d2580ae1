// A deck workshop-kit built draws a comparison as a table with an empty top-left cell, its aspects down the first
// column in bold on their own tint, and its source line under it (on every page it runs over). Such a slide comes
// back as the comparison it was drawn from, so the rebuilt deck draws the same comparison, not a Markdown table.

import type { Locale } from '../i18n/locale.js';
import { sourceOf } from './built-styles.js';
import type { PlannedSlide } from './plan.js';
import type { Block } from './types.js';

type Table = Extract<Block, { kind: 'table' }>;

/** Replaces the slide's leading comparison table (and its continued pages and source lines) with a comparison block. */
export function asComparison(planned: PlannedSlide, locale: Locale): void {
  const { slide } = planned;
  const first = slide.blocks[0];
  if (first?.kind !== 'table' || !isComparisonTable(first)) return;
  const columns = first.headerWords!.slice(1);
  const rows: { aspect: string; values: string[] }[] = [];
  let source: string | undefined;
  let at = 0;
  // A comparison the build split over pages repeats its header and source line on each: one comparison again.
  while (at < slide.blocks.length) {
    const table = slide.blocks[at];
    if (
      table?.kind !== 'table' ||
      !isComparisonTable(table) ||
      table.header.join('\u0000') !== first.header.join('\u0000')
    )
      break;
    const line = sourceOf(slide.blocks[at + 1], locale);
    if (at > 0 && line !== source) break;
    source = line;
    table.words!.forEach((cells) => {
      const [aspect, ...values] = cells.map((paragraphs) => paragraphs.join(' '));
      rows.push({ aspect: aspect!, values });
    });
    at += line === undefined ? 1 : 2;
  }
  const comparison: Block = { kind: 'comparison', columns, rows, ...(source ? { source } : {}) };
  slide.blocks = [comparison, ...slide.blocks.slice(at)];
}

/** The build's comparison table: an empty corner, an aspect in bold heading each row, on a tint of its own. */
function isComparisonTable(table: Table): boolean {
  const { header, headerWords, rows, words, fills } = table;
  if (header[0] !== '' || header.length < 3 || !headerWords || headerWords.slice(1).some((h) => !h)) return false;
  if (!words || !fills) return false;
  const tint = fills[0]?.[0];
  return (
    !!tint &&
    rows.every((cells, r) => /^\*\*.+\*\*$/.test(cells[0] ?? '') && words[r]?.[0]?.length) &&
    fills.every((cells) => cells[0] === tint && cells.slice(1).every((fill) => fill !== tint))
  );
}
