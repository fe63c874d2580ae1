// What really stands behind each part of a template slide, as a coarse grid of colours: the layout's background (a
// colour, a gradient, a photo) with the master's and layout's art over it, pictures decoded and sampled. The tool
// colours its own text for the cells under it, so white titles' photo layouts get light text, not the master's dark.

import { luminance } from '../util/contrast.js';
import { decodePicture, type Pixels } from '../util/pixels.js';
import { insideOutline } from './freeform.js';
import type { Backdrop, BackdropFill, Outline, TemplateFrame } from './types.js';

/** Cells across and down: a cell is about a quarter inch on a 13.3 in slide, finer than any text line's box. */
const COLS = 48;
const ROWS = 27;
/** Points sampled across and down each cell of a picture. */
const SAMPLES = 4;

export interface BackdropGrid {
  cols: number;
  rows: number;
  /** Each cell's average colour as #RRGGBB, row by row from the top left. */
  cells: string[];
  /** Cells where a picture varies under them (a logo, a face, an edge, printed words): text there is hard to read however it is coloured. */
  busy?: number[];
}

/** Spread of a picture's relative luminance across a cell above which text on it is hard to read (pptx-look's bar is 0.10 under glyphs). */
const BUSY = 0.08;
/** Points sampled across and down a cell to judge its spread. */
const SPREAD_SAMPLES = 8;

type Rgb = [number, number, number];

/** The grid of what `backdrop` draws on a slide of `size` inches, pictures read from `parts` (decoded once per template). */
export function backdropGrid(
  backdrop: Backdrop,
  parts: Readonly<Record<string, Uint8Array>>,
  size: { width: number; height: number },
): BackdropGrid {
  const cells: Rgb[] = Array.from({ length: COLS * ROWS }, () => [255, 255, 255]);
  const spread: number[] = Array.from({ length: COLS * ROWS }, () => 0);
  const whole = { x: 0, y: 0, w: size.width, h: size.height };
  const paint = (
    fill: BackdropFill,
    frame: TemplateFrame,
    opacity: number,
    ellipse: boolean,
    crop = { l: 0, t: 0, r: 0, b: 0 },
    outline?: Outline,
  ) => {
    const picture = 'picture' in fill ? decoded(parts, fill.picture) : undefined;
    // A cropped picture is the whole picture drawn larger, seen through its frame.
    const kept = { w: 1 - crop.l - crop.r, h: 1 - crop.t - crop.b };
    const whole = { ...frame, w: frame.w / kept.w, h: frame.h / kept.h };
    forCells(frame, size, ellipse, (i, u, v) => {
      // A free-form outline paints the cells whose centres it holds.
      if (outline && !insideOutline(outline, frame.x + u * frame.w, frame.y + v * frame.h)) return;
      const [pu, pv] = [crop.l + u * kept.w, crop.t + v * kept.h];
      const colour =
        'solid' in fill
          ? rgb(fill.solid)
          : 'gradient' in fill
            ? gradientAt(fill.gradient, u, v)
            : picture
              ? pictureAt(picture, pu, pv, whole, size)
              : undefined;
      if (!colour) return;
      cells[i] = blend(cells[i]!, colour, opacity);
      // What lies under a see-through layer still shows through it; a picture's own variation adds to it.
      spread[i] = spread[i]! * (1 - opacity) + (picture ? pictureSpread(picture, pu, pv, whole, size) * opacity : 0);
    });
  };
  paint(backdrop.fill, whole, 1, false);
  // The title's and text placeholder's own fills are under the words set in them and near them on every slide.
  const under = [backdrop.behind?.title, backdrop.behind?.text].filter((a) => a !== undefined);
  for (const art of [...backdrop.art, ...under]) {
    // A turned shape is left out: its cells would be a guess.
    if (art.rotation) continue;
    const fill: BackdropFill | undefined = art.kind === 'picture' && art.part ? { picture: art.part } : art.fill;
    if (fill) paint(fill, art.frame, art.opacity ?? 1, art.geometry === 'ellipse', art.crop, art.outline);
  }
  const busy = spread.flatMap((d, i) => (d > BUSY ? [i] : []));
  return { cols: COLS, rows: ROWS, cells: cells.map(hex), ...(busy.length ? { busy } : {}) };
}

/** The busy cells of a grid as frames in inches, runs of neighbouring cells in a row joined. */
export function busyFrames(grid: BackdropGrid, size: { width: number; height: number }): TemplateFrame[] {
  const cw = size.width / grid.cols;
  const ch = size.height / grid.rows;
  const out: TemplateFrame[] = [];
  for (const i of grid.busy ?? []) {
    const [row, col] = [Math.floor(i / grid.cols), i % grid.cols];
    const last = out.at(-1);
    if (last && Math.abs(last.y - row * ch) < 1e-9 && Math.abs(last.x + last.w - col * cw) < 1e-9) last.w += cw;
    else out.push({ x: col * cw, y: row * ch, w: cw, h: ch });
  }
  return out;
}

/** Calls `each` for every cell `frame` covers any of: a line of text across the edge of a band is on both sides. */
export function forCellsTouched(
  frame: TemplateFrame,
  size: { width: number; height: number },
  each: (index: number) => void,
): void {
  if (frame.w <= 0 || frame.h <= 0) return;
  const cw = size.width / COLS;
  const ch = size.height / ROWS;
  const c0 = Math.max(0, Math.floor(frame.x / cw));
  const c1 = Math.min(COLS - 1, Math.ceil((frame.x + frame.w) / cw) - 1);
  const r0 = Math.max(0, Math.floor(frame.y / ch));
  const r1 = Math.min(ROWS - 1, Math.ceil((frame.y + frame.h) / ch) - 1);
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) each(r * COLS + c);
}

