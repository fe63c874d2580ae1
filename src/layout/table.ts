// Tables: column widths from the words they hold, measured row heights, rows split into balanced page slices.
import type { Run } from '../model/deck.js';
import type { Measure } from '../text/measure.js';
import { linesNeeded } from '../text/wrapped-lines.js';
import { PT } from './geometry.js';
import { styledRuns } from './text.js';
import type { Cell, CellRole, Para, ParaRole, TableBox, TableStyle } from './types.js';

/** Cell margins in points: left/right and top/bottom. */
export const CELL_MARGIN = { x: 7, y: 5 };
const PARA_GAP = 3;

/** A cell of one or more paragraphs, runs styled as their role shows them. */
export function cell(
  paras: { runs: readonly Run[]; sizePt: number; role?: ParaRole }[],
  role: CellRole,
  align: Cell['align'] = 'left',
): Cell {
  return {
    role,
    align,
    paras: paras.map((p) => {
      const r = p.role ?? (role === 'header' ? 'label' : 'body');
      return { runs: styledRuns(p.runs, r), sizePt: p.sizePt, role: r };
    }),
  };
}

function cellNeeds(c: Cell, f: (runs: Run[], size: number) => number): number {
  return Math.max(0, ...c.paras.map((p) => f(p.runs, p.sizePt)));
}

/**
 * Column widths in inches filling `totalIn`: each column gets at least its longest word where
 * possible, and the rest goes to the columns whose text is longest (the usual auto table layout).
 * `equalFrom` makes columns from that index on share their space equally (comparison columns);
 * `fill` spreads even a table of short cells over the whole width.
 */
export function columnWidths(
  m: Measure,
  rows: readonly Cell[][],
  totalIn: number,
  opts: { equalFrom?: number; fill?: boolean } = {},
): number[] {
  const { equalFrom, fill = false } = opts;
  const n = rows[0]?.length ?? 0;
  const total = totalIn * PT;
  const pad = 2 * CELL_MARGIN.x;
  const min = new Array<number>(n).fill(pad);
  const nat = new Array<number>(n).fill(pad);
  const sum = new Array<number>(n).fill(0);
  // A word longer than an even share of the width (a URL, a German compound) is cut rather than
  // allowed to starve every other column.
  const cap = total / Math.max(1, n);
  for (const row of rows)
    row.forEach((c, i) => {
      min[i] = Math.max(min[i]!, Math.min(cap, cellNeeds(c, (runs, size) => m.longestWord(runs, size)) + pad + 1));
      const w = Math.min(total / 2, cellNeeds(c, (runs, size) => m.runsWidth(runs, size)) + pad + 1);
      nat[i] = Math.max(nat[i]!, w);
      sum[i] = sum[i]! + w;
    });
  if (equalFrom !== undefined && equalFrom < n) {
    const lead = Math.min(
      nat.slice(0, equalFrom).reduce((a, b) => a + b, 0),
      total * 0.3,
    );
    const leadMin = min.slice(0, equalFrom).reduce((a, b) => a + b, 0);
    const each = (total - Math.max(lead, leadMin)) / (n - equalFrom);
    if (min.slice(equalFrom).every((m) => m <= each) && leadMin <= lead + 0.01) {
      const leadW = distribute(
        min.slice(0, equalFrom),
        nat.slice(0, equalFrom),
        sum.slice(0, equalFrom),
        Math.max(lead, leadMin),
        true,
      );
      return [...leadW, ...new Array<number>(n - equalFrom).fill(each)].map((w) => w / PT);
    }
  }
  return distribute(min, nat, sum, total, fill).map((w) => w / PT);
}

/** How many columns hold a word too long for them, which would be cut across lines. */
export function columnsCuttingWords(
  m: Measure,
  rows: readonly (readonly Cell[])[],
  widthsIn: readonly number[],
): number {
  return widthsIn.filter((w, i) =>
    rows.some(
      (row) =>
        row[i] && cellNeeds(row[i]!, (runs, size) => m.longestWord(runs, size)) + 2 * CELL_MARGIN.x > w * PT + 0.5,
    ),
  ).length;
}

/** The first row (index) holding a word too long for its column, which would be cut across lines; -1 when none. */
export function rowCuttingWords(m: Measure, rows: readonly (readonly Cell[])[], widthsIn: readonly number[]): number {
  return rows.findIndex((row) =>
    row.some(
      (c, i) => cellNeeds(c, (runs, size) => m.longestWord(runs, size)) + 2 * CELL_MARGIN.x > widthsIn[i]! * PT + 0.5,
    ),
  );
}

