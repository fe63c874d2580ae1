// Model blocks turned into flow items at one body size: measured paragraphs, tables and pictures.

import type { Block, ImageRef, Inline, ListItem, TableBlock } from '../model/deck.js';
import { type TextSetting, takenIndents } from '../template/text-setting.js';
import type { Spacing } from '../template/types.js';
import type { Measure } from '../text/measure.js';
import { PT } from './geometry.js';
import { cell, columnsCuttingWords, columnWidths } from './table.js';
import { numberWidth, type ParaSpec, para } from './text.js';
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
 * How paragraphs are spaced and indented: the tool's own proportions of the size, or, in a client's template
 * placeholder, what its list levels set (line spacing as a share of a line, space before in points, a bullet's indents
 * where its hanging room holds the bullet), so that the deck need not write them and measures what PowerPoint shows.
 */
export interface Rhythm {
  before(level: 1 | 2, own: number): number;
  /** A level's line spacing and space after a paragraph, where a template sets them (the tool's own: single, none). */
  set(level: 1 | 2): { lineSpacing?: Spacing; spaceAfterPt?: number };
  /** A list's left margin and hanging room at a level, where the template's are taken. */
  indent(level: 1 | 2, ordered: boolean, size: number): { indentPt: number; hangPt: number } | undefined;
}

const OWN_RHYTHM: Rhythm = {
  before: (_, own) => own,
  set: () => ({}),
  indent: () => undefined,
};

export function rhythmOf(setting: TextSetting | undefined): Rhythm {
  if (!setting) return OWN_RHYTHM;
  const level = (n: 1 | 2) => setting.levels[n];
  return {
    before: (n, own) => {
      const before = level(n).before;
      return 'pts' in before ? before.pts : own;
    },
    set: (n) => {
      const { line, after } = level(n);
      return { lineSpacing: line, ...('pts' in after && after.pts > 0 ? { spaceAfterPt: after.pts } : {}) };
    },
    indent: (n, ordered, size) =>
      takenIndents(setting, ordered, size)[n] ? { indentPt: level(n).marL, hangPt: -level(n).indent } : undefined,
  };
}

/**
 * Flow items for blocks set in a text area `widthPt` wide, spaced as `setting` (a template's placeholder) sets its
 * text where given. A table too wide for it (some word would be cut inside its column even at the table's size) is
 * shown as a list, one item per row, and `tooWide` hears of it.
 */
export function flowItems(
  m: Measure,
  blocks: readonly Block[],
  s: BodySizes,
  widthPt: number,
  tooWide?: (table: TableBlock) => void,
  setting?: TextSetting,
): FlowItem[] {
  const out: FlowItem[] = [];
  const rhythm = rhythmOf(setting);
  const set = rhythm.set(1);
  const gap = Math.round(s.body * 0.5);
  const text = (content: Inline, size: number, spec: ParaSpec) =>
    out.push({ kind: 'para', para: para(m, content, size, widthPt, { ...spec, ...set }) });
  for (const b of blocks) {
    const from = out.length;
    switch (b.kind) {
      case 'paragraph':
        text(b.content, s.body, { spaceBeforePt: rhythm.before(1, gap) });
        break;
      case 'heading':
        text(b.content, s.heading, { role: 'heading', spaceBeforePt: rhythm.before(1, gap + 4) });
        break;
      case 'list':
        listParas(m, b.items, b.ordered, b.start, s, widthPt, out, rhythm);
        break;
      case 'quote':
        for (const content of b.paragraphs)
          text(content, s.body, { role: 'quote', indentPt: s.body, spaceBeforePt: gap });
        if (b.attribution)
          text([{ text: `— ${b.attribution}` }], s.sub, { role: 'attribution', indentPt: s.body, spaceBeforePt: 4 });
        break;
      case 'code':
        text([{ text: b.text, code: true }], s.code, { role: 'code', spaceBeforePt: gap });
        break;
      case 'table':
        if (!tooManyColumns(m, b, s.body, widthPt)) out.push({ kind: 'table', table: b });
        else {
          tooWide?.(b);
          listParas(m, rowsAsItems(b), false, 1, s, widthPt, out, rhythm);
        }
        break;
      case 'image':
        out.push({ kind: 'image', image: b.image });
        break;
    }
    const reveal = 'reveal' in b ? b.reveal : undefined;
    for (const item of out.slice(from))
      if (item.kind === 'para') {
        item.para.source = b.source;
        if (reveal !== undefined) item.para.reveal = reveal;
      }
  }
  return out;
}

function listParas(
  m: Measure,
  items: readonly ListItem[],
  ordered: boolean,
  start: number,
  s: BodySizes,
  widthPt: number,
  out: FlowItem[],
  rhythm: Rhythm,
): void {
  const last = start + items.length - 1;
  const hang = ordered
    ? Math.ceil(Math.max(s.body * 1.1, numberWidth(m, last, s.body) + s.body * 0.45))
    : Math.ceil(s.body * 1.0);
  // Numbers keep the tool's hanging room, which is measured to hold the widest of them.
  const first = rhythm.indent(1, ordered, s.body) ?? { indentPt: hang, hangPt: hang };
  const second = rhythm.indent(2, ordered, s.body) ?? { indentPt: 2 * hang, hangPt: hang };
  items.forEach((item, i) => {
    const from = out.length;
    out.push({
      kind: 'para',
      para: para(m, item.content, s.body, widthPt, {
        level: 1,
        marker: ordered ? { kind: 'number', n: start + i } : { kind: 'bullet' },
        ...first,
        spaceBeforePt: rhythm.before(1, Math.round(s.body * 0.4)),
        ...rhythm.set(1),
      }),
    });
    for (const child of flatten(item.children)) {
      out.push({
        kind: 'para',
        para: para(m, child, s.sub, widthPt, {
          level: 2,
          marker: { kind: 'bullet' },
          ...second,
          spaceBeforePt: rhythm.before(2, Math.round(s.sub * 0.25)),
          ...rhythm.set(2),
        }),
      });
    }
    // An item appears with its sub-items.
    if (item.reveal !== undefined)
      for (const added of out.slice(from)) if (added.kind === 'para') added.para.reveal = item.reveal;
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
function tooManyColumns(m: Measure, t: TableBlock, size: number, widthPt: number): boolean {
  if (t.header.length < 3) return false;
  const rows = [t.header, ...t.rows].map((row, r) =>
    t.header.map((_, i) => cell([{ runs: row[i] ?? [], sizePt: size }], r === 0 ? 'header' : 'body')),
  );
  return columnsCuttingWords(m, rows, columnWidths(m, rows, widthPt / PT)) * 2 >= t.header.length;
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
