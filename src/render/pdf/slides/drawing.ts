// A slide's drawing as plain data: made once per kit from the laid-out page (draw.ts), then replayed into every PDF that
// shows the slide (slides.pdf at full size, the handouts and the guide's thumbnails scaled down). Plain data, so the
// drawing made on the main thread reaches the guide's worker through postMessage as it is.

import type { MasterName } from '../../../layout/types.js';
import type { QrCode } from '../../../model/deck.js';
import type { Outline } from '../../../template/types.js';
import type { Ctx, Tag } from '../document.js';
import type { Painter } from '../painter.js';
import { pictureIn } from '../pictures.js';
import { drawQr } from '../qr.js';
import type { TextLayout } from '../text.js';

/** A structure element of the slide: `parent` is the index of an earlier one, or -1 for where the slide is replayed. */
export interface TagSpec {
  type: string;
  parent: number;
  title?: string;
  alt?: string;
}

/** Where marked content goes: a TagSpec's index, or null for decoration (an artifact). */
export type TagRef = number | null;

export type Op =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; lineWidth?: number }
  | {
      kind: 'image';
      data: Uint8Array;
      x: number;
      y: number;
      w: number;
      h: number;
      tag: TagRef;
      rotation?: number;
      /** Only this part of it shows (a picture filling a frame it overflows, cut to a circle where `ellipse`). */
      clip?: { x: number; y: number; w: number; h: number; ellipse?: boolean };
    }
  /** A client template's background or art: a rectangle, rounded rectangle, ellipse or free-form outline, filled flat or with a gradient. */
  | {
      kind: 'shape';
      geometry: 'rect' | 'roundRect' | 'ellipse' | 'path';
      /** The free-form outline (geometry `path`), in points. */
      outline?: Outline;
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: string | Gradient;
      /** Below 1: the fill is see-through (a colour with an alpha). */
      opacity?: number;
      stroke?: string;
      lineWidth?: number;
      /** Below 1: the line is see-through. */
      strokeOpacity?: number;
      rotation?: number;
    }
  /** One line of a layout, or every line when `line` is absent. */
  | {
      kind: 'text';
      layout: TextLayout;
      line?: number;
      tag: TagRef;
      x: number;
      y: number;
      width: number;
      /** `file:line:col` of the content the text is made from, where known (the preview's link; the PDF ignores it). */
      source?: string;
      /** The click of its page it appears on (`:::reveal`); absent: there from the start. */
      click?: number;
    }
  /** A QR code, `size` points square with its quiet zone, its top-left corner at (x, y). */
  | { kind: 'qr'; x: number; y: number; size: number; code: QrCode; tag: TagRef }
  /** The slide's title enters the document outline here (slides.pdf only). */
  | { kind: 'outline' };

/** A linear gradient at `angle` degrees clockwise from left-to-right, its stops between 0 and 1. */
export interface Gradient {
  angle: number;
  stops: { at: number; colour: string }[];
}

export interface SlideDrawing {
  slideId: string;
  /** The page's master: the cover, a divider or the closing slide (full-bleed colour) or a slide of content. */
  master: MasterName;
  title: string;
  tags: TagSpec[];
  /** Every text laid out for the slide: a document registers their glyphs before it draws anything. */
  texts: TextLayout[];
  ops: Op[];
}

export type Draw = (p: Painter) => void;

/**
 * Prepares a drawing for one document: makes its structure elements under `parent` now, in the order the
 * drawing made them, and hands its texts to the document; returns what draws it. `outline`: the slide is
 * tagged paragraph by paragraph and its title enters the outline (slides.pdf); otherwise the whole slide is
 * the content of `parent` (a handout's or thumbnail's figure, whose alternate description gives its text). `entry`:
 * with `outline`, the title enters the outline on this page (slides.pdf gives a slide's first step page the entry).
 */