// Space beyond each column's longest word goes to columns by how much text they hold in all,
// so one long cell does not widen its column at the expense of columns that are long throughout.
function distribute(min: number[], nat: number[], amount: number[], total: number, fill: boolean): number[] {
  const add = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const sMin = add(min);
  const sNat = add(nat);
  if (sMin >= total) return min.map((m) => (total * m) / sMin);
  // A table of short cells stays compact rather than spreading a few words across the slide.
  if (sNat <= total) {
    const width = fill ? total : Math.min(total, Math.max(sNat * 1.5, total * 0.5));
    return nat.map((m) => m + ((width - sNat) * m) / sNat);
  }
  const w = [...min];
  const open = new Set(min.map((_, i) => i));
  // Hand out the spare width by weight; a column that reaches its natural width leaves the round.
  for (let round = 0; round < min.length && open.size > 0; round++) {
    const spare = total - add(w);
    const weight = (i: number) => Math.max(1, amount[i]! - min[i]!);
    const sWeight = [...open].reduce((s, i) => s + weight(i), 0);
    let capped = false;
    for (const i of [...open]) {
      const next = w[i]! + (spare * weight(i)) / sWeight;
      if (next >= nat[i]!) {
        w[i] = nat[i]!;
        open.delete(i);
        capped = true;
      }
    }
    if (!capped) {
      for (const i of open) w[i] = w[i]! + (spare * weight(i)) / sWeight;
      break;
    }
  }
  return w;
}

/** Height in inches a row needs with these column widths. */
export function rowHeight(m: Measure, row: readonly Cell[], colWidths: readonly number[]): number {
  let max = 0;
  row.forEach((c, i) => {
    const width = colWidths[i]! * PT - 2 * CELL_MARGIN.x;
    let h = 0;
    c.paras.forEach((p, j) => {
      h += (j > 0 ? PARA_GAP : 0) + m.lineHeight(p.sizePt, linesNeeded(m.wrapLines(p.runs, width, p.sizePt)));
    });
    max = Math.max(max, h);
  });
  return (max + 2 * CELL_MARGIN.y) / PT + 0.02;
}

/**
 * Splits consecutive item heights into pages no taller than `capacity` (the first page may have
 * less room), evening the pages out so the last is not a lonely leftover. Returns the slices' sizes.
 */
export function splitBalanced(heights: readonly number[], first: number, capacity: number): number[] {
  const greedy = (cap: number): number[] | undefined => {
    const out: number[] = [];
    let used = 0;
    let count = 0;
    let room = Math.min(first, cap);
    for (const h of heights) {
      if (count > 0 && used + h > room) {
        out.push(count);
        used = 0;
        count = 0;
        room = cap;
      }
      if (count === 0 && h > room && out.length === 0 && room < capacity) {
        // Not even one item fits the first page's room: start on a fresh page.
        out.push(0);
        room = cap;
      }
      used += h;
      count++;
    }
    if (count > 0) out.push(count);
    return out;
  };
  const base = greedy(capacity)!;
  if (base.length <= 1) return base;
  let lo = Math.min(capacity, Math.max(...heights));
  let hi = capacity;
  let best = base;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    const g = greedy(mid)!;
    if (g.length <= base.length && g.every((c, k) => c > 0 || k === 0)) {
      best = g;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** A table slice placed at (x, y): the header row (when given) then `rows`. */
export function tableBox(
  style: TableStyle,
  at: { x: number; y: number },
  colWidths: number[],
  header: { cells: Cell[]; height: number } | undefined,
  rows: { cells: Cell[]; height: number }[],
): TableBox {
  const all = header ? [header, ...rows] : rows;
  const rowHeights = all.map((r) => r.height);
  const w = colWidths.reduce((a, b) => a + b, 0);
  return {
    kind: 'table',
    style,
    frame: { x: at.x, y: at.y, w, h: rowHeights.reduce((a, b) => a + b, 0) },
    colWidths,
    rows: all.map((r) => r.cells),
    rowHeights,
    hasHeader: header !== undefined,
    marginPt: { ...CELL_MARGIN },
  };
}

/** A laid-out cell's text as paragraphs, 3 pt between them as its height was measured: what both renderers draw. */
export function cellParas(cell: Cell): Para[] {
  return cell.paras.map((p, i) => ({
    runs: p.runs,
    role: p.role,
    sizePt: p.sizePt,
    level: 0,
    indentPt: 0,
    hangPt: 0,
    spaceBeforePt: i === 0 ? 0 : 3,
    align: cell.align,
    ...(p.rtl ? { rtl: true as const } : {}),
    heightPt: 0,
  }));
}