/** Calls `each` for every cell whose centre lies in `frame` (an ellipse inscribed in it if `ellipse`), with the centre's position in the frame (0–1). */
export function forCells(
  frame: TemplateFrame,
  size: { width: number; height: number },
  ellipse: boolean,
  each: (index: number, u: number, v: number) => void,
): void {
  if (frame.w <= 0 || frame.h <= 0) return;
  const cw = size.width / COLS;
  const ch = size.height / ROWS;
  const c0 = Math.max(0, Math.floor(frame.x / cw));
  const c1 = Math.min(COLS - 1, Math.ceil((frame.x + frame.w) / cw));
  const r0 = Math.max(0, Math.floor(frame.y / ch));
  const r1 = Math.min(ROWS - 1, Math.ceil((frame.y + frame.h) / ch));
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const u = ((c + 0.5) * cw - frame.x) / frame.w;
      const v = ((r + 0.5) * ch - frame.y) / frame.h;
      if (u < 0 || u > 1 || v < 0 || v > 1) continue;
      if (ellipse && (u - 0.5) ** 2 + (v - 0.5) ** 2 > 0.25) continue;
      each(r * COLS + c, u, v);
    }
  }
}

/** A linear gradient's colour at (u, v) of its box: DrawingML's angle runs clockwise from left-to-right. */
function gradientAt(
  g: { angle: number; stops: { at: number; colour: string }[] },
  u: number,
  v: number,
): Rgb | undefined {
  if (g.stops.length === 0) return undefined;
  const stops = [...g.stops].sort((a, b) => a.at - b.at);
  const rad = (g.angle * Math.PI) / 180;
  const [dx, dy] = [Math.cos(rad), Math.sin(rad)];
  const corners = [0, dx, dy, dx + dy];
  const lo = Math.min(...corners);
  const span = Math.max(...corners) - lo || 1;
  const t = (u * dx + v * dy - lo) / span;
  const next = stops.findIndex((s) => s.at >= t);
  if (next <= 0) return rgb((next === 0 ? stops[0]! : stops[stops.length - 1]!).colour);
  const [a, b] = [stops[next - 1]!, stops[next]!];
  const k = b.at === a.at ? 0 : (t - a.at) / (b.at - a.at);
  const [ca, cb] = [rgb(a.colour), rgb(b.colour)];
  return [0, 1, 2].map((i) => ca[i]! + (cb[i]! - ca[i]!) * k) as Rgb;
}

/** A picture's average colour over the cell centred at (u, v) of the frame it is stretched over. */
function pictureAt(
  p: Pixels,
  u: number,
  v: number,
  frame: TemplateFrame,
  size: { width: number; height: number },
): Rgb | undefined {
  const du = size.width / COLS / frame.w;
  const dv = size.height / ROWS / frame.h;
  const sum = [0, 0, 0];
  let weight = 0;
  for (let j = 0; j < SAMPLES; j++) {
    for (let i = 0; i < SAMPLES; i++) {
      const x = Math.min(p.width - 1, Math.max(0, Math.floor((u + ((i + 0.5) / SAMPLES - 0.5) * du) * p.width)));
      const y = Math.min(p.height - 1, Math.max(0, Math.floor((v + ((j + 0.5) / SAMPLES - 0.5) * dv) * p.height)));
      const at = (y * p.width + x) * 4;
      const alpha = p.data[at + 3]! / 255;
      for (let k = 0; k < 3; k++) sum[k]! += p.data[at + k]! * alpha;
      weight += alpha;
    }
  }
  return weight > 0 ? (sum.map((s) => s / weight) as Rgb) : undefined;
}

/** How much a picture's relative luminance varies (its standard deviation, 0–1) over the cell centred at (u, v) of its frame. */
function pictureSpread(
  p: Pixels,
  u: number,
  v: number,
  frame: TemplateFrame,
  size: { width: number; height: number },
): number {
  const du = size.width / COLS / frame.w;
  const dv = size.height / ROWS / frame.h;
  const values: number[] = [];
  for (let j = 0; j < SPREAD_SAMPLES; j++) {
    for (let i = 0; i < SPREAD_SAMPLES; i++) {
      const x = Math.min(p.width - 1, Math.max(0, Math.floor((u + ((i + 0.5) / SPREAD_SAMPLES - 0.5) * du) * p.width)));
      const y = Math.min(
        p.height - 1,
        Math.max(0, Math.floor((v + ((j + 0.5) / SPREAD_SAMPLES - 0.5) * dv) * p.height)),
      );
      const at = (y * p.width + x) * 4;
      if (p.data[at + 3]! < 128) continue;
      values.push(luminance(hex([p.data[at]!, p.data[at + 1]!, p.data[at + 2]!])));
    }
  }
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

const decodedPictures = new WeakMap<Uint8Array, Pixels | null>();

/** A template picture's pixels, decoded once; undefined for one that cannot be (damaged, another format, too large). */
function decoded(parts: Readonly<Record<string, Uint8Array>>, part: string): Pixels | undefined {
  const bytes = parts[part];
  if (!bytes) return undefined;
  let picture = decodedPictures.get(bytes);
  if (picture === undefined) {
    picture = decodePicture(bytes);
    decodedPictures.set(bytes, picture);
  }
  return picture ?? undefined;
}

const rgb = (colour: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16)) as Rgb;
const hex = (c: Rgb) =>
  `#${c
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase()}`;
const blend = (under: Rgb, over: Rgb, opacity: number): Rgb =>
  [0, 1, 2].map((i) => under[i]! * (1 - opacity) + over[i]! * opacity) as Rgb;
