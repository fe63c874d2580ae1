// Text boxes: a frame as tall as its measured paragraphs and insets, in the tool's own insets or a template
// placeholder's, and the part of it the words cover, which is what the text must read on.

import type { TextSetting } from '../template/text-setting.js';
import type { Measure } from '../text/measure.js';
import { descentPad, PT } from './geometry.js';
import { paraLineHeight, paraLines } from './text.js';
import type { Frame, Insets, Para, TextBox, TextStyle } from './types.js';

/** Total height in points of paragraphs stacked in one box. */
export function parasHeight(paras: readonly Para[]): number {
  return paras.reduce((s, p) => s + p.heightPt, 0);
}

/** A text box whose frame is exactly as tall as its measured paragraphs plus insets. */
export function textBox(
  paras: Para[],
  at: { x: number; y: number; w: number },
  opts: {
    style?: TextStyle;
    insetPt?: number;
    valign?: 'top' | 'middle' | 'bottom';
    minH?: number;
    inset?: Insets;
  } = {},
): TextBox {
  const inset = opts.inset ?? insets(paras, opts.insetPt ?? 0);
  const h = Math.max(opts.minH ?? 0, boxHeight(paras, inset));
  return {
    kind: 'text',
    style: opts.style ?? 'plain',
    frame: { ...at, h },
    inset,
    valign: opts.valign ?? 'top',
    paras,
  };
}

/** The side inset a template's placeholder gives its text: one on both sides (the wider where its two differ). */
export function settingInsetX(s: TextSetting): number {
  return Math.max(s.insets.l, s.insets.r);
}

/**
 * The insets `paras` get in a template's placeholder anchored at `anchor`: the placeholder's own, with room above the
 * first line for the glyphs that lines closer than single lift out of it, and below the last for the glyphs' descent,
 * which LibreOffice draws past the line. Each is written only where the text stands against that edge (at the top
 * when anchored there, at the foot when not); elsewhere it is room the frame keeps, so it holds every word and the
 * template's insets stay wherever they already do.
 */
export function placeholderInsets(
  m: Measure,
  s: TextSetting,
  paras: readonly Para[],
  anchor: TextSetting['anchor'],
): Insets {
  const first = paras[0];
  const lift = first ? Math.ceil(Math.max(0, m.lineHeight(first.sizePt) - paraLineHeight(m, first))) : 0;
  const descent = Math.max(s.insets.b, descentPad(Math.max(0, ...paras.map((p) => p.sizePt))));
  const x = settingInsetX(s);
  if (anchor === 'b') return { x, top: s.insets.t, bottom: descent, ...(lift > 0 ? { lift } : {}) };
  if (anchor === 'ctr') return { x, top: s.insets.t + lift, bottom: descent };
  return {
    x,
    top: s.insets.t + lift,
    bottom: s.insets.b,
    ...(descent > s.insets.b ? { drop: descent - s.insets.b } : {}),
  };
}

/** Where a text box's text starts, in inches from the slide's top, as it is anchored. */
export function textTop(m: Measure, box: TextBox): number {
  return inkFrame(m, box).y;
}

/**
 * Insets for paragraphs in a box with padding `padPt`: glyphs reach about 0.15 em below the last
 * line's pitch (LibreOffice draws the first line 1 pt down), so the bottom inset keeps them inside.
 */
export function insets(paras: readonly Para[], padPt: number): Insets {
  // LibreOffice sets bullets in a font that rises ~0.15 em above the text's first line.
  const first = paras[0];
  const bullet = first?.marker ? Math.ceil(first.sizePt * 0.15) : 0;
  return { x: padPt, top: padPt + bullet, bottom: padPt + descentPad(Math.max(0, ...paras.map((p) => p.sizePt))) };
}

/**
 * The part of a text box its words cover, in inches: as wide as its widest line (placed as the lines are aligned)
 * and as tall as its text (placed as it is anchored). What stands behind that part is what the text must read on.
 */
export function inkFrame(m: Measure, box: TextBox): Frame {
  const { frame, inset } = box;
  const widthPt = frame.w * PT - 2 * inset.x;
  const widest = Math.max(
    0,
    ...box.paras.map((p) => p.indentPt + Math.max(0, ...paraLines(m, p, widthPt).map((l) => l.widthPt))),
  );
  const w = Math.min(frame.w, (widest + 2 * inset.x) / PT);
  const h = Math.min(frame.h, boxHeight(box.paras, inset));
  const align = box.paras[0]?.align ?? 'left';
  const x = align === 'right' ? frame.x + frame.w - w : align === 'center' ? frame.x + (frame.w - w) / 2 : frame.x;
  const y =
    box.valign === 'bottom' ? frame.y + frame.h - h : box.valign === 'middle' ? frame.y + (frame.h - h) / 2 : frame.y;
  return { x, y, w, h };
}

/** Height in inches of a text box holding `paras` with padding `padPt` (see `insets`). */
export function heightOf(paras: readonly Para[], padPt = 0): number {
  return boxHeight(paras, insets(paras, padPt));
}

/** Height in inches of a box holding `paras` with `inset`. */
export function boxHeight(paras: readonly Para[], inset: Insets): number {
  return (parasHeight(paras) + verticalRoom(inset)) / PT + SLACK;
}

/** The points a box's insets and the room it keeps take of its height. */
export function verticalRoom(inset: Insets): number {
  return inset.top + inset.bottom + (inset.lift ?? 0) + (inset.drop ?? 0);
}

/** Room left under measured text, in inches: clients differ by a fraction of a point per line. */
export const SLACK = 0.03;

/**
 * Largest size from `max` down to `min` (whole points) at which `height(size)` is no more than
 * `room` (in the same unit); undefined when even `min` is too tall.
 */
export function largestFitting(
  max: number,
  min: number,
  room: number,
  height: (size: number) => number,
): number | undefined {
  for (let s = Math.floor(max); s >= min; s--) if (height(s) <= room) return s;
  return undefined;
}
