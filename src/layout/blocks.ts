// Model blocks turned into flow items at one body size: measured paragraphs, tables and pictures.
import type { Block, ImageRef, Inline, ListItem, TableBlock } from '../model/deck.js';
import { PT } from './geometry.js';
import { cell, columnsCuttingWords, columnWidths } from './table.js';
import { numberWidth, para } from './text.js';
import type { Para } from './types.js';

export type FlowItem =
  | { kind: 'para'; para: Para }
  | { kind: 'table'; table: TableBlock }
  | { kind: 'image'; image: ImageRef };

/** Sizes derived from the body size, never below the theme's minimum. */
export interface BodySizes {
  body: number;
  sub: number;
  heading: number;
  code: number;
  small: number;
}

/** The sizes used with a body size. */
export function bodySizes(size: number, minBody: number, small: number): BodySizes {
  return {
    body: size,
    // One size for all of a slide's text: sub-items stand out by their indent, headings by weight and colour.
    sub: size,
    heading: size,
    code: size,
    // Text on a slide is never below the body minimum; the theme's small size is for master footers only.
    small: Math.max(small, minBody, Math.round(size * 0.7)),
  };
}

/**
 * Flow items for blocks set in a text area `widthPt` wide. A table too wide for it (some word would be cut inside
 * its column even at the table's size) is shown as a list, one item per row, and `tooWide` hears of it.
 */
export function flowItems(
  blocks: readonly Block[],
  s: BodySizes,
  widthPt: number,
  tooWide?: (table: TableBlock) => void,
): FlowItem[] {
  const out: FlowItem[] = [];
  const gap = (size: number) => Math.round(size * 0.5);
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph':
        out.push({ kind: 'para', para: para(b.content, s.body, widthPt, { spaceBeforePt: gap(s.body) }) });
        break;
      case 'heading':
        out.push({
          kind: 'para',
          para: para(b.content, s.heading, widthPt, { role: 'heading', spaceBeforePt: gap(s.body) + 4 }),
        });
        break;
      case 'list':
        listParas(b.items, b.ordered, b.start, s, widthPt, out);
        break;
      case 'quote': {
        const indent = s.body;
        b.paragraphs.forEach((content) =>
          out.push({
            kind: 'para',
            para: para(content, s.body, widthPt, { role: 'quote', indentPt: indent, spaceBeforePt: gap(s.body) }),
          }),
        );
        if (b.attribution)
          out.push({
            kind: 'para',
            para: para([{ text: `— ${b.attribution}` }], s.sub, widthPt, {
              role: 'attribution',
              indentPt: indent,
              spaceBeforePt: 4,
            }),
          });
        break;
      }
      case 'code':
        out.push({
          kind: 'para',
          para: para([{ text: b.text, code: true }], s.code, widthPt, { role: 'code', spaceBeforePt: gap(s.body) }),
        });
        break;
      case 'table':
        if (!tooManyColumns(b, s.body, widthPt)) out.push({ kind: 'table', table: b });
        else {
          tooWide?.(b);
          listParas(rowsAsItems(b), false, 1, s, widthPt, out);
        }
        break;
      case 'image':
        out.push({ kind: 'image', image: b.image });
        break;
    }
  }
  return out;
}

function listParas(
  items: readonly ListItem[],
  ordered: boolean,
  start: number,
  s: BodySizes,
  widthPt: number,
  out: FlowItem[],
): void {
  const last = start + items.length - 1;
  const hang = ordered
    ? Math.ceil(Math.max(s.body * 1.1, numberWidth(last, s.body) + s.body * 0.45))
    : Math.ceil(s.body * 1.0);
  items.forEach((item, i) => {
    out.push({
      kind: 'para',
      para: para(item.content, s.body, widthPt, {
        level: 1,
        marker: ordered ? { kind: 'number', n: start + i } : { kind: 'bullet' },
        indentPt: hang,
        hangPt: hang,
        spaceBeforePt: Math.round(s.body * 0.4),
      }),
    });
    for (const child of flatten(item.children)) {
      out.push({
        kind: 'para',
        para: para(child, s.sub, widthPt, {
          level: 2,
          marker: { kind: 'bullet' },
          indentPt: 2 * hang,
          hangPt: hang,
          spaceBeforePt: Math.round(s.sub * 0.25),
        }),
      });
    }
  });
}

// The model keeps two levels; anything deeper is shown at the second.
function flatten(items: readonly ListItem[]): Inline[] {
  return items.flatMap((i) => [i.content, ...flatten(i.children)]);
}

/**
 * Whether a table set at `size` in `widthPt` has more columns than its words leave room for: half its columns or more
 * would cut a word inside, which a list per row shows whole. One long word (a web address, a compound) in a column is
 * cut as before: the rest of the table reads.
 */
function tooManyColumns(t: TableBlock, size: number, widthPt: number): boolean {
  if (t.header.length < 3) return false;
  const rows = [t.header, ...t.rows].map((row, r) =>
    t.header.map((_, i) => cell([{ runs: row[i] ?? [], sizePt: size }], r === 0 ? 'header' : 'body')),
  );
  return columnsCuttingWords(rows, columnWidths(rows, widthPt / PT)) * 2 >= t.header.length;
}

/** A table's rows as list items: the first cell in bold, then each other column's name and value. */
function rowsAsItems(t: TableBlock): ListItem[] {
  return t.rows.map((row) => {
    const rest = t.header.slice(1).flatMap((head, i) => {
      const value = row[i + 1] ?? [];
      if (value.every((r) => r.text.trim() === '')) return [];
      return [[...head.map((r) => ({ ...r, bold: true })), { text: ': ' }, ...value]];
    });
    const content: Inline = [
      ...(row[0] ?? []).map((r) => ({ ...r, bold: true })),
      ...rest.flatMap((part, i) => [{ text: i === 0 ? ' — ' : '; ' }, ...part]),
    ];
    return { content, children: [] };
  });
}