export function replay(ctx: Ctx, parent: Tag, drawing: SlideDrawing, outline: boolean, entry = outline): Draw {
  ctx.adopt(drawing.texts);
  const made: Tag[] = [];
  if (outline)
    for (const spec of drawing.tags)
      made.push(ctx.tag(spec.parent < 0 ? parent : made[spec.parent]!, spec.type, options(spec)));
  const tagOf = (ref: TagRef): Tag | null => (ref === null ? null : outline ? made[ref]! : parent);
  return (p) => {
    for (const op of drawing.ops) run(p, op, tagOf, outline && entry ? drawing.title : undefined);
  };
}

/** How many clicks the slide builds in: the last click any of its text appears on. */
export function clicksOf(drawing: SlideDrawing): number {
  return drawing.ops.reduce((last, op) => (op.kind === 'text' && op.click ? Math.max(last, op.click) : last), 0);
}

/**
 * The slide as it stands before click `click + 1`: text that appears later is left out, the rest where it is on the
 * whole slide, so nothing moves from page to page. Drawn as decoration, with no tags: the page that shows the whole
 * slide (`replay`) is the one read aloud. `outline`: the slide's title enters the outline here.
 */
export function replayStep(drawing: SlideDrawing, click: number, outline: boolean): Draw {
  const title = outline ? drawing.title : undefined;
  return (p) => {
    for (const op of drawing.ops) if (op.kind !== 'text' || (op.click ?? 0) <= click) run(p, op, () => null, title);
  };
}

function options(spec: TagSpec): { title?: string; alt?: string } | undefined {
  if (spec.title !== undefined) return { title: spec.title };
  if (spec.alt !== undefined) return { alt: spec.alt };
  return undefined;
}

function run(p: Painter, op: Op, tagOf: (ref: TagRef) => Tag | null, outlineTitle: string | undefined): void {
  switch (op.kind) {
    case 'rect':
      p.rect(op.x, op.y, op.w, op.h, {
        ...(op.fill ? { fill: op.fill } : {}),
        ...(op.stroke ? { stroke: op.stroke } : {}),
        ...(op.lineWidth ? { lineWidth: op.lineWidth } : {}),
      });
      return;
    case 'image':
      turned(p, op, () => image(p, op, tagOf(op.tag)));
      return;
    case 'shape':
      turned(p, op, () => {
        // Marked inside the turn: turning closes what was open before it.
        p.artifact();
        shape(p, op);
      });
      return;
    case 'text':
      if (op.line === undefined) p.text(op.layout, tagOf(op.tag), op.x, op.y, op.width);
      else p.line(op.layout, op.line, tagOf(op.tag), op.x, op.y, op.width);
      return;
    case 'qr': {
      const tag = tagOf(op.tag);
      if (tag) p.tag(tag);
      else p.artifact();
      drawQr(p.doc, op.code, op.x, op.y, op.size);
      return;
    }
    case 'outline':
      if (outlineTitle !== undefined) p.doc.outline.addItem(outlineTitle);
  }
}

/** Runs `draw` rotated about the middle of `op`'s box, as PowerPoint turns a shape. */
function turned(
  p: Painter,
  op: { x: number; y: number; w: number; h: number; rotation?: number },
  draw: () => void,
): void {
  if (!op.rotation) return draw();
  p.close();
  p.doc.save();
  p.doc.rotate(op.rotation, { origin: [op.x + op.w / 2, op.y + op.h / 2] });
  draw();
  p.close();
  p.doc.restore();
}

