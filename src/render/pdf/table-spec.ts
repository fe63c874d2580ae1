// What a caller asks a PDF table for: its cells and columns, with widths fitted to the words they hold.
import type { Inline, Source } from '../../model/deck.js';
import type { Ctx, Painter } from './document.js';
import { INK, TYPE } from './style.js';
import { naturalWidth } from './text.js';
import { minContentWidth, type TextStyle } from './words.js';

/** Something drawn in a cell instead of (or after) text: a tick box, a writing space. */
export interface Widget {
  width: number;
  height: number;
  draw(p: Painter, x: number, y: number): void;
}

export interface CellSpec {
  text?: Inline | string;
  style?: Partial<TextStyle>;
  widget?: Widget;
  /** A muted second line under the text (details of a run-sheet exercise). */
  note?: string;
  noteStyle?: Partial<TextStyle>;
  /** Indent of the text inside the cell (a sub-row under its parent). */
  indent?: number;
}

export interface TableSpec {
  /** Absolute column widths (pt); they should sum to the column's width. */
  widths: number[];
  align?: ('left' | 'center' | 'right' | null)[];
  header?: CellSpec[];
  rows: CellSpec[][];
  /** Fill for a body row (e.g. shade breaks in the run sheet). */
  rowFill?: (row: number) => string | undefined;
  /** Extra emphasis for a row's top rule (groups in the run sheet). */
  rowRule?: (row: number) => 'strong' | 'normal' | 'none';
  minRowHeight?: number;
  /** Vertical rules between columns (worksheets: pens need cell edges). */
  grid?: boolean;
  /** No closing rule under the last row (fact lists). */
  noFinalRule?: boolean;
  /** Keep the whole table on one page when it fits on one. */
  keepTogether?: boolean;
  before?: number;
  source?: Source;
  rowSources?: (Source | undefined)[];
  /** Text style of body cells (header cells are bold). */
  style?: Partial<TextStyle>;
}

export const TABLE_PAD_X = 5;
const PAD_X = TABLE_PAD_X;

/**
 * Column widths that fit `total`: each column gets at least its longest word and
 * shares the rest in proportion to how much more its content wants.
 */
export function autoWidths(
  ctx: Ctx,
  header: (Inline | string)[],
  rows: (Inline | string)[][],
  total: number,
): number[] {
  const n = Math.max(header.length, ...rows.map((r) => r.length));
  const want = new Array<number>(n).fill(20);
  const least = new Array<number>(n).fill(20);
  const measure = (content: Inline | string, i: number, bold: boolean): void => {
    const style = { size: bold ? TYPE.label : TYPE.body, color: INK.text, bold };
    const one = ctx.text(content, style, 10_000);
    want[i] = Math.max(want[i]!, naturalWidth(one) + 2 * PAD_X);
    const runs = typeof content === 'string' ? [{ text: content }] : content;
    least[i] = Math.max(least[i]!, Math.min(minContentWidth(runs, style) + 2 * PAD_X, total / n));
  };
  header.forEach((h, i) => measure(h, i, true));
  rows.forEach((r) => r.forEach((c, i) => measure(c, i, false)));
  const sumWant = want.reduce((a, b) => a + b, 0);
  if (sumWant <= total) return want.map((w) => w + (total - sumWant) * (w / sumWant));
  const sumLeast = least.reduce((a, b) => a + b, 0);
  const extra = Math.max(0, total - sumLeast);
  const desire = want.map((w, i) => w - least[i]!);
  const sumDesire = desire.reduce((a, b) => a + b, 0) || 1;
  const widths = least.map((l, i) => l + (extra * desire[i]!) / sumDesire);
  const scale = total / widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w * scale);
}