function shape(p: Painter, op: Extract<Op, { kind: 'shape' }>): void {
  const doc = p.doc;
  const paint = typeof op.fill === 'object' ? flatOrGradient(doc, op, op.fill) : op.fill;
  // A path that is neither filled nor stroked would be left open in the page's content.
  if (!paint && !op.stroke) return;
  doc.save();
  if (op.opacity !== undefined) doc.fillOpacity(op.opacity);
  if (op.strokeOpacity !== undefined) doc.strokeOpacity(op.strokeOpacity);
  if (op.geometry === 'path' && op.outline) return outlined(doc, op.outline, paint, op.stroke, op.lineWidth);
  if (op.geometry === 'ellipse') doc.ellipse(op.x + op.w / 2, op.y + op.h / 2, op.w / 2, op.h / 2);
  else if (op.geometry === 'roundRect') doc.roundedRect(op.x, op.y, op.w, op.h, Math.min(op.w, op.h) * 0.16667);
  else doc.rect(op.x, op.y, op.w, op.h);
  const fill = paint;
  if (fill && op.stroke) doc.lineWidth(op.lineWidth ?? 0.75).fillAndStroke(fill as string, op.stroke);
  else if (fill) doc.fill(fill as string);
  else if (op.stroke) doc.lineWidth(op.lineWidth ?? 0.75).stroke(op.stroke);
  doc.restore();
}

/**
 * A free-form outline: its filled sub-paths filled (even-odd, as PowerPoint fills a free-form), then its stroked ones
 * drawn, each as its path says. Called inside `shape`'s saved state, which it restores.
 */
function outlined(
  doc: PDFKit.PDFDocument,
  outline: Outline,
  fill: string | PDFKit.PDFLinearGradient | undefined,
  stroke: string | undefined,
  width: number | undefined,
): void {
  const trace = (keep: (s: Outline[number]) => boolean, close: boolean) => {
    for (const sub of outline.filter(keep)) {
      sub.points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
      if (close || sub.closed) doc.closePath();
    }
  };
  if (fill && outline.some((s) => !s.unfilled)) {
    trace((s) => !s.unfilled, true);
    doc.fill(fill as string, 'even-odd');
  }
  if (stroke && outline.some((s) => !s.unstroked)) {
    trace((s) => !s.unstroked, false);
    doc.lineWidth(width ?? 0.75).stroke(stroke);
  }
  doc.restore();
}

/**
 * A gradient's paint: a single stop is a flat colour; otherwise a pdfkit gradient across the box along the angle,
 * reaching its corners as DrawingML's scaled linear gradients do. pdfkit joins its stops from the first to the last
 * as given, so they are put in order and the ends are held to 0 and 1 (DrawingML extends the end colours).
 */
function flatOrGradient(
  doc: PDFKit.PDFDocument,
  box: { x: number; y: number; w: number; h: number },
  g: Gradient,
): string | PDFKit.PDFLinearGradient | undefined {
  const stops = g.stops
    .map((s) => ({ at: Math.min(1, Math.max(0, s.at)), colour: s.colour }))
    .sort((a, b) => a.at - b.at);
  if (stops.length === 0) return undefined;
  if (stops.length === 1) return stops[0]!.colour;
  if (stops[0]!.at > 0) stops.unshift({ at: 0, colour: stops[0]!.colour });
  if (stops[stops.length - 1]!.at < 1) stops.push({ at: 1, colour: stops[stops.length - 1]!.colour });
  const a = (g.angle * Math.PI) / 180;
  const half = (Math.abs(box.w * Math.cos(a)) + Math.abs(box.h * Math.sin(a))) / 2;
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const grad = doc.linearGradient(
    cx - half * Math.cos(a),
    cy - half * Math.sin(a),
    cx + half * Math.cos(a),
    cy + half * Math.sin(a),
  );
  for (const s of stops) grad.stop(s.at, s.colour);
  return grad;
}

function image(p: Painter, op: Extract<Op, { kind: 'image' }>, tag: Tag | null): void {
  if (tag) p.tag(tag);
  else p.artifact();
  const picture = pictureIn(p.doc, op.data, { w: op.w, h: op.h });
  if (!picture) return;
  const { clip } = op;
  if (clip) {
    p.doc.save();
    if (clip.ellipse) p.doc.ellipse(clip.x + clip.w / 2, clip.y + clip.h / 2, clip.w / 2, clip.h / 2).clip();
    else p.doc.rect(clip.x, clip.y, clip.w, clip.h).clip();
  }
  p.doc.image(picture, op.x, op.y, { width: op.w, height: op.h });
  if (clip) p.doc.restore();
}
